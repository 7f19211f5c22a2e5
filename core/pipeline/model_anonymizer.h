#pragma once
// f_A as an Anonymizer: the SPAct UNet run frame by frame at a processing resolution (the shorter
// side, 112 in the paper) and brought back to each frame's size. Inference runs in
// torch::InferenceMode on the device chosen once, in channels-last layout, frames batched.
#include <memory>
#include <string>

#include "nn/networks.h"
#include "pipeline/anonymizer.h"

namespace spact::pipeline {

struct ModelAnonymizerOptions {
  int resolution = 112;  // shorter side f_A sees; 0 = the frame's own size
  int batch = 8;
  std::string device = "cpu";  // cpu or cuda
  bool channelsLast = true;
};

// `network` must be an anonymizer; it is moved to the device and put in eval mode.
Result<std::unique_ptr<Anonymizer>> makeModelAnonymizer(nn::Network network, const ModelAnonymizerOptions& options);
// Reads the anonymizer of any model file nn::io imports.
Result<std::unique_ptr<Anonymizer>> loadModelAnonymizer(const std::string& path, const ModelAnonymizerOptions& options);

}  // namespace spact::pipeline
