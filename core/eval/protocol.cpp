#include "eval/protocol.h"

#include <fmt/format.h>

#include <algorithm>

#include "eval/subsets.h"
#include "train/fresh_targets.h"
#include "train/train_data.h"
#ifdef SPACT_HAVE_MEDIA
#include "data/readers.h"
#endif

namespace spact::eval {

namespace {

template <class Source>
std::string fingerprint(const Source& source) {
  std::uint64_t h = 1469598103934665603ull;
  for (std::size_t i = 0; i < source.size(); ++i)
    for (char c : source.name(i) + "\n") h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return fmt::format("{:016x}", h);
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// An action set on its own (the same-data-set protocol has no privacy set).
Result<std::pair<data::ActionSourcePtr, data::ActionSourcePtr>> openActionsOnly(const std::string& spec, int split) {
  if (train::isSynthSpec(spec)) {
    auto both = train::openTrainData(spec, spec, split);
    if (!both) return tl::unexpected(both.error());
    return std::make_pair(both->actionTrain, both->actionVal);
  }
#ifdef SPACT_HAVE_MEDIA
  data::ReaderOptions r;
  r.split = split;
  auto trainSet = data::openActionSet(spec, "train", r);
  if (!trainSet) return tl::unexpected(trainSet.error());
  auto testSet = data::openActionSet(spec, "test", r);
  if (!testSet) return tl::unexpected(testSet.error());
  return std::make_pair(*trainSet, *testSet);
#else
  return fail(ErrorCode::Unsupported, fmt::format("'{}': this build has no FFmpeg/OpenCV to read data sets from disk.", spec));
#endif
}

std::vector<std::string> cardNames(const std::vector<config::Json>& cards, const char* key) {
  for (const auto& card : cards)
    if (card.contains(key) && card[key].is_array()) return card[key].get<std::vector<std::string>>();
  return {};
}

// The novel subset: `eval` if given, else every name of `all` not in `trained`; refused when
// empty or when it shares a name with `trained`.
Result<std::vector<std::string>> novelSubset(const std::vector<std::string>& all, const std::vector<std::string>& trained,
                                             const std::vector<std::string>& eval, const char* what, const char* key) {
  std::vector<std::string> out = eval;
  if (out.empty()) {
    if (trained.empty())
      return fail(ErrorCode::InvalidInput,
                  fmt::format("The novel protocol needs the {} f_A was trained with: give a model with a card or set novel.{}.", what, key));
    for (const auto& n : all)
      if (std::find(trained.begin(), trained.end(), n) == trained.end()) out.push_back(n);
    if (out.empty())
      return fail(ErrorCode::InvalidInput,
                  fmt::format("The novel protocol found no {} in the data beyond the {} f_A was trained with ({}).", what, what, joined(trained)));
  }
  for (const auto& n : out)
    if (std::find(trained.begin(), trained.end(), n) != trained.end())
      return fail(ErrorCode::InvalidInput, fmt::format("The novel protocol's {} must be disjoint from f_A's, but '{}' is in both.", what, n));
  return out;
}

}  // namespace

std::optional<std::string> EvalConfig::check() const {
  if (!(device == "cpu" || device == "cuda" || device.rfind("cuda:", 0) == 0))
    return "'device' is \"" + device + "\": use cpu, cuda or cuda:N";
  if (targets.action.kind != "action") return "'targets.action.kind' must be \"action\"";
  if (targets.attributes.kind != "attributes") return "'targets.attributes.kind' must be \"attributes\"";
  if (targets.actionBudget.epochs < 1 || targets.attributesBudget.epochs < 1)
    return "the target models need at least one epoch each";
  return std::nullopt;
}

EvalConfig evalConfigFor(const train::TrainConfig& run) {
  EvalConfig c;
  c.device = run.device;
  c.seed = run.seed;
  c.data = run.data;
  c.targets.action = run.networks.action;
  c.targets.attributes = run.networks.attributes;
  c.targets.actionBudget = run.targets.action;
  c.targets.attributesBudget = run.targets.attributes;
  c.targets.normalizeInput = run.targets.normalizeInput;
  return c;
}

Result<EvalConfig> evalConfigFromJson(const config::Json& json, const std::string& where) {
  return config::load<EvalConfig>(json, where);
}

config::Json toJson(const EvalConfig& c) { return config::toJson(c); }

train::TargetOptions targetOptions(const EvalConfig& c) {
  train::TargetOptions o;
  o.action = c.targets.action;
  o.attributes = c.targets.attributes;
  o.actionBudget = c.targets.actionBudget;
  o.attributesBudget = c.targets.attributesBudget;
  o.normalizeInput = c.targets.normalizeInput;
  o.data = c.data;
  o.device = c.device;
  o.seed = c.seed;
  return o;
}

Result<train::TrainData> openProtocolData(const EvalConfig& config, const std::string& actionSpec,
                                          const std::string& privacySpec, const std::vector<config::Json>& cards) {
  const bool same = privacySpec.empty();
  train::TrainData d;
  if (same) {
    auto actions = openActionsOnly(actionSpec, config.data.split);
    if (!actions) return tl::unexpected(actions.error());
    d.actionTrain = actions->first;
    d.actionVal = actions->second;
    if (d.actionTrain->attributeNames().empty())
      return fail(ErrorCode::InvalidInput,
                  fmt::format("'{}' labels no privacy attributes, so it cannot be evaluated on its own; give --privacy-data.", actionSpec));
    auto trainImages = videoFramesAsImages(d.actionTrain);
    if (!trainImages) return tl::unexpected(trainImages.error());
    auto testImages = videoFramesAsImages(d.actionVal);
    if (!testImages) return tl::unexpected(testImages.error());
    d.privacyTrain = *trainImages;
    d.privacyVal = *testImages;
  } else {
    auto opened = train::openTrainData(actionSpec, privacySpec, config.data.split);
    if (!opened) return tl::unexpected(opened.error());
    d = std::move(*opened);
  }
  const std::string privacyName = same ? actionSpec : privacySpec;
  if (d.actionTrain->size() == 0) return fail(ErrorCode::InvalidInput, fmt::format("The training split of '{}' holds no video.", actionSpec));
  if (d.actionVal->size() == 0) return fail(ErrorCode::InvalidInput, fmt::format("The test split of '{}' holds no video.", actionSpec));
  if (d.privacyTrain->attributeNames().empty())
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' labels no privacy attributes.", privacyName));
  if (d.privacyTrain->size() == 0) return fail(ErrorCode::InvalidInput, fmt::format("The training split of '{}' holds no image.", privacyName));
  if (d.privacyVal->size() == 0) return fail(ErrorCode::InvalidInput, fmt::format("The test split of '{}' holds no image.", privacyName));

  config::Json subsets = nullptr;
  if (config.protocol == "novel") {
    const auto trainedClasses = config.novel.trainClasses.empty() ? cardNames(cards, "class_names") : config.novel.trainClasses;
    const auto trainedAttributes =
        config.novel.trainAttributes.empty() ? cardNames(cards, "attribute_names") : config.novel.trainAttributes;
    auto classes = novelSubset(d.actionTrain->classNames(), trainedClasses, config.novel.evalClasses, "action classes", "train_classes");
    if (!classes) return tl::unexpected(classes.error());
    auto attributes = novelSubset(d.privacyTrain->attributeNames(), trainedAttributes, config.novel.evalAttributes,
                                  "attributes", "train_attributes");
    if (!attributes) return tl::unexpected(attributes.error());
    for (auto* split : {&d.actionTrain, &d.actionVal}) {
      auto s = actionSubset(*split, *classes, same ? *attributes : std::vector<std::string>{});
      if (!s) return tl::unexpected(s.error());
      *split = *s;
    }
    for (auto* split : {&d.privacyTrain, &d.privacyVal}) {
      auto s = attributeSubset(*split, *attributes);
      if (!s) return tl::unexpected(s.error());
      *split = *s;
    }
    if (d.actionTrain->size() == 0 || d.actionVal->size() == 0)
      return fail(ErrorCode::InvalidInput, fmt::format("The novel action classes ({}) have no video in the training or test split.", joined(*classes)));
    subsets = {{"train_classes", trainedClasses}, {"train_attributes", trainedAttributes},
               {"eval_classes", *classes}, {"eval_attributes", *attributes}};
  }
  d.description = {
      {"protocol", config.protocol},
      {"same_data_set", same},
      {"action", {{"source", actionSpec}, {"split", config.data.split}, {"classes", d.actionTrain->classNames()},
                  {"train_videos", d.actionTrain->size()}, {"test_videos", d.actionVal->size()},
                  {"fingerprint", fingerprint(*d.actionTrain)}, {"test_fingerprint", fingerprint(*d.actionVal)}}},
      {"privacy", {{"source", privacyName}, {"from_videos", same}, {"attributes", d.privacyTrain->attributeNames()},
                   {"train_images", d.privacyTrain->size()}, {"test_images", d.privacyVal->size()},
                   {"fingerprint", fingerprint(*d.privacyTrain)}, {"test_fingerprint", fingerprint(*d.privacyVal)}}},
      {"novel_split", subsets}};
  return d;
}

}  // namespace spact::eval
