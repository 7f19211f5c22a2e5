#include "eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace spact::eval {
namespace {

std::string str(std::size_t n) { return std::to_string(n); }

template <class T>
Status checkFinite(std::span<const T> values, const char* what) {
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!std::isfinite(values[i]))
      return fail(ErrorCode::InvalidInput, std::string(what) + " " + str(i) + " is not a finite number.");
  return {};
}

// A rows × cols matrix given as a flat span must hold exactly rows·cols values.
Result<std::size_t> rowsOf(std::size_t size, std::size_t cols, std::size_t expectedRows, const char* what) {
  if (cols == 0) return fail(ErrorCode::InvalidInput, std::string(what) + ": the number of columns is 0.");
  if (size != expectedRows * cols)
    return fail(ErrorCode::InvalidInput, std::string(what) + " hold " + str(size) + " values, not " +
                                             str(expectedRows) + " rows × " + str(cols) + " columns.");
  if (expectedRows == 0) return fail(ErrorCode::InvalidInput, std::string(what) + ": there are no rows.");
  return expectedRows;
}

template <class T>
Result<double> topK(std::span<const T> scores, std::size_t classes, std::span<const std::int64_t> labels, int k) {
  if (k < 1) return fail(ErrorCode::InvalidInput, "Top-k accuracy needs k >= 1, not " + std::to_string(k) + ".");
  auto rows = rowsOf(scores.size(), classes, labels.size(), "The action scores");
  if (!rows) return tl::unexpected(rows.error());
  if (auto st = checkFinite(scores, "Action score"); !st) return tl::unexpected(st.error());
  std::size_t hits = 0;
  for (std::size_t r = 0; r < *rows; ++r) {
    const std::int64_t label = labels[r];
    if (label < 0 || static_cast<std::size_t>(label) >= classes)
      return fail(ErrorCode::InvalidInput, "Label " + std::to_string(label) + " of row " + str(r) + " is outside the " +
                                               str(classes) + " classes.");
    const auto row = scores.subspan(r * classes, classes);
    const auto c = static_cast<std::size_t>(label);
    // Rank of the true class: sklearn sorts ascending with a stable sort and reverses, so a class
    // ranks above every higher score and every equal score at a lower index.
    std::size_t above = 0;
    for (std::size_t j = 0; j < classes; ++j)
      if (row[j] > row[c] || (row[j] == row[c] && j > c)) ++above;
    if (above < static_cast<std::size_t>(k)) ++hits;
  }
  return static_cast<double>(hits) / static_cast<double>(*rows);
}

template <class T>
Result<TopK> topOneAndFive(std::span<const T> scores, std::size_t classes, std::span<const std::int64_t> labels) {
  auto top1 = topK(scores, classes, labels, 1);
  if (!top1) return tl::unexpected(top1.error());
  auto top5 = topK(scores, classes, labels, 5);
  if (!top5) return tl::unexpected(top5.error());
  return TopK{*top1, *top5, labels.size()};
}

Status checkTargets(std::span<const float> targets) {
  for (std::size_t i = 0; i < targets.size(); ++i)
    if (targets[i] != 0.0f && targets[i] != 1.0f)
      return fail(ErrorCode::InvalidInput,
                  "Attribute target " + str(i) + " is " + config::Json(targets[i]).dump() + ", not 0 or 1.");
  return {};
}

Status checkPair(std::span<const float> scores, std::span<const float> targets) {
  if (scores.size() != targets.size())
    return fail(ErrorCode::InvalidInput,
                "There are " + str(scores.size()) + " attribute scores but " + str(targets.size()) + " targets.");
  if (scores.empty()) return fail(ErrorCode::InvalidInput, "There are no attribute scores.");
  if (auto st = checkFinite(scores, "Attribute score"); !st) return st;
  return checkTargets(targets);
}

