#include "train/trainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <fmt/format.h>

#include <chrono>
#include <cmath>

#include "data/shard.h"
#include "nn/io/spact_checkpoint.h"
#include "nn/runtime.h"
#include "train/checkpoint.h"
#include "train/distributed.h"
#include "train/lr_schedule.h"
#include "train/run_dir.h"
#include "train/validation.h"
#include "util/files.h"
#include "util/log.h"
#ifdef SPACT_HAVE_MEDIA
#include "media/image_io.h"
#endif

namespace spact::train {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// The loss values summed between two "train" events.
struct LossWindow {
  double sum[4] = {0, 0, 0, 0};
  int count[4] = {0, 0, 0, 0};
  std::int64_t steps = 0;
  Clock::time_point start = Clock::now();

  void add(const StepLosses& l) {
    const std::optional<double>* all[] = {&l.anonymizer, &l.action, &l.privacy, &l.attributes};
    for (int i = 0; i < 4; ++i)
      if (*all[i]) sum[i] += **all[i], ++count[i];
    ++steps;
  }
  void toJson(config::Json& e) const {
    const char* keys[] = {"loss_a", "loss_t", "loss_b", "loss_attributes"};
    for (int i = 0; i < 4; ++i)
      if (count[i]) e[keys[i]] = sum[i] / count[i];
  }
};

class Run {
public:
  Run(const TrainRequest& request, JobControl& job) : request_(request), cfg_(request.config), job_(job), paths_{request.runDir} {}

  Result<TrainOutcome> execute() {
    if (auto st = setup(); !st) return tl::unexpected(st.error());
    while (cursor_.phase != Phase::Done) {
      if (auto st = runPhase(); !st) return tl::unexpected(st.error());
    }
    if (auto st = emit({{"type", "finished"}, {"step", cursor_.step}}); !st) return tl::unexpected(st.error());
    if (auto st = dp_->barrier(); !st) return tl::unexpected(st.error());
    outcome_.steps = cursor_.step;
    return outcome_;
  }

private:
  // ---- set-up ---------------------------------------------------------------------------------

  Status setup() {
    if (auto st = checkData(); !st) return st;
    cfg_.networks.action.classes = static_cast<int>(request_.data.actionTrain->classNames().size());
    cfg_.networks.attributes.attributes = static_cast<int>(request_.data.privacyTrain->attributeNames().size());
    if (auto st = config::validate(cfg_, "the training configuration"); !st) return st;
    if (auto st = connect(); !st) return st;
    if (auto st = chooseDevice(); !st) return st;
    if (auto st = prepareRunDir(); !st) return st;
    torch::manual_seed(static_cast<std::uint64_t>(cfg_.seed));
    if (auto st = buildNetworks(); !st) return st;
    if (request_.resume && fs::exists(paths_.last())) {
      if (auto st = resume(); !st) return st;
    } else {
      startPhase(Phase::InitAnonymizer);
      if (main()) {
        auto events = EventLog::open(paths_.events(), std::uint64_t{0});
        if (!events) return tl::unexpected(events.error());
        events_ = std::move(*events);
      }
      if (auto st = emit({{"type", "started"}, {"step", 0}, {"config", toJson(cfg_)}, {"data", request_.data.description},
                          {"processes", dp_->worldSize()}});
          !st)
        return st;
    }
    for (auto* net : {&nets_.anonymizer, &nets_.action, &nets_.privacy, &nets_.attributes})
      if (auto st = dp_->broadcastParameters(net->base()); !st) return st;
    return {};
  }

