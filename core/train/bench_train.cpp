#include "train/bench_train.h"

#include <chrono>

#include "nn/flop_counter.h"
#include "nn/runtime.h"
#include "train/adam_step.h"
#include "train/steps.h"
#include "util/system.h"
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
  if (device.is_cuda() && !options.loaderOnly && !torch::cuda::is_available())  // the loader runs on the CPU
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
    const auto cpuStart = system::processCpuTime();
    for (int i = 0; i < n; ++i) {
      if (job.stopRequested()) return cancelled();
      if (auto b = pull(); !b) return tl::unexpected(b.error());
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto cpuEnd = system::processCpuTime();
    r.data = wall / n;
    r.dataUserCores = (cpuEnd.user - cpuStart.user) / wall;
    r.dataKernelCores = (cpuEnd.system - cpuStart.system) / wall;
  }
  r.dataBatchesPerSecond = r.data > 0 ? 1.0 / r.data : 0;
  r.json = {{"software", std::string("SPAct Studio ") + SPACT_VERSION},
            {"workers_per_data_set", cfg.data.workers},
            {"iterations", n},
            {"loader_seconds_per_iteration", r.data},
            {"loader_iterations_per_s", r.dataBatchesPerSecond},
            {"loader_cores_busy", {{"user", r.dataUserCores}, {"kernel", r.dataKernelCores}}}};
  if (options.loaderOnly) return r;

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
    // The arithmetic of one iteration, counted on an untimed one; unfolded, since folding narrow
    // convolutions (nn/narrow_conv3d.h) adds products with zeros, which are not the network's.
    const bool folding = nn::narrowConvFolding();
    nn::setNarrowConvFolding(false);
    nn::FlopCounter counter;
    minimaxStep(nets, opt, clipBatch, imageBatch, so);
    synchronize(device);
    r.flopsPerIteration = counter.flops();
    nn::setNarrowConvFolding(folding);
  }
  if (job.stopRequested()) return cancelled();
  // The parts, as the two steps run them (steps.cpp), under the iteration's precision.
  const torch::Tensor& clipsIn = clipBatch.clips;
  const torch::Tensor& v1 = imageBatch.view1;
  const torch::Tensor& v2 = imageBatch.view2;
  torch::Tensor anonClips, anon1, anon2;  // f_A's output, as step 2 feeds it to f_T and f_B
  {
    torch::NoGradGuard noGrad;
    Autocast autocast(so.bf16);
    anonClips = anonymizeClips(nets.anonymizer, clipsIn);
    anon1 = nets.anonymizer.forward(v1);
    anon2 = nets.anonymizer.forward(v2);
  }
  auto actionLoss = [&](const torch::Tensor& in) {
    Autocast autocast(so.bf16);
    return F::cross_entropy(nets.action.forward(in).to(torch::kFloat32), clipBatch.labels);
  };
  auto privacyLossOf = [&](const torch::Tensor& a, const torch::Tensor& b) {
    Autocast autocast(so.bf16);
    return privacyLoss(nets.privacy, a, b, so);
  };
  // Step 1 back-propagates through the frozen f_T and f_B to their input; step 2 to their weights.
  auto bothSteps = [&](nn::Network& net, auto loss) {
    setTrainable(net, false);
    loss(true).backward();
    setTrainable(net, true);
    net.base().zero_grad();
    loss(false).backward();
  };
  auto input = [](const torch::Tensor& t, bool grad) { return grad ? t.detach().requires_grad_() : t; };
  r.parts.emplace_back("f_A step 1: forward + backward", timed(device, n, [&] {
    nets.anonymizer.base().zero_grad();
    torch::Tensor loss;
    {
      Autocast autocast(so.bf16);
      loss = anonymizeClips(nets.anonymizer, clipsIn).to(torch::kFloat32).mean() +
             nets.anonymizer.forward(v1).to(torch::kFloat32).mean() + nets.anonymizer.forward(v2).to(torch::kFloat32).mean();
    }
    loss.backward();
  }));
  r.parts.emplace_back("f_A step 2: forward without gradients", timed(device, n, [&] {
    torch::NoGradGuard noGrad;
    Autocast autocast(so.bf16);
    anonymizeClips(nets.anonymizer, clipsIn);
    nets.anonymizer.forward(v1);
    nets.anonymizer.forward(v2);
  }));
  r.parts.emplace_back("f_T steps 1 + 2: forward + backward", timed(device, n, [&] {
    bothSteps(nets.action, [&](bool toInput) { return actionLoss(input(anonClips, toInput)); });
  }));
  r.parts.emplace_back("f_B steps 1 + 2: forward + backward", timed(device, n, [&] {
    bothSteps(nets.privacy, [&](bool toInput) { return privacyLossOf(input(anon1, toInput), input(anon2, toInput)); });
  }));
  r.parts.emplace_back("optimizers", timed(device, n, [&] {
    adamStep(*opt.anonymizer);
    adamStep(*opt.action);
    adamStep(*opt.privacy);
  }));
  r.iterationsPerSecond = 1.0 / r.iteration;
  r.tflopsPerSecond = r.flopsPerIteration / r.iteration / 1e12;
  r.json.update(config::Json{{"device", cfg.device},
                             {"precision", cfg.precision},
                             {"threads", nn::threadCount()},
                             {"narrow_conv_folding", nn::narrowConvFolding()},
                             {"cancelled_conv_bias_computed", !nn::skipsCancelledBias(device.is_cuda())},
                             {"shapes",
                              {{"clips", {cfg.data.actionBatch, 3, cfg.data.frames, cfg.data.size, cfg.data.size}},
                               {"image_pairs", {cfg.data.privacyBatch, 3, cfg.data.size, cfg.data.size}}}},
                             {"iterations_per_s", r.iterationsPerSecond},
                             {"seconds_per_iteration", r.iteration},
                             {"parts_seconds", config::Json::object()},
                             {"flops_per_iteration", r.flopsPerIteration},
                             {"tflops_per_s", r.tflopsPerSecond}});
  for (const auto& [name, seconds] : r.parts) r.json["parts_seconds"][name] = seconds;
  if (options.peakTflops > 0) {
    r.json["peak_tflops"] = options.peakTflops;
    r.json["peak_fraction"] = r.tflopsPerSecond / options.peakTflops;
  }
  return r;
}

}  // namespace spact::train
