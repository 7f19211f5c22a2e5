#pragma once
// `spact bench train`: minimax iterations per second at a configuration, and where the time goes
// -- loading (clips and image pairs, on the loader threads), f_A, f_T and f_B (forward and
// backward each, at the iteration's shapes) and the three optimizers' steps. No Torch here.
#include "train/trainer.h"

namespace spact::train {

struct TrainBenchOptions {
  int iterations = 5;  // timed, after one warm-up
  double peakTflops = 0;  // the device's peak at the run's precision, for the fraction reached; 0: not reported
};

struct TrainBenchResult {
  double iterationsPerSecond = 0;  // whole minimax iterations on a batch already in memory
  double dataBatchesPerSecond = 0; // loader alone: clip batch + image batch pairs per second
  // Seconds per iteration, each part timed alone.
  double anonymizer = 0, action = 0, privacy = 0, optimizer = 0, iteration = 0, data = 0;
  double flopsPerIteration = 0;  // convolutions and matrix products, forward and backward (nn/flop_counter.h)
  double tflopsPerSecond = 0;
  config::Json json;
};

Result<TrainBenchResult> benchTrain(const TrainConfig& config, const TrainData& data, const TrainBenchOptions& options,
                                    JobControl& job);

}  // namespace spact::train
