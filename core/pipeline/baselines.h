#pragma once
// The non-learned baselines of SPAct's comparison tables (and of common practice), applied to
// whole frames with strengths relative to the frame's shorter side, so that a 112-pixel clip and
// a 1080p video are obscured alike.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/anonymizer.h"

namespace spact::pipeline {

struct Box {
  int x = 0, y = 0, width = 0, height = 0;
};

// Faces (or any regions to obscure) found in one upright frame.
using RegionDetector = std::function<std::vector<Box>(const media::Image&)>;

std::unique_ptr<Anonymizer> makeIdentity();
// Gaussian blur with sigma = shorter side / 28 (4 pixels at 112).
std::unique_ptr<Anonymizer> makeBlur();
// Blocks of shorter side / 14 pixels (8 at 112), each its mean colour.
std::unique_ptr<Anonymizer> makePixelate();
// Down-sampling by `factor` (area) and back up (bilinear): the paper's "downsample ×k".
std::unique_ptr<Anonymizer> makeDownsample(int factor);
// Blurs strongly the regions `detector` finds (grown by 20% each side), leaves the rest alone.
std::unique_ptr<Anonymizer> makeRegionBlur(RegionDetector detector, std::string name = "faceblur");
// OpenCV's Haar face detector from a cascade file (Debian's opencv-data ships them).
Result<RegionDetector> haarFaceDetector(const std::string& cascadePath);

}  // namespace spact::pipeline