  // Data parallel (DESIGN.md; torchrun / SLURM environment): every process trains on its shard
  // with batches of batch / processes, gradients are averaged; rank 0 alone writes the run.
  Status connect() {
    auto env = distributedEnvFromEnvironment();
    if (!env) return tl::unexpected(env.error());
    const bool cuda = cfg_.device.rfind("cuda", 0) == 0;
    auto dp = DataParallel::connect(*env, cuda ? "auto" : "gloo", std::chrono::seconds(300));
    if (!dp) return tl::unexpected(dp.error());
    dp_ = std::move(*dp);
    const int world = dp_->worldSize();
    if (world > 1) {
      if (cfg_.data.actionBatch % world != 0 || cfg_.data.privacyBatch % world != 0)
        return fail(ErrorCode::InvalidInput, fmt::format("data.action_batch ({}) and data.privacy_batch ({}) must divide evenly among the {} processes.",
                                                         cfg_.data.actionBatch, cfg_.data.privacyBatch, world));
      if (cfg_.device == "cuda") cfg_.device = fmt::format("cuda:{}", env->localRank);
      actionTrain_ = data::shardOf(request_.data.actionTrain, dp_->rank(), world);
      privacyTrain_ = data::shardOf(request_.data.privacyTrain, dp_->rank(), world);
      gradientHook_ = [this](nn::Network& net) {
        if (dpError_) return;
        if (auto st = dp_->averageGradients(net.base()); !st) dpError_ = st.error();
      };
    }
    return {};
  }

  bool main() const { return !dp_ || dp_->isMain(); }
  int perRank(int batch) const { return batch / (dp_ ? dp_->worldSize() : 1); }

  Status checkData() const {
    const auto& d = request_.data;
    if (!d.actionTrain || d.actionTrain->size() == 0)
      return fail(ErrorCode::InvalidInput, "The action data has no training videos.");
    if (!d.actionVal || d.actionVal->size() == 0)
      return fail(ErrorCode::InvalidInput, "The action data has no validation (test split) videos.");
    if (!d.privacyTrain || d.privacyTrain->size() == 0)
      return fail(ErrorCode::InvalidInput, "The privacy data has no training images.");
    if (!d.privacyVal || d.privacyVal->size() == 0)
      return fail(ErrorCode::InvalidInput, "The privacy data has no validation (test split) images.");
    if (d.actionTrain->classNames().size() < 2)
      return fail(ErrorCode::InvalidInput, "The action data must have at least two classes.");
    if (d.actionVal->classNames() != d.actionTrain->classNames())
      return fail(ErrorCode::InvalidInput, "The action data's training and test splits name different classes.");
    if (d.privacyTrain->attributeNames().empty())
      return fail(ErrorCode::InvalidInput, "The privacy data labels no attributes.");
    if (d.privacyVal->attributeNames() != d.privacyTrain->attributeNames())
      return fail(ErrorCode::InvalidInput, "The privacy data's training and test splits name different attributes.");
    return {};
  }

  Status chooseDevice() {
    try {
      device_ = torch::Device(cfg_.device);
    } catch (const std::exception&) {
      return fail(ErrorCode::InvalidInput, "'" + cfg_.device + "' is not a device: use cpu, cuda or cuda:N.");
    }
    if (device_.is_cuda() && !torch::cuda::is_available())
      return fail(ErrorCode::Unsupported, "CUDA is not available here (this LibTorch build or this machine has no usable GPU): use --device cpu.");
    bf16_ = cfg_.precision == "bf16";
    channelsLast_ = device_.is_cuda();
    if (device_.is_cuda()) nn::enableCudnnAutotuning();  // a run's shapes are fixed
    if (bf16_ && !device_.is_cuda()) {
      log::get("train")->warn("bf16 autocast is for CUDA; training in fp32 on the CPU.");
      bf16_ = false;
    }
    return {};
  }

  Status prepareRunDir() {
    if (!main()) return {};
    std::error_code ec;
    const bool hasRun = fs::exists(paths_.config(), ec) || fs::exists(paths_.events(), ec) || fs::exists(paths_.checkpoints(), ec);
    if (hasRun && !request_.resume)
      return fail(ErrorCode::InvalidInput, "'" + paths_.root.string() +
                                               "' already holds a training run: resume it (--resume) or choose another folder.");
    if (request_.resume && hasRun && fs::exists(paths_.config(), ec)) {
      auto saved = config::readJsonFile(paths_.config().string());
      if (!saved) return tl::unexpected(saved.error());
      auto savedConfig = trainConfigFromJson(saved->value("config", config::Json::object()), paths_.config().string());
      if (!savedConfig) return tl::unexpected(savedConfig.error());
      if (auto why = resumeIncompatibility(*savedConfig, cfg_))
        return fail(ErrorCode::InvalidInput, "Cannot resume '" + paths_.root.string() + "' with this configuration: " + *why + ".");
    }
    for (const auto& dir : {paths_.root, paths_.checkpoints(), paths_.samples()}) {
      fs::create_directories(dir, ec);
      if (ec) return fail(ErrorCode::Io, "Could not create the folder '" + dir.string() + "': " + ec.message() + ".");
    }
    const config::Json file = {{"config", toJson(cfg_)}, {"data", request_.data.description}};
    return files::writeTextAtomically(paths_.config().string(), file.dump(2) + "\n");
  }

