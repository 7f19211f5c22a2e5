#include "nn/video_resnet.h"

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/pooling.h>

#include "nn/widths.h"

namespace spact::nn {

namespace tnn = torch::nn;

namespace {

tnn::ReLU relu() { return tnn::ReLU(tnn::ReLUOptions(true)); }

// torchvision's BasicBlock computes one midplanes for both of its (2+1)D convolutions, so that
// they have about as many parameters as the 3x3x3 convolution they replace.
int64_t midplanes(int64_t in, int64_t planes) { return (in * planes * 27) / (in * 9 + 3 * planes); }

// The block's convolution ("conv_builder" in torchvision): Conv3DSimple or Conv2Plus1D.
tnn::Sequential convUnit(VideoArch arch, int64_t in, int64_t out, int64_t mid, int64_t stride) {
  tnn::Sequential s;
  if (arch == VideoArch::R2Plus1D18)
    s->push_back(Conv2Plus1D(in, out, mid, stride));
  else
    s->push_back(NarrowConv3d(tnn::Conv3dOptions(in, out, 3).stride(stride).padding(1).bias(false)));
  return s;
}

tnn::Sequential makeLayer(VideoArch arch, int64_t& inPlanes, int64_t planes, int64_t stride, bool spactFirst) {
  tnn::Sequential layer;
  layer->push_back(VideoBasicBlock(
      VideoBlockOptions().inPlanes(inPlanes).planes(planes).stride(stride).arch(arch).temporallyDilated(spactFirst)));
  inPlanes = planes;
  layer->push_back(VideoBasicBlock(VideoBlockOptions().inPlanes(planes).planes(planes).arch(arch)));
  return layer;
}

}  // namespace

const char* videoArchName(VideoArch arch) {
  switch (arch) {
    case VideoArch::R3D18Spact:
      return "r3d18_spact";
    case VideoArch::R3D18:
      return "r3d18";
    case VideoArch::R2Plus1D18:
      return "r2plus1d18";
  }
  return "?";
}

bool parseVideoArch(const std::string& name, VideoArch& arch) {
  for (VideoArch a : {VideoArch::R3D18Spact, VideoArch::R3D18, VideoArch::R2Plus1D18}) {
    if (name == videoArchName(a)) {
      arch = a;
      return true;
    }
  }
  return false;
}

Conv2Plus1DImpl::Conv2Plus1DImpl(int64_t in, int64_t out, int64_t mid, int64_t stride) {
  // Registered as 0, 1, (2 is the parameter-free ReLU), 3: torchvision's nn.Sequential indices.
  spatial_ = register_module(
      "0",
      NarrowConv3d(tnn::Conv3dOptions(in, mid, {1, 3, 3}).stride({1, stride, stride}).padding({0, 1, 1}).bias(false)));
  norm_ = register_module("1", tnn::BatchNorm3d(mid));
  temporal_ = register_module(
      "3", NarrowConv3d(tnn::Conv3dOptions(mid, out, {3, 1, 1}).stride({stride, 1, 1}).padding({1, 0, 0}).bias(false)));
}

torch::Tensor Conv2Plus1DImpl::forward(const torch::Tensor& x) {
  return temporal_->forward(torch::relu(norm_->forward(spatial_->forward(x))));
}

VideoBasicBlockImpl::VideoBasicBlockImpl(const VideoBlockOptions& o) {
  const int64_t in = o.inPlanes(), planes = o.planes(), mid = midplanes(in, planes);
  tnn::Sequential first;
  if (o.temporallyDilated()) {
    // SPAct: keep the temporal resolution in layer4, widen the temporal receptive field instead.
    first->push_back(NarrowConv3d(tnn::Conv3dOptions(in, planes, 3)
                                     .stride({1, o.stride(), o.stride()})
                                     .padding({2, 1, 1})
                                     .dilation({2, 1, 1})
                                     .bias(false)));
  } else {
    first = convUnit(o.arch(), in, planes, mid, o.stride());
  }
  first->push_back(tnn::BatchNorm3d(planes));
  first->push_back(relu());
  conv1_ = register_module("conv1", first);

  tnn::Sequential second = convUnit(o.arch(), planes, planes, mid, 1);
  second->push_back(tnn::BatchNorm3d(planes));
  conv2_ = register_module("conv2", second);

  if (o.stride() != 1 || in != planes) {
    const std::vector<int64_t> stride =
        o.temporallyDilated() ? std::vector<int64_t>{1, o.stride(), o.stride()} : std::vector<int64_t>(3, o.stride());
    downsample_ = register_module(
        "downsample", tnn::Sequential(NarrowConv3d(tnn::Conv3dOptions(in, planes, 1).stride(stride).bias(false)),
                                      tnn::BatchNorm3d(planes)));
  }
}

torch::Tensor VideoBasicBlockImpl::forward(const torch::Tensor& x) {
  torch::Tensor out = conv2_->forward(conv1_->forward(x));
  out = out + (downsample_ ? downsample_->forward(x) : x);
  return torch::relu(out);
}

VideoResNetImpl::VideoResNetImpl(const VideoResNetOptions& options) : options_(options) {
  const VideoArch arch = options.arch();
  const int64_t b = scaledChannels(64, options.width());
  // The stem's spatial kernel and stride: torchvision's 7 and 2, or 3 and 1 for small frames.
  const bool imagenet = options.stem() == Stem::ImageNet;
  const int64_t k = imagenet ? 7 : 3, s = imagenet ? 2 : 1;
  if (arch == VideoArch::R2Plus1D18) {
    // torchvision's R2Plus1dStem: 45 channels between its spatial and temporal convolutions.
    const int64_t mid = scaledChannels(45, options.width());
    stem_ = register_module(
        "stem",
        tnn::Sequential(
            NarrowConv3d(tnn::Conv3dOptions(3, mid, {1, k, k}).stride({1, s, s}).padding({0, k / 2, k / 2}).bias(false)),
            tnn::BatchNorm3d(mid), relu(),
            NarrowConv3d(tnn::Conv3dOptions(mid, b, {3, 1, 1}).padding({1, 0, 0}).bias(false)), tnn::BatchNorm3d(b),
            relu()));
  } else {
    stem_ = register_module(
        "stem",
        tnn::Sequential(
            NarrowConv3d(tnn::Conv3dOptions(3, b, {3, k, k}).stride({1, s, s}).padding({1, k / 2, k / 2}).bias(false)),
            tnn::BatchNorm3d(b), relu()));
  }
  int64_t in = b;
  layer1_ = register_module("layer1", makeLayer(arch, in, b, 1, false));
  layer2_ = register_module("layer2", makeLayer(arch, in, 2 * b, 2, false));
  layer3_ = register_module("layer3", makeLayer(arch, in, 4 * b, 2, false));
  layer4_ = register_module("layer4", makeLayer(arch, in, 8 * b, 2, arch == VideoArch::R3D18Spact));
  fc_ = register_module("fc", tnn::Linear(8 * b, options.numClasses()));
}

torch::Tensor VideoResNetImpl::features(const torch::Tensor& clip) {
  torch::Tensor x = stem_->forward(clip);
  if (options_.stem() == Stem::SmallPooled) x = torch::max_pool3d(x, {1, 3, 3}, {1, 2, 2}, {0, 1, 1});
  x = layer4_->forward(layer3_->forward(layer2_->forward(layer1_->forward(x))));
  return torch::adaptive_avg_pool3d(x, {1, 1, 1}).flatten(1);
}

torch::Tensor VideoResNetImpl::forward(const torch::Tensor& clip) { return fc_->forward(features(clip)); }

}  // namespace spact::nn
