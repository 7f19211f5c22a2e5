#include "train/fresh_targets.h"

#include <atomic>
#include <mutex>
#include <thread>

#include "nn/runtime.h"
#include "train/lr_schedule.h"

namespace spact::train {

namespace {

data::LoaderOptions loaderOptions(const TargetOptions& o, bool train, int batch, std::uint64_t stream) {
  return train::loaderOptions(o.data, train, batch, static_cast<std::uint64_t>(o.seed) * 1000003u + stream);
}

// Trains one network for its budget; `step` runs one batch. The learning rate falls from the
// budget's along a cosine to zero (after the budget's warm-up, if any), so the model scored is a
// settled one: at a constant rate the last step leaves it wherever the noise of its last batches
// put it, and two runs of the same evaluation differ by more than the methods being compared.
// Each epoch's mean loss is appended to `losses`.
template <class Loader, class StepFn>
Status trainFor(Loader& loader, torch::optim::Optimizer& optimizer, const PhaseConfig& budget, const char* name,
                JobControl& job, StepFn step, const std::function<void(const config::Json&)>& onEvent,
                std::vector<double>& losses) {
  const auto perEpoch = loader.batchesPerEpoch();
  const auto steps = budget.stepsPerEpoch > 0 ? std::min<std::int64_t>(budget.stepsPerEpoch, perEpoch) : perEpoch;
  if (budget.epochs > 0 && steps == 0)
    return fail(ErrorCode::InvalidInput, std::string("Too little data for one batch of the fresh ") + name + " classifier.");
  const auto warmup = warmupSteps(budget.warmup, steps);
  for (int epoch = 0; epoch < budget.epochs; ++epoch) {
    loader.seek({epoch, 0});
    double sum = 0;
    std::int64_t count = 0;
    double lr = budget.lr;
    for (std::int64_t b = 0; b < steps; ++b) {
      if (job.stopRequested()) return cancelled();
      lr = phaseRate(budget.lr, epoch * steps + b, budget.epochs * steps, warmup);
      for (auto& group : optimizer.param_groups()) group.options().set_lr(lr);
      auto batch = loader.next();
      if (!batch) return tl::unexpected(batch.error());
      if (!*batch) break;
      auto loss = step(**batch);
      if (!loss) return tl::unexpected(loss.error());
      sum += *loss;
      ++count;
      if (!job.report({std::string("fresh ") + name, epoch * steps + b + 1, budget.epochs * steps})) return cancelled();
    }
    losses.push_back(count ? sum / static_cast<double>(count) : 0.0);
    if (onEvent)
      onEvent({{"type", "target_train"}, {"target", name}, {"epoch", epoch + 1}, {"epochs", budget.epochs},
               {"loss", losses.back()}, {"lr", lr}});
  }
  return {};
}

struct Moments {
  torch::Tensor mean, spread;  // (C), float
};

// Per-channel mean and standard deviation of `input` over the batches of `loader` ((N, C, ...)
// each), up to `batches` of them.
template <class Loader, class InputFn>
Result<Moments> momentsOf(Loader& loader, InputFn input, int batches, JobControl& job) {
  torch::NoGradGuard noGrad;
  torch::Tensor sum, squares;
  double count = 0;
  for (int b = 0; b < batches; ++b) {
    if (job.stopRequested()) return cancelled();
    auto batch = loader.next();
    if (!batch) return tl::unexpected(batch.error());
    if (!*batch) break;
    auto x = input(**batch).to(torch::kFloat64).transpose(0, 1).flatten(1);  // (C, everything else)
    sum = sum.defined() ? sum + x.sum(1) : x.sum(1);
    squares = squares.defined() ? squares + x.square().sum(1) : x.square().sum(1);
    count += static_cast<double>(x.size(1));
  }
  if (count == 0) return fail(ErrorCode::InvalidInput, "No training input could be read to normalise the fresh models' input.");
  auto mean = sum / count;
  // A method that blanks the frames leaves no spread to divide by.
  auto spread = (squares / count - mean.square()).clamp_min(0).sqrt().clamp_min(1e-4);
  return Moments{mean.to(torch::kFloat32), spread.to(torch::kFloat32)};
}

config::Json toJson(const Moments& m) {
  auto list = [](const torch::Tensor& t) {
    auto c = t.to(torch::kFloat64).contiguous();
    return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
  };
  return {{"mean", list(m.mean)}, {"sd", list(m.spread)}};
}

FrameTransform normalized(const FrameTransform& transform, const Moments& moments) {
  auto mean = moments.mean.view({1, -1, 1, 1}), spread = moments.spread.view({1, -1, 1, 1});
  return [transform, mean, spread](const torch::Tensor& frames) {
    auto x = transform ? transform(frames) : frames;
    return (x - mean.to(x.device(), x.scalar_type())) / spread.to(x.device(), x.scalar_type());
  };
}

constexpr int kMomentBatches = 32;

}  // namespace

Result<FreshInputs> freshInputs(const FrameTransform& transform, const TrainData& data, const TargetOptions& options,
                                JobControl& job) {
  if (!options.normalizeInput) return FreshInputs{transform, transform, nullptr};
  if (!data.actionTrain || !data.privacyTrain)
    return fail(ErrorCode::InvalidInput, "Fresh target models need both data sets' training splits.");
  const torch::Device device(options.device);
  // Shuffled draws of the training split, as the data are (not augmented).
  auto sampled = [&](int batch, std::uint64_t stream) {
    auto o = loaderOptions(options, true, batch, stream);
    o.augment.enabled = false;
    return o;
  };
  data::ActionLoader clips(data.actionTrain, sampled(options.data.actionBatch, 505));
  auto clipMoments = momentsOf(clips, [&](data::ActionBatch& b) {
    auto c = b.clips.to(device);
    return transform ? transformClips(transform, c) : c;
  }, kMomentBatches, job);
  if (!clipMoments) return tl::unexpected(clipMoments.error());
  data::ImageLoader images(data.privacyTrain, sampled(options.data.privacyBatch, 606));
  auto imageMoments = momentsOf(images, [&](data::ImageBatch& b) {
    auto i = b.view1.to(device);
    return transform ? transform(i) : i;
  }, kMomentBatches, job);
  if (!imageMoments) return tl::unexpected(imageMoments.error());
  return FreshInputs{normalized(transform, *clipMoments), normalized(transform, *imageMoments),
                     {{"clips", toJson(*clipMoments)}, {"images", toJson(*imageMoments)}}};
}

Status forEachRow(std::size_t count, const std::string& device,
                  const std::function<Status(std::size_t, std::stop_token)>& row) {
  std::stop_source stop;
  auto run = [&](std::size_t i) -> Status {
    try {
      return row(i, stop.get_token());
    } catch (const std::exception& e) {
      return fail(ErrorCode::Internal, e.what());
    }
  };
  const int threads = nn::threadCount();
  const std::size_t atOnce = torch::Device(device).is_cpu() ? std::min<std::size_t>(count, std::max(1, threads)) : 1;
  if (atOnce <= 1) {
    for (std::size_t i = 0; i < count; ++i)
      if (auto st = run(i); !st) return st;
    return {};
  }
  const int share = std::max(1, threads / static_cast<int>(atOnce));
  std::vector<std::optional<Error>> failures(count);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    nn::useIntraOpThreadsHere(share);
    for (std::size_t i = next++; i < count && !stop.stop_requested(); i = next++) {
      if (auto st = run(i); !st) {
        failures[i] = st.error();
        stop.request_stop();
      }
    }
  };
  {
    std::vector<std::jthread> team;
    for (std::size_t k = 0; k < atOnce; ++k) team.emplace_back(work);
  }
  const std::optional<Error>* first = nullptr;
  for (const auto& f : failures)
    if (f && (!first || ((*first)->isCancelled() && !f->isCancelled()))) first = &f;
  if (first) return tl::unexpected(**first);
  return {};
}

