#pragma once
// f_B, the self-supervised privacy branch: a ResNet without fc, then SPAct's projection head
// fc1 (features -> hidden), ReLU, fc2 (hidden -> out), L2-normalised (model.py,
// ssl_pretrained_load). The official code builds it as nn.Sequential(resnet50, MLP), so its
// state-dict keys are "0.<torchvision ResNet key>" and "1.fc1.*", "1.fc2.*"; the children here
// are registered as "0" and "1" for the same keys (backbone() and head() name them in C++).
// ResNet-50 + Linear(2048,2048)-ReLU-Linear(2048,128): 27,966,656 parameters.
#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>
#include <cstdint>

#include "nn/resnet.h"

namespace spact::nn {

struct ProjectionHeadOptions {
  TORCH_ARG(int64_t, inFeatures) = 2048;
  TORCH_ARG(int64_t, hidden) = 2048;
  TORCH_ARG(int64_t, out) = 128;
};

class ProjectionHeadImpl : public torch::nn::Module {
 public:
  explicit ProjectionHeadImpl(const ProjectionHeadOptions& options = {});
  // (N, inFeatures) -> (N, out), each row of unit L2 norm.
  torch::Tensor forward(const torch::Tensor& features);

 private:
  torch::nn::Linear fc1_{nullptr}, fc2_{nullptr};
};
TORCH_MODULE(ProjectionHead);

struct PrivacyNetOptions {
  TORCH_ARG(ResNetDepth, depth) = ResNetDepth::R50;
  TORCH_ARG(double, width) = 1.0;
  TORCH_ARG(Stem, stem) = Stem::ImageNet;  // ResNetOptions::stem
  TORCH_ARG(int64_t, headHidden) = 0;  // 0: the backbone's feature width (2048, or 512 for ResNet-18)
  TORCH_ARG(int64_t, headOut) = 128;
};

class PrivacyNetImpl : public torch::nn::Module {
 public:
  explicit PrivacyNetImpl(const PrivacyNetOptions& options = {});
  // (N, 3, H, W) -> (N, headOut) unit-norm embeddings, the input of NT-Xent.
  torch::Tensor forward(const torch::Tensor& x);

  ResNet& backbone() { return backbone_; }
  ProjectionHead& head() { return head_; }
  const PrivacyNetOptions& options() const { return options_; }

 private:
  PrivacyNetOptions options_;
  ResNet backbone_{nullptr};
  ProjectionHead head_{nullptr};
};
TORCH_MODULE(PrivacyNet);

}  // namespace spact::nn