// Both below take validated input (checkPair) and walk it with a stride, one attribute of a
// row-major matrix at a time.
std::optional<double> apOf(std::span<const float> scores, std::span<const float> targets, std::size_t stride,
                           std::size_t offset) {
  const std::size_t n = scores.size() / stride;
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto at = [&](std::size_t i) { return scores[i * stride + offset]; };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return at(a) > at(b); });
  double positives = 0;
  for (std::size_t i = 0; i < n; ++i) positives += targets[i * stride + offset];
  if (positives == 0) return std::nullopt;
  // One precision/recall point per distinct score: equal scores enter together.
  double tp = 0, seen = 0, recall = 0, ap = 0;
  for (std::size_t i = 0; i < n; ++i) {
    tp += targets[order[i] * stride + offset];
    seen += 1;
    if (i + 1 < n && at(order[i + 1]) == at(order[i])) continue;
    const double r = tp / positives;
    ap += (r - recall) * (tp / seen);
    recall = r;
  }
  return ap;
}

double f1Of(std::span<const float> probabilities, std::span<const float> targets, double threshold, std::size_t stride,
            std::size_t offset) {
  std::size_t tp = 0, fp = 0, fn = 0;
  for (std::size_t i = offset; i < probabilities.size(); i += stride) {
    const bool predicted = probabilities[i] >= threshold, truth = targets[i] == 1.0f;
    tp += predicted && truth;
    fp += predicted && !truth;
    fn += !predicted && truth;
  }
  const std::size_t denominator = 2 * tp + fp + fn;
  return denominator == 0 ? 0.0 : 2.0 * static_cast<double>(tp) / static_cast<double>(denominator);
}

config::Json optionalJson(const std::optional<double>& v) { return v ? config::Json(*v) : config::Json(nullptr); }

config::Json toJson(const TopK& t) { return {{"top1", t.top1}, {"top5", t.top5}, {"count", t.count}}; }

}  // namespace

double sigmoid(double logit) {
  if (logit >= 0) return 1.0 / (1.0 + std::exp(-logit));
  const double e = std::exp(logit);
  return e / (1.0 + e);
}

std::vector<float> sigmoid(std::span<const float> logits) {
  std::vector<float> out(logits.size());
  std::transform(logits.begin(), logits.end(), out.begin(),
                 [](float x) { return static_cast<float>(sigmoid(static_cast<double>(x))); });
  return out;
}

Result<double> topKAccuracy(std::span<const float> scores, std::size_t classes, std::span<const std::int64_t> labels,
                            int k) {
  return topK(scores, classes, labels, k);
}

Result<double> topKAccuracy(std::span<const double> scores, std::size_t classes, std::span<const std::int64_t> labels,
                            int k) {
  return topK(scores, classes, labels, k);
}

Result<VideoScores> averageByVideo(std::span<const float> scores, std::size_t classes,
                                   std::span<const std::int64_t> labels, std::span<const std::string> videoIds) {
  auto rows = rowsOf(scores.size(), classes, labels.size(), "The action scores");
  if (!rows) return tl::unexpected(rows.error());
  if (videoIds.size() != labels.size())
    return fail(ErrorCode::InvalidInput,
                "There are " + str(videoIds.size()) + " video ids for " + str(labels.size()) + " clips.");
  VideoScores out;
  std::vector<std::size_t> clipsPerVideo;
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t r = 0; r < *rows; ++r) {
    auto [it, added] = index.try_emplace(videoIds[r], out.ids.size());
    const std::size_t v = it->second;
    if (added) {
      out.ids.push_back(videoIds[r]);
      out.labels.push_back(labels[r]);
      out.scores.resize(out.scores.size() + classes, 0.0);
      clipsPerVideo.push_back(0);
    } else if (out.labels[v] != labels[r]) {
      return fail(ErrorCode::InvalidInput, "The clips of video '" + videoIds[r] + "' have different labels (" +
                                               std::to_string(out.labels[v]) + " and " + std::to_string(labels[r]) +
                                               ").");
    }
    for (std::size_t c = 0; c < classes; ++c) out.scores[v * classes + c] += scores[r * classes + c];
    ++clipsPerVideo[v];
  }
  for (std::size_t v = 0; v < out.ids.size(); ++v)
    for (std::size_t c = 0; c < classes; ++c) out.scores[v * classes + c] /= static_cast<double>(clipsPerVideo[v]);
  return out;
}