  Status buildNetworks() {
    const std::pair<nn::Network*, const nn::NetworkSpec*> all[] = {{&nets_.anonymizer, &cfg_.networks.anonymizer},
                                                                   {&nets_.action, &cfg_.networks.action},
                                                                   {&nets_.privacy, &cfg_.networks.privacy},
                                                                   {&nets_.attributes, &cfg_.networks.attributes}};
    for (auto [net, spec] : all) {
      auto built = nn::makeNetwork(*spec);
      if (!built) return tl::unexpected(built.error());
      *net = std::move(*built);
      net->base().to(device_);
      net->base().train();
      if (channelsLast_) toChannelsLast(net->base());
    }
    return {};
  }

  torch::Tensor onDevice(const torch::Tensor& t) const {
    auto d = t.to(device_, /*non_blocking=*/true);
    return channelsLast_ ? channelsLast(d) : d;
  }

  Status resume() {
    const std::string source = paths_.last().string();
    auto bundle = nn::io::readSpactCheckpoint(source);
    if (!bundle) return tl::unexpected(bundle.error());
    std::int64_t phase = -1;
    for (const auto& [name, value] : bundle->counters)
      if (name == "phase") phase = value;
    if (phase < 0 || phase > kPhaseCount)
      return fail(ErrorCode::InvalidInput, source + " is a model, not a training checkpoint: it does not say where the run stood.");
    startPhase(static_cast<Phase>(phase));
    auto cursor = restoreBundle(*bundle, nets_, optimizers_, source);
    if (!cursor) return tl::unexpected(cursor.error());
    cursor_ = *cursor;
    if (main()) {
      auto events = EventLog::open(paths_.events(), cursor_.eventsBytes);
      if (!events) return tl::unexpected(events.error());
      events_ = std::move(*events);
    }
    log::get("train")->info("Resuming '{}' at {} epoch {} batch {} (step {}).", paths_.root.string(), phaseName(cursor_.phase),
                            cursor_.epoch, cursor_.batch, cursor_.step);
    outcome_.lastCheckpoint = paths_.last();
    if (fs::exists(paths_.best())) outcome_.bestCheckpoint = paths_.best();
    return emit({{"type", "resumed"}, {"step", cursor_.step}, {"phase", phaseName(cursor_.phase)}, {"epoch", cursor_.epoch}});
  }

  // ---- phases ---------------------------------------------------------------------------------

  const PhaseConfig* initPhase(Phase p) const {
    switch (p) {
      case Phase::InitAnonymizer: return &cfg_.init.anonymizer;
      case Phase::InitAction: return &cfg_.init.action;
      case Phase::InitPrivacy: return &cfg_.init.privacy;
      case Phase::InitAttributes: return &cfg_.init.attributes;
      default: return nullptr;
    }
  }

  // New optimizers for the networks the phase trains (each phase starts its Adam afresh).
  void startPhase(Phase p) {
    cursor_.phase = p;
    optimizers_ = {};
    auto adam = [](nn::Network& n, double lr) {
      return std::make_unique<torch::optim::Adam>(n.base().parameters(), torch::optim::AdamOptions(lr));
    };
    switch (p) {
      case Phase::InitAnonymizer: optimizers_.anonymizer = adam(nets_.anonymizer, cfg_.init.anonymizer.lr); break;
      case Phase::InitAction: optimizers_.action = adam(nets_.action, cfg_.init.action.lr); break;
      case Phase::InitPrivacy: optimizers_.privacy = adam(nets_.privacy, cfg_.init.privacy.lr); break;
      case Phase::InitAttributes: optimizers_.attributes = adam(nets_.attributes, cfg_.init.attributes.lr); break;
      case Phase::Minimax:
        optimizers_.anonymizer = adam(nets_.anonymizer, cfg_.minimax.lrAnonymizer);
        optimizers_.action = adam(nets_.action, cfg_.minimax.lrAction);
        optimizers_.privacy = adam(nets_.privacy, cfg_.minimax.lrPrivacy);
        break;
      case Phase::Done: break;
    }
  }

