#include "nn/io/network_kind.h"

#include <string>
#include <vector>

namespace spact::nn::io {
namespace {

bool isBackboneKey(const std::string& key, const std::string& base) {
  for (const char* p : {"conv1.", "bn1.", "layer1.", "layer2.", "layer3.", "layer4.", "stem."})
    if (key.rfind(base + p, 0) == 0) return true;
  return false;
}

// `base` is the backbone's key prefix: "" for torchvision's ResNet, "0." when the network is a
// Sequential(backbone, head).
NetworkKind resnet2d(const NamedTensors& t, const std::string& base) {
  std::vector<std::string> head;
  for (const auto& [key, value] : t)
    if (!isBackboneKey(key, base) && value.dim() == 2 && key.size() > 7 && key.substr(key.size() - 7) == ".weight")
      head.push_back(key);
  return head.size() == 1 && head[0] == "fc.weight" ? NetworkKind::Attributes : NetworkKind::Privacy;
}

}  // namespace

std::optional<NetworkKind> classifyStateDict(const NamedTensors& t) {
  try {
    if (auto inc = find(t, "inc.double_conv.0.weight"); inc && inc->dim() == 4) return NetworkKind::Anonymizer;
    if (auto stem = find(t, "stem.0.weight"); stem && stem->dim() == 5) return NetworkKind::Action;
    static const std::string conv1 = "conv1.weight";
    for (const auto& [key, value] : t) {
      if (key.size() < conv1.size() || key.compare(key.size() - conv1.size(), conv1.size(), conv1) != 0) continue;
      const std::string base = key.substr(0, key.size() - conv1.size());
      if (value.dim() == 4 && (base.empty() || base.back() == '.') && base.find("layer") == std::string::npos)
        return resnet2d(t, base);
    }
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

NamedTensors stripModulePrefix(NamedTensors tensors) {
  static const std::string prefix = "module.";
  for (auto& [key, value] : tensors)
    if (key.rfind(prefix, 0) == 0) key.erase(0, prefix.size());
  return tensors;
}

}  // namespace spact::nn::io
