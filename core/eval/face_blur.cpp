// Face blur for the evaluation table: the pipeline's Haar detector and region blur (OpenCV, on
// media::Image), applied to tensor batches frame by frame on the CPU. Slow, and honest about it:
// at the synthetic benchmark's 16–32 pixel frames the detector's 12-pixel minimum face rarely
// fires, so the row is close to raw data's (the report says what it measured).
#include "eval/transforms.h"
#include "pipeline/baselines.h"

namespace spact::eval {

Result<train::FrameTransform> faceBlurTransform(const std::string& cascadePath) {
  auto detector = pipeline::haarFaceDetector(cascadePath);
  if (!detector) return tl::unexpected(detector.error());
  std::shared_ptr<pipeline::Anonymizer> blur = pipeline::makeRegionBlur(std::move(*detector));
  return train::FrameTransform([blur](const torch::Tensor& x) {
    auto images = toImages(x);
    if (auto st = blur->process(images); !st) throw std::runtime_error(st.error().message);
    return fromImages(images).to(x.device());
  });
}

}  // namespace spact::eval
