#pragma once
// f_T, the action branch: torchvision's VideoResNet layout (stem, layer1..4 of BasicBlocks, fc),
// registered under torchvision's state-dict keys. Three architectures:
//  - R3D-18 in SPAct's variant (the paper's f_T, model.py build_r3d_classifier): layer4's first
//    block keeps the temporal resolution -- conv1 with stride (1,2,2), temporal dilation 2 and
//    padding (2,1,1); its 1x1x1 shortcut with stride (1,2,2). Same shapes as R3D-18, so the
//    same keys; 33,218,598 parameters with 102 classes.
//  - plain R3D-18 (Conv3DSimple everywhere);
//  - R(2+1)D-18 (Conv2Plus1D: a (1,3,3) then a (3,1,1) convolution, torchvision's midplanes).
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>
#include <cstdint>
#include <string>

#include "nn/narrow_conv3d.h"
#include "nn/stem.h"

namespace spact::nn {

enum class VideoArch { R3D18Spact, R3D18, R2Plus1D18 };

struct VideoResNetOptions {
  TORCH_ARG(VideoArch, arch) = VideoArch::R3D18Spact;
  TORCH_ARG(int64_t, numClasses) = 102;
  TORCH_ARG(double, width) = 1.0;  // stem width round(64 * width); layers 1x, 2x, 4x, 8x that
  // nn/stem.h. ImageNet: torchvision's (R3D: a 3x7x7 conv at stride (1,2,2); R(2+1)D: 1x7x7).
  // Small, for frames of ~32 pixels: a 3x3 spatial kernel at stride 1 (R3D: 3x3x3; R(2+1)D:
  // 1x3x3), so that layer1 sees full resolution; SmallPooled adds a 1x3x3 max pool at stride
  // (1,2,2) after it. Same keys.
  TORCH_ARG(Stem, stem) = Stem::ImageNet;
};

// torchvision's Conv2Plus1D: spatial (1,3,3) conv, BN, ReLU, temporal (3,1,1) conv; children
// named 0..3 as in its nn.Sequential.
class Conv2Plus1DImpl : public torch::nn::Module {
 public:
  Conv2Plus1DImpl(int64_t in, int64_t out, int64_t mid, int64_t stride);
  torch::Tensor forward(const torch::Tensor& x);

 private:
  NarrowConv3d spatial_{nullptr}, temporal_{nullptr};
  torch::nn::BatchNorm3d norm_{nullptr};
};
TORCH_MODULE(Conv2Plus1D);

struct VideoBlockOptions {
  TORCH_ARG(int64_t, inPlanes) = 64;
  TORCH_ARG(int64_t, planes) = 64;
  TORCH_ARG(int64_t, stride) = 1;
  TORCH_ARG(VideoArch, arch) = VideoArch::R3D18;
  TORCH_ARG(bool, temporallyDilated) = false;  // SPAct's layer4.0 (see above)
};

// torchvision's video BasicBlock: conv1 = (conv, BN, ReLU), conv2 = (conv, BN), an optional
// downsample = (1x1x1 conv, BN) shortcut, ReLU after the sum.
class VideoBasicBlockImpl : public torch::nn::Module {
 public:
  explicit VideoBasicBlockImpl(const VideoBlockOptions& options);
  torch::Tensor forward(const torch::Tensor& x);

 private:
  torch::nn::Sequential conv1_{nullptr}, conv2_{nullptr}, downsample_{nullptr};
};
TORCH_MODULE(VideoBasicBlock);

class VideoResNetImpl : public torch::nn::Module {
 public:
  explicit VideoResNetImpl(const VideoResNetOptions& options = {});
  // (N, 3, T, H, W) clip -> (N, numClasses) logits.
  torch::Tensor forward(const torch::Tensor& clip);
  // The pooled 8 * base features before fc: (N, 512) at width 1.
  torch::Tensor features(const torch::Tensor& clip);

  const VideoResNetOptions& options() const { return options_; }

 private:
  VideoResNetOptions options_;
  torch::nn::Sequential stem_{nullptr}, layer1_{nullptr}, layer2_{nullptr}, layer3_{nullptr}, layer4_{nullptr};
  torch::nn::Linear fc_{nullptr};
};
TORCH_MODULE(VideoResNet);

const char* videoArchName(VideoArch arch);  // "r3d18_spact", "r3d18", "r2plus1d18"
bool parseVideoArch(const std::string& name, VideoArch& arch);

}  // namespace spact::nn
