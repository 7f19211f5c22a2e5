#pragma once
// The synthetic privacy/action benchmark (DESIGN.md, "The synthetic benchmark"), served in
// memory: no FFmpeg, OpenCV or Torch, so a media-less build (the GPU node) trains on it.
//
// The action of a video lives only in the motion of its main figure (walk, climb, sway, bob,
// circle, …); every class draws its appearance from the same distribution, so a single frame
// says ~nothing about the class. The private attributes live only in appearance (skin tone,
// a visible face, a mask, long hair, a bare torso, a companion, a group of bystanders), drawn
// independently of the action with probability `attribute_rate`, visible in every frame. Every
// pixel is a pure function of (seed, split, item, frame): sources are thread-safe and
// deterministic, and each frame is rendered when asked for.
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "data/dataset.h"
#include "data/synth_scene.h"
#include "util/config.h"

namespace spact::data {

struct SynthOptions {
  int actions = 5;              // classes: the first N of synthActionNames()
  int attributes = 7;           // privacy attributes: the first K of synthAttributeNames()
  int videosPerClass = 40;      // train split
  int testVideosPerClass = 10;  // test split
  int images = 400;             // privacy stills, train split
  int testImages = 100;         // privacy stills, test split
  int size = 64;                // square frames and images, pixels
  int frames = 32;              // frames per video
  double attributeRate = 0.5;   // probability that each attribute is present
  int noise = 3;                // per-frame pixel noise amplitude (0–255 scale)
  std::int64_t seed = 0;

  static auto fields() {
    using config::field;
    return std::make_tuple(
        field("actions", &SynthOptions::actions, "Action classes (motion patterns)", 2, 8),
        field("attributes", &SynthOptions::attributes, "Privacy attributes (VISPR names, first K)", 1, 7),
        field("videos_per_class", &SynthOptions::videosPerClass, "Training videos per class", 1, 100000),
        field("test_videos_per_class", &SynthOptions::testVideosPerClass, "Test videos per class", 1, 100000),
        field("images", &SynthOptions::images, "Training privacy images", 1, 10000000),
        field("test_images", &SynthOptions::testImages, "Test privacy images", 1, 10000000),
        field("size", &SynthOptions::size, "Side of the square frames and images in pixels", 16, 1024),
        field("frames", &SynthOptions::frames, "Frames per video", 2, 10000),
        field("attribute_rate", &SynthOptions::attributeRate, "Probability that each attribute is present", 0.0, 1.0),
        field("noise", &SynthOptions::noise, "Per-frame pixel noise amplitude (0-255)", 0, 64),
        field("seed", &SynthOptions::seed, "Seed: the same seed gives the same pixels", 0.0, 9.0e15));
  }
};

// Every class the generator knows (8) and every attribute (the 7 VISPR attributes of DESIGN.md).
const std::vector<std::string>& synthActionNames();
const std::vector<std::string>& synthAttributeNames();

// One split ("train" or "test") of the benchmark. Items are ordered by class, then video.
// Fails on invalid options or an unknown split.
Result<ActionSourcePtr> makeSynthActionSource(const SynthOptions& options, const std::string& split);
Result<ImageSourcePtr> makeSynthImageSource(const SynthOptions& options, const std::string& split);

// The UCF101-style file stem of a video ("v_Walk_g03_c02": train videos take the first groups of
// each class, test videos the next) and the VISPR-style id of an image ("2017_10000042").
std::string synthVideoStem(const SynthOptions& options, bool test, std::size_t item);
std::string synthImageStem(bool test, std::size_t item);

// What an item shows, for tests and previews: render it with renderSynthFrame (synth_render.h).
// `frame`: the frame of the world that an image is a still of.
SynthScene synthVideoScene(const SynthOptions& options, bool test, std::size_t item);
SynthScene synthImageScene(const SynthOptions& options, bool test, std::size_t item, int* frame = nullptr);

}  // namespace spact::data
