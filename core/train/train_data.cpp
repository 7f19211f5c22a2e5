#include "train/train_data.h"

#include <fmt/format.h>

#include "data/synth.h"
#ifdef SPACT_HAVE_MEDIA
#include "data/readers.h"
#endif

namespace spact::train {

namespace {

Result<data::SynthOptions> synthOptions(const std::string& spec) {
  config::Json j = config::Json::object();
  if (spec.size() > 5) {
    if (spec[5] != ':') return fail(ErrorCode::InvalidInput, "'" + spec + "': write synth or synth:key=value,key=value.");
    std::string rest = spec.substr(6);
    std::size_t start = 0;
    while (start <= rest.size()) {
      const auto end = std::min(rest.find(',', start), rest.size());
      const std::string assignment = rest.substr(start, end - start);
      if (!assignment.empty())
        if (auto st = config::applyOverride(j, assignment); !st) return tl::unexpected(st.error());
      start = end + 1;
    }
  }
  return config::load<data::SynthOptions>(j, "'" + spec + "'");
}

template <class Source>
std::string fingerprint(const Source& source) {
  std::uint64_t h = 1469598103934665603ull;
  for (std::size_t i = 0; i < source.size(); ++i)
    for (char c : source.name(i) + "\n") h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return fmt::format("{:016x}", h);
}

Result<std::pair<data::ActionSourcePtr, data::ActionSourcePtr>> openActions(const std::string& spec, int split) {
  if (isSynthSpec(spec)) {
    auto o = synthOptions(spec);
    if (!o) return tl::unexpected(o.error());
    auto train = data::makeSynthActionSource(*o, "train");
    if (!train) return tl::unexpected(train.error());
    auto test = data::makeSynthActionSource(*o, "test");
    if (!test) return tl::unexpected(test.error());
    return std::make_pair(*train, *test);
  }
#ifdef SPACT_HAVE_MEDIA
  data::ReaderOptions r;
  r.split = split;
  auto train = data::openActionSet(spec, "train", r);
  if (!train) return tl::unexpected(train.error());
  auto test = data::openActionSet(spec, "test", r);
  if (!test) return tl::unexpected(test.error());
  return std::make_pair(*train, *test);
#else
  (void)split;
  return fail(ErrorCode::Unsupported, "'" + spec + "': this build has no FFmpeg/OpenCV to read data sets from disk; train on synth.");
#endif
}

Result<std::pair<data::ImageSourcePtr, data::ImageSourcePtr>> openImages(const std::string& spec) {
  if (isSynthSpec(spec)) {
    auto o = synthOptions(spec);
    if (!o) return tl::unexpected(o.error());
    auto train = data::makeSynthImageSource(*o, "train");
    if (!train) return tl::unexpected(train.error());
    auto test = data::makeSynthImageSource(*o, "test");
    if (!test) return tl::unexpected(test.error());
    return std::make_pair(*train, *test);
  }
#ifdef SPACT_HAVE_MEDIA
  auto train = data::openImageSet(spec, "train");
  if (!train) return tl::unexpected(train.error());
  auto val = data::openImageSet(spec, "val");  // VISPR ships val2017; other sets validate on test
  if (!val) val = data::openImageSet(spec, "test");
  if (!val) return tl::unexpected(val.error());
  return std::make_pair(*train, *val);
#else
  return fail(ErrorCode::Unsupported, "'" + spec + "': this build has no FFmpeg/OpenCV to read data sets from disk; train on synth.");
#endif
}

}  // namespace

bool isSynthSpec(const std::string& spec) { return spec == "synth" || spec.rfind("synth:", 0) == 0; }

Result<TrainData> openTrainData(const std::string& actionSpec, const std::string& privacySpec, int split) {
  auto actions = openActions(actionSpec, split);
  if (!actions) return tl::unexpected(actions.error());
  auto images = openImages(privacySpec);
  if (!images) return tl::unexpected(images.error());
  TrainData d;
  d.actionTrain = actions->first;
  d.actionVal = actions->second;
  d.privacyTrain = images->first;
  d.privacyVal = images->second;
  d.description = {
      {"action", {{"source", actionSpec}, {"split", split}, {"classes", d.actionTrain->classNames()},
                  {"train_videos", d.actionTrain->size()}, {"val_videos", d.actionVal->size()},
                  {"fingerprint", fingerprint(*d.actionTrain)}}},
      {"privacy", {{"source", privacySpec}, {"attributes", d.privacyTrain->attributeNames()},
                   {"train_images", d.privacyTrain->size()}, {"val_images", d.privacyVal->size()},
                   {"fingerprint", fingerprint(*d.privacyTrain)}}}};
  return d;
}

}  // namespace spact::train
