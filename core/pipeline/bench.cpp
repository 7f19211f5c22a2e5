#include "pipeline/bench.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <cstdlib>

#include "nn/runtime.h"
#include "pipeline/model_anonymizer.h"

namespace spact::pipeline {
namespace {

constexpr std::uint64_t kSeed = 20220619;

// Weights as the reference fixtures draw them (tests/reference/make_nn_fixtures.py, randomize):
// kaiming-normal convolutions, random BatchNorm affine and statistics, a small output layer, so
// that activations stay O(1) and the sigmoid is not saturated: the error comparison then means
// something, and folding BatchNorm has real statistics to fold.
void randomize(torch::nn::Module& module) {
  torch::NoGradGuard noGrad;
  for (const auto& item : module.named_modules()) {
    if (auto* conv = dynamic_cast<torch::nn::Conv2dImpl*>(item.value().get())) {
      const double fanOut = static_cast<double>(conv->weight.size(0) * conv->weight[0][0].numel());
      conv->weight.normal_(0, std::sqrt(2.0 / fanOut));
      if (item.key().rfind("outc", 0) == 0) conv->weight.mul_(0.1);
      if (conv->bias.defined()) conv->bias.normal_(0, 0.1);
    } else if (auto* bn = dynamic_cast<torch::nn::BatchNorm2dImpl*>(item.value().get())) {
      bn->weight.uniform_(0.5, 1.5);
      bn->bias.normal_(0, 0.1);
      bn->running_mean.normal_(0, 0.1);
      bn->running_var.uniform_(0.5, 1.5);
    }
  }
}

Result<nn::Network> loadNetwork(const BenchOptions& options) {
  if (options.modelPath.empty()) {
    nn::NetworkSpec spec;
    spec.kind = "anonymizer";
    spec.width = options.width;
    torch::manual_seed(kSeed);
    auto network = nn::makeNetwork(spec);
    if (network) randomize(network->base());
    return network;
  }
  return loadAnonymizerNetwork(options.modelPath);
}

std::vector<media::Image> randomFrames(int count, int size) {
  torch::manual_seed(kSeed + 1);
  const auto pixels = torch::randint(0, 256, {count, size, size, 3}, torch::kUInt8);
  std::vector<media::Image> frames(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    auto& f = frames[static_cast<std::size_t>(i)];
    f.width = size;
    f.height = size;
    const auto* p = pixels[i].data_ptr<uint8_t>();
    f.rgb.assign(p, p + static_cast<std::size_t>(size) * size * 3);
  }
  return frames;
}

}  // namespace

Result<BenchResult> benchAnonymizer(const BenchOptions& options, JobControl& job) {
  const int batch = std::max(1, options.anonymizer.batch);
  const int size = options.anonymizer.resolution > 0 ? options.anonymizer.resolution : 112;
  BenchResult result;
  try {
    auto network = loadNetwork(options);
    if (!network) return tl::unexpected(network.error());
    auto anonymizer = makeModelAnonymizer(std::move(*network), options.anonymizer);
    if (!anonymizer) return tl::unexpected(anonymizer.error());
    result.network = (*anonymizer)->name();
    result.device = options.anonymizer.device == "cuda" ? "CUDA" : nn::deviceDescription();

    const std::vector<media::Image> inputs = randomFrames(batch, size);
    std::vector<media::Image> frames = inputs;
    if (auto ok = (*anonymizer)->process(frames); !ok) return tl::unexpected(ok.error());  // warm-up
    if (options.compare) {
      auto plainNetwork = loadNetwork(options);
      if (!plainNetwork) return tl::unexpected(plainNetwork.error());
      auto plain = makeModelAnonymizer(std::move(*plainNetwork), {.resolution = size,
                                                                  .batch = batch,
                                                                  .device = options.anonymizer.device,
                                                                  .channelsLast = false,
                                                                  .fuse = false,
                                                                  .precision = "fp32"});
      if (!plain) return tl::unexpected(plain.error());
      std::vector<media::Image> expected = inputs;
      if (auto ok = (*plain)->process(expected); !ok) return tl::unexpected(ok.error());
      std::int64_t sum = 0, count = 0;
      result.maxError = 0;
      for (std::size_t i = 0; i < frames.size(); ++i)
        for (std::size_t k = 0; k < frames[i].rgb.size(); ++k, ++count) {
          const int d = std::abs(int(frames[i].rgb[k]) - int(expected[i].rgb[k]));
          result.maxError = std::max(result.maxError, d);
          sum += d;
        }
      result.meanError = count > 0 ? static_cast<double>(sum) / static_cast<double>(count) : 0.0;
    }

    const auto started = std::chrono::steady_clock::now();
    while (result.frames < options.frames) {
      if (job.stopRequested()) return cancelled();
      frames = inputs;
      if (auto ok = (*anonymizer)->process(frames); !ok) return tl::unexpected(ok.error());
      result.frames += batch;
      if (!job.report({"benchmarking", result.frames, options.frames})) return cancelled();
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    result.framesPerSecond = result.seconds > 0 ? static_cast<double>(result.frames) / result.seconds : 0.0;
  } catch (const c10::Error& e) {
    return fail(ErrorCode::Internal, std::string("The benchmark failed: ") + e.what_without_backtrace());
  }
  return result;
}

}  // namespace spact::pipeline