TargetOptions targetOptionsFor(const TrainConfig& config) {
  TargetOptions o;
  o.action = config.networks.action;
  o.attributes = config.networks.attributes;
  o.actionBudget = config.targets.action;
  o.attributesBudget = config.targets.attributes;
  o.normalizeInput = config.targets.normalizeInput;
  o.data = config.data;
  o.device = config.device;
  o.seed = config.seed;
  return o;
}

Result<Nets> freshTargetNetworks(const TargetOptions& options, const TrainData& data) {
  if (!data.actionTrain || !data.privacyTrain)
    return fail(ErrorCode::InvalidInput, "Fresh target models need both data sets' training splits.");
  auto actionSpec = options.action;
  actionSpec.classes = static_cast<int>(data.actionTrain->classNames().size());
  auto attributeSpec = options.attributes;
  attributeSpec.attributes = static_cast<int>(data.privacyTrain->attributeNames().size());
  // The initial weights come from LibTorch's one global generator: rows trained side by side
  // (forEachRow) seed it and draw from it one at a time, so each row's weights are its seed's.
  static std::mutex generator;
  std::lock_guard drawing(generator);
  torch::manual_seed(static_cast<std::uint64_t>(options.seed) + 17);
  Nets nets;
  auto action = nn::makeNetwork(actionSpec);
  if (!action) return tl::unexpected(action.error());
  auto attributes = nn::makeNetwork(attributeSpec);
  if (!attributes) return tl::unexpected(attributes.error());
  nets.action = std::move(*action);
  nets.attributes = std::move(*attributes);
  return nets;
}

