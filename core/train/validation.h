#pragma once
// Validation during training: f_T's action top-1 on anonymized validation clips (video level,
// clip scores averaged), and the frozen attribute classifier's per-attribute AP, cMAP and macro
// F1 on anonymized validation images. Without a transform the same numbers for raw data: the
// reference point of the trade-off curve. The transform is any anonymizer as a tensor function
// (f_A, or a baseline), applied frame by frame.
#include <optional>
#include <string>

#include "train/steps.h"
#include "util/config.h"
#include "util/progress.h"

namespace spact::train {

struct ValidationData {
  data::ActionSourcePtr actions;
  data::ImageSourcePtr images;
  data::LoaderOptions clipOptions, imageOptions;  // eval mode
  int maxBatches = 0;                             // 0: all
};

struct Validation {
  double actionTop1 = 0;                 // video level
  std::optional<double> privacyCmap;     // undefined when no attribute has a positive example
  double privacyMacroF1 = 0;
  config::Json json;                     // every number, per attribute too
};

// Uses nets.action and nets.attributes (in eval mode for the call).
Result<Validation> validate(Nets& nets, const ValidationData& data, const FrameTransform& transform,
                            const torch::Device& device, JobControl& job);
// The same, with the clips and the images each through their own transform (the fresh target
// models' inputs, each normalised by its own data's statistics); "anonymized" when either is set.
Result<Validation> validate(Nets& nets, const ValidationData& data, const FrameTransform& clipTransform,
                            const FrameTransform& imageTransform, const torch::Device& device, JobControl& job);

// The grid of samples: a row of original images above a row of their anonymized versions.
Result<media::Image> sampleGrid(Nets& nets, const data::ImageSourcePtr& images, int count, int size,
                                const torch::Device& device);

}  // namespace spact::train
