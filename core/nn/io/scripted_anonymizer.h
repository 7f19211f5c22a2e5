#pragma once
// TorchScript anonymizers (torch.jit.save files) behind the anonymizer interface: a function
// from N×3×H×W frames in [0,1] to frames of the same shape in [0,1]. TorchScript is run by
// LibTorch's interpreter (no Python); loading checks the model once on a 1×3×32×32 input.
#include <memory>
#include <string>

#include "nn/named_tensors.h"
#include "util/result.h"

namespace spact::nn::io {

class FrameAnonymizer {
 public:
  virtual ~FrameAnonymizer() = default;
  // frames: N×3×H×W, float, [0,1]; returns the same shape. Never throws.
  virtual Result<torch::Tensor> anonymize(const torch::Tensor& frames) = 0;
};

Result<std::unique_ptr<FrameAnonymizer>> loadScriptedAnonymizer(const std::string& path);

// A TorchScript model's parameters and buffers in state-dict order (module by module), so that a
// scripted SPAct network can be imported as weights.
Result<NamedTensors> scriptedStateDict(const std::string& path);

}  // namespace spact::nn::io