Result<TargetScores> trainFreshTargets(const FrameTransform& transform, const TrainData& data,
                                       const TargetOptions& options, JobControl& job,
                                       const std::function<void(const config::Json&)>& onEvent) {
  if (!data.actionTrain || !data.actionVal || !data.privacyTrain || !data.privacyVal)
    return fail(ErrorCode::InvalidInput, "Fresh target models need both data sets with training and test splits.");
  torch::Device device(options.device);
  // Narrow 3D convolutions train faster folded where the CPU allows (nn/narrow_conv3d.h); a
  // fresh model's training, unlike the game, does not amplify the change in rounding.
  nn::NarrowConvFoldingHere fold(true);
  auto drawn = freshTargetNetworks(options, data);
  if (!drawn) return tl::unexpected(drawn.error());
  Nets nets = std::move(*drawn);
  nets.action.base().to(device);
  nets.attributes.base().to(device);
  Optimizers opt;
  opt.action = std::make_unique<torch::optim::Adam>(nets.action.base().parameters(),
                                                    torch::optim::AdamOptions(options.actionBudget.lr));
  opt.attributes = std::make_unique<torch::optim::Adam>(nets.attributes.base().parameters(),
                                                        torch::optim::AdamOptions(options.attributesBudget.lr));
  const StepOptions stepOptions;

  auto inputs = freshInputs(transform, data, options, job);
  if (!inputs) return tl::unexpected(inputs.error());
  const FrameTransform& clipInput = inputs->clips;
  const FrameTransform& imageInput = inputs->images;
  auto seen = [&](const torch::Tensor& frames) {
    if (!imageInput) return frames;
    torch::NoGradGuard noGrad;
    return imageInput(frames).detach();
  };

  std::vector<double> actionLosses, attributeLosses;
  data::ActionLoader clips(data.actionTrain, loaderOptions(options, true, options.data.actionBatch, 101));
  auto actionDone = trainFor(clips, *opt.action, options.actionBudget, "action", job, [&](data::ActionBatch& b) -> Result<double> {
    b.clips = b.clips.to(device);
    if (clipInput) {
      torch::NoGradGuard noGrad;
      b.clips = transformClips(clipInput, b.clips).detach();
    }
    b.labels = b.labels.to(device);
    auto l = actionStep(nets, opt, b, stepOptions);
    if (const char* broken = l.nonFinite()) return fail(ErrorCode::InvalidInput, std::string("The fresh action classifier's ") + broken + " became non-finite.");
    return *l.action;
  }, onEvent, actionLosses);
  if (!actionDone) return tl::unexpected(actionDone.error());

  data::ImageLoader images(data.privacyTrain, loaderOptions(options, true, options.data.privacyBatch, 202));
  auto attributesDone = trainFor(images, *opt.attributes, options.attributesBudget, "attributes", job, [&](data::ImageBatch& b) -> Result<double> {
    b.view1 = seen(b.view1.to(device));
    b.attributes = b.attributes.to(device);
    auto l = attributesStep(nets, opt, b, stepOptions);
    if (const char* broken = l.nonFinite()) return fail(ErrorCode::InvalidInput, std::string("The fresh attribute classifier's ") + broken + " became non-finite.");
    return *l.attributes;
  }, onEvent, attributeLosses);
  if (!attributesDone) return tl::unexpected(attributesDone.error());

  ValidationData v;
  v.actions = data.actionVal;
  v.images = data.privacyVal;
  v.clipOptions = loaderOptions(options, false, options.data.actionBatch, 303);
  v.imageOptions = loaderOptions(options, false, options.data.privacyBatch, 404);
  auto scores = validate(nets, v, clipInput, imageInput, device, job);
  if (!scores) return tl::unexpected(scores.error());
  TargetScores out;
  out.actionTop1 = scores->actionTop1;
  out.privacyCmap = scores->privacyCmap;
  out.privacyMacroF1 = scores->privacyMacroF1;
  out.json = scores->json;
  out.json["anonymized"] = static_cast<bool>(transform);
  // What the fresh models' input was normalised by (null: not normalised).
  out.json["input_statistics"] = inputs->statistics;
  // How the fresh models trained: a loss still falling at the end says the budget was short.
  out.json["training_loss"] = {{"action", actionLosses}, {"attributes", attributeLosses}};
  return out;
}

}  // namespace spact::train
