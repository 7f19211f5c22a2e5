#include "nn/io/pickle.h"

#include "nn/io/pickle_globals.h"

#include <fmt/format.h>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>

namespace spact::nn::io {
namespace {

using Kind = PickleNode::Kind;
using detail::allowedGlobals;
using detail::Callable;
using detail::GlobalInfo;

class Machine {
 public:
  Machine(std::string_view bytes, const StorageLoader& loader, const std::string& source)
      : in_(bytes), loader_(loader), source_(source) {}

  Result<PickleDocument> run() {
    while (true) {
      if (pos_ >= in_.size()) return bad("the data ends before its STOP opcode");
      opStart_ = pos_;
      const auto op = static_cast<unsigned char>(in_[pos_++]);
      if (op == '.') {
        auto top = pop();
        if (!top) return tl::unexpected(top.error());
        doc_.root = *top;
        return std::move(doc_);
      }
      if (auto st = step(op); !st) return tl::unexpected(st.error());
    }
  }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
  std::size_t opStart_ = 0;
  const StorageLoader& loader_;
  const std::string& source_;
  PickleDocument doc_;
  std::vector<NodeId> stack_;
  std::vector<std::size_t> marks_;
  std::unordered_map<std::uint64_t, NodeId> memo_;
  std::unordered_map<NodeId, std::unordered_map<std::string, std::size_t>> dictIndex_;
  std::unordered_map<std::string, NodeId> storages_;

  tl::unexpected<Error> bad(const std::string& cause) const {
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}' is not a readable weights file: {} (pickle byte {}).", source_, cause, opStart_));
  }

  PickleNode& node(NodeId id) { return doc_.nodes[static_cast<std::size_t>(id)]; }

  NodeId add(PickleNode n) {
    doc_.nodes.push_back(std::move(n));
    return static_cast<NodeId>(doc_.nodes.size() - 1);
  }
  NodeId addInt(std::int64_t v) {
    PickleNode n;
    n.kind = Kind::Int;
    n.integer = v;
    return add(std::move(n));
  }
  NodeId addKind(Kind k) {
    PickleNode n;
    n.kind = k;
    return add(std::move(n));
  }
  NodeId addText(Kind k, std::string text) {
    PickleNode n;
    n.kind = k;
    n.text = std::move(text);
    return add(std::move(n));
  }

  Result<std::string_view> take(std::uint64_t count) {
    if (count > in_.size() - pos_) return bad("a value runs past the end of the data");
    auto view = in_.substr(pos_, static_cast<std::size_t>(count));
    pos_ += static_cast<std::size_t>(count);
    return view;
  }
  Result<std::uint64_t> unsignedLE(int width) {
    auto raw = take(static_cast<std::uint64_t>(width));
    if (!raw) return tl::unexpected(raw.error());
    std::uint64_t v = 0;
    for (int i = width - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>((*raw)[static_cast<std::size_t>(i)]);
    return v;
  }
  Result<std::string> line() {
    const auto end = in_.find('\n', pos_);
    if (end == std::string_view::npos) return bad("a GLOBAL name is not terminated");
    std::string s(in_.substr(pos_, end - pos_));
    pos_ = end + 1;
    return s;
  }

  Result<NodeId> pop() {
    if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back())) return bad("the stack is empty");
    const NodeId id = stack_.back();
    stack_.pop_back();
    return id;
  }
  Result<std::vector<NodeId>> popMark() {
    if (marks_.empty()) return bad("an opcode needs a MARK that is not there");
    const std::size_t at = marks_.back();
    marks_.pop_back();
    std::vector<NodeId> items(stack_.begin() + static_cast<std::ptrdiff_t>(at), stack_.end());
    stack_.resize(at);
    return items;
  }
  Status push(NodeId id) {
    stack_.push_back(id);
    return {};
  }

