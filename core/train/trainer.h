#pragma once
// A SPAct training run from start to finish, or resumed: initialisation of the four networks,
// then the minimax game, with validation, events and checkpoints in a run directory
// (DESIGN.md). The CLI (`spact train`) and the studio's engine worker call runTraining; it
// blocks the calling thread, polls the JobControl, and reports every event it logs through
// `onEvent` as well. No Torch here.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "data/dataset.h"
#include "train/train_config.h"
#include "util/progress.h"
#include "util/result.h"

namespace spact::train {

struct TrainData {
  data::ActionSourcePtr actionTrain, actionVal;
  data::ImageSourcePtr privacyTrain, privacyVal;
  config::Json description = config::Json::object();  // what the data is (folders, layout, fingerprint), for the card
};

struct TrainRequest {
  TrainConfig config;
  TrainData data;
  std::filesystem::path runDir;
  // Continue the run in runDir from its last checkpoint. Without it, a runDir that already
  // holds a run is refused (nothing is overwritten).
  bool resume = false;
  std::function<void(const config::Json& event)> onEvent;
  // Tests only: the loss of this global step is replaced by NaN (the non-finite path).
  std::int64_t poisonStep = -1;
};

struct TrainOutcome {
  std::filesystem::path lastCheckpoint;
  std::optional<std::filesystem::path> bestCheckpoint;
  config::Json lastValidation = config::Json::object();
  std::int64_t steps = 0;
};

// Cancellation (the JobControl) writes a checkpoint first and then returns the Cancelled error.
// A non-finite loss stops the run with an error; the last good checkpoint is kept.
Result<TrainOutcome> runTraining(const TrainRequest& request, JobControl& job);

}  // namespace spact::train
