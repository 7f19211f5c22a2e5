#pragma once
// Batches for the trainers: clips and image pairs sampled as the paper samples them, augmented
// as the reference augments them, assembled on worker threads ahead of the consumer.
//
// Determinism: every random draw for a sample comes from (seed, epoch, position in the epoch),
// never from which worker made it, so the same seed gives the same batches however many workers
// run, and a resumed run continues from (epoch, batch) with the batches it would have seen.
// Includes Torch: only core/train, core/eval and their tests include this header.
#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <optional>

#include "data/dataset.h"
#include "util/result.h"

namespace spact::data {

struct Augment {
  bool enabled = true;
  double cropMin = 0.6;       // random crop keeps 60–100 % of each side
  double jitter = 0.1;        // brightness/contrast/saturation ± jitter, hue ± jitter/2
  double grayscale = 0.1;     // probability
  double flip = 0.5;          // horizontal flip probability
  double erase = 0.1;         // probability of erasing one small rectangle (≤ 10 % of the area)
  double shift = 0;           // random translation by up to this fraction of each side (0: none)
};

struct LoaderOptions {
  int batch = 8;
  int size = 112;             // output side, square
  int frames = 16;            // action clips: frames per clip
  int skip = 2;               // action clips: take every `skip`-th frame
  bool train = true;          // train: shuffled, random clip start, augmentation; eval: in order, no augmentation
  int clipsPerVideo = 1;      // eval: evenly spaced clips per video (their scores are averaged)
  bool dropLast = true;       // train: drop an incomplete last batch
  int workers = 2;            // decoding/augmenting threads
  int prefetch = 4;           // batches made ahead
  std::uint64_t seed = 0;
  Augment augment;
};

struct ActionBatch {
  torch::Tensor clips;        // (N, 3, T, size, size) float32 in [0, 1]
  torch::Tensor labels;       // (N) int64
  torch::Tensor attributes;   // (N, K) float32 0/1; K = 0 when the source has none
  torch::Tensor video;        // (N) int64: the item each clip came from (eval averages by it)
};

struct ImageBatch {
  torch::Tensor view1;        // (N, 3, size, size) float32 in [0, 1]
  torch::Tensor view2;        // train: an independent second augmentation; eval: undefined
  torch::Tensor attributes;   // (N, K) float32 0/1
};

// Where a loader stands, for checkpoints: the next batch it will give is batch `batch` of `epoch`.
struct LoaderPosition {
  std::int64_t epoch = 0;
  std::int64_t batch = 0;
};

class ActionLoader {
public:
  ActionLoader(ActionSourcePtr source, LoaderOptions options);
  ~ActionLoader();
  ActionLoader(const ActionLoader&) = delete;
  ActionLoader& operator=(const ActionLoader&) = delete;

  std::int64_t batchesPerEpoch() const;
  // Restarts the workers at `position` (the start of the first epoch by default).
  void seek(LoaderPosition position);
  LoaderPosition position() const;
  // The next batch; nullopt at the end of the epoch (call seek({epoch + 1, 0}) for the next).
  // Items that cannot be read are skipped, counted and logged once each, not fatal; an epoch
  // where nothing can be read is an error naming the source.
  Result<std::optional<ActionBatch>> next();
  std::int64_t skippedItems() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class ImageLoader {
public:
  ImageLoader(ImageSourcePtr source, LoaderOptions options);
  ~ImageLoader();
  ImageLoader(const ImageLoader&) = delete;
  ImageLoader& operator=(const ImageLoader&) = delete;

  std::int64_t batchesPerEpoch() const;
  void seek(LoaderPosition position);
  LoaderPosition position() const;
  Result<std::optional<ImageBatch>> next();
  std::int64_t skippedItems() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace spact::data
