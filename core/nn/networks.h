#pragma once
// Building the SPAct networks from a NetworkSpec, and the spec from a state dict.
#include <torch/nn/modules/container/any.h>
#include <torch/types.h>

#include "nn/named_tensors.h"
#include "nn/network_spec.h"
#include "nn/spec_inference.h"
#include "util/result.h"

namespace spact::nn {

// A built network: one forward(Tensor) -> Tensor, whatever the kind.
//   anonymizer  (N, C, H, W) in [0, 1] -> (N, C', H, W) in (0, 1)       UNet
//   action      (N, 3, T, H, W)        -> (N, classes) logits             VideoResNet
//   privacy     (N, 3, H, W)           -> (N, head_out), unit L2 norm     PrivacyNet
//   attributes  (N, 3, H, W)           -> (N, attributes) logits          ResNet with fc
struct Network {
  NetworkSpec spec;
  torch::nn::AnyModule module;

  torch::Tensor forward(const torch::Tensor& x) { return module.forward(x); }
  torch::nn::Module& base() const { return *module.ptr(); }
};

// Builds `spec` with freshly initialised weights; an invalid spec is an error naming the field.
Result<Network> makeNetwork(const NetworkSpec& spec);

}  // namespace spact::nn
