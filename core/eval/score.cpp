#include "eval/score.h"

#include <fmt/format.h>
#include <torch/torch.h>

#include <cmath>

#include "eval/transforms.h"
#include "media/decoder.h"
#include "nn/io/model_import.h"
#include "nn/networks.h"
#include "nn/state.h"
#include "util/files.h"

namespace spact::eval {

namespace {

struct Loaded {
  std::optional<nn::Network> network;
  std::string omitted;  // why not, when absent
};

Loaded loadNetwork(const nn::io::ModelBundle& bundle, nn::NetworkKind kind, const std::string& path, const torch::Device& device,
                   const char* role) {
  const auto* w = bundle.network(kind);
  if (!w) return {std::nullopt, fmt::format("'{}' holds no {}.", path, role)};
  if (!w->spec) return {std::nullopt, fmt::format("'{}' holds a {} of an architecture SPAct Studio cannot run.", path, role)};
  auto n = nn::makeNetwork(*w->spec);
  if (!n) return {std::nullopt, n.error().message};
  if (auto st = nn::loadState(n->base(), w->tensors, fmt::format("'{}'", path)); !st) return {std::nullopt, st.error().message};
  n->base().to(device);
  n->base().eval();
  return {std::move(*n), ""};
}

std::vector<std::string> names(const config::Json& card, const char* key, std::size_t count, const char* prefix) {
  std::vector<std::string> out;
  if (card.contains(key) && card[key].is_array()) out = card[key].get<std::vector<std::string>>();
  if (out.size() != count) {
    out.clear();
    for (std::size_t i = 0; i < count; ++i) out.push_back(fmt::format("{}{}", prefix, i));
  }
  return out;
}

std::vector<double> toVector(const torch::Tensor& t) {
  auto c = t.detach().to(torch::kCPU, torch::kFloat64).contiguous();
  return {c.data_ptr<double>(), c.data_ptr<double>() + c.numel()};
}

config::Json topK(const std::vector<double>& probs, const std::vector<std::string>& classes, int k) {
  std::vector<std::size_t> order(probs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto n = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, k)), order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                    [&](std::size_t a, std::size_t b) { return probs[a] > probs[b] || (probs[a] == probs[b] && a < b); });
  config::Json out = config::Json::array();
  for (std::size_t i = 0; i < n; ++i) out.push_back({{"class", classes[order[i]]}, {"index", order[i]}, {"probability", probs[order[i]]}});
  return out;
}

// A card's number, or `fallback` where it is missing or not a whole number (imports write null).
int cardInt(const config::Json& j, const char* key, int fallback) {
  return j.is_object() && j.contains(key) && j[key].is_number_integer() ? j[key].get<int>() : fallback;
}

void accumulate(std::vector<double>& sum, const std::vector<double>& v) {
  if (sum.empty()) sum.assign(v.size(), 0.0);
  for (std::size_t i = 0; i < v.size() && i < sum.size(); ++i) sum[i] += v[i];
}

std::vector<double> divided(std::vector<double> v, double n) {
  for (auto& x : v) x /= std::max(1.0, n);
  return v;
}

// The anonymized side when a baseline makes it: eval's tensor baselines, with the studio's names
// ("identity", "downsampleK" for any factor) beside `spact evaluate`'s.
Result<train::FrameTransform> baselineFor(const std::string& name, const std::string& cascadePath) {
  if (name == "identity") return train::FrameTransform{};
  if (name.starts_with("downsample") && name.size() > 10 &&
      name.find_first_not_of("0123456789", 10) == std::string::npos && name.size() < 14) {
    const int factor = std::stoi(name.substr(10));
    if (factor >= 1) return train::FrameTransform([factor](const torch::Tensor& x) { return downsample(x, factor); });
  }
  return baselineTransform(name, cascadePath);
}