  std::optional<std::string> hashKey(NodeId id) {
    const PickleNode& n = node(id);
    switch (n.kind) {
      case Kind::String:
      case Kind::Bytes: {
        std::string key = n.text;  // appended, not prepended: GCC 12 misjudges "s" + text (bug 105651)
        key.push_back(n.kind == Kind::String ? 's' : 'b');
        return key;
      }
      case Kind::Int:
        return std::to_string(n.integer) + "i";
      case Kind::Bool:
        return std::string(n.boolean ? "1i" : "0i");
      case Kind::None:
        return std::string("None");
      default:
        return std::nullopt;
    }
  }

  Status setItem(NodeId dict, NodeId key, NodeId value) {
    if (node(dict).kind != Kind::Dict) return bad("SETITEM on something that is not a dict");
    auto& items = node(dict).items;
    if (auto h = hashKey(key)) {
      auto& index = dictIndex_[dict];
      if (auto it = index.find(*h); it != index.end()) {
        items[it->second + 1] = value;
        return {};
      }
      index.emplace(*h, items.size());
    }
    items.push_back(key);
    items.push_back(value);
    return {};
  }

  Status appendTo(NodeId list, const std::vector<NodeId>& values) {
    if (node(list).kind != Kind::List) return bad("APPEND to something that is not a list");
    auto& items = node(list).items;
    items.insert(items.end(), values.begin(), values.end());
    return {};
  }

  Status memoPut(std::uint64_t index) {
    if (stack_.empty()) return bad("memoizing an empty stack");
    memo_[index] = stack_.back();
    return {};
  }
  Status memoGet(std::uint64_t index) {
    auto it = memo_.find(index);
    if (it == memo_.end()) return bad(fmt::format("memo entry {} is used before it is set", index));
    return push(it->second);
  }

  Status global(const std::string& module, const std::string& name) {
    const std::string qualified = module + "." + name;
    if (!allowedGlobals().count(qualified))
      return fail(ErrorCode::InvalidInput,
                  fmt::format("'{}' was refused: its pickle names the global '{}', which a weights file does not "
                              "need, so it may run code; nothing from the file was run.",
                              source_, qualified));
    return push(addText(Kind::Global, qualified));
  }

  Result<std::int64_t> intArg(NodeId id, const char* what) {
    const PickleNode& n = node(id);
    if (n.kind == Kind::Int) return n.integer;
    if (n.kind == Kind::Bool) return n.boolean ? 1 : 0;
    return bad(fmt::format("{} is a {}, not an integer", what, kindName(n.kind)));
  }
  Result<std::vector<std::int64_t>> intTuple(NodeId id, const char* what) {
    const PickleNode& n = node(id);
    if (n.kind != Kind::Tuple && n.kind != Kind::List) return bad(fmt::format("{} is not a tuple", what));
    if (n.items.size() > 64) return bad(fmt::format("{} has more than 64 dimensions", what));
    std::vector<std::int64_t> out;
    for (NodeId item : n.items) {
      auto v = intArg(item, what);
      if (!v) return tl::unexpected(v.error());
      if (*v < 0) return bad(fmt::format("{} has a negative entry", what));
      out.push_back(*v);
    }
    return out;
  }

