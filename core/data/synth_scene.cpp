#include "data/synth_scene.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace spact::data {
namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

std::uint64_t mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// SplitMix64: the same numbers on every standard library (std:: distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  double uniform() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return static_cast<double>(mix(state_) >> 11) * 0x1.0p-53;
  }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  int below(int n) { return std::min(n - 1, static_cast<int>(uniform() * n)); }
  double sign() { return uniform() < 0.5 ? -1.0 : 1.0; }

 private:
  std::uint64_t state_;
};

Rgb lerp(const Rgb& a, const Rgb& b, double t) {
  const auto f = static_cast<float>(t);
  return {a.r + (b.r - a.r) * f, a.g + (b.g - a.g) * f, a.b + (b.b - a.b) * f};
}

// HSV (all in [0, 1]) to RGB in 0–255.
Rgb hsv(double h, double s, double v) {
  h = (h - std::floor(h)) * 6.0;
  const int i = static_cast<int>(h) % 6;
  const double f = h - std::floor(h);
  const double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
  double r = v, g = t, b = p;
  switch (i) {
    case 1:
      r = q;
      g = v;
      b = p;
      break;
    case 2:
      r = p;
      g = v;
      b = t;
      break;
    case 3:
      r = p;
      g = q;
      b = v;
      break;
    case 4:
      r = t;
      g = p;
      b = v;
      break;
    case 5:
      r = v;
      g = p;
      b = q;
      break;
    default:
      break;
  }
  return {static_cast<float>(255 * r), static_cast<float>(255 * g), static_cast<float>(255 * b)};
}

// Light and dark skin tones (a17_color): two disjoint ranges, the shade inside each range drawn
// independently of the attribute so that flipping it changes the tone and nothing else.
}  // namespace

Rgb synthSkinTone(bool dark, double shade) {
  return dark ? lerp({128, 84, 56}, {78, 50, 34}, shade) : lerp({240, 204, 178}, {214, 168, 134}, shade);
}

namespace {

// Hair colours kept apart from both skin ranges and from the dark outline, so that a visible
// face (skin) and the back of a head (hair), or long hair over the silhouette, always differ.
Rgb hairColour(Rng& rng) {
  static const Rgb palette[] = {{165, 62, 28}, {228, 190, 70}, {200, 200, 205}, {52, 46, 78}};
  const Rgb base = palette[rng.below(4)];
  const auto jitter = static_cast<float>(rng.uniform(-10, 10));
  return {base.r + jitter, base.g + jitter, base.b + jitter};
}

Rgb shirtColour(Rng& rng) { return hsv(rng.uniform(), rng.uniform(0.55, 0.95), rng.uniform(0.45, 0.9)); }
Rgb trouserColour(Rng& rng) { return hsv(rng.uniform(), rng.uniform(0.2, 0.7), rng.uniform(0.15, 0.45)); }

}  // namespace

std::uint64_t synthHash(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
  std::uint64_t h = mix(a ^ 0x243f6a8885a308d3ULL);
  h = mix(h ^ b);
  h = mix(h ^ c);
  return mix(h ^ d);
}