  // An initialisation phase's rate falls along a cosine over the phase (lr_schedule.h); the
  // game's rates stay constant, as the paper's, unless minimax.anonymizer_schedule puts f_A's on a
  // cosine too. An initialisation phase holds one optimizer.
  void setInitRate(double lr) {
    for (auto* o : {&optimizers_.anonymizer, &optimizers_.action, &optimizers_.privacy, &optimizers_.attributes})
      if (*o)
        for (auto& group : (*o)->param_groups()) group.options().set_lr(lr);
  }

  // A different stream of draws per phase (and per f_B restart), all from the run's seed.
  std::uint64_t streamSeed(std::uint64_t stream = 0) const {
    return static_cast<std::uint64_t>(cfg_.seed) * 1000003u + static_cast<std::uint64_t>(cursor_.phase) * 7919u + 1 + stream * 104729u;
  }

  data::LoaderOptions loaderOptions(bool train, int batch, std::uint64_t stream = 0) const {
    return train::loaderOptions(cfg_.data, train, batch, streamSeed(stream));
  }

  bool usesClips(Phase p) const { return p == Phase::InitAction || p == Phase::Minimax; }

  Status runPhase() {
    const Phase phase = cursor_.phase;
    const PhaseConfig* init = initPhase(phase);
    const std::int64_t epochs = init ? init->epochs : cfg_.minimax.epochs;
    const std::int64_t stepsCap = init ? init->stepsPerEpoch : cfg_.minimax.stepsPerEpoch;

    std::unique_ptr<data::ActionLoader> clips;
    std::unique_ptr<data::ImageLoader> images;
    if (usesClips(phase)) clips = std::make_unique<data::ActionLoader>(actionTrain_, loaderOptions(true, perRank(cfg_.data.actionBatch)));
    if (phase != Phase::InitAction)
      images = std::make_unique<data::ImageLoader>(privacyTrain_, loaderOptions(true, perRank(cfg_.data.privacyBatch)));
    const std::int64_t perEpoch = clips ? clips->batchesPerEpoch() : images->batchesPerEpoch();
    const std::int64_t steps = stepsCap > 0 ? std::min(stepsCap, perEpoch) : perEpoch;
    if (epochs > 0 && steps == 0)
      return fail(ErrorCode::InvalidInput, fmt::format("{}: the {} data has fewer items than one batch.", phaseName(phase),
                                                       clips ? "action" : "privacy"));
    if (cursor_.epoch == 0 && cursor_.batch == 0)
      if (auto st = emit({{"type", "phase"}, {"phase", phaseName(phase)}, {"step", cursor_.step}, {"epochs", epochs},
                          {"steps_per_epoch", steps}});
          !st)
        return st;

    StepOptions stepOptions{cfg_.minimax.omega, cfg_.minimax.temperature, bf16_, gradientHook_};
    while (cursor_.epoch < epochs) {
      if (phase == Phase::Minimax && cursor_.batch == 0 && restartDue())
        if (auto st = restartPrivacy(); !st) return st;
      if (clips) clips->seek({cursor_.epoch, cursor_.batch});
      if (images) images->seek(clips ? data::LoaderPosition{cursor_.privacyEpoch, cursor_.privacyBatch}
                                     : data::LoaderPosition{cursor_.epoch, cursor_.batch});
      LossWindow window;
      while (cursor_.batch < steps) {
        if (job_.stopRequested()) return stopWithCheckpoint();
        std::optional<data::ActionBatch> clipBatch;
        std::optional<data::ImageBatch> imageBatch;
        if (clips) {
          auto b = clips->next();
          if (!b) return tl::unexpected(b.error());
          if (!*b) break;  // fewer readable batches than counted: the epoch ends early
          clipBatch = std::move(**b);
          clipBatch->clips = poison(onDevice(clipBatch->clips));
          clipBatch->labels = clipBatch->labels.to(device_);
        }
        if (images) {
          auto b = images->next();
          if (!b) return tl::unexpected(b.error());
          if (!*b && clips) {  // the images run beside the clips: start their next epoch
            images->seek({images->position().epoch + 1, 0});
            b = images->next();
            if (!b) return tl::unexpected(b.error());
          }
          if (!*b) break;
          imageBatch = std::move(**b);
          imageBatch->view1 = poison(onDevice(imageBatch->view1));
          if (imageBatch->view2.defined()) imageBatch->view2 = onDevice(imageBatch->view2);
          imageBatch->attributes = imageBatch->attributes.to(device_);
        }
        if (init)
          setInitRate(phaseRate(init->lr, cursor_.epoch * steps + cursor_.batch, epochs * steps, warmupSteps(init->warmup, steps)));
        if (phase == Phase::Minimax && cfg_.minimax.anonymizerSchedule == "cosine")
          for (auto& group : optimizers_.anonymizer->param_groups())
            group.options().set_lr(cosineRate(cfg_.minimax.lrAnonymizer, cursor_.epoch * steps + cursor_.batch, epochs * steps));
        StepLosses losses;
        switch (phase) {
          case Phase::InitAnonymizer: losses = identityStep(nets_, optimizers_, *imageBatch, stepOptions); break;
          case Phase::InitAction: losses = actionStep(nets_, optimizers_, *clipBatch, stepOptions); break;
          case Phase::InitPrivacy: losses = privacyStep(nets_, optimizers_, *imageBatch, stepOptions); break;
          case Phase::InitAttributes: losses = attributesStep(nets_, optimizers_, *imageBatch, stepOptions); break;
          case Phase::Minimax: losses = minimaxStep(nets_, optimizers_, *clipBatch, *imageBatch, stepOptions); break;
          case Phase::Done: break;
        }
        if (dpError_) return tl::unexpected(*dpError_);
        if (const char* broken = losses.nonFinite()) return nonFinite(broken);
        ++cursor_.batch;
        ++cursor_.step;
        if (images && clips) {
          const auto p = images->position();
          cursor_.privacyEpoch = p.epoch;
          cursor_.privacyBatch = p.batch;
        }
        window.add(losses);
        if (cursor_.step % cfg_.schedule.logEvery == 0 || cursor_.batch == steps) {
          if (auto st = logWindow(window, steps); !st) return st;
          window = LossWindow{};
        }
        if (!job_.report({phaseName(phase), cursor_.batch + cursor_.epoch * steps, steps * epochs}))
          return stopWithCheckpoint();
      }
      ++cursor_.epoch;
      cursor_.batch = 0;
      if (auto st = endOfEpoch(epochs); !st) return st;
    }
    startPhase(static_cast<Phase>(static_cast<int>(phase) + 1));
    cursor_.epoch = cursor_.batch = 0;
    if (phase == Phase::InitAttributes && main()) {
      // The raw-data reference point of the trade-off curve, before the game changes f_A.
      if (auto v = validation(false); !v) return tl::unexpected(v.error());
    }
    if (cursor_.phase == Phase::Done || !main()) return {};
    return writeCheckpoint(false, false);
  }