Result<ActionMetrics> actionMetrics(std::span<const float> scores, std::size_t classes,
                                    std::span<const std::int64_t> labels, std::span<const std::string> videoIds) {
  ActionMetrics m;
  auto clips = topOneAndFive(scores, classes, labels);
  if (!clips) return tl::unexpected(clips.error());
  m.clips = *clips;
  if (!videoIds.empty()) {
    auto videos = averageByVideo(scores, classes, labels, videoIds);
    if (!videos) return tl::unexpected(videos.error());
    auto top = topOneAndFive(std::span<const double>(videos->scores), classes, std::span(videos->labels));
    if (!top) return tl::unexpected(top.error());
    m.videos = *top;
  }
  return m;
}

Result<std::optional<double>> averagePrecision(std::span<const float> scores, std::span<const float> targets) {
  if (auto st = checkPair(scores, targets); !st) return tl::unexpected(st.error());
  return apOf(scores, targets, 1, 0);
}

Result<double> f1Score(std::span<const float> probabilities, std::span<const float> targets, double threshold) {
  if (auto st = checkPair(probabilities, targets); !st) return tl::unexpected(st.error());
  return f1Of(probabilities, targets, threshold, 1, 0);
}

Result<AttributeMetrics> attributeMetrics(std::span<const float> probabilities, std::size_t attributes,
                                          std::span<const float> targets, std::vector<std::string> names,
                                          double threshold) {
  if (auto st = checkPair(probabilities, targets); !st) return tl::unexpected(st.error());
  if (attributes == 0 || probabilities.size() % attributes != 0)
    return fail(ErrorCode::InvalidInput, "The " + str(probabilities.size()) + " attribute scores do not form rows of " +
                                             str(attributes) + " attributes.");
  if (!names.empty() && names.size() != attributes)
    return fail(ErrorCode::InvalidInput,
                "There are " + str(names.size()) + " attribute names for " + str(attributes) + " attributes.");
  if (!std::isfinite(threshold)) return fail(ErrorCode::InvalidInput, "The F1 threshold is not a finite number.");

  AttributeMetrics m;
  m.names = std::move(names);
  m.threshold = threshold;
  m.samples = probabilities.size() / attributes;
  double apSum = 0, f1Sum = 0;
  for (std::size_t a = 0; a < attributes; ++a) {
    if (m.names.size() < attributes) m.names.push_back("a" + str(a));
    std::size_t positives = 0;
    for (std::size_t i = a; i < targets.size(); i += attributes) positives += targets[i] == 1.0f;
    m.positives.push_back(positives);
    m.ap.push_back(apOf(probabilities, targets, attributes, a));
    if (m.ap.back())
      apSum += *m.ap.back();
    else
      ++m.skipped;
    m.f1.push_back(f1Of(probabilities, targets, threshold, attributes, a));
    f1Sum += m.f1.back();
  }
  const std::size_t defined = attributes - m.skipped;
  if (defined > 0) m.cmap = apSum / static_cast<double>(defined);
  m.macroF1 = f1Sum / static_cast<double>(attributes);
  return m;
}

config::Json toJson(const ActionMetrics& m) {
  return {{"clips", toJson(m.clips)}, {"videos", m.videos ? toJson(*m.videos) : config::Json(nullptr)}};
}

config::Json toJson(const AttributeMetrics& m) {
  config::Json list = config::Json::array();
  for (std::size_t a = 0; a < m.ap.size(); ++a)
    list.push_back(
        {{"name", m.names[a]}, {"ap", optionalJson(m.ap[a])}, {"f1", m.f1[a]}, {"positives", m.positives[a]}});
  return {{"samples", m.samples},  {"threshold", m.threshold}, {"cmap", optionalJson(m.cmap)},
          {"macro_f1", m.macroF1}, {"skipped", m.skipped},     {"attributes", std::move(list)}};
}

}  // namespace spact::eval