Result<config::Json> scoreVideoUnguarded(const std::string& video, const std::string& model, const ScoreOptions& options,
                                         JobControl& job) {
  auto bundle = nn::io::importModel(model);
  if (!bundle) return tl::unexpected(bundle.error());
  const bool useBaseline = !options.baseline.empty();
  if (!useBaseline && !bundle->network(nn::NetworkKind::Anonymizer))
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' holds no anonymizer (f_A) to score against.", model));
  torch::Device device(options.device);
  const config::Json card = bundle->card.is_object() ? bundle->card : config::Json::object();
  train::FrameTransform baseline;
  if (useBaseline) {
    auto made = baselineFor(options.baseline, options.cascadePath);
    if (!made) return tl::unexpected(made.error());
    baseline = std::move(*made);
  }
  auto attributes = loadNetwork(*bundle, nn::NetworkKind::Attributes, model, device, "attribute classifier");
  auto action = loadNetwork(*bundle, nn::NetworkKind::Action, model, device, "action classifier (f_T)");

  const int resolution = cardInt(card, "input_resolution", 112);
  const auto clip = card.contains("clip") ? card["clip"] : config::Json::object();
  const int clipFrames = std::max(1, cardInt(clip, "frames", 16));
  const int skip = std::max(1, cardInt(clip, "skip", 2));
  const auto attributeNames = attributes.network ? names(card, "attribute_names", static_cast<std::size_t>(attributes.network->spec.attributes), "a")
                                                 : std::vector<std::string>{};
  const auto classNames = action.network ? names(card, "class_names", static_cast<std::size_t>(action.network->spec.classes), "class ")
                                         : std::vector<std::string>{};

  media::DecoderOptions d;
  d.width = resolution;
  d.height = resolution;
  auto decoder = media::Decoder::open(video, d);
  if (!decoder) return tl::unexpected(decoder.error());
  const auto* stream = (*decoder)->info().video();
  if (!stream) return fail(ErrorCode::InvalidInput, fmt::format("'{}' has no video stream.", video));
  const double fps = stream->frameRate > 0 ? stream->frameRate : 25.0;
  const std::int64_t segmentFrames = options.segmentSeconds > 0
                                         ? std::max<std::int64_t>(1, std::llround(options.segmentSeconds * fps))
                                         : static_cast<std::int64_t>(clipFrames) * skip;
  const std::int64_t expected = stream->frameCount;

  // Everything but the segments and the overall scores, in the report's key order.
  auto header = [&](std::int64_t frames) {
    config::Json h = {{"format", "spact-score"}, {"format_version", 1}, {"video", video}, {"model", model}};
    if (useBaseline) h["anonymizer"] = options.baseline;
    h["input_resolution"] = resolution;
    h["clip"] = {{"frames", clipFrames}, {"skip", skip}};
    h["segment_frames"] = segmentFrames;
    h["fps"] = fps;
    h["frames"] = frames;
    h["duration_s"] = static_cast<double>(frames) / fps;
    if (attributes.network) h["attributes"] = {{"names", attributeNames}};
    else h["attributes"] = {{"omitted", attributes.omitted}};
    if (action.network) h["action"] = {{"classes", classNames}};
    else h["action"] = {{"omitted", action.omitted}};
    return h;
  };
  if (options.onStart && !options.onStart(header(std::max<std::int64_t>(0, expected)))) return cancelled();
  // f_A after the header: a display that finds no classifier stops before f_A is built (a
  // TorchScript anonymizer, say, which the player runs but scoring cannot).
  Loaded anonymizer;
  if (!useBaseline) {
    anonymizer = loadNetwork(*bundle, nn::NetworkKind::Anonymizer, model, device, "anonymizer (f_A)");
    if (!anonymizer.network) return fail(ErrorCode::Unsupported, anonymizer.omitted);
  }

  config::Json segments = config::Json::array();
  std::vector<double> attrOrig, attrAnon, actOrig, actAnon;
  std::size_t segmentCount = 0;
  std::int64_t framesSeen = 0;
  std::vector<media::VideoFrame> buffer;

  auto runSegment = [&]() -> Status {
    torch::InferenceMode inference;
    std::vector<media::Image> images;
    for (const auto& f : buffer) images.push_back(f.image);
    auto x = fromImages(images).to(device);
    torch::Tensor y;
    if (useBaseline) {
      y = baseline ? baseline(x).to(torch::kFloat32).clamp(0, 1) : x;
    } else {
      std::vector<torch::Tensor> anonParts;
      for (std::int64_t s = 0; s < x.size(0); s += 16)
        anonParts.push_back(anonymizer.network->forward(x.slice(0, s, std::min<std::int64_t>(s + 16, x.size(0)))).to(torch::kFloat32));
      y = torch::cat(anonParts);
    }
    config::Json seg = {{"index", segmentCount},
                        {"start_s", buffer.front().seconds},
                        {"end_s", buffer.back().seconds + 1.0 / fps},
                        {"first_frame", buffer.front().index},
                        {"frames", buffer.size()}};
    if (attributes.network) {
      auto o = toVector(torch::sigmoid(attributes.network->forward(x).to(torch::kFloat32)).mean(0));
      auto a = toVector(torch::sigmoid(attributes.network->forward(y).to(torch::kFloat32)).mean(0));
      accumulate(attrOrig, o);
      accumulate(attrAnon, a);
      seg["attributes"] = {{"original", o}, {"anonymized", a}};
    }
    if (action.network) {
      std::vector<std::int64_t> idx;
      for (int i = 0; i < clipFrames; ++i) idx.push_back(std::min<std::int64_t>(static_cast<std::int64_t>(i) * skip, x.size(0) - 1));
      auto index = torch::tensor(idx, torch::kLong).to(device);
      auto clipOf = [&](const torch::Tensor& frames) { return frames.index_select(0, index).permute({1, 0, 2, 3}).unsqueeze(0); };
      auto o = toVector(torch::softmax(action.network->forward(clipOf(x)).to(torch::kFloat32), 1)[0]);
      auto a = toVector(torch::softmax(action.network->forward(clipOf(y)).to(torch::kFloat32), 1)[0]);
      accumulate(actOrig, o);
      accumulate(actAnon, a);
      seg["action"] = {{"original", topK(o, classNames, options.topK)}, {"anonymized", topK(a, classNames, options.topK)}};
    }
    if (options.onSegment) options.onSegment(seg);
    segments.push_back(std::move(seg));
    ++segmentCount;
    buffer.clear();
    return {};
  };

  try {
    for (;;) {
      if (job.stopRequested()) return cancelled();
      auto frame = (*decoder)->next();
      if (!frame) return tl::unexpected(frame.error());
      if (!*frame) break;
      buffer.push_back(std::move(**frame));
      ++framesSeen;
      if (static_cast<std::int64_t>(buffer.size()) == segmentFrames)
        if (auto st = runSegment(); !st) return tl::unexpected(st.error());
      if (!job.report({"scoring", framesSeen, std::max(expected, framesSeen)})) return cancelled();
    }
    if (!buffer.empty())
      if (auto st = runSegment(); !st) return tl::unexpected(st.error());
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal, fmt::format("Scoring '{}' failed: {}", video, e.what()));
  }
  if (segmentCount == 0) return fail(ErrorCode::InvalidInput, fmt::format("'{}' has no frame to score.", video));

  const double n = static_cast<double>(segmentCount);
  config::Json overall = config::Json::object();
  config::Json out = header(framesSeen);
  if (attributes.network)
    overall["attributes"] = {{"original", divided(attrOrig, n)}, {"anonymized", divided(attrAnon, n)}};
  if (action.network)
    overall["action"] = {{"original", topK(divided(actOrig, n), classNames, options.topK)},
                         {"anonymized", topK(divided(actAnon, n), classNames, options.topK)}};
  out["segments"] = std::move(segments);
  out["overall"] = std::move(overall);
  return out;
}

}  // namespace

Result<config::Json> scoreVideo(const std::string& video, const std::string& model, const ScoreOptions& options, JobControl& job) {
  // Loading the networks onto the device can throw too (a CUDA device that is not there); no
  // exception leaves core.
  try {
    return scoreVideoUnguarded(video, model, options, job);
  } catch (const c10::Error& e) {
    return fail(ErrorCode::Internal, fmt::format("Scoring '{}' failed: {}", video, e.what_without_backtrace()));
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal, fmt::format("Scoring '{}' failed: {}", video, e.what()));
  }
}

std::string scoreReportPath(const std::string& output) { return output + ".score.json"; }

Status writeScoreReport(const config::Json& report, const std::string& path) {
  return files::writeTextAtomically(path, report.dump(2) + "\n");
}

}  // namespace spact::eval
