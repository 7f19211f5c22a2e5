#include "data/synth.h"

#include <cstdio>

#include "data/synth_render.h"

namespace spact::data {
namespace {

// Random streams: videos and images of each split never share draws.
enum Stream : std::uint64_t { TrainVideos = 1, TestVideos = 2, TrainImages = 3, TestImages = 4, ImagePose = 5 };

Result<bool> parseSplit(const std::string& split) {
  if (split == "train") return false;
  if (split == "test") return true;
  return fail(ErrorCode::InvalidInput, "The synthetic benchmark has the splits train and test, not '" + split + "'.");
}

std::vector<std::string> firstOf(const std::vector<std::string>& all, int n) {
  return {all.begin(), all.begin() + std::min<std::ptrdiff_t>(n, static_cast<std::ptrdiff_t>(all.size()))};
}

std::vector<float> cuesOf(const SynthScene& scene, int k) {
  std::vector<float> out(static_cast<std::size_t>(k));
  for (int i = 0; i < k; ++i) out[static_cast<std::size_t>(i)] = scene.cue[static_cast<std::size_t>(i)] ? 1.0f : 0.0f;
  return out;
}

std::size_t videosPerClass(const SynthOptions& o, bool test) {
  return static_cast<std::size_t>(test ? o.testVideosPerClass : o.videosPerClass);
}

class SynthActionSource final : public ActionSource {
 public:
  SynthActionSource(SynthOptions o, bool test)
      : o_(o),
        test_(test),
        classes_(firstOf(synthActionNames(), o.actions)),
        attributes_(firstOf(synthAttributeNames(), o.attributes)) {}

  const std::vector<std::string>& classNames() const override { return classes_; }
  const std::vector<std::string>& attributeNames() const override { return attributes_; }
  std::size_t size() const override { return videosPerClass(o_, test_) * classes_.size(); }
  int label(std::size_t item) const override { return static_cast<int>(item / videosPerClass(o_, test_)); }
  std::vector<float> attributes(std::size_t item) const override {
    return cuesOf(synthVideoScene(o_, test_, item), o_.attributes);
  }
  std::string name(std::size_t item) const override {
    return std::string("synth/") + (test_ ? "test/" : "train/") + classes_[static_cast<std::size_t>(label(item))] +
           "/" + synthVideoStem(o_, test_, item);
  }
  Result<std::int64_t> frameCount(std::size_t item) const override {
    if (item >= size()) return fail(ErrorCode::InvalidInput, "No synthetic video " + std::to_string(item) + ".");
    return o_.frames;
  }
  Result<std::vector<media::Image>> readFrames(std::size_t item,
                                               const std::vector<std::int64_t>& indices) const override {
    if (item >= size()) return fail(ErrorCode::InvalidInput, "No synthetic video " + std::to_string(item) + ".");
    const SynthScene scene = synthVideoScene(o_, test_, item);
    std::vector<media::Image> frames;
    frames.reserve(indices.size());
    for (std::int64_t index : indices) {
      if (index < 0 || index >= o_.frames) {
        std::string message = name(item);
        message.append(" has ").append(std::to_string(o_.frames)).append(" frames, not a frame ");
        message.append(std::to_string(index)).append(".");
        return fail(ErrorCode::InvalidInput, message);
      }
      frames.push_back(renderSynthFrame(scene, static_cast<double>(index), o_.size));
    }
    return frames;
  }

 private:
  SynthOptions o_;
  bool test_;
  std::vector<std::string> classes_, attributes_;
};

class SynthImageSource final : public ImageSource {
 public:
  SynthImageSource(SynthOptions o, bool test)
      : o_(o), test_(test), attributes_(firstOf(synthAttributeNames(), o.attributes)) {}