  bool restartDue() const {
    const int every = cfg_.minimax.restartPrivacyEvery;
    return every > 0 && cursor_.epoch > 0 && cursor_.epoch % every == 0;
  }

  // f_B restarted at the start of a game epoch (MinimaxConfig::restartPrivacyEvery): fresh
  // weights, a fresh Adam, then restartPrivacySteps iterations alone on the frozen f_A's output.
  // Everything it draws comes from (seed, epoch), so a run stopped in the middle, which keeps
  // the f_B from before, restarts it the same way on resume.
  Status restartPrivacy() {
    const auto stream = static_cast<std::uint64_t>(cursor_.epoch) + 1;
    auto fresh = seededNetwork(cfg_.networks.privacy, streamSeed(stream));
    if (!fresh) return tl::unexpected(fresh.error());
    fresh->base().to(device_);
    fresh->base().train();
    if (channelsLast_) toChannelsLast(fresh->base());
    if (auto st = dp_->broadcastParameters(fresh->base()); !st) return st;
    Nets nets = nets_;
    nets.privacy = *fresh;
    Optimizers opt;
    opt.privacy = std::make_unique<torch::optim::Adam>(fresh->base().parameters(), torch::optim::AdamOptions(cfg_.minimax.lrPrivacy));
    // f_A's BatchNorm statistics move with each forward in training mode; a stop puts them back.
    std::vector<torch::Tensor> statistics;
    for (const auto& b : nets_.anonymizer.base().buffers()) statistics.push_back(b.clone());
    auto stop = [&] {
      torch::NoGradGuard noGrad;
      auto buffers = nets_.anonymizer.base().buffers();
      for (std::size_t i = 0; i < buffers.size(); ++i) buffers[i].copy_(statistics[i]);
      return stopWithCheckpoint();
    };

    data::ImageLoader images(privacyTrain_, loaderOptions(true, perRank(cfg_.data.privacyBatch), stream));
    const StepOptions stepOptions{cfg_.minimax.omega, cfg_.minimax.temperature, bf16_, gradientHook_};
    const std::int64_t steps = cfg_.minimax.restartPrivacySteps;
    std::optional<double> first, last;
    for (std::int64_t done = 0, epoch = 0; done < steps;) {
      if (job_.stopRequested()) return stop();
      auto b = images.next();
      if (!b) return tl::unexpected(b.error());
      if (!*b) {
        if (images.position().batch == 0 && epoch > 0)
          return fail(ErrorCode::InvalidInput, "The privacy data has fewer readable images than one batch.");
        images.seek({++epoch, 0});
        continue;
      }
      auto batch = std::move(**b);
      batch.view1 = onDevice(batch.view1);
      batch.view2 = onDevice(batch.view2);
      const auto losses = anonymizedPrivacyStep(nets, opt, batch, stepOptions);
      if (dpError_) return tl::unexpected(*dpError_);
      if (const char* broken = losses.nonFinite()) return nonFinite(broken);
      if (!first) first = losses.privacy;
      last = losses.privacy;
      if (!job_.report({"minimax: f_B restarts", ++done, steps})) return stop();
    }
    nets_.privacy = *fresh;
    optimizers_.privacy = std::move(opt.privacy);
    config::Json e = {{"type", "privacy_restart"}, {"phase", phaseName(cursor_.phase)}, {"step", cursor_.step},
                      {"epoch", cursor_.epoch}, {"steps", steps}};
    if (first) e["loss_b_first"] = *first, e["loss_b_last"] = *last;
    return emit(std::move(e));
  }

