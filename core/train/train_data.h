#pragma once
// The data a training run reads, from what a user names: a folder in a publisher's layout
// (UCF101, HMDB51, VISPR, PA-HMDB51, generic) or "synth[:key=value,...]" for the synthetic
// benchmark generated in memory (data/synth.h; a build without FFmpeg/OpenCV trains on that).
// The CLI and the studio both open data through here. No Torch.
#include <string>

#include "train/trainer.h"

namespace spact::train {

// True for "synth" and "synth:…".
bool isSynthSpec(const std::string& spec);

// Opens the training and validation splits of both data sets. `split` picks UCF101's and
// HMDB51's split 1–3. The description names the sources, layouts, counts and a fingerprint of
// the training items (FNV-1a of their names), for the model card.
Result<TrainData> openTrainData(const std::string& actionSpec, const std::string& privacySpec, int split);

}  // namespace spact::train
