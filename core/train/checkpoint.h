#pragma once
// What a training checkpoint holds beyond the weights: where the run stands (phase, epoch,
// batch, loader positions, the events file's length), the optimizers of the current phase and
// the RNG. Written as a .spact file (nn/io/spact_checkpoint.h) so that a checkpoint is also a
// model any part of SPAct Studio opens.
#include <cstdint>
#include <limits>

#include "nn/io/model_bundle.h"
#include "train/steps.h"

namespace spact::train {

enum class Phase : int { InitAnonymizer = 0, InitAction, InitPrivacy, InitAttributes, Minimax, Done };
inline constexpr int kPhaseCount = 5;
const char* phaseName(Phase phase);  // "init_anonymizer", …, "minimax", "done"

struct Cursor {
  Phase phase = Phase::InitAnonymizer;
  std::int64_t epoch = 0;        // within the phase
  std::int64_t batch = 0;        // within the epoch: the next batch to train on
  std::int64_t step = 0;         // iterations over all phases
  std::int64_t privacyEpoch = 0; // the image loader's position where it runs beside the clips
  std::int64_t privacyBatch = 0;
  std::uint64_t eventsBytes = 0; // events.jsonl's length when the checkpoint was written
  double bestScore = -std::numeric_limits<double>::infinity();
};

nn::io::ModelBundle makeBundle(const Nets& nets, const Optimizers& optimizers, const Cursor& cursor,
                               config::Json card);

// Restores networks, optimizers (those present in both) and the RNG; returns the cursor.
Result<Cursor> restoreBundle(const nn::io::ModelBundle& bundle, Nets& nets, Optimizers& optimizers,
                             const std::string& source);

}  // namespace spact::train
