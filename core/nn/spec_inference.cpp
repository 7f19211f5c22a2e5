#include "nn/spec_inference.h"

#include <torch/types.h>
#include <optional>

// C++17: also compiled into the fuzz target with core/nn/io (tests/fuzz/CMakeLists.txt).
namespace spact::nn {

namespace {

// Looks up `key` (ignoring a "module." prefix) in a state dict.
std::optional<torch::Tensor> lookup(const NamedTensors& state, const std::string& key) {
  static const std::string prefix = "module.";
  for (const auto& [name, tensor] : state)
    if (name == key || (name.rfind(prefix, 0) == 0 && name.compare(prefix.size(), std::string::npos, key) == 0))
      return tensor;
  return std::nullopt;
}

// Reads tensor sizes from a state dict; the first key that is absent or of the wrong rank is
// remembered as the error, and later reads give 0.
struct Shapes {
  const NamedTensors& state;
  std::string source;
  std::string kind;
  std::optional<Error> error;

  int64_t size(const std::string& key, int64_t dim, int64_t rank) {
    if (error) return 0;
    auto t = lookup(state, key);
    if (!t) {
      error = Error{ErrorCode::InvalidInput,
                    source + ": no '" + key + "' tensor, so these are not " + kind + " network weights."};
      return 0;
    }
    if (t->dim() != rank) {
      error = Error{ErrorCode::InvalidInput, source + ": '" + key + "' has " + std::to_string(t->dim()) +
                                                 " dimensions where " + std::to_string(rank) + " were expected."};
      return 0;
    }
    return t->size(dim);
  }
  bool has(const std::string& key) const { return lookup(state, key).has_value(); }
};

// The width multiplier whose base width is `base` (scaledChannels(64, width) == base).
double widthOf(int64_t base) { return static_cast<double>(base) / 64.0; }

// The stem from its convolution's spatial kernel: torchvision's is 7 wide, the small ones 3. The
// weights cannot tell "small_pooled" (a parameter-free pool) from "small": files of this project
// name their stem in their spec; a file without one (a PyTorch import) reads as "small".
std::string stemOf(int64_t kernel) { return kernel == 3 ? "small" : "imagenet"; }

// ResNet-50 has a third convolution in its blocks; ResNet-18 does not.
void inferResNet(NetworkSpec& spec, Shapes& s, const std::string& prefix) {
  spec.width = widthOf(s.size(prefix + "conv1.weight", 0, 4));
  spec.stem = stemOf(s.size(prefix + "conv1.weight", 3, 4));
  spec.arch = s.has(prefix + "layer1.0.conv3.weight") ? "resnet50" : "resnet18";
}

}  // namespace

Result<NetworkSpec> inferSpec(NetworkKind kind, const NamedTensors& state, const std::string& sourceName) {
  NetworkSpec spec = paperSpec(kind);
  Shapes s{state, sourceName, kindName(kind), std::nullopt};
  switch (kind) {
    case NetworkKind::Anonymizer:
      spec.width = widthOf(s.size("inc.double_conv.0.weight", 0, 4));
      spec.inChannels = static_cast<int>(s.size("inc.double_conv.0.weight", 1, 4));
      spec.outChannels = static_cast<int>(s.size("outc.conv.weight", 0, 4));
      break;
    case NetworkKind::Action:
      spec.classes = static_cast<int>(s.size("fc.weight", 0, 2));
      spec.width = widthOf(s.size("fc.weight", 1, 2) / 8);
      spec.arch = s.has("stem.3.weight") ? "r2plus1d18" : "r3d18_spact";
      spec.stem = stemOf(s.size("stem.0.weight", 4, 5));
      break;
    case NetworkKind::Privacy: {
      inferResNet(spec, s, "0.");
      const int64_t hidden = s.size("1.fc1.weight", 0, 2), features = s.size("1.fc1.weight", 1, 2);
      spec.headHidden = hidden == features ? 0 : static_cast<int>(hidden);
      spec.headOut = static_cast<int>(s.size("1.fc2.weight", 0, 2));
      break;
    }
    case NetworkKind::Attributes:
      inferResNet(spec, s, "");
      spec.attributes = static_cast<int>(s.size("fc.weight", 0, 2));
      break;
  }
  if (s.error) return tl::unexpected(*s.error);
  if (auto st = validateSpec(spec, sourceName); !st) return tl::unexpected(st.error());
  return spec;
}

}  // namespace spact::nn
