#include "data/synth_render.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace spact::data {
namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

// Shapes: signed distance in pixels (negative inside) and a bounding box.
struct Circle {
  double x, y, r;
  double sdf(double px, double py) const { return std::hypot(px - x, py - y) - r; }
  double reach() const { return r; }
};
struct Capsule {
  double ax, ay, bx, by, r;
  double sdf(double px, double py) const {
    const double vx = bx - ax, vy = by - ay, wx = px - ax, wy = py - ay;
    const double len2 = vx * vx + vy * vy;
    const double t = len2 > 0 ? std::clamp((wx * vx + wy * vy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(wx - t * vx, wy - t * vy) - r;
  }
};
struct Box {
  double x, y, hw, hh, round;
  double sdf(double px, double py) const {
    const double qx = std::abs(px - x) - (hw - round), qy = std::abs(py - y) - (hh - round);
    return std::hypot(std::max(qx, 0.0), std::max(qy, 0.0)) + std::min(std::max(qx, qy), 0.0) - round;
  }
};
// `inner` limited to the disc `clip` (a mask on a head, a hair cap).
template <class Inner>
struct Clipped {
  Inner inner;
  Circle clip;
  double sdf(double px, double py) const { return std::max(inner.sdf(px, py), clip.sdf(px, py)); }
};

struct Bounds {
  double x0, y0, x1, y1;
};
Bounds boundsOf(const Circle& c) { return {c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r}; }
Bounds boundsOf(const Capsule& c) {
  return {std::min(c.ax, c.bx) - c.r, std::min(c.ay, c.by) - c.r, std::max(c.ax, c.bx) + c.r,
          std::max(c.ay, c.by) + c.r};
}
Bounds boundsOf(const Box& b) { return {b.x - b.hw, b.y - b.hh, b.x + b.hw, b.y + b.hh}; }
template <class Inner>
Bounds boundsOf(const Clipped<Inner>& c) {
  return boundsOf(c.clip);
}

class Canvas {
 public:
  explicit Canvas(int size) : size_(size), rgb_(static_cast<std::size_t>(size) * size * 3) {}

  int size() const { return size_; }
  float* at(int x, int y) { return rgb_.data() + (static_cast<std::size_t>(y) * size_ + x) * 3; }

  // Paints `shape` grown by `grow` pixels; `paint(px, py)` gives the colour at a pixel centre in
  // the shape's own (unwrapped) coordinates. Pixels outside the frame wrap around.
  template <class Shape, class Paint>
  void fill(const Shape& shape, double grow, Paint paint) {
    const Bounds b = boundsOf(shape);
    const int x0 = static_cast<int>(std::floor(b.x0 - grow - 1)), y0 = static_cast<int>(std::floor(b.y0 - grow - 1));
    const int x1 = std::min(x0 + size_ - 1, static_cast<int>(std::ceil(b.x1 + grow + 1)));
    const int y1 = std::min(y0 + size_ - 1, static_cast<int>(std::ceil(b.y1 + grow + 1)));
    for (int iy = y0; iy <= y1; ++iy) {
      for (int ix = x0; ix <= x1; ++ix) {
        const double px = ix + 0.5, py = iy + 0.5;
        const double alpha = std::clamp(0.5 - (shape.sdf(px, py) - grow), 0.0, 1.0);
        if (alpha <= 0) continue;
        const Rgb c = paint(px, py);
        float* p = at(wrap(ix), wrap(iy));
        const auto a = static_cast<float>(alpha);
        p[0] += (c.r - p[0]) * a;
        p[1] += (c.g - p[1]) * a;
        p[2] += (c.b - p[2]) * a;
      }
    }
  }
  template <class Shape>
  void fill(const Shape& shape, const Rgb& colour, double grow = 0) {
    fill(shape, grow, [&colour](double, double) { return colour; });
  }

 private:
  int wrap(int v) const { return ((v % size_) + size_) % size_; }
  int size_;
  std::vector<float> rgb_;
};

// Low-frequency texture that tiles the torus: uninformative, different for every video.
void drawBackground(Canvas& canvas, const SynthScene& s) {
  const int n = canvas.size();
  for (int y = 0; y < n; ++y) {
    for (int x = 0; x < n; ++x) {
      const double u = (x + 0.5) / n, v = (y + 0.5) / n;
      double t = 0.5;
      for (int w = 0; w < 3; ++w)
        t += std::sin(kTwoPi * (s.backgroundWaves[3 * w] * u + s.backgroundWaves[3 * w + 1] * v) +
                      s.backgroundWaves[3 * w + 2]) /
             6.0;
      float* p = canvas.at(x, y);
      const auto f = static_cast<float>(t);
      p[0] = s.background[0].r + (s.background[1].r - s.background[0].r) * f;
      p[1] = s.background[0].g + (s.background[1].g - s.background[0].g) * f;
      p[2] = s.background[0].b + (s.background[1].b - s.background[0].b) * f;
    }
  }
}

// Geometry of a standing figure of height h centred at (x, y), in pixels.
struct Body {
  double x, y, h;
  Circle head() const { return {x, y - 0.31 * h, 0.19 * h}; }
  Box torso() const { return {x, y - 0.04 * h, 0.16 * h, 0.16 * h, 0.05 * h}; }
  Capsule arm(double side) const {
    return {x + side * 0.15 * h, y - 0.16 * h, x + side * 0.25 * h, y + 0.10 * h, 0.05 * h};
  }
  Capsule leg(double side) const {
    return {x + side * 0.075 * h, y + 0.12 * h, x + side * 0.095 * h, y + 0.44 * h, 0.065 * h};
  }
  Capsule strand(double side) const {  // long hair, down over the shoulders
    return {x + side * 0.14 * h, y - 0.38 * h, x + side * 0.16 * h, y - 0.04 * h, 0.07 * h};
  }
  Box skirt() const { return {x, y + 0.2 * h, 0.17 * h, 0.1 * h, 0.03 * h}; }  // a dress over the upper legs
  std::pair<double, double> hand(double side) const { return {x + side * 0.25 * h, y + 0.10 * h}; }
};

struct Look {
  Rgb skin, hair, shirt, stripe, trousers, outline, mask;
  bool longHair = false, face = false, mask_ = false, bareTorso = false, striped = true;
  int stripeAxis = 0;
  double stripePeriod = 10;  // pixels
};

void drawFigure(Canvas& canvas, const Body& b, const Look& look, double outline) {
  // The silhouette first, in the outline colour, slightly grown: a large dark shape whose motion
  // is the action and which no attribute changes (long hair aside, a small change at the head).
  canvas.fill(b.head(), look.outline, outline);
  canvas.fill(b.torso(), look.outline, outline);
  for (double side : {-1.0, 1.0}) {
    canvas.fill(b.arm(side), look.outline, outline);
    canvas.fill(b.leg(side), look.outline, outline);
    if (look.longHair) canvas.fill(b.strand(side), look.outline, outline);
  }
  for (double side : {-1.0, 1.0}) {
    canvas.fill(b.leg(side), look.trousers);
    canvas.fill(b.arm(side), look.skin);
  }
  if (look.longHair) {
    // a4_gender: long hair and a dress in the shirt's colour (two cues, both appearance).
    canvas.fill(b.skirt(), look.outline, outline);
    canvas.fill(b.skirt(), look.shirt);
  }
  if (look.bareTorso) {
    canvas.fill(b.torso(), look.skin);
  } else if (look.striped) {
    const double period = look.stripePeriod, ox = b.x, oy = b.y;
    const int axis = look.stripeAxis;
    canvas.fill(b.torso(), 0.0, [&](double px, double py) {
      const double c = (axis == 0 ? py - oy : px - ox) / period;
      return c - std::floor(c) < 0.5 ? look.shirt : look.stripe;
    });
  } else {
    canvas.fill(b.torso(), look.shirt);
  }
  if (look.longHair)
    for (double side : {-1.0, 1.0}) canvas.fill(b.strand(side), look.hair);

  const Circle head = b.head();
  const double r = head.r;
  if (look.face) {
    canvas.fill(head, look.skin);
    // A hair cap over the crown only, so that a band of skin with the eyes stays in sight above
    // a mask: at 32 pixels the head is ~8 pixels wide, and a9 must not vanish under a10.
    canvas.fill(Clipped<Box>{{head.x, head.y - 0.88 * r, 1.2 * r, 0.5 * r, 0}, {head.x, head.y, r * 1.04}}, look.hair);
    // Eyes with white sclera: visible on every skin tone.
    for (double side : {-1.0, 1.0}) {
      canvas.fill(Circle{head.x + side * 0.42 * r, head.y - 0.02 * r, 0.3 * r}, Rgb{245, 245, 240});
      canvas.fill(Circle{head.x + side * 0.42 * r, head.y - 0.02 * r, 0.14 * r}, look.outline);
    }
    if (!look.mask_)
      canvas.fill(Capsule{head.x - 0.3 * r, head.y + 0.5 * r, head.x + 0.3 * r, head.y + 0.5 * r, 0.12 * r},
                  Rgb{150, 40, 45});
  } else {
    canvas.fill(head, look.hair);  // seen from behind
  }
  if (look.mask_)  // over the mouth and nose, below the eyes
    canvas.fill(Clipped<Box>{{head.x, head.y + 0.58 * r, 1.2 * r, 0.34 * r, 0}, {head.x, head.y, r * 0.98}}, look.mask);
}

void addNoise(media::Image& image, const SynthScene& s, std::int64_t frame) {
  if (s.noise <= 0) return;
  const std::uint64_t base = synthHash(s.noiseSeed, static_cast<std::uint64_t>(frame));
  const int span = 2 * s.noise + 1;
  const std::size_t pixels = static_cast<std::size_t>(image.width) * image.height;
  for (std::size_t i = 0; i < pixels; ++i) {
    std::uint64_t h = base + i * 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    for (int c = 0; c < 3; ++c) {
      const int n = static_cast<int>(((h >> (16 * c)) & 0xffff) % static_cast<std::uint64_t>(span)) - s.noise;
      std::uint8_t& v = image.rgb[3 * i + static_cast<std::size_t>(c)];
      v = static_cast<std::uint8_t>(std::clamp(static_cast<int>(v) + n, 0, 255));
    }
  }
}

}  // namespace

media::Image renderSynthFrame(const SynthScene& s, double frame, int size) {
  Canvas canvas(size);
  drawBackground(canvas, s);
  const double n = size;
  const double outline = std::max(0.9, 0.016 * n);
  const bool dark = s.cue[DarkSkin];  // everyone in the picture: a17 describes the picture

  if (s.cue[Group]) {
    // Three bystanders seen from behind, static: a social scene, uninformative about the action.
    const double bust = 0.34 * n;
    for (int g = 0; g < 3; ++g) {
      const double gx = s.groupXY[2 * g] * n, gy = s.groupXY[2 * g + 1] * n;
      canvas.fill(Box{gx, gy + 0.22 * bust, 0.3 * bust, 0.2 * bust, 0.12 * bust}, s.outline, outline);
      canvas.fill(Circle{gx, gy - 0.16 * bust, 0.17 * bust}, s.outline, outline);
      canvas.fill(Box{gx, gy + 0.22 * bust, 0.3 * bust, 0.2 * bust, 0.12 * bust}, s.groupShirt[g]);
      canvas.fill(Box{gx, gy + 0.0 * bust, 0.07 * bust, 0.08 * bust, 0.02 * bust},
                  synthSkinTone(dark, s.groupShade[g]));
      canvas.fill(Circle{gx, gy - 0.16 * bust, 0.17 * bust}, s.groupHair[g]);
    }
  }

  const SynthPose pose = synthPose(s, frame);
  const Body body{pose.x * n, pose.y * n, 0.62 * n * pose.scale};
  Look look{synthSkinTone(dark, s.skinShade), s.hair, s.shirt, s.stripe, s.trousers, s.outline, s.mask};
  look.longHair = s.cue[LongHair];
  look.face = s.cue[FaceVisible];
  look.mask_ = s.cue[Mask];
  look.bareTorso = s.cue[BareTorso];
  look.stripeAxis = s.stripeAxis;
  look.stripePeriod = s.stripePeriod * n * pose.scale;

  if (s.cue[Companion]) {
    // A child holding the figure's hand, moving with it: personal, and no motion of its own.
    const double side = s.companionSide;
    const double hc = 0.6 * body.h;
    const Body child{body.x + side * 0.42 * body.h, body.y + 0.5 * body.h - 0.5 * hc, hc};
    const Rgb childSkin = synthSkinTone(dark, s.companionShade);
    Look cl{childSkin, s.companionHair, s.companionShirt, s.companionShirt, s.companionTrousers, s.outline, s.mask};
    cl.striped = false;
    drawFigure(canvas, child, cl, outline);
    const auto [hx, hy] = body.hand(side);
    const Capsule reach{child.x - side * 0.15 * hc, child.y - 0.16 * hc, hx, hy, 0.05 * hc};
    canvas.fill(reach, s.outline, outline);
    canvas.fill(reach, childSkin);
  }
  drawFigure(canvas, body, look, outline);

  media::Image image;
  image.width = image.height = size;
  image.rgb.resize(static_cast<std::size_t>(size) * size * 3);
  for (int y = 0; y < size; ++y) {
    const float* src = canvas.at(0, y);
    std::uint8_t* dst = image.pixel(0, y);
    for (int i = 0; i < size * 3; ++i) dst[i] = static_cast<std::uint8_t>(std::clamp(std::lround(src[i]), 0L, 255L));
  }
  addNoise(image, s, static_cast<std::int64_t>(std::floor(frame)));
  return image;
}

}  // namespace spact::data
