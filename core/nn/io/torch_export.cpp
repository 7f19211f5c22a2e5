#include "nn/io/torch_export.h"

#include <caffe2/serialize/inline_container.h>
#include <fmt/format.h>

#include "util/files.h"

namespace spact::nn::io {
namespace {

const char* storageType(c10::ScalarType type) {
  switch (type) {
    case c10::kFloat:
      return "FloatStorage";
    case c10::kDouble:
      return "DoubleStorage";
    case c10::kHalf:
      return "HalfStorage";
    case c10::kBFloat16:
      return "BFloat16Storage";
    case c10::kLong:
      return "LongStorage";
    case c10::kInt:
      return "IntStorage";
    case c10::kShort:
      return "ShortStorage";
    case c10::kChar:
      return "CharStorage";
    case c10::kByte:
      return "ByteStorage";
    case c10::kBool:
      return "BoolStorage";
    default:
      return nullptr;
  }
}

class Pickler {
 public:
  std::string out = std::string("\x80\x02", 2);  // PROTO 2
  std::vector<torch::Tensor> storages;           // written as data/<index>

  void op(char c) { out.push_back(c); }
  void global(const char* module, const char* name) { out += fmt::format("c{}\n{}\n", module, name); }
  void string(const std::string& s) {
    op('X');
    le(s.size(), 4);
    out += s;
  }
  void integer(std::int64_t v) {
    if (v >= 0 && v < 256) {
      op('K');
      le(static_cast<std::uint64_t>(v), 1);
    } else if (v >= std::numeric_limits<std::int32_t>::min() && v <= std::numeric_limits<std::int32_t>::max()) {
      op('J');
      le(static_cast<std::uint32_t>(static_cast<std::int32_t>(v)), 4);
    } else {
      op('\x8a');  // LONG1, 8 bytes two's complement
      le(8, 1);
      le(static_cast<std::uint64_t>(v), 8);
    }
  }
  void ints(c10::IntArrayRef values) {
    op('(');
    for (auto v : values) integer(v);
    op('t');
  }
  void emptyOrderedDict() {
    global("collections", "OrderedDict");
    op(')');
    op('R');
  }
  Status tensor(const std::string& key, const torch::Tensor& value) {
    const char* type = storageType(value.scalar_type());
    if (!type)
      return fail(ErrorCode::Unsupported, fmt::format("Tensor '{}' has dtype {}, which cannot be exported here.", key,
                                                      c10::toString(value.scalar_type())));
    torch::Tensor t = value.detach().to(torch::kCPU).contiguous();
    global("torch._utils", "_rebuild_tensor_v2");
    op('(');
    op('(');  // the persistent id: ('storage', type, key, location, numel)
    string("storage");
    global("torch", type);
    string(std::to_string(storages.size()));
    string("cpu");
    integer(t.numel());
    op('t');
    op('Q');
    integer(0);
    ints(t.sizes());
    ints(t.strides());
    op('\x89');          // requires_grad False
    emptyOrderedDict();  // backward hooks
    op('t');
    op('R');
    storages.push_back(std::move(t));
    return {};
  }

 private:
  void le(std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
};

Result<Pickler> pickle(const TorchCheckpoint& checkpoint) {
  Pickler p;
  p.op('}');
  p.op('(');
  for (const auto& [name, tensors] : checkpoint.stateDicts) {
    p.string(name);
    p.emptyOrderedDict();
    if (!tensors.empty()) {
      p.op('(');
      for (const auto& [key, value] : tensors) {
        p.string(key);
        if (auto st = p.tensor(key, value); !st) return tl::unexpected(st.error());
      }
      p.op('u');
    }
  }
  for (const auto& [name, value] : checkpoint.integers) {
    p.string(name);
    p.integer(value);
  }
  p.op('u');
  p.op('.');
  return p;
}

Status writeArchive(const Pickler& p, const std::function<size_t(const void*, size_t)>& sink) {
  caffe2::serialize::PyTorchStreamWriter writer(sink);
  writer.writeRecord("data.pkl", p.out.data(), p.out.size());
  for (std::size_t i = 0; i < p.storages.size(); ++i) {
    const auto& t = p.storages[i];
    writer.writeRecord("data/" + std::to_string(i), t.data_ptr(),
                       static_cast<std::size_t>(t.numel()) * t.element_size());
  }
  writer.writeEndOfFile();
  return {};
}

}  // namespace

Result<std::string> torchCheckpointBytes(const TorchCheckpoint& checkpoint) {
  try {
    auto p = pickle(checkpoint);
    if (!p) return tl::unexpected(p.error());
    std::string out;
    auto st = writeArchive(*p, [&out](const void* data, size_t n) {
      out.append(static_cast<const char*>(data), n);
      return n;
    });
    if (!st) return tl::unexpected(st.error());
    return out;
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal, fmt::format("Could not write a PyTorch checkpoint: {}.", e.what()));
  }
}

Status writeTorchCheckpoint(const std::string& path, const TorchCheckpoint& checkpoint) {
  try {
    auto p = pickle(checkpoint);
    if (!p) return tl::unexpected(p.error());
    files::AtomicFile file(path);
    if (auto st = file.open(); !st) return st;
    Status written;
    // The sink never reports failure to miniz (its error path would throw from the writer's
    // destructor); the first failed write is remembered and returned instead.
    auto st = writeArchive(*p, [&file, &written](const void* data, size_t n) -> size_t {
      if (written) written = file.write(data, n);
      return n;
    });
    if (!written) return written;
    if (!st) return st;
    return file.commit();
  } catch (const c10::Error& e) {
    return fail(ErrorCode::Io, fmt::format("Could not write '{}': {}.", path, e.what_without_backtrace()));
  } catch (const std::exception& e) {
    return fail(ErrorCode::Io, fmt::format("Could not write '{}': {}.", path, e.what()));
  }
}

TorchCheckpoint officialLayout(const ModelBundle& bundle) {
  TorchCheckpoint out;
  const bool hasPrivacy = bundle.network(NetworkKind::Privacy) != nullptr;
  for (const auto& net : bundle.networks) {
    std::string name;
    switch (net.kind) {
      case NetworkKind::Anonymizer:
        name = "fa_model_state_dict";
        break;
      case NetworkKind::Action:
        name = "ft_model_state_dict";
        break;
      case NetworkKind::Privacy:
        name = "fb_model_state_dict";
        break;
      case NetworkKind::Attributes:
        name = hasPrivacy ? "attributes_model_state_dict" : "fb_model_state_dict";
        break;
    }
    out.stateDicts.emplace_back(name, net.tensors);
  }
  for (const auto& [name, value] : bundle.counters)
    if (name == "epoch") out.integers.emplace_back(name, value);
  return out;
}

}  // namespace spact::nn::io
