#include "nn/privacy_net.h"

#include <torch/nn/functional/normalization.h>

namespace spact::nn {

namespace tnn = torch::nn;

ProjectionHeadImpl::ProjectionHeadImpl(const ProjectionHeadOptions& o) {
  fc1_ = register_module("fc1", tnn::Linear(o.inFeatures(), o.hidden()));
  fc2_ = register_module("fc2", tnn::Linear(o.hidden(), o.out()));
}

torch::Tensor ProjectionHeadImpl::forward(const torch::Tensor& features) {
  const torch::Tensor z = fc2_->forward(torch::relu(fc1_->forward(features)));
  return tnn::functional::normalize(z, tnn::functional::NormalizeFuncOptions().p(2).dim(1));
}

PrivacyNetImpl::PrivacyNetImpl(const PrivacyNetOptions& o) : options_(o) {
  backbone_ =
      register_module("0", ResNet(ResNetOptions().depth(o.depth()).width(o.width()).stem(o.stem()).numClasses(0)));
  const int64_t features = backbone_->featureCount();
  head_ = register_module("1", ProjectionHead(ProjectionHeadOptions()
                                                  .inFeatures(features)
                                                  .hidden(o.headHidden() > 0 ? o.headHidden() : features)
                                                  .out(o.headOut())));
}

torch::Tensor PrivacyNetImpl::forward(const torch::Tensor& x) { return head_->forward(backbone_->forward(x)); }

}  // namespace spact::nn
