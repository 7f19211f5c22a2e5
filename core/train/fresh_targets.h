#pragma once
// The evaluation protocol's core (DESIGN.md, "Evaluation protocol"): with an anonymizer frozen,
// *fresh* target models -- an action classifier and a privacy attribute classifier, newly
// initialised -- are trained on anonymized training data and tested on anonymized test data.
// What they can still learn is what the anonymizer left. Raw data (no transform) gives the
// reference row. The training issue's claim and `spact evaluate` both run through here.
#include <functional>
#include <stop_token>

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
  // Each fresh model's input normalised per channel by its mean and standard deviation on the
  // model's training split (after the method), as classifiers' inputs usually are.
  bool normalizeInput = false;
};

// What the fresh models see of a method's output (`transform` empty: raw data): the clips the
// action classifier trains and is tested on, the images the attribute classifier does. With
// options.normalizeInput each is the method's output normalised per channel, (x - mean) / sd,
// by its mean and standard deviation over 32 shuffled batches of its training split, not
// augmented (a loader of their own: the training draws stay the same); else the method's output.
// `statistics` records them, per channel: {"clips": {"mean": [...], "sd": [...]}, "images": ...},
// null when the input is not normalised. A method's output sd against raw data's says how much
// contrast it left.
struct FreshInputs {
  FrameTransform clips, images;  // frame by frame, as FrameTransform
  config::Json statistics;
};
Result<FreshInputs> freshInputs(const FrameTransform& transform, const TrainData& data, const TargetOptions& options,
                                JobControl& job);

struct TargetScores {
  double actionTop1 = 0;              // video level, on the anonymized test split
  std::optional<double> privacyCmap;  // on the anonymized test split
  double privacyMacroF1 = 0;
  config::Json json;                  // every number; "training_loss": each epoch's mean loss per model
};

// `transform` empty: raw data. `onEvent` receives a "target_train" event per epoch
// (its mean loss, and the learning rate of its last step: the rate falls along a cosine to zero).
Result<TargetScores> trainFreshTargets(const FrameTransform& transform, const TrainData& data,
                                       const TargetOptions& options, JobControl& job,
                                       const std::function<void(const config::Json&)>& onEvent = {});

// Runs row(i, stop) for every i in [0, count), where each row is a set of fresh target models
// (one method's): on the CPU side by side, as many rows at once as the calling thread has
// intra-op threads, each row's thread with its share of them -- the tiny preset's small
// convolutions keep a team of threads waiting on each other, so two rows on one thread each
// finish sooner than one after the other on two (tests/bench/README.md); on a GPU, one after the
// other on the calling thread. A row that fails stops the others (`stop`) and starts no more;
// the first failure that is not a cancellation is returned. `row` is called from several threads.
Status forEachRow(std::size_t count, const std::string& device,
                  const std::function<Status(std::size_t, std::stop_token)>& row);

// The fresh networks trainFreshTargets starts from (action and attribute classifiers, sized for
// the data's classes and attributes), drawn from options.seed: the same weights whichever thread
// draws them and whatever other threads draw meanwhile.
Result<Nets> freshTargetNetworks(const TargetOptions& options, const TrainData& data);

// Target options matching a run's configuration: its networks' architectures, its data shapes.
TargetOptions targetOptionsFor(const TrainConfig& config);

}  // namespace spact::train
