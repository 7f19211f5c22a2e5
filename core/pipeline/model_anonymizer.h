#pragma once
// f_A as an Anonymizer: the SPAct UNet run frame by frame at a processing resolution (the shorter
// side, 112 in the paper) and brought back to each frame's size. Inference runs in
// torch::InferenceMode on the device chosen once, frames batched, on a fused copy of the UNet
// (BatchNorm folded into the convolutions, nn/fuse.h; outputs equal the plain network's within
// float rounding, 1e-4 tested) in channels-last layout. bf16 is a choice, not the default: see
// tests/bench/README.md for its speed and error on the machines measured.
#include <memory>
#include <string>

#include "nn/networks.h"
#include "pipeline/anonymizer.h"

namespace spact::pipeline {

// `network` must be an anonymizer; it is moved to the device and put in eval mode.
Result<std::unique_ptr<Anonymizer>> makeModelAnonymizer(nn::Network network, const ModelAnonymizerOptions& options);
// The anonymizer network of any model file nn::io imports, weights loaded.
Result<nn::Network> loadAnonymizerNetwork(const std::string& path);
// Reads the anonymizer of any model file nn::io imports.
Result<std::unique_ptr<Anonymizer>> loadModelAnonymizer(const std::string& path, const ModelAnonymizerOptions& options);

}  // namespace spact::pipeline
