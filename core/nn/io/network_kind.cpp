#include "nn/io/architecture.h"

#include <set>

namespace spact::nn::io {
namespace {

std::optional<torch::Tensor> tensorAt(const NamedTensors& t, const std::string& key) { return find(t, key); }

bool has(const NamedTensors& t, const std::string& key) { return find(t, key).has_value(); }

// Blocks in layerN: the largest "layerN.<i>." index plus one.
int blocksIn(const NamedTensors& t, const std::string& base, int layer) {
  const std::string prefix = base + "layer" + std::to_string(layer) + ".";
  int blocks = 0;
  for (const auto& [key, value] : t) {
    if (key.rfind(prefix, 0) != 0) continue;
    const auto dot = key.find('.', prefix.size());
    try {
      blocks = std::max(blocks, std::stoi(key.substr(prefix.size(), dot - prefix.size())) + 1);
    } catch (const std::exception&) {
    }
  }
  return blocks;
}

bool isBackboneKey(const std::string& key, const std::string& base) {
  for (const char* p : {"conv1.", "bn1.", "layer1.", "layer2.", "layer3.", "layer4.", "stem."})
    if (key.rfind(base + p, 0) == 0) return true;
  return false;
}

// `base` is the backbone's key prefix: "" for torchvision's ResNet, "0." when the network is a
// Sequential(backbone, head).
ArchitectureGuess resnet2d(const NamedTensors& t, const std::string& base, const torch::Tensor& conv1) {
  ArchitectureGuess g;
  const bool bottleneck = has(t, base + "layer1.0.conv3.weight");
  const int blocks[4] = {blocksIn(t, base, 1), blocksIn(t, base, 2), blocksIn(t, base, 3), blocksIn(t, base, 4)};
  int depth = 0;
  if (bottleneck)
    depth = blocks[2] >= 36 ? 152 : blocks[2] >= 23 ? 101 : 50;
  else
    depth = blocks[2] >= 6 ? 34 : 18;
  g.spec["architecture"] = "resnet" + std::to_string(depth);
  g.spec["width"] = conv1.size(0);
  std::vector<std::string> head;
  for (const auto& [key, value] : t)
    if (!isBackboneKey(key, base) && value.dim() == 2 && key.size() > 7 && key.substr(key.size() - 7) == ".weight")
      head.push_back(key);
  if (head.size() == 1 && head[0] == "fc.weight") {
    g.role = NetworkRole::Attributes;
    g.spec["attributes"] = find(t, "fc.weight")->size(0);
  } else if (!head.empty()) {
    g.role = NetworkRole::Privacy;
    auto dims = config::Json::array();
    dims.push_back(find(t, head.front())->size(1));
    for (const auto& key : head) dims.push_back(find(t, key)->size(0));
    g.spec["projection"] = dims;  // input width then each layer's output width
  } else {
    g.role = NetworkRole::Privacy;  // a bare backbone: features only
    g.spec["projection"] = config::Json::array();
  }
  return g;
}

}  // namespace

ArchitectureGuess inferArchitecture(const NamedTensors& t) {
  ArchitectureGuess g;
  try {
    if (auto inc = tensorAt(t, "inc.double_conv.0.weight"); inc && inc->dim() == 4) {
      g.role = NetworkRole::Anonymizer;
      g.spec["architecture"] = "unet";
      g.spec["width"] = inc->size(0);
      g.spec["in_channels"] = inc->size(1);
      if (auto outc = tensorAt(t, "outc.conv.weight"); outc && outc->dim() == 4) g.spec["out_channels"] = outc->size(0);
      int depth = 0;
      while (has(t, "down" + std::to_string(depth + 1) + ".maxpool_conv.1.double_conv.0.weight")) ++depth;
      g.spec["depth"] = depth;
      return g;
    }
    if (auto stem = tensorAt(t, "stem.0.weight"); stem && stem->dim() == 5) {
      g.role = NetworkRole::Action;
      const bool factorised = has(t, "stem.3.weight");
      g.spec["architecture"] = factorised ? "r2plus1d_18" : "r3d_18";
      g.spec["width"] = factorised ? find(t, "stem.3.weight")->size(0) : stem->size(0);
      if (auto fc = tensorAt(t, "fc.weight"); fc && fc->dim() == 2) g.spec["classes"] = fc->size(0);
      return g;
    }
    for (const auto& [key, value] : t) {
      static const std::string conv1 = "conv1.weight";
      if (key.size() < conv1.size() || key.compare(key.size() - conv1.size(), conv1.size(), conv1) != 0) continue;
      const std::string base = key.substr(0, key.size() - conv1.size());
      if (value.dim() == 4 && (base.empty() || base.back() == '.') && base.find("layer") == std::string::npos)
        return resnet2d(t, base, value);
    }
  } catch (const std::exception&) {
    return {};
  }
  return g;
}

NamedTensors stripModulePrefix(NamedTensors tensors) {
  static const std::string prefix = "module.";
  for (auto& [key, value] : tensors)
    if (key.rfind(prefix, 0) == 0) key.erase(0, prefix.size());
  return tensors;
}

}  // namespace spact::nn::io
