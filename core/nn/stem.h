#pragma once
// The first layers of the ResNets (f_B, the attribute classifier) and video ResNets (f_T): how
// much they shrink the frame before layer1. The three share their weights' keys and shapes but
// for the first kernel's width, so a checkpoint names its stem in its spec (NetworkSpec::stem).
#include <optional>
#include <string>

namespace spact::nn {

enum class Stem {
  // torchvision's and the paper's, for 112-224 pixels. ResNet: a 7x7 stride-2 convolution and a
  // 3x3 stride-2 max pool (stride 4). R3D: a 3x7x7 convolution at stride (1,2,2); R(2+1)D: 1x7x7.
  ImageNet,
  // For frames of ~32 pixels (CIFAR's ResNet): a 3-wide kernel at stride 1 and no pool, so layer1
  // runs at full resolution.
  Small,
  // The small convolution, then the 3x3 (video: 1x3x3) max pool at stride 2 ImageNet's ResNet
  // has: layer1 at half the resolution and a quarter of the arithmetic, the pixel-level features
  // (an edge that moved by one pixel) computed before the frame shrinks.
  SmallPooled,
};

inline const char* stemName(Stem stem) {
  switch (stem) {
    case Stem::ImageNet:
      return "imagenet";
    case Stem::Small:
      return "small";
    case Stem::SmallPooled:
      return "small_pooled";
  }
  return "?";
}

inline std::optional<Stem> parseStem(const std::string& name) {
  for (Stem s : {Stem::ImageNet, Stem::Small, Stem::SmallPooled})
    if (name == stemName(s)) return s;
  return std::nullopt;
}

}  // namespace spact::nn
