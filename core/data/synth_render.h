#pragma once
// Draws one frame of a synthetic scene into an RGB picture: a textured background, the
// bystanders and the companion when present, then the main figure (dark outline, skin, hair,
// shirt, trousers, face marks). Shapes are signed distance fields with one pixel of
// anti-aliasing, so sub-pixel motion moves edges smoothly; the world wraps at the frame's edges.
#include "data/synth_scene.h"
#include "media/image.h"

namespace spact::data {

// Frame `frame` of `scene` (fractional frames are allowed for motion; the pixel noise uses the
// integer part) as a size × size RGB picture.
media::Image renderSynthFrame(const SynthScene& scene, double frame, int size);

}  // namespace spact::data
