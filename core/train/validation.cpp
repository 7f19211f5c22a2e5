#include "train/validation.h"

#include "eval/metrics.h"

namespace spact::train {

namespace {

// Eval mode for the duration of validation, train mode again afterwards.
class EvalMode {
public:
  explicit EvalMode(Nets& nets) : nets_(nets) { set(false); }
  ~EvalMode() { set(true); }
  EvalMode(const EvalMode&) = delete;
  EvalMode& operator=(const EvalMode&) = delete;

private:
  void set(bool train) {
    for (auto* n : {&nets_.anonymizer, &nets_.action, &nets_.privacy, &nets_.attributes})
      if (!n->module.is_empty()) n->base().train(train);
  }
  Nets& nets_;
};

std::vector<float> toVector(const torch::Tensor& t) {
  auto c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

}  // namespace

Result<Validation> validate(Nets& nets, const ValidationData& data, const FrameTransform& transform,
                            const torch::Device& device, JobControl& job) {
  return validate(nets, data, transform, transform, device, job);
}

Result<Validation> validate(Nets& nets, const ValidationData& data, const FrameTransform& clipTransform,
                            const FrameTransform& imageTransform, const torch::Device& device, JobControl& job) {
  const bool anonymize = clipTransform || imageTransform;
  torch::NoGradGuard noGrad;
  EvalMode evalMode(nets);
  Validation v;

  std::vector<float> scores;
  std::vector<std::int64_t> labels;
  std::vector<std::string> videos;
  data::ActionLoader clips(data.actions, data.clipOptions);
  const auto classes = data.actions->classNames().size();
  for (int b = 0; data.maxBatches == 0 || b < data.maxBatches; ++b) {
    if (job.stopRequested()) return cancelled();
    auto batch = clips.next();
    if (!batch) return tl::unexpected(batch.error());
    if (!*batch) break;
    auto input = (*batch)->clips.to(device);
    if (clipTransform) input = transformClips(clipTransform, input);
    auto probs = torch::softmax(nets.action.forward(input).to(torch::kFloat32), 1);
    auto s = toVector(probs);
    scores.insert(scores.end(), s.begin(), s.end());
    auto l = (*batch)->labels.to(torch::kCPU);
    auto ids = (*batch)->video.to(torch::kCPU);
    for (int64_t i = 0; i < l.size(0); ++i) {
      labels.push_back(l[i].item<std::int64_t>());
      videos.push_back(std::to_string(ids[i].item<std::int64_t>()));
    }
  }
  if (labels.empty()) return fail(ErrorCode::InvalidInput, "Validation: no action clip could be read.");
  auto action = eval::actionMetrics(scores, classes, labels, videos);
  if (!action) return tl::unexpected(action.error());
  v.actionTop1 = action->videos ? action->videos->top1 : action->clips.top1;

  std::vector<float> probs, targets;
  data::ImageLoader images(data.images, data.imageOptions);
  const auto attributes = data.images->attributeNames().size();
  for (int b = 0; data.maxBatches == 0 || b < data.maxBatches; ++b) {
    if (job.stopRequested()) return cancelled();
    auto batch = images.next();
    if (!batch) return tl::unexpected(batch.error());
    if (!*batch) break;
    auto input = (*batch)->view1.to(device);
    if (imageTransform) input = imageTransform(input);
    auto p = toVector(torch::sigmoid(nets.attributes.forward(input).to(torch::kFloat32)));
    auto t = toVector((*batch)->attributes);
    probs.insert(probs.end(), p.begin(), p.end());
    targets.insert(targets.end(), t.begin(), t.end());
  }
  if (probs.empty()) return fail(ErrorCode::InvalidInput, "Validation: no privacy image could be read.");
  auto privacy = eval::attributeMetrics(probs, attributes, targets, data.images->attributeNames());
  if (!privacy) return tl::unexpected(privacy.error());
  v.privacyCmap = privacy->cmap;
  v.privacyMacroF1 = privacy->macroF1;

  v.json = {{"anonymized", anonymize},
            {"action_top1", v.actionTop1},
            {"privacy_cmap", v.privacyCmap ? config::Json(*v.privacyCmap) : config::Json(nullptr)},
            {"privacy_macro_f1", v.privacyMacroF1},
            {"action", eval::toJson(*action)},
            {"privacy", eval::toJson(*privacy)}};
  return v;
}

Result<media::Image> sampleGrid(Nets& nets, const data::ImageSourcePtr& images, int count, int size,
                                const torch::Device& device) {
  torch::NoGradGuard noGrad;
  EvalMode evalMode(nets);
  data::LoaderOptions o;
  o.train = false;
  o.batch = count;
  o.dropLast = false;
  o.size = size;
  o.workers = 1;
  data::ImageLoader loader(images, o);
  auto batch = loader.next();
  if (!batch) return tl::unexpected(batch.error());
  if (!*batch) return fail(ErrorCode::InvalidInput, "No validation image could be read for the samples.");
  auto original = (*batch)->view1.to(device);
  auto anonymized = nets.anonymizer.forward(original).to(torch::kFloat32);
  const auto n = original.size(0);
  // (2, n, 3, s, s) -> rows of pictures -> (2s, n·s, 3) bytes.
  auto grid = torch::stack({original.to(torch::kFloat32), anonymized})
                  .permute({0, 3, 1, 4, 2})
                  .reshape({2 * size, n * size, 3})
                  .mul(255)
                  .round()
                  .clamp(0, 255)
                  .to(torch::kCPU, torch::kUInt8)
                  .contiguous();
  media::Image image;
  image.width = static_cast<int>(n * size);
  image.height = 2 * size;
  image.rgb.assign(grid.data_ptr<std::uint8_t>(), grid.data_ptr<std::uint8_t>() + grid.numel());
  return image;
}

}  // namespace spact::train
