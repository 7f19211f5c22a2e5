#pragma once
// What one synthetic video or still shows, drawn from its seed: the motion of the main figure
// (the action) and everything it looks like (the attributes and the nuisance appearance).
// Motion draws and appearance draws come from separate random streams, so turning an attribute
// on or off changes only the pixels of its cue, never the motion or the other colours.
// Geometry is in units of the frame side (the world is a torus: whatever leaves one edge comes
// back at the other, so every class puts its figure anywhere with the same probability).
#include <array>
#include <cstdint>
#include <string>

namespace spact::data {

// The attribute cues, in synthAttributeNames() order.
enum SynthCue : int {
  LongHair = 0,     // a4_gender
  FaceVisible = 1,  // a9_face_complete
  Mask = 2,         // a10_face_partial
  BareTorso = 3,    // a12_semi_nudity
  DarkSkin = 4,     // a17_color
  Companion = 5,    // a64_rel_personal
  Group = 6,        // a65_rel_social
  CueCount = 7,
};

enum class SynthMotion : int { Walk, Climb, Sway, Bob, Circle, Pulse, Zigzag, Still, Count };

struct Rgb {
  float r = 0, g = 0, b = 0;
};

struct SynthScene {
  // Motion (the action).
  SynthMotion motion = SynthMotion::Still;
  double x0 = 0.5, y0 = 0.5;  // figure centre at frame 0
  double scale = 1.0;         // figure height relative to the default
  double speed = 0;           // walk/climb: frame sides per frame
  double direction = 1;       // +1 / -1: walking or circling direction
  double amplitude = 0;       // sway/bob/circle radius/pulse, in frame sides (pulse: relative scale)
  double period = 10;         // oscillations: frames per cycle
  double phase = 0;           // radians

  // Appearance (the attributes and the nuisance).
  std::array<bool, CueCount> cue{};
  double skinShade = 0.5;  // where the skin tone lies inside its range (light or dark: the attribute)
  Rgb hair, shirt, stripe, trousers, outline, mask;
  int stripeAxis = 0;          // 0 horizontal stripes, 1 vertical
  double stripePeriod = 0.12;  // frame sides (at the default figure scale)
  Rgb background[2];
  std::array<double, 9> backgroundWaves{};  // three waves: (frequency x, frequency y, phase)
  double companionSide = 1;                 // +1 right of the figure, -1 left
  double companionShade = 0.5;
  Rgb companionHair, companionShirt, companionTrousers;
  std::array<double, 6> groupXY{};  // three bystanders, static
  std::array<Rgb, 3> groupShirt{};
  std::array<Rgb, 3> groupHair{};
  std::array<double, 3> groupShade{};

  std::uint64_t noiseSeed = 0;  // per-frame pixel noise is drawn from (noiseSeed, frame)
  int noise = 0;
};

// The skin tone of a shade in [0, 1] of the light or the dark range (a17_color).
Rgb synthSkinTone(bool dark, double shade);

// Where the figure is at `frame` (fractional frames allowed): centre and scale.
struct SynthPose {
  double x = 0.5, y = 0.5, scale = 1.0;
};
SynthPose synthPose(const SynthScene& scene, double frame);

// Draws the scene of an item. `stream` separates the kinds of items (videos, images) and splits.
// `cueLimit`: attributes beyond the first `cueLimit` are never shown (they are not labelled).
SynthScene sampleSynthScene(std::uint64_t seed, std::uint64_t stream, std::uint64_t item, SynthMotion motion,
                            int cueLimit, double attributeRate, int noise);

// A deterministic 64-bit mix of several values (SplitMix64 finaliser), for seeding streams.
std::uint64_t synthHash(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0, std::uint64_t d = 0);

}  // namespace spact::data