  Result<NodeId> rebuildTensor(const std::vector<NodeId>& args) {
    if (args.size() < 4) return bad("a tensor is rebuilt from fewer than 4 arguments");
    const PickleNode& storage = node(args[0]);
    if (storage.kind != Kind::Storage) return bad("a tensor is rebuilt from something that is not a storage");
    auto offset = intArg(args[1], "a tensor's storage offset");
    if (!offset) return tl::unexpected(offset.error());
    auto sizes = intTuple(args[2], "a tensor's size");
    if (!sizes) return tl::unexpected(sizes.error());
    auto strides = intTuple(args[3], "a tensor's stride");
    if (!strides) return tl::unexpected(strides.error());
    if (sizes->size() != strides->size()) return bad("a tensor's size and stride differ in length");
    if (*offset < 0) return bad("a tensor has a negative storage offset");
    const std::int64_t available = storage.tensor.numel();
    std::int64_t numel = 1, last = *offset;
    for (std::size_t i = 0; i < sizes->size(); ++i) {
      std::int64_t span = 0;
      if (__builtin_mul_overflow((*sizes)[i], numel, &numel)) return bad("a tensor's size overflows");
      if ((*sizes)[i] > 0 &&
          (__builtin_mul_overflow((*sizes)[i] - 1, (*strides)[i], &span) || __builtin_add_overflow(last, span, &last)))
        return bad("a tensor's extent overflows");
    }
    if (numel > 0 ? last >= available : *offset > available)
      return bad(fmt::format("a tensor reaches element {} of a storage of {} elements", last, available));
    PickleNode n;
    n.kind = Kind::Tensor;
    n.tensor = storage.tensor.as_strided(*sizes, *strides, *offset).clone(at::MemoryFormat::Contiguous);
    return add(std::move(n));
  }

  Result<NodeId> call(const std::string& name, const std::vector<NodeId>& args) {
    const GlobalInfo& info = allowedGlobals().at(name);
    switch (info.callable) {
      case Callable::OrderedDict: {
        const NodeId dict = addKind(Kind::Dict);
        if (!args.empty()) {  // OrderedDict([(k, v), ...])
          const PickleNode pairs = node(args[0]);
          if (pairs.kind != Kind::List && pairs.kind != Kind::Tuple) return bad("OrderedDict of a non-list");
          for (NodeId pair : pairs.items) {
            const PickleNode& p = node(pair);
            if ((p.kind != Kind::Tuple && p.kind != Kind::List) || p.items.size() != 2)
              return bad("OrderedDict of something that is not a list of pairs");
            const NodeId k = p.items[0], v = p.items[1];
            if (auto st = setItem(dict, k, v); !st) return tl::unexpected(st.error());
          }
        }
        return dict;
      }
      case Callable::RebuildTensorV2:
      case Callable::RebuildTensor:
        return rebuildTensor(args);
      case Callable::RebuildParameter:
      case Callable::RebuildParameterWithState:
        if (args.empty() || node(args[0]).kind != Kind::Tensor) return bad("a parameter wraps something not a tensor");
        return args[0];
      case Callable::Device: {
        if (args.empty() || node(args[0]).kind != Kind::String) return bad("torch.device of a non-string");
        std::string device = node(args[0]).text;
        if (args.size() > 1 && node(args[1]).kind == Kind::Int) device += ":" + std::to_string(node(args[1]).integer);
        return addText(Kind::String, device);
      }
      case Callable::Size: {
        if (args.size() != 1 || (node(args[0]).kind != Kind::Tuple && node(args[0]).kind != Kind::List))
          return bad("torch.Size of a non-tuple");
        PickleNode t;
        t.kind = Kind::Tuple;
        t.items = node(args[0]).items;
        return add(std::move(t));
      }
      case Callable::CodecsEncode:
        if (args.empty() || node(args[0]).kind != Kind::String) return bad("_codecs.encode of a non-string");
        return addText(Kind::Bytes, node(args[0]).text);  // latin-1 code points, kept as they are
      case Callable::Set: {
        PickleNode s;
        s.kind = Kind::List;
        if (!args.empty() && (node(args[0]).kind == Kind::List || node(args[0]).kind == Kind::Tuple))
          s.items = node(args[0]).items;
        return add(std::move(s));
      }
      case Callable::NumpyData:
        return addText(Kind::Opaque, name);
      case Callable::Constant:
        break;
    }
    return bad(fmt::format("'{}' is called but is not a function", name));
  }