  const std::vector<std::string>& attributeNames() const override { return attributes_; }
  std::size_t size() const override { return static_cast<std::size_t>(test_ ? o_.testImages : o_.images); }
  std::vector<float> attributes(std::size_t item) const override {
    return cuesOf(synthImageScene(o_, test_, item), o_.attributes);
  }
  std::string name(std::size_t item) const override {
    return std::string("synth/") + (test_ ? "test/" : "train/") + synthImageStem(test_, item);
  }
  Result<media::Image> readImage(std::size_t item) const override {
    if (item >= size()) return fail(ErrorCode::InvalidInput, "No synthetic image " + std::to_string(item) + ".");
    int frame = 0;
    const SynthScene scene = synthImageScene(o_, test_, item, &frame);
    return renderSynthFrame(scene, frame, o_.size);
  }

 private:
  SynthOptions o_;
  bool test_;
  std::vector<std::string> attributes_;
};

}  // namespace

const std::vector<std::string>& synthActionNames() {
  // Motion patterns, none the mirror image of another: the loader flips clips horizontally.
  static const std::vector<std::string> names = {"Walk", "Climb", "Sway", "Bob", "Circle", "Pulse", "Zigzag", "Still"};
  return names;
}

const std::vector<std::string>& synthAttributeNames() {
  static const std::vector<std::string> names = {"a4_gender", "a9_face_complete", "a10_face_partial", "a12_semi_nudity",
                                                 "a17_color", "a64_rel_personal", "a65_rel_social"};
  return names;
}

std::string synthVideoStem(const SynthOptions& o, bool test, std::size_t item) {
  const std::size_t perClass = videosPerClass(o, test);
  const std::size_t cls = item / perClass;
  // UCF101 numbers groups of up to 7 clips; 4 per group here, test groups after the train ones.
  const std::size_t index = item % perClass + (test ? static_cast<std::size_t>(o.videosPerClass) : 0);
  const std::string& name = synthActionNames()[cls];
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "_g%02zu_c%02zu", index / 4 + 1, index % 4 + 1);
  return "v_" + name + buffer;
}

std::string synthImageStem(bool test, std::size_t item) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "2017_%08zu", (test ? 20000000 : 10000000) + item);
  return buffer;
}

SynthScene synthVideoScene(const SynthOptions& o, bool test, std::size_t item) {
  const auto motion = static_cast<SynthMotion>(item / videosPerClass(o, test));
  return sampleSynthScene(static_cast<std::uint64_t>(o.seed), test ? TestVideos : TrainVideos, item, motion,
                          o.attributes, o.attributeRate, o.noise);
}

SynthScene synthImageScene(const SynthOptions& o, bool test, std::size_t item, int* frame) {
  // A still of the same world: a figure of any class at any moment of its video.
  const std::uint64_t stream = test ? TestImages : TrainImages;
  const std::uint64_t pose = synthHash(static_cast<std::uint64_t>(o.seed), stream, item, ImagePose);
  const auto motion = static_cast<SynthMotion>(pose % static_cast<std::uint64_t>(o.actions));
  if (frame) *frame = static_cast<int>((pose >> 32) % static_cast<std::uint64_t>(o.frames));
  return sampleSynthScene(static_cast<std::uint64_t>(o.seed), stream, item, motion, o.attributes, o.attributeRate,
                          o.noise);
}

Result<ActionSourcePtr> makeSynthActionSource(const SynthOptions& options, const std::string& split) {
  if (auto ok = config::validate(options, "synthetic benchmark options"); !ok) return tl::unexpected(ok.error());
  auto test = parseSplit(split);
  if (!test) return tl::unexpected(test.error());
  return std::make_shared<const SynthActionSource>(options, *test);
}

Result<ImageSourcePtr> makeSynthImageSource(const SynthOptions& options, const std::string& split) {
  if (auto ok = config::validate(options, "synthetic benchmark options"); !ok) return tl::unexpected(ok.error());
  auto test = parseSplit(split);
  if (!test) return tl::unexpected(test.error());
  return std::make_shared<const SynthImageSource>(options, *test);
}

}  // namespace spact::data
