#include "pipeline/anonymizer.h"

#include <algorithm>

#include "pipeline/baselines.h"
#include "pipeline/folder_export.h"
#include "pipeline/model_anonymizer.h"

namespace spact::pipeline {

const std::vector<std::string>& anonymizerMethods() {
  static const std::vector<std::string> methods = {"model", "blur", "pixelate", "downsample", "faceblur", "identity"};
  return methods;
}

std::string AnonymizerConfig::fingerprint() const {
  std::string f = method;
  if (method == "model") {
    // The model file's contents, not only its name: retraining into the same path must re-export.
    auto contents = fingerprintFile(modelPath);
    f += ":" + modelPath + "@" + (contents ? *contents : std::string("unreadable")) + ":res=" + std::to_string(resolution);
    if (precision != "fp32") f += ":" + precision;  // fp32 keeps the fingerprints of earlier runs
  }
  if (method == "downsample") f += ":x" + std::to_string(downsampleFactor);
  return f;
}

Result<std::unique_ptr<Anonymizer>> makeAnonymizer(const AnonymizerConfig& config) {
  const auto& methods = anonymizerMethods();
  if (std::find(methods.begin(), methods.end(), config.method) == methods.end())
    return fail(ErrorCode::InvalidInput, "Unknown anonymization method '" + config.method + "'.");
  if (config.method == "model") {
    if (config.modelPath.empty()) return fail(ErrorCode::InvalidInput, "No model file was given for the anonymizer.");
    return loadModelAnonymizer(config.modelPath, {.resolution = config.resolution,
                                                  .batch = config.batch,
                                                  .device = config.device,
                                                  .precision = config.precision});
  }
  if (config.method == "blur") return makeBlur();
  if (config.method == "pixelate") return makePixelate();
  if (config.method == "downsample") return makeDownsample(config.downsampleFactor);
  if (config.method == "identity") return makeIdentity();
  auto detector = haarFaceDetector(config.cascadePath);
  if (!detector) return tl::unexpected(detector.error());
  return makeRegionBlur(std::move(*detector));
}

}  // namespace spact::pipeline
