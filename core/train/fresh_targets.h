#pragma once
// The evaluation protocol's core (DESIGN.md, "Evaluation protocol"): with an anonymizer frozen,
// *fresh* target models -- an action classifier and a privacy attribute classifier, newly
// initialised -- are trained on anonymized training data and tested on anonymized test data.
// What they can still learn is what the anonymizer left. Raw data (no transform) gives the
// reference row. The training issue's claim and `spact evaluate` both run through here.
#include "train/trainer.h"
#include "train/validation.h"

namespace spact::train {

struct TargetOptions {
  nn::NetworkSpec action = nn::paperSpec(nn::NetworkKind::Action);          // classes set from the data
  nn::NetworkSpec attributes = nn::paperSpec(nn::NetworkKind::Attributes);  // attributes set from the data
  PhaseConfig actionBudget{10, 1e-3, 0};
  PhaseConfig attributesBudget{10, 1e-3, 0};
  DataConfig data;
  std::string device = "cpu";
  int seed = 0;
};

struct TargetScores {
  double actionTop1 = 0;              // video level, on the anonymized test split
  std::optional<double> privacyCmap;  // on the anonymized test split
  double privacyMacroF1 = 0;
  config::Json json;                  // every number
};

// `transform` empty: raw data. `onEvent` receives a "target_train" event per epoch
// (its mean loss, and the learning rate of its last step: the rate falls along a cosine to zero).
Result<TargetScores> trainFreshTargets(const FrameTransform& transform, const TrainData& data,
                                       const TargetOptions& options, JobControl& job,
                                       const std::function<void(const config::Json&)>& onEvent = {});

// Target options matching a run's configuration: its networks' architectures, its data shapes.
TargetOptions targetOptionsFor(const TrainConfig& config);

}  // namespace spact::train
