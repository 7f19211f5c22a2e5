#include "train/steps.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <cmath>

#include "nn/nt_xent.h"
#include "train/adam_step.h"

namespace spact::train {

namespace F = torch::nn::functional;

namespace {

// bf16 autocast for the forward passes on CUDA. LibTorch has no C++ guard object; 2.4 made the
// switches per device type and deprecated the CUDA-only ones that 1.13 (Debian's) has.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
bool autocastEnabled() { return at::autocast::is_autocast_enabled(at::kCUDA); }
void enableAutocast(bool on) {
  at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
  at::autocast::set_autocast_enabled(at::kCUDA, on);
}
#else
bool autocastEnabled() { return at::autocast::is_enabled(); }
void enableAutocast(bool on) {
  at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
  at::autocast::set_enabled(on);
}
#endif

double value(const torch::Tensor& loss) { return loss.detach().to(torch::kFloat64).item<double>(); }

void update(nn::Network& net, torch::optim::Adam& optimizer, const StepOptions& o) {
  if (o.gradients) o.gradients(net);
  adamStep(optimizer);
}

}  // namespace

torch::Tensor privacyLoss(nn::Network& fb, const torch::Tensor& v1, const torch::Tensor& v2, const StepOptions& o) {
  // One forward over both views keeps BatchNorm's statistics those of the whole batch, as the
  // reference concatenates them.
  const auto z = fb.forward(torch::cat({v1, v2}, 0)).to(torch::kFloat32);
  const auto halves = z.chunk(2, 0);
  return nn::ntXent(halves[0], halves[1], {o.temperature, false});
}

Autocast::Autocast(bool enabled) : enabled_(enabled) {
  if (!enabled_) return;
  previous_ = autocastEnabled();
  enableAutocast(true);
}

Autocast::~Autocast() {
  if (!enabled_) return;
  enableAutocast(previous_);
  at::autocast::clear_cache();
}

data::LoaderOptions loaderOptions(const DataConfig& data, bool train, int batch, std::uint64_t seed) {
  data::LoaderOptions o;
  o.batch = batch;
  o.size = data.size;
  o.frames = data.frames;
  o.skip = data.skip;
  o.train = train;
  o.dropLast = train;
  o.workers = data.workers;
  o.clipsPerVideo = train ? 1 : data.valClipsPerVideo;
  o.seed = seed;
  o.augment.enabled = train;
  o.augment.cropMin = data.augment.cropMin;
  o.augment.jitter = data.augment.jitter;
  o.augment.grayscale = data.augment.grayscale;
  o.augment.flip = data.augment.flip;
  o.augment.erase = data.augment.erase;
  o.augment.shift = data.augment.shift;
  return o;
}

const char* StepLosses::nonFinite() const {
  const std::pair<const std::optional<double>*, const char*> all[] = {
      {&anonymizer, "f_A's loss"}, {&action, "L_T"}, {&privacy, "L_B"}, {&attributes, "the attribute loss"}};
  for (const auto& [v, name] : all)
    if (*v && !std::isfinite(**v)) return name;
  return nullptr;
}

void toChannelsLast(torch::nn::Module& module) {
  torch::NoGradGuard noGrad;
  for (auto& p : module.parameters()) {
    if (p.dim() == 4) p.set_data(p.contiguous(at::MemoryFormat::ChannelsLast));
    if (p.dim() == 5) p.set_data(p.contiguous(at::MemoryFormat::ChannelsLast3d));
  }
}

torch::Tensor channelsLast(const torch::Tensor& t) {
  if (t.dim() == 4) return t.contiguous(at::MemoryFormat::ChannelsLast);
  if (t.dim() == 5) return t.contiguous(at::MemoryFormat::ChannelsLast3d);
  return t;
}

void setTrainable(nn::Network& net, bool trainable) {
  for (auto& p : net.base().parameters()) p.set_requires_grad(trainable);
}

torch::Tensor transformClips(const FrameTransform& transform, const torch::Tensor& clips) {
  const auto n = clips.size(0), c = clips.size(1), t = clips.size(2), h = clips.size(3), w = clips.size(4);
  auto out = transform(clips.permute({0, 2, 1, 3, 4}).reshape({n * t, c, h, w}));
  return out.reshape({n, t, out.size(1), h, w}).permute({0, 2, 1, 3, 4});
}

torch::Tensor anonymizeClips(nn::Network& anonymizer, const torch::Tensor& clips) {
  return transformClips([&](const torch::Tensor& frames) { return anonymizer.forward(frames); }, clips);
}

namespace {

// One network, one loss: forward under autocast, backward, then no step on a broken loss (the
// weights stay good), else gradient hook and optimizer step. `slot` names where the loss is
// reported. The loss is read (a wait for the device) only once the backward pass is queued: read
// before it, the device would idle while the host queues the backward's first, small kernels.
template <class LossFn>
StepLosses singleStep(nn::Network& net, torch::optim::Adam& optimizer, std::optional<double> StepLosses::*slot,
                      const StepOptions& o, LossFn lossFn) {
  optimizer.zero_grad();
  torch::Tensor loss;
  {
    Autocast autocast(o.bf16);
    loss = lossFn();
  }
  loss.backward();
  StepLosses l;
  l.*slot = value(loss);
  if (!std::isfinite(*(l.*slot))) return l;
  update(net, optimizer, o);
  return l;
}

}  // namespace

StepLosses identityStep(Nets& nets, Optimizers& opt, const data::ImageBatch& images, const StepOptions& o) {
  return singleStep(nets.anonymizer, *opt.anonymizer, &StepLosses::anonymizer, o, [&] {
    return F::l1_loss(nets.anonymizer.forward(images.view1).to(torch::kFloat32), images.view1);
  });
}

StepLosses actionStep(Nets& nets, Optimizers& opt, const data::ActionBatch& clips, const StepOptions& o) {
  return singleStep(nets.action, *opt.action, &StepLosses::action, o, [&] {
    return F::cross_entropy(nets.action.forward(clips.clips).to(torch::kFloat32), clips.labels);
  });
}

StepLosses privacyStep(Nets& nets, Optimizers& opt, const data::ImageBatch& images, const StepOptions& o) {
  return singleStep(nets.privacy, *opt.privacy, &StepLosses::privacy, o,
                    [&] { return privacyLoss(nets.privacy, images.view1, images.view2, o); });
}

StepLosses anonymizedPrivacyStep(Nets& nets, Optimizers& opt, const data::ImageBatch& images, const StepOptions& o) {
  torch::Tensor anon1, anon2;
  {
    torch::NoGradGuard noGrad;
    Autocast autocast(o.bf16);
    anon1 = nets.anonymizer.forward(images.view1);
    anon2 = nets.anonymizer.forward(images.view2);
  }
  return singleStep(nets.privacy, *opt.privacy, &StepLosses::privacy, o,
                    [&] { return privacyLoss(nets.privacy, anon1, anon2, o); });
}

StepLosses attributesStep(Nets& nets, Optimizers& opt, const data::ImageBatch& images, const StepOptions& o) {
  return singleStep(nets.attributes, *opt.attributes, &StepLosses::attributes, o, [&] {
    return F::binary_cross_entropy_with_logits(nets.attributes.forward(images.view1).to(torch::kFloat32),
                                               images.attributes);
  });
}

StepLosses minimaxStep(Nets& nets, Optimizers& opt, const data::ActionBatch& clips, const data::ImageBatch& images,
                       const StepOptions& o) {
  StepLosses l;
  // Step 1: f_A against frozen f_T and f_B.
  setTrainable(nets.action, false);
  setTrainable(nets.privacy, false);
  opt.anonymizer->zero_grad();
  {
    torch::Tensor lossT, lossB;
    {
      Autocast autocast(o.bf16);
      lossT = F::cross_entropy(nets.action.forward(anonymizeClips(nets.anonymizer, clips.clips)).to(torch::kFloat32),
                               clips.labels);
      lossB = privacyLoss(nets.privacy, nets.anonymizer.forward(images.view1), nets.anonymizer.forward(images.view2), o);
    }
    const auto lossA = lossT - o.omega * lossB;
    lossA.backward();  // read after the backward is queued, as in singleStep
    l.anonymizer = value(lossA);
    if (!std::isfinite(*l.anonymizer)) {
      setTrainable(nets.action, true);
      setTrainable(nets.privacy, true);
      return l;
    }
    update(nets.anonymizer, *opt.anonymizer, o);
  }
  setTrainable(nets.action, true);
  setTrainable(nets.privacy, true);

  // Step 2: f_T and f_B on what the updated, frozen f_A makes of the same batch.
  torch::Tensor anonClips, anon1, anon2;
  {
    torch::NoGradGuard noGrad;
    Autocast autocast(o.bf16);
    anonClips = anonymizeClips(nets.anonymizer, clips.clips);
    anon1 = nets.anonymizer.forward(images.view1);
    anon2 = nets.anonymizer.forward(images.view2);
  }
  opt.action->zero_grad();
  opt.privacy->zero_grad();
  torch::Tensor lossT, lossB;
  {
    Autocast autocast(o.bf16);
    lossT = F::cross_entropy(nets.action.forward(anonClips).to(torch::kFloat32), clips.labels);
    lossB = privacyLoss(nets.privacy, anon1, anon2, o);
  }
  (lossT + lossB).backward();  // disjoint parameters: one backward serves both
  l.action = value(lossT);
  l.privacy = value(lossB);
  if (l.nonFinite()) return l;
  update(nets.action, *opt.action, o);
  update(nets.privacy, *opt.privacy, o);
  return l;
}

}  // namespace spact::train
