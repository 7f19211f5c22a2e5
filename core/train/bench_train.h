#pragma once
// `spact bench train`: minimax iterations per second at a configuration, and where the time goes
// -- loading (clips and image pairs, on the loader threads), f_A, f_T and f_B (each as the two
// steps use it, at the iteration's shapes and precision) and the three optimizers' steps. No
// Torch here.
#include <string>
#include <utility>
#include <vector>

#include "train/trainer.h"

namespace spact::train {

struct TrainBenchOptions {
  int iterations = 5;  // timed, after one warm-up
  double peakTflops = 0;  // the device's peak at the run's precision, for the fraction reached; 0: not reported
  bool loaderOnly = false;  // time the loader alone: no networks are built (a CPU-only question)
};

struct TrainBenchResult {
  double iterationsPerSecond = 0;  // whole minimax iterations on a batch already in memory
  double dataBatchesPerSecond = 0; // loader alone: clip batch + image batch pairs per second
  double iteration = 0, data = 0;  // seconds: one whole iteration; the loader's batches for one
  // While the loader alone was timed: CPU seconds per wall second, in user and kernel mode (how
  // many cores its threads kept busy; far under the threads it has means they wait on something).
  double dataUserCores = 0, dataKernelCores = 0;
  // The iteration's parts in its order, each timed alone at its shapes and precision: f_A's
  // forward + backward (step 1) and forward without gradients (step 2), f_T's and f_B's work in
  // both steps (step 1 back-propagates to their input, step 2 to their weights), the Adam steps.
  std::vector<std::pair<std::string, double>> parts;
  double flopsPerIteration = 0;  // convolutions and matrix products, forward and backward (nn/flop_counter.h)
  double tflopsPerSecond = 0;
  config::Json json;
};

Result<TrainBenchResult> benchTrain(const TrainConfig& config, const TrainData& data, const TrainBenchOptions& options,
                                    JobControl& job);

}  // namespace spact::train