SynthScene sampleSynthScene(std::uint64_t seed, std::uint64_t stream, std::uint64_t item, SynthMotion motion,
                            int cueLimit, double attributeRate, int noise) {
  SynthScene s;
  s.motion = motion;
  s.noise = noise;
  s.noiseSeed = synthHash(seed, stream, item, 4);

  // Motion: every parameter is drawn whatever the class, so classes differ only in how they
  // are used; start anywhere on the torus, so a single frame's position says nothing.
  Rng m(synthHash(seed, stream, item, 1));
  s.x0 = m.uniform();
  s.y0 = m.uniform();
  s.scale = m.uniform(0.85, 1.1);
  s.direction = m.sign();
  s.phase = m.uniform(0, kTwoPi);
  s.period = m.uniform(8, 12);  // at least one full cycle in any 16 consecutive frames
  const double u = m.uniform();
  switch (motion) {
    case SynthMotion::Walk:
    case SynthMotion::Climb:
      s.speed = 0.025 + 0.015 * u;
      break;
    case SynthMotion::Sway:
    case SynthMotion::Bob:
      s.amplitude = 0.10 + 0.05 * u;
      break;
    case SynthMotion::Circle:
      s.amplitude = 0.09 + 0.04 * u;
      s.period += 2;
      break;
    case SynthMotion::Pulse:
      s.amplitude = 0.18 + 0.07 * u;
      break;
    case SynthMotion::Zigzag:
      s.speed = 0.02 + 0.01 * u;
      s.amplitude = 0.06 + 0.03 * u;
      break;
    default:
      break;
  }

  // Appearance: all colours drawn unconditionally, in a fixed order.
  Rng a(synthHash(seed, stream, item, 2));
  s.skinShade = a.uniform();
  s.hair = hairColour(a);
  s.shirt = shirtColour(a);
  const double stripeDarken = a.uniform(0.35, 0.6);
  s.stripe = {s.shirt.r * static_cast<float>(stripeDarken), s.shirt.g * static_cast<float>(stripeDarken),
              s.shirt.b * static_cast<float>(stripeDarken)};
  s.stripeAxis = a.below(2);
  s.stripePeriod = a.uniform(0.1, 0.14);
  s.trousers = trouserColour(a);
  const auto dark = static_cast<float>(a.uniform(12, 36));
  s.outline = {dark, dark, dark + 4};
  // Surgical blues and greens, pale but not white: at 32 pixels a white mask would merge with
  // the whites of the eyes just above it, and a9 (face) and a10 (mask) would be one cue.
  s.mask = hsv(a.uniform(0.42, 0.62), a.uniform(0.3, 0.5), a.uniform(0.85, 1.0));
  for (auto& bg : s.background) bg = hsv(a.uniform(), a.uniform(0.1, 0.5), a.uniform(0.35, 0.75));
  for (int w = 0; w < 3; ++w) {
    // Integer frequencies: the texture tiles the torus seamlessly.
    s.backgroundWaves[3 * w] = a.below(4) * a.sign();
    s.backgroundWaves[3 * w + 1] = (1 + a.below(3)) * a.sign();
    s.backgroundWaves[3 * w + 2] = a.uniform(0, kTwoPi);
  }
  s.companionSide = a.sign();
  s.companionShade = a.uniform();
  s.companionHair = hairColour(a);
  s.companionShirt = shirtColour(a);
  s.companionTrousers = trouserColour(a);
  for (int g = 0; g < 3; ++g) {
    s.groupXY[2 * g] = a.uniform();
    s.groupXY[2 * g + 1] = a.uniform();
    s.groupShirt[g] = shirtColour(a);
    s.groupHair[g] = hairColour(a);
    s.groupShade[g] = a.uniform();
  }

  // Attributes: independent of the action and of each other.
  Rng c(synthHash(seed, stream, item, 3));
  for (int k = 0; k < CueCount; ++k) {
    const double draw = c.uniform();
    s.cue[k] = k < cueLimit && draw < attributeRate;
  }
  return s;
}

SynthPose synthPose(const SynthScene& s, double t) {
  SynthPose p{s.x0, s.y0, s.scale};
  const double wave = std::sin(kTwoPi * t / s.period + s.phase);
  switch (s.motion) {
    case SynthMotion::Walk:
      p.x += s.direction * s.speed * t;
      break;
    case SynthMotion::Climb:
      p.y += s.direction * s.speed * t;
      break;
    case SynthMotion::Sway:
      p.x += s.amplitude * wave;
      break;
    case SynthMotion::Bob:
      p.y += s.amplitude * wave;
      break;
    case SynthMotion::Circle: {
      const double angle = s.direction * kTwoPi * t / s.period + s.phase;
      p.x += s.amplitude * std::cos(angle);
      p.y += s.amplitude * std::sin(angle);
      break;
    }
    case SynthMotion::Pulse:
      p.scale *= 1.0 + s.amplitude * wave;
      break;
    case SynthMotion::Zigzag:
      p.x += s.direction * s.speed * t;
      p.y += s.amplitude * wave;
      break;
    default:
      break;
  }
  p.x -= std::floor(p.x);
  p.y -= std::floor(p.y);
  return p;
}

}  // namespace spact::data
