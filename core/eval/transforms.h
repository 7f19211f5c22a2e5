#pragma once
// The methods of the evaluation table as frame transforms (train/validation.h): the paper's
// non-learned baselines as Torch operations on (N, 3, H, W) batches in [0, 1], with the
// strengths of pipeline/baselines.h (relative to the shorter side, so 16-pixel synthetic frames
// and 112-pixel clips are obscured alike), face blur through the pipeline's Haar detector, and
// f_A from a model file.
#include <string>
#include <vector>

#include "train/validation.h"

namespace spact::eval {

// The baselines `spact evaluate` knows, in the table's order.
const std::vector<std::string>& baselineNames();
bool isBaseline(const std::string& name);

// Area down-sampling by `factor` (average pooling) and bilinear up-sampling back: "downsample ×k".
torch::Tensor downsample(const torch::Tensor& frames, int factor);
// Gaussian blur, sigma = shorter side / 28 (4 pixels at 112), reflected borders.
torch::Tensor gaussianBlur(const torch::Tensor& frames);
// Blocks of max(2, shorter side / 14) pixels (8 at 112), each its mean colour.
torch::Tensor pixelate(const torch::Tensor& frames);

// A baseline by name ("raw" gives an empty transform: the data as it is). `cascadePath` is the
// Haar cascade of "faceblur" (media builds only; elsewhere an Unsupported error).
Result<train::FrameTransform> baselineTransform(const std::string& name, const std::string& cascadePath);

// f_A of a model file on `device`, frozen and in eval mode. A file without f_A is an error that
// names it.
Result<train::FrameTransform> modelTransform(const std::string& path, const std::string& device);

// Face blur of the pipeline on tensors (CPU, frame by frame through media::Image).
Result<train::FrameTransform> faceBlurTransform(const std::string& cascadePath);

// (N, 3, H, W) float in [0, 1] <-> packed RGB pictures.
std::vector<media::Image> toImages(const torch::Tensor& frames);
torch::Tensor fromImages(const std::vector<media::Image>& images);

}  // namespace spact::eval