  // A network built with weights drawn from `seed`, leaving the run's random stream as it was.
  static Result<nn::Network> seededNetwork(const nn::NetworkSpec& spec, std::uint64_t seed) {
    auto generator = at::detail::getDefaultCPUGenerator();
    torch::Tensor saved;
    {
      std::lock_guard<std::mutex> lock(generator.mutex());
      saved = generator.get_state();
    }
    {
      std::lock_guard<std::mutex> lock(generator.mutex());
      generator.set_current_seed(seed);
    }
    auto built = nn::makeNetwork(spec);
    std::lock_guard<std::mutex> lock(generator.mutex());
    generator.set_state(saved);
    return built;
  }

  torch::Tensor poison(torch::Tensor t) const {
    if (cursor_.step == request_.poisonStep) return t * std::numeric_limits<float>::quiet_NaN();
    return t;
  }

  Status logWindow(const LossWindow& w, std::int64_t steps) {
    const double seconds = std::chrono::duration<double>(Clock::now() - w.start).count();
    config::Json e = {{"type", "train"}, {"phase", phaseName(cursor_.phase)}, {"step", cursor_.step},
                      {"epoch", cursor_.epoch}, {"batch", cursor_.batch}, {"batches", steps}};
    w.toJson(e);
    const double its = seconds > 0 ? static_cast<double>(w.steps) / seconds : 0;
    e["iterations_per_s"] = its;
    if (usesClips(cursor_.phase)) e["clips_per_s"] = its * cfg_.data.actionBatch;
    if (cursor_.phase != Phase::InitAction) e["images_per_s"] = its * cfg_.data.privacyBatch;
    auto lr = [](const std::unique_ptr<torch::optim::Adam>& o) {
      return o ? config::Json(o->param_groups().at(0).options().get_lr()) : config::Json(nullptr);
    };
    e["lr"] = {{"anonymizer", lr(optimizers_.anonymizer)}, {"action", lr(optimizers_.action)},
               {"privacy", lr(optimizers_.privacy)}, {"attributes", lr(optimizers_.attributes)}};
    return emit(std::move(e));
  }

