#pragma once
// A pickle reader for weights files, with no Python and no code execution: a small virtual
// machine that understands the opcodes torch.save emits (protocols 2 to 5) and builds a tree of
// plain values. A GLOBAL is only accepted when it names something a weights file needs
// (OrderedDict, torch's tensor rebuild functions and storage types, a few data-only helpers);
// any other name (os.system, builtins.eval, ...) stops the read with an error naming it, before
// anything else happens. The allowed callables are implemented here, never looked up.
#include <torch/types.h>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace spact::nn::io {

using NodeId = std::int32_t;

// One value of the tree. Containers refer to their items by id, so memo references and cycles
// (which a hostile pickle can make) cost nothing to own and to destroy.
struct PickleNode {
  enum class Kind { None, Bool, Int, Float, String, Bytes, List, Tuple, Dict, Tensor, Global, Storage, Opaque };
  Kind kind = Kind::None;
  bool boolean = false;
  std::int64_t integer = 0;
  double real = 0.0;
  std::string text;           // String, Bytes; Global: "module.name"; Opaque: what it stands for
  std::vector<NodeId> items;  // List, Tuple; Dict: key, value, key, value, ...
  torch::Tensor tensor;       // Tensor; Storage: the 1-D storage
};

const char* kindName(PickleNode::Kind kind);

struct PickleDocument {
  std::vector<PickleNode> nodes;
  NodeId root = -1;

  const PickleNode& at(NodeId id) const { return nodes.at(static_cast<std::size_t>(id)); }
  // A dict entry by string key, or -1.
  NodeId get(NodeId dict, std::string_view key) const;
};

// Loads the storage a persistent id names: record `key` holding `numel` elements of `dtype`.
using StorageLoader =
    std::function<Result<torch::Tensor>(const std::string& key, c10::ScalarType dtype, std::int64_t numel)>;

// `source` names the file in error messages. Never throws.
Result<PickleDocument> unpickle(std::string_view bytes, const StorageLoader& loadStorage, const std::string& source);

// True when `module.name` is a global this reader accepts.
bool isAllowedGlobal(const std::string& qualifiedName);

}  // namespace spact::nn::io