  Status persistentLoad(NodeId pidId) {
    const PickleNode pid = node(pidId);
    if (pid.kind != Kind::Tuple || pid.items.size() != 5 || node(pid.items[0]).kind != Kind::String ||
        node(pid.items[0]).text != "storage")
      return bad("a persistent id is not a storage reference");
    const PickleNode& type = node(pid.items[1]);
    const PickleNode key = node(pid.items[2]);  // a copy: adding nodes below moves them
    const PickleNode& numelNode = node(pid.items[4]);
    if (type.kind != Kind::Global || !allowedGlobals().at(type.text).storageType)
      return bad("a storage reference does not name a storage type");
    if (key.kind != Kind::String || key.text.empty() || key.text.find('/') != std::string::npos ||
        key.text.find("..") != std::string::npos)
      return bad("a storage reference has an invalid key");
    if (numelNode.kind != Kind::Int || numelNode.integer < 0) return bad("a storage reference has an invalid size");
    const c10::ScalarType dtype = *allowedGlobals().at(type.text).storageType;
    if (auto it = storages_.find(key.text); it != storages_.end()) {
      if (node(it->second).tensor.scalar_type() != dtype) return bad("one storage is used with two types");
      return push(it->second);
    }
    auto tensor = loader_(key.text, dtype, numelNode.integer);
    if (!tensor) return tl::unexpected(tensor.error());
    PickleNode s;
    s.kind = Kind::Storage;
    s.tensor = *tensor;
    const NodeId id = add(std::move(s));
    storages_[key.text] = id;
    return push(id);
  }

  Status fromMark(Kind kind) {
    auto items = popMark();
    if (!items) return tl::unexpected(items.error());
    PickleNode n;
    n.kind = kind;
    if (kind == Kind::Dict) {
      if (items->size() % 2) return bad("DICT with an odd number of items");
      const NodeId dict = add(std::move(n));
      for (std::size_t i = 0; i < items->size(); i += 2)
        if (auto st = setItem(dict, (*items)[i], (*items)[i + 1]); !st) return st;
      return push(dict);
    }
    n.items = std::move(*items);
    return push(add(std::move(n)));
  }

  Status tupleOf(std::size_t count) {
    if (stack_.size() < count || (!marks_.empty() && stack_.size() - count < marks_.back()))
      return bad("a tuple needs more items than the stack holds");
    PickleNode n;
    n.kind = Kind::Tuple;
    n.items.assign(stack_.end() - static_cast<std::ptrdiff_t>(count), stack_.end());
    stack_.resize(stack_.size() - count);
    return push(add(std::move(n)));
  }

  Status string(Kind kind, int lengthBytes) {
    auto length = unsignedLE(lengthBytes);
    if (!length) return tl::unexpected(length.error());
    if (lengthBytes == 4 && kind == Kind::String && in_[opStart_] == 'T' && *length > 0x7fffffffu)
      return bad("a string has a negative length");
    auto text = take(*length);
    if (!text) return tl::unexpected(text.error());
    return push(addText(kind, std::string(*text)));
  }

