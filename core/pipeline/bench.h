#pragma once
// How fast f_A anonymizes, measured through the pipeline's own Anonymizer (so what is timed is
// what an export runs): square random frames at the processing resolution, one warm-up batch not
// timed, then whole batches. Optionally the outputs are compared with the plain network's
// (unfused, fp32, NCHW) on the same frames, so a faster setting states what it costs in accuracy.
// For `spact bench anonymize` and, later, the GUI.
#include <cstdint>
#include <string>

#include "pipeline/anonymizer.h"
#include "util/progress.h"
#include "util/result.h"

namespace spact::pipeline {

struct BenchOptions {
  std::string modelPath;  // empty: a UNet of `width` with random weights (BatchNorm statistics too)
  double width = 1.0;
  int frames = 64;      // timed frames, rounded up to whole batches
  bool compare = true;  // measure the error against the plain fp32 network
  ModelAnonymizerOptions anonymizer{.resolution = 112, .batch = 8};
};

struct BenchResult {
  std::string network;  // the anonymizer's name
  std::string device;   // "CPU (…), 2 threads"
  std::int64_t frames = 0;
  double seconds = 0;
  double framesPerSecond = 0;
  // Against the plain fp32 network on the warm-up batch, in 8-bit levels; -1 when not compared.
  int maxError = -1;
  double meanError = -1;
};

Result<BenchResult> benchAnonymizer(const BenchOptions& options, JobControl& job);

}  // namespace spact::pipeline
