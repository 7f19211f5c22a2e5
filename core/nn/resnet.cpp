#include "nn/resnet.h"

#include <torch/nn/functional/pooling.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/pooling.h>

#include "nn/widths.h"

namespace spact::nn {

namespace tnn = torch::nn;

namespace {

tnn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride = 1) {
  return tnn::Conv2d(tnn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).bias(false));
}

tnn::Sequential shortcut(int64_t in, int64_t out, int64_t stride) {
  return tnn::Sequential(conv(in, out, 1, stride), tnn::BatchNorm2d(out));
}

template <class Block, class Impl>
tnn::Sequential makeLayer(int64_t& inPlanes, int64_t planes, int64_t blocks, int64_t stride) {
  tnn::Sequential layer;
  for (int64_t i = 0; i < blocks; ++i) {
    layer->push_back(Block(ResBlockOptions().inPlanes(inPlanes).planes(planes).stride(i == 0 ? stride : 1)));
    inPlanes = planes * Impl::kExpansion;
  }
  return layer;
}

}  // namespace

const char* resnetName(ResNetDepth depth) { return depth == ResNetDepth::R18 ? "resnet18" : "resnet50"; }

bool parseResNet(const std::string& name, ResNetDepth& depth) {
  if (name == "resnet18")
    depth = ResNetDepth::R18;
  else if (name == "resnet50")
    depth = ResNetDepth::R50;
  else
    return false;
  return true;
}

// Registration order is torchvision's attribute order, which is its state-dict order.
BasicBlockImpl::BasicBlockImpl(const ResBlockOptions& o) {
  conv1_ = register_module("conv1", conv(o.inPlanes(), o.planes(), 3, o.stride()));
  bn1_ = register_module("bn1", tnn::BatchNorm2d(o.planes()));
  conv2_ = register_module("conv2", conv(o.planes(), o.planes(), 3));
  bn2_ = register_module("bn2", tnn::BatchNorm2d(o.planes()));
  if (o.stride() != 1 || o.inPlanes() != o.planes() * kExpansion)
    downsample_ = register_module("downsample", shortcut(o.inPlanes(), o.planes() * kExpansion, o.stride()));
}

torch::Tensor BasicBlockImpl::forward(const torch::Tensor& x) {
  torch::Tensor out = torch::relu(bn1_->forward(conv1_->forward(x)));
  out = bn2_->forward(conv2_->forward(out));
  return torch::relu(out + (downsample_ ? downsample_->forward(x) : x));
}

BottleneckImpl::BottleneckImpl(const ResBlockOptions& o) {
  const int64_t width = o.planes(), out = o.planes() * kExpansion;
  conv1_ = register_module("conv1", conv(o.inPlanes(), width, 1));
  bn1_ = register_module("bn1", tnn::BatchNorm2d(width));
  conv2_ = register_module("conv2", conv(width, width, 3, o.stride()));
  bn2_ = register_module("bn2", tnn::BatchNorm2d(width));
  conv3_ = register_module("conv3", conv(width, out, 1));
  bn3_ = register_module("bn3", tnn::BatchNorm2d(out));
  if (o.stride() != 1 || o.inPlanes() != out)
    downsample_ = register_module("downsample", shortcut(o.inPlanes(), out, o.stride()));
}

torch::Tensor BottleneckImpl::forward(const torch::Tensor& x) {
  torch::Tensor out = torch::relu(bn1_->forward(conv1_->forward(x)));
  out = torch::relu(bn2_->forward(conv2_->forward(out)));
  out = bn3_->forward(conv3_->forward(out));
  return torch::relu(out + (downsample_ ? downsample_->forward(x) : x));
}

ResNetImpl::ResNetImpl(const ResNetOptions& options) : options_(options) {
  const int64_t b = scaledChannels(64, options.width());
  conv1_ = register_module("conv1", options.stem() == Stem::ImageNet
                                        ? tnn::Conv2d(tnn::Conv2dOptions(3, b, 7).stride(2).padding(3).bias(false))
                                        : conv(3, b, 3));
  bn1_ = register_module("bn1", tnn::BatchNorm2d(b));
  int64_t in = b;
  if (options.depth() == ResNetDepth::R18) {
    layer1_ = register_module("layer1", makeLayer<BasicBlock, BasicBlockImpl>(in, b, 2, 1));
    layer2_ = register_module("layer2", makeLayer<BasicBlock, BasicBlockImpl>(in, 2 * b, 2, 2));
    layer3_ = register_module("layer3", makeLayer<BasicBlock, BasicBlockImpl>(in, 4 * b, 2, 2));
    layer4_ = register_module("layer4", makeLayer<BasicBlock, BasicBlockImpl>(in, 8 * b, 2, 2));
  } else {
    layer1_ = register_module("layer1", makeLayer<Bottleneck, BottleneckImpl>(in, b, 3, 1));
    layer2_ = register_module("layer2", makeLayer<Bottleneck, BottleneckImpl>(in, 2 * b, 4, 2));
    layer3_ = register_module("layer3", makeLayer<Bottleneck, BottleneckImpl>(in, 4 * b, 6, 2));
    layer4_ = register_module("layer4", makeLayer<Bottleneck, BottleneckImpl>(in, 8 * b, 3, 2));
  }
  features_ = in;
  if (options.numClasses() > 0) fc_ = register_module("fc", tnn::Linear(features_, options.numClasses()));
}

torch::Tensor ResNetImpl::features(const torch::Tensor& x) {
  torch::Tensor y = torch::relu(bn1_->forward(conv1_->forward(x)));
  if (options_.stem() != Stem::Small) y = torch::max_pool2d(y, 3, 2, 1);
  y = layer4_->forward(layer3_->forward(layer2_->forward(layer1_->forward(y))));
  return torch::adaptive_avg_pool2d(y, {1, 1}).flatten(1);
}

torch::Tensor ResNetImpl::forward(const torch::Tensor& x) {
  torch::Tensor f = features(x);
  return fc_ ? fc_->forward(f) : f;
}

}  // namespace spact::nn
