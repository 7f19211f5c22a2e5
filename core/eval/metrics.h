#pragma once
// The numbers of the paper's tables (SPAct, CVPR 2022, sec. 5): action top-1/top-5 at clip and
// video level, and for privacy attributes the per-attribute average precision, their mean (cMAP)
// and macro F1. Each is defined as scikit-learn (1.2, Debian 12's python3-sklearn) defines it, so
// that numbers compare with the Python line of work; tests/reference/make_metrics_fixtures.py
// holds the reference values. Plain C++ (no Torch, no Qt): score matrices are row-major spans.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "util/config_field.h"
#include "util/result.h"

namespace spact::eval {

inline constexpr double kDefaultThreshold = 0.5;

// 1 / (1 + e^-x), without overflow for large |x|.
double sigmoid(double logit);
std::vector<float> sigmoid(std::span<const float> logits);

// ---- Actions ---------------------------------------------------------------------------------

// Fraction of rows whose label is among the k highest of its `classes` scores (scores: rows ×
// classes, row-major; labels in [0, classes)). Ties rank as in sklearn's top_k_accuracy_score:
// among equal scores the higher class index ranks first, so an all-equal row predicts the last k
// classes. k >= classes gives 1. Errors: sizes that do not match, a label out of range, k < 1, a
// non-finite score, no rows.
Result<double> topKAccuracy(std::span<const float> scores, std::size_t classes, std::span<const std::int64_t> labels,
                            int k);
Result<double> topKAccuracy(std::span<const double> scores, std::size_t classes, std::span<const std::int64_t> labels,
                            int k);

// Clip scores averaged per video (videos in order of first appearance), in double precision.
struct VideoScores {
  std::vector<std::string> ids;
  std::vector<double> scores;  // ids.size() × classes, row-major
  std::vector<std::int64_t> labels;
};
// Error when the clips of one video carry different labels, or sizes do not match.
Result<VideoScores> averageByVideo(std::span<const float> scores, std::size_t classes,
                                   std::span<const std::int64_t> labels, std::span<const std::string> videoIds);

struct TopK {
  double top1 = 0;
  double top5 = 0;
  std::size_t count = 0;  // clips or videos
};

struct ActionMetrics {
  TopK clips;
  std::optional<TopK> videos;  // present when video ids were given
};

// Clip-level top-1/top-5, and video-level when `videoIds` is not empty (one id per clip).
Result<ActionMetrics> actionMetrics(std::span<const float> scores, std::size_t classes,
                                    std::span<const std::int64_t> labels, std::span<const std::string> videoIds = {});

// ---- Privacy attributes ----------------------------------------------------------------------

// sklearn's average_precision_score for one attribute: AP = Σ_n (R_n − R_{n−1}) P_n over the
// distinct score thresholds, high to low, equal scores counted together (no interpolation).
// Targets are 0 or 1. With no positive target AP is undefined: std::nullopt here, where sklearn
// 1.2 warns and returns 0 (which would pull cMAP down for an attribute absent from the split).
Result<std::optional<double>> averagePrecision(std::span<const float> scores, std::span<const float> targets);

// F1 of (probability >= threshold) against the targets: 2·TP / (2·TP + FP + FN), and 0 when an
// attribute has neither true nor predicted positives (sklearn's default zero_division="warn",
// which returns 0.0). Pass logits with threshold 0 to threshold before a saturating sigmoid.
Result<double> f1Score(std::span<const float> probabilities, std::span<const float> targets,
                       double threshold = kDefaultThreshold);

struct AttributeMetrics {
  std::vector<std::string> names;         // "a0", "a1", … when none are given
  std::vector<std::optional<double>> ap;  // nullopt: no positive example of the attribute
  std::vector<double> f1;
  std::vector<std::size_t> positives;  // positive targets per attribute
  std::optional<double> cmap;          // mean of the defined APs; nullopt when none is
  std::size_t skipped = 0;             // attributes left out of cMAP (no positive)
  double macroF1 = 0;                  // mean of f1 over every attribute (sklearn "macro")
  double threshold = kDefaultThreshold;
  std::size_t samples = 0;
};

// probabilities and targets: samples × attributes, row-major. names: empty or one per attribute.
Result<AttributeMetrics> attributeMetrics(std::span<const float> probabilities, std::size_t attributes,
                                          std::span<const float> targets, std::vector<std::string> names = {},
                                          double threshold = kDefaultThreshold);

// ---- Reports ---------------------------------------------------------------------------------

// {"clips": {"top1", "top5", "count"}, "videos": {…} or null}
config::Json toJson(const ActionMetrics& m);
// {"samples", "threshold", "cmap" (null if undefined), "macro_f1", "skipped",
//  "attributes": [{"name", "ap" (null if undefined), "f1", "positives"}, …]}
config::Json toJson(const AttributeMetrics& m);

}  // namespace spact::eval
