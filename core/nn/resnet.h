#pragma once
// torchvision's ResNet-18 and ResNet-50 (v1.5: the stride on the 3x3 convolution), registered
// under torchvision's state-dict keys, with a width multiplier. The backbone of f_B (fc removed:
// numClasses 0) and of the attribute classifier (fc to one logit per attribute).
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>
#include <cstdint>
#include <string>

#include "nn/stem.h"

namespace spact::nn {

enum class ResNetDepth { R18 = 18, R50 = 50 };

struct ResNetOptions {
  TORCH_ARG(ResNetDepth, depth) = ResNetDepth::R50;
  TORCH_ARG(int64_t, numClasses) = 0;  // 0: no fc, forward() gives the pooled features
  TORCH_ARG(double, width) = 1.0;      // stem width round(64 * width)
  // nn/stem.h. Small for inputs of ~32 pixels, which the ImageNet stem would shrink to 8x8
  // before the first block. Same keys; conv1 is 3x3 in the small stems.
  TORCH_ARG(Stem, stem) = Stem::ImageNet;
};

struct ResBlockOptions {
  TORCH_ARG(int64_t, inPlanes) = 64;
  TORCH_ARG(int64_t, planes) = 64;
  TORCH_ARG(int64_t, stride) = 1;
};

// conv3x3-BN-ReLU-conv3x3-BN + shortcut (ResNet-18/34).
class BasicBlockImpl : public torch::nn::Module {
 public:
  static constexpr int64_t kExpansion = 1;
  explicit BasicBlockImpl(const ResBlockOptions& options);
  torch::Tensor forward(const torch::Tensor& x);

 private:
  torch::nn::Conv2d conv1_{nullptr}, conv2_{nullptr};
  torch::nn::BatchNorm2d bn1_{nullptr}, bn2_{nullptr};
  torch::nn::Sequential downsample_{nullptr};
};
TORCH_MODULE(BasicBlock);

// conv1x1-conv3x3(stride)-conv1x1 (x4) with BatchNorm, + shortcut (ResNet-50 and deeper).
class BottleneckImpl : public torch::nn::Module {
 public:
  static constexpr int64_t kExpansion = 4;
  explicit BottleneckImpl(const ResBlockOptions& options);
  torch::Tensor forward(const torch::Tensor& x);

 private:
  torch::nn::Conv2d conv1_{nullptr}, conv2_{nullptr}, conv3_{nullptr};
  torch::nn::BatchNorm2d bn1_{nullptr}, bn2_{nullptr}, bn3_{nullptr};
  torch::nn::Sequential downsample_{nullptr};
};
TORCH_MODULE(Bottleneck);

class ResNetImpl : public torch::nn::Module {
 public:
  explicit ResNetImpl(const ResNetOptions& options = {});
  // (N, 3, H, W) -> (N, numClasses) logits, or (N, featureCount()) features without fc.
  torch::Tensor forward(const torch::Tensor& x);
  torch::Tensor features(const torch::Tensor& x);

  // 2048 for ResNet-50, 512 for ResNet-18 (at width 1).
  int64_t featureCount() const { return features_; }
  const ResNetOptions& options() const { return options_; }

 private:
  ResNetOptions options_;
  int64_t features_ = 0;
  torch::nn::Conv2d conv1_{nullptr};
  torch::nn::BatchNorm2d bn1_{nullptr};
  torch::nn::Sequential layer1_{nullptr}, layer2_{nullptr}, layer3_{nullptr}, layer4_{nullptr};
  torch::nn::Linear fc_{nullptr};
};
TORCH_MODULE(ResNet);

const char* resnetName(ResNetDepth depth);  // "resnet18", "resnet50"
bool parseResNet(const std::string& name, ResNetDepth& depth);

}  // namespace spact::nn
