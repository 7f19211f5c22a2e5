#pragma once
// Augmentation as the reference (SPAct's training loaders) does it: a random crop keeping 60–100 %
// of each side, resized to the network's square input; light colour jitter; occasional
// grayscale; horizontal flip; occasionally one small erased rectangle; optionally a small
// translation (for pictures too small to crop without blurring what matters). One draw is applied to
// every frame of a clip, so the motion the action branch learns from is not disturbed.
// Evaluation takes the centre square and resizes it. Torch ops only: this runs on builds
// without FFmpeg/OpenCV (the synthetic set in memory).
#include <torch/types.h>

#include <vector>

#include "data/loader.h"
#include "data/sample_rng.h"
#include "media/image.h"

namespace spact::data {

// One augmentation, drawn once and applied alike to all frames it is given.
struct AugmentDraw {
  // Crop box as fractions of the picture (so frames of any size take the same box).
  double cropX = 0, cropY = 0, cropW = 1, cropH = 1;
  bool flip = false;
  bool grayscale = false;
  double brightness = 1, contrast = 1, saturation = 1, hue = 0;  // hue in turns (−0.5 … 0.5)
  bool erase = false;
  double eraseX = 0, eraseY = 0, eraseW = 0, eraseH = 0;  // fractions of the output square
  // Translation of the output by fractions of its side (+ right/down); the uncovered border is
  // black, as the padded crops of small-image training (CIFAR) leave it.
  double shiftX = 0, shiftY = 0;
};

// The deterministic evaluation transform for a width × height picture: the centre square.
AugmentDraw centreSquare(int width, int height);
// A random draw for a width × height picture (centreSquare when augmentation is disabled).
AugmentDraw drawAugment(const Augment& options, int width, int height, SampleRng& rng);

// Frames (all the same size) → (T, 3, size, size) float32 in [0, 1], `draw` applied to each.
torch::Tensor framesToTensor(const std::vector<const media::Image*>& frames, const AugmentDraw& draw, int size);

}  // namespace spact::data