  Status step(unsigned char op) {
    switch (op) {
      case 0x80: {  // PROTO
        auto v = unsignedLE(1);
        if (!v) return tl::unexpected(v.error());
        if (*v > 5) return bad(fmt::format("pickle protocol {} is newer than 5", *v));
        return {};
      }
      case 0x95: {  // FRAME: a length hint
        auto v = unsignedLE(8);
        if (!v) return tl::unexpected(v.error());
        return {};
      }
      case '(':
        marks_.push_back(stack_.size());
        return {};
      case '0':
        return pop().map([](NodeId) {});
      case '1':
        return popMark().map([](const std::vector<NodeId>&) {});
      case '2': {
        if (stack_.empty()) return bad("DUP on an empty stack");
        return push(stack_.back());
      }
      case 'N':
        return push(addKind(Kind::None));
      case 0x88:
      case 0x89: {
        PickleNode n;
        n.kind = Kind::Bool;
        n.boolean = op == 0x88;
        return push(add(std::move(n)));
      }
      case 'K':
        return unsignedLE(1).and_then([this](std::uint64_t v) { return push(addInt(static_cast<std::int64_t>(v))); });
      case 'M':
        return unsignedLE(2).and_then([this](std::uint64_t v) { return push(addInt(static_cast<std::int64_t>(v))); });
      case 'J':
        return unsignedLE(4).and_then(
            [this](std::uint64_t v) { return push(addInt(static_cast<std::int32_t>(static_cast<std::uint32_t>(v)))); });
      case 0x8a:    // LONG1
      case 0x8b: {  // LONG4
        auto n = unsignedLE(op == 0x8a ? 1 : 4);
        if (!n) return tl::unexpected(n.error());
        if (*n > 8) return bad("an integer is wider than 64 bits");
        auto raw = take(*n);
        if (!raw) return tl::unexpected(raw.error());
        std::uint64_t v = 0;
        for (std::size_t i = raw->size(); i-- > 0;) v = (v << 8) | static_cast<unsigned char>((*raw)[i]);
        if (*n > 0 && *n < 8 && (static_cast<unsigned char>((*raw)[*n - 1]) & 0x80)) v |= ~0ull << (8 * *n);
        return push(addInt(static_cast<std::int64_t>(v)));
      }
      case 'G': {  // BINFLOAT, big-endian
        auto raw = take(8);
        if (!raw) return tl::unexpected(raw.error());
        std::uint64_t bits = 0;
        for (char c : *raw) bits = (bits << 8) | static_cast<unsigned char>(c);
        PickleNode n;
        n.kind = Kind::Float;
        std::memcpy(&n.real, &bits, sizeof bits);
        return push(add(std::move(n)));
      }
      case 'X':
        return string(Kind::String, 4);
      case 0x8c:
        return string(Kind::String, 1);
      case 0x8d:
        return string(Kind::String, 8);
      case 'T':
        return string(Kind::String, 4);
      case 'U':
        return string(Kind::String, 1);
      case 'B':
        return string(Kind::Bytes, 4);
      case 'C':
        return string(Kind::Bytes, 1);
      case 0x8e:
      case 0x96:
        return string(Kind::Bytes, 8);
      case '}':
        return push(addKind(Kind::Dict));
      case ']':
      case 0x8f:
        return push(addKind(Kind::List));  // EMPTY_LIST, EMPTY_SET
      case ')':
        return push(addKind(Kind::Tuple));
      case 0x85:
        return tupleOf(1);
      case 0x86:
        return tupleOf(2);
      case 0x87:
        return tupleOf(3);
      case 't':
        return fromMark(Kind::Tuple);
      case 'l':
      case 0x91:
        return fromMark(Kind::List);  // LIST, FROZENSET
      case 'd':
        return fromMark(Kind::Dict);
      case 'a': {
        auto value = pop();
        if (!value) return tl::unexpected(value.error());
        if (stack_.empty()) return bad("APPEND without a list");
        return appendTo(stack_.back(), {*value});
      }
      case 'e':
      case 0x90: {  // APPENDS, ADDITEMS
        auto items = popMark();
        if (!items) return tl::unexpected(items.error());
        if (stack_.empty()) return bad("APPENDS without a list");
        return appendTo(stack_.back(), *items);
      }
      case 's': {
        auto value = pop();
        if (!value) return tl::unexpected(value.error());
        auto key = pop();
        if (!key) return tl::unexpected(key.error());
        if (stack_.empty()) return bad("SETITEM without a dict");
        return setItem(stack_.back(), *key, *value);
      }
      case 'u': {
        auto items = popMark();
        if (!items) return tl::unexpected(items.error());
        if (items->size() % 2) return bad("SETITEMS with an odd number of items");
        if (stack_.empty()) return bad("SETITEMS without a dict");
        for (std::size_t i = 0; i < items->size(); i += 2)
          if (auto st = setItem(stack_.back(), (*items)[i], (*items)[i + 1]); !st) return st;
        return {};
      }
      case 'q':
        return unsignedLE(1).and_then([this](std::uint64_t i) { return memoPut(i); });
      case 'r':
        return unsignedLE(4).and_then([this](std::uint64_t i) { return memoPut(i); });
      case 0x94:
        return memoPut(memo_.size());
      case 'h':
        return unsignedLE(1).and_then([this](std::uint64_t i) { return memoGet(i); });
      case 'j':
        return unsignedLE(4).and_then([this](std::uint64_t i) { return memoGet(i); });
      case 'c': {
        auto module = line();
        if (!module) return tl::unexpected(module.error());
        auto name = line();
        if (!name) return tl::unexpected(name.error());
        return global(*module, *name);
      }
      case 0x93: {  // STACK_GLOBAL
        auto name = pop();
        if (!name) return tl::unexpected(name.error());
        auto module = pop();
        if (!module) return tl::unexpected(module.error());
        if (node(*name).kind != Kind::String || node(*module).kind != Kind::String)
          return bad("STACK_GLOBAL of non-strings");
        return global(node(*module).text, node(*name).text);
      }
      case 'R': {
        auto args = pop();
        if (!args) return tl::unexpected(args.error());
        auto callable = pop();
        if (!callable) return tl::unexpected(callable.error());
        if (node(*callable).kind != Kind::Global) return bad("REDUCE calls something that is not a global");
        if (node(*args).kind != Kind::Tuple) return bad("REDUCE with arguments that are not a tuple");
        const std::string name = node(*callable).text;
        const std::vector<NodeId> argv = node(*args).items;
        auto result = call(name, argv);
        if (!result) return tl::unexpected(result.error());
        return push(*result);
      }
      case 'b': {  // BUILD: the state (an OrderedDict's _metadata, a numpy header) is not needed
        auto state = pop();
        if (!state) return tl::unexpected(state.error());
        if (stack_.empty()) return bad("BUILD without an object");
        const Kind k = node(stack_.back()).kind;
        if (k != Kind::Dict && k != Kind::Tensor && k != Kind::Opaque && k != Kind::List)
          return bad(fmt::format("BUILD on a {}", kindName(k)));
        return {};
      }
      case 'Q': {
        auto pid = pop();
        if (!pid) return tl::unexpected(pid.error());
        return persistentLoad(*pid);
      }
      default:
        return bad(fmt::format("opcode 0x{:02x} is not one a weights file uses", op));
    }
  }
};

}  // namespace

