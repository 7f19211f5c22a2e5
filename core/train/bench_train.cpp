#include "train/bench_train.h"

#include <chrono>

#include "nn/flop_counter.h"
#include "nn/runtime.h"
#include "nn/nt_xent.h"
#include "train/adam_step.h"
#include "train/steps.h"
#include "util/version.h"

namespace spact::train {

namespace {

namespace F = torch::nn::functional;

void synchronize(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize(device.index() < 0 ? 0 : device.index());
}

// Mean seconds of `fn` over `n` runs after one warm-up.
template <class Fn>
double timed(const torch::Device& device, int n, Fn fn) {
  fn();
  synchronize(device);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) fn();
  synchronize(device);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / n;
}

}  // namespace

Result<TrainBenchResult> benchTrain(const TrainConfig& cfgIn, const TrainData& data, const TrainBenchOptions& options,
                                    JobControl& job) {
  TrainConfig cfg = cfgIn;
  if (!data.actionTrain || !data.privacyTrain) return fail(ErrorCode::InvalidInput, "The benchmark needs both data sets.");
  cfg.networks.action.classes = static_cast<int>(data.actionTrain->classNames().size());
  cfg.networks.attributes.attributes = static_cast<int>(data.privacyTrain->attributeNames().size());
  torch::Device device(cfg.device);
  if (device.is_cuda() && !torch::cuda::is_available())
    return fail(ErrorCode::Unsupported, "CUDA is not available here: use --device cpu.");
  const int n = std::max(1, options.iterations);
  if (device.is_cuda()) nn::enableCudnnAutotuning();  // as the trainer does

  data::ActionLoader clips(data.actionTrain, loaderOptions(cfg.data, true, cfg.data.actionBatch, 1));
  data::ImageLoader images(data.privacyTrain, loaderOptions(cfg.data, true, cfg.data.privacyBatch, 2));
  auto pull = [&]() -> Result<std::pair<data::ActionBatch, data::ImageBatch>> {
    auto c = clips.next();
    if (!c) return tl::unexpected(c.error());
    if (!*c) {
      clips.seek({clips.position().epoch + 1, 0});
      c = clips.next();
      if (!c || !*c) return fail(ErrorCode::InvalidInput, "The action data has fewer videos than one batch.");
    }
    auto i = images.next();
    if (!i) return tl::unexpected(i.error());
    if (!*i) {
      images.seek({images.position().epoch + 1, 0});
      i = images.next();
      if (!i || !*i) return fail(ErrorCode::InvalidInput, "The privacy data has fewer images than one batch.");
    }
    return std::make_pair(std::move(**c), std::move(**i));
  };
  auto first = pull();
  if (!first) return tl::unexpected(first.error());
  TrainBenchResult r;
  {
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) {
      if (job.stopRequested()) return cancelled();
      if (auto b = pull(); !b) return tl::unexpected(b.error());
    }
    r.data = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / n;
  }

  torch::manual_seed(static_cast<std::uint64_t>(cfg.seed));
  Nets nets;
  for (auto [net, spec] : {std::pair{&nets.anonymizer, &cfg.networks.anonymizer}, std::pair{&nets.action, &cfg.networks.action},
                           std::pair{&nets.privacy, &cfg.networks.privacy}, std::pair{&nets.attributes, &cfg.networks.attributes}}) {
    auto built = nn::makeNetwork(*spec);
    if (!built) return tl::unexpected(built.error());
    *net = std::move(*built);
    net->base().to(device);
    if (device.is_cuda()) toChannelsLast(net->base());  // as the trainer does
  }
  Optimizers opt;
  opt.anonymizer = std::make_unique<torch::optim::Adam>(nets.anonymizer.base().parameters(), torch::optim::AdamOptions(cfg.minimax.lrAnonymizer));
  opt.action = std::make_unique<torch::optim::Adam>(nets.action.base().parameters(), torch::optim::AdamOptions(cfg.minimax.lrAction));
  opt.privacy = std::make_unique<torch::optim::Adam>(nets.privacy.base().parameters(), torch::optim::AdamOptions(cfg.minimax.lrPrivacy));

  auto [clipBatch, imageBatch] = std::move(*first);
  auto onDevice = [&](const torch::Tensor& t) { return device.is_cuda() ? channelsLast(t.to(device)) : t.to(device); };
  clipBatch.clips = onDevice(clipBatch.clips);
  clipBatch.labels = clipBatch.labels.to(device);
  imageBatch.view1 = onDevice(imageBatch.view1);
  imageBatch.view2 = onDevice(imageBatch.view2);
  const StepOptions so{cfg.minimax.omega, cfg.minimax.temperature, cfg.precision == "bf16" && device.is_cuda(), {}};

  r.iteration = timed(device, n, [&] { minimaxStep(nets, opt, clipBatch, imageBatch, so); });
  {
    // The arithmetic of one iteration, counted on an untimed one.
    nn::FlopCounter counter;
    minimaxStep(nets, opt, clipBatch, imageBatch, so);
    synchronize(device);
    r.flopsPerIteration = counter.flops();
  }
  if (job.stopRequested()) return cancelled();
  // The parts, each forward + backward at the shapes one iteration gives it (f_A sees the
  // clips' frames and both views, twice: once per step; here once).
  const auto frames = clipBatch.clips.permute({0, 2, 1, 3, 4}).reshape({-1, 3, cfg.data.size, cfg.data.size});
  const auto allFrames = torch::cat({frames, imageBatch.view1, imageBatch.view2});
  r.anonymizer = timed(device, n, [&] {
    nets.anonymizer.base().zero_grad();
    nets.anonymizer.forward(allFrames).mean().backward();
  });
  r.action = timed(device, n, [&] {
    nets.action.base().zero_grad();
    F::cross_entropy(nets.action.forward(clipBatch.clips), clipBatch.labels).backward();
  });
  r.privacy = timed(device, n, [&] {
    nets.privacy.base().zero_grad();
    const auto z = nets.privacy.forward(torch::cat({imageBatch.view1, imageBatch.view2})).chunk(2, 0);
    nn::ntXent(z[0], z[1], {cfg.minimax.temperature, false}).backward();
  });
  r.optimizer = timed(device, n, [&] {
    adamStep(*opt.anonymizer);
    adamStep(*opt.action);
    adamStep(*opt.privacy);
  });
  r.iterationsPerSecond = 1.0 / r.iteration;
  r.dataBatchesPerSecond = r.data > 0 ? 1.0 / r.data : 0;
  r.tflopsPerSecond = r.flopsPerIteration / r.iteration / 1e12;
  r.json = {{"device", cfg.device},
            {"precision", cfg.precision},
            {"threads", nn::threadCount()},
            {"software", std::string("SPAct Studio ") + SPACT_VERSION},
            {"shapes", {{"clips", {cfg.data.actionBatch, 3, cfg.data.frames, cfg.data.size, cfg.data.size}},
                        {"image_pairs", {cfg.data.privacyBatch, 3, cfg.data.size, cfg.data.size}}}},
            {"iterations", n},
            {"iterations_per_s", r.iterationsPerSecond},
            {"seconds_per_iteration", r.iteration},
            {"parts_seconds", {{"f_A forward+backward (all frames once)", r.anonymizer},
                               {"f_T forward+backward", r.action},
                               {"f_B forward+backward", r.privacy},
                               {"optimizers", r.optimizer}}},
            {"flops_per_iteration", r.flopsPerIteration},
            {"tflops_per_s", r.tflopsPerSecond},
            {"loader_seconds_per_iteration", r.data},
            {"loader_iterations_per_s", r.dataBatchesPerSecond}};
  if (options.peakTflops > 0) {
    r.json["peak_tflops"] = options.peakTflops;
    r.json["peak_fraction"] = r.tflopsPerSecond / options.peakTflops;
  }
  return r;
}

}  // namespace spact::train