  Status endOfEpoch(std::int64_t epochs) {
    const bool last = cursor_.epoch == epochs;
    // One set of BatchNorm statistics (rank 0's) for validation and checkpoints, as DDP keeps.
    for (auto* net : {&nets_.anonymizer, &nets_.action, &nets_.privacy, &nets_.attributes})
      if (auto st = dp_->broadcastBuffers(net->base()); !st) return st;
    if (!main()) return {};
    if (cursor_.phase != Phase::Minimax) return last ? Status{} : writeCheckpoint(false, false);
    bool best = false;
    if (cursor_.epoch % cfg_.schedule.validateEvery == 0 || last) {
      auto v = validation(true);
      // A stop asked for while validating keeps the epoch's steps (its validation is skipped).
      if (!v) return v.error().isCancelled() ? stopWithCheckpoint() : tl::unexpected(v.error());
      const double score = v->actionTop1 - cfg_.schedule.bestPrivacyWeight * v->privacyCmap.value_or(0.0);
      best = score > cursor_.bestScore;
      if (best) cursor_.bestScore = score;
    }
    return writeCheckpoint(cursor_.epoch % cfg_.schedule.checkpointEvery == 0 || last, best);
  }

  Result<Validation> validation(bool anonymize) {
    ValidationData d;
    d.actions = request_.data.actionVal;
    d.images = request_.data.privacyVal;
    d.clipOptions = loaderOptions(false, cfg_.data.actionBatch);
    d.imageOptions = loaderOptions(false, cfg_.data.privacyBatch);
    d.maxBatches = cfg_.schedule.valBatches;
    FrameTransform transform;
    if (anonymize) transform = [this](const torch::Tensor& frames) { return nets_.anonymizer.forward(frames); };
    auto v = validate(nets_, d, transform, device_, job_);
    if (!v) return v;
    config::Json e = v->json;
    e["type"] = "val";
    e["phase"] = phaseName(cursor_.phase);
    e["step"] = cursor_.step;
    e["epoch"] = cursor_.epoch;
    e["score"] = v->actionTop1 - cfg_.schedule.bestPrivacyWeight * v->privacyCmap.value_or(0.0);
    if (auto st = emit(std::move(e)); !st) return tl::unexpected(st.error());
    outcome_.lastValidation = v->json;
    lastValidation_ = v->json;
    if (anonymize)
      if (auto st = writeSamples(); !st) log::get("train")->warn("{}", st.error().message);
    return v;
  }

  Status writeSamples() {
#ifdef SPACT_HAVE_MEDIA
    auto grid = sampleGrid(nets_, request_.data.privacyVal, 8, cfg_.data.size, device_);
    if (!grid) return tl::unexpected(grid.error());
    const auto path = paths_.samples() / fmt::format("epoch-{:04d}.png", cursor_.epoch);
    if (auto st = media::writeImage(path.string(), *grid); !st) return st;
    return emit({{"type", "samples"}, {"step", cursor_.step}, {"epoch", cursor_.epoch}, {"path", path.string()}});
#else
    return {};
#endif
  }

  // ---- checkpoints, events, stopping ------------------------------------------------------------

  config::Json card() const {
    config::Json c;
    c["trained_by"] = "spact train";
    c["input_resolution"] = cfg_.data.size;
    c["clip"] = {{"frames", cfg_.data.frames}, {"skip", cfg_.data.skip}};
    c["class_names"] = request_.data.actionTrain->classNames();
    c["attribute_names"] = request_.data.privacyTrain->attributeNames();
    c["training_data"] = request_.data.description;
    c["metrics"] = lastValidation_;
    c["config"] = toJson(cfg_);
    c["run"] = {{"phase", phaseName(cursor_.phase)}, {"epoch", cursor_.epoch}, {"step", cursor_.step}};
    return c;
  }