const char* kindName(PickleNode::Kind kind) {
  switch (kind) {
    case Kind::None:
      return "None";
    case Kind::Bool:
      return "bool";
    case Kind::Int:
      return "int";
    case Kind::Float:
      return "float";
    case Kind::String:
      return "str";
    case Kind::Bytes:
      return "bytes";
    case Kind::List:
      return "list";
    case Kind::Tuple:
      return "tuple";
    case Kind::Dict:
      return "dict";
    case Kind::Tensor:
      return "tensor";
    case Kind::Global:
      return "global";
    case Kind::Storage:
      return "storage";
    case Kind::Opaque:
      return "opaque value";
  }
  return "value";
}

NodeId PickleDocument::get(NodeId dict, std::string_view key) const {
  if (dict < 0 || at(dict).kind != PickleNode::Kind::Dict) return -1;
  const auto& items = at(dict).items;
  for (std::size_t i = 0; i + 1 < items.size(); i += 2)
    if (at(items[i]).kind == PickleNode::Kind::String && at(items[i]).text == key) return items[i + 1];
  return -1;
}

bool isAllowedGlobal(const std::string& qualifiedName) { return allowedGlobals().count(qualifiedName) > 0; }

Result<PickleDocument> unpickle(std::string_view bytes, const StorageLoader& loadStorage, const std::string& source) {
  try {
    return Machine(bytes, loadStorage, source).run();
  } catch (const std::bad_alloc&) {
    return fail(ErrorCode::OutOfMemory, fmt::format("Ran out of memory while reading '{}'.", source));
  } catch (const std::exception& e) {
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a readable weights file: {}.", source, e.what()));
  }
}

}  // namespace spact::nn::io