  // last.spact always; epoch-N.spact and best.spact as hard links to it (no second write).
  Status writeCheckpoint(bool keepEpoch, bool best) {
    cursor_.eventsBytes = events_.bytesWritten();
    auto bundle = makeBundle(nets_, optimizers_, cursor_, card());
    if (auto st = nn::io::writeSpactCheckpoint(paths_.last().string(), bundle); !st) return st;
    outcome_.lastCheckpoint = paths_.last();
    config::Json e = {{"type", "checkpoint"}, {"phase", phaseName(cursor_.phase)}, {"step", cursor_.step},
                      {"epoch", cursor_.epoch}, {"path", paths_.last().string()}, {"best", best}};
    if (keepEpoch) {
      if (auto st = linkCheckpoint(paths_.epoch(cursor_.epoch)); !st) return st;
      e["kept"] = paths_.epoch(cursor_.epoch).string();
    }
    if (best) {
      if (auto st = linkCheckpoint(paths_.best()); !st) return st;
      outcome_.bestCheckpoint = paths_.best();
    }
    return emit(std::move(e));
  }

  Status linkCheckpoint(const fs::path& target) {
    std::error_code ec;
    fs::path temp = target;
    temp += ".linking";
    fs::remove(temp, ec);
    fs::create_hard_link(paths_.last(), temp, ec);
    if (ec) fs::copy_file(paths_.last(), temp, fs::copy_options::overwrite_existing, ec);
    if (!ec) fs::rename(temp, target, ec);
    if (ec) {
      fs::remove(temp, ec);
      return fail(ErrorCode::Io, "Could not write the checkpoint '" + target.string() + "': " + ec.message() + ".");
    }
    return {};
  }

  Status stopWithCheckpoint() {
    if (!main()) return cancelled();
    if (auto st = writeCheckpoint(false, false); !st) return st;
    if (auto st = emit({{"type", "stopped"}, {"step", cursor_.step}, {"checkpoint", paths_.last().string()}}); !st) return st;
    return tl::unexpected(Error{ErrorCode::Cancelled, "Training stopped at step " + std::to_string(cursor_.step) +
                                                          "; resume from '" + paths_.last().string() + "'."});
  }

  Status nonFinite(const char* which) {
    const std::string kept = fs::exists(paths_.last()) ? " The last good checkpoint, '" + paths_.last().string() + "', is kept."
                                                       : " No checkpoint had been written yet.";
    const std::string message = fmt::format("Training stopped: {} became non-finite (NaN or infinity) at step {} ({}, epoch {}).{}",
                                            which, cursor_.step, phaseName(cursor_.phase), cursor_.epoch + 1, kept);
    (void)emit({{"type", "error"}, {"step", cursor_.step}, {"message", message}});
    return fail(ErrorCode::InvalidInput, message);
  }

  Status emit(config::Json event) {
    if (!main()) return {};
    if (auto st = events_.write(event); !st) return st;
    if (request_.onEvent) request_.onEvent(event);
    return {};
  }

  const TrainRequest& request_;
  TrainConfig cfg_;
  JobControl& job_;
  RunPaths paths_;
  EventLog events_;
  torch::Device device_{torch::kCPU};
  bool bf16_ = false;
  bool channelsLast_ = false;
  Nets nets_;
  Optimizers optimizers_;
  Cursor cursor_;
  std::unique_ptr<DataParallel> dp_;
  data::ActionSourcePtr actionTrain_ = request_.data.actionTrain;
  data::ImageSourcePtr privacyTrain_ = request_.data.privacyTrain;
  GradientHook gradientHook_;
  std::optional<Error> dpError_;
  config::Json lastValidation_ = config::Json::object();
  TrainOutcome outcome_;
};

}  // namespace

Result<TrainOutcome> runTraining(const TrainRequest& request, JobControl& job) {
  try {
    Run run(request, job);
    return run.execute();
  } catch (const c10::Error& e) {
    return fail(ErrorCode::Internal, std::string("Training failed in LibTorch: ") + e.what_without_backtrace());
  } catch (const std::bad_alloc&) {
    return fail(ErrorCode::OutOfMemory, "Training ran out of memory: lower data.action_batch or data.privacy_batch.");
  }
}

}  // namespace spact::train
