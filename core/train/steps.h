#pragma once
// The computations of one training iteration, for each phase of SPAct (DESIGN.md, "The
// method"): f_A to the identity, f_T / f_B / the attribute classifier on raw data, and the two
// steps of the minimax game. Each takes a batch already on the device and returns its losses;
// the caller owns the loop, the events and the checkpoints (trainer.cpp).
#include <torch/optim/adam.h>
#include <torch/types.h>

#include <functional>
#include <memory>
#include <optional>

#include "data/loader.h"
#include "nn/networks.h"
#include "train/train_config.h"

namespace spact::train {

struct Nets {
  nn::Network anonymizer, action, privacy, attributes;
};

struct Optimizers {
  std::unique_ptr<torch::optim::Adam> anonymizer, action, privacy, attributes;
};

// The loader settings of a run's data configuration: train (shuffled, augmented, random clip
// starts, incomplete last batch dropped) or evaluation (in order, evenly spaced clips).
data::LoaderOptions loaderOptions(const DataConfig& data, bool train, int batch, std::uint64_t seed);

// Losses of one iteration; empty where the phase does not compute one.
struct StepLosses {
  std::optional<double> anonymizer;  // f_A's objective (L1 in initialisation, L_T − ω·L_B in the game)
  std::optional<double> action;      // L_T, cross-entropy
  std::optional<double> privacy;     // L_B, NT-Xent
  std::optional<double> attributes;  // BCE of the attribute classifier
  // The first loss that is computed but not finite, by name ("L_T", ...); nullptr when all are.
  const char* nonFinite() const;
};

// On CUDA, convolutions run fastest on channels-last tensors, weights and inputs both: these put
// a module's 4-D and 5-D parameters, or one tensor, in that layout (other tensors unchanged).
void toChannelsLast(torch::nn::Module& module);
torch::Tensor channelsLast(const torch::Tensor& t);

// bf16 autocast of the CUDA forward passes while it lives, when enabled (LibTorch has no C++
// guard object); the previous state comes back at its end.
class Autocast {
public:
  explicit Autocast(bool enabled);
  ~Autocast();
  Autocast(const Autocast&) = delete;
  Autocast& operator=(const Autocast&) = delete;

private:
  bool enabled_ = false, previous_ = false;
};

// Frozen networks compute no parameter gradients (requires_grad off); gradients still flow
// through them to the networks that train.
void setTrainable(nn::Network& net, bool trainable);

// Any anonymizer as a tensor function (f_A, or a baseline): (N, 3, H, W) in [0, 1] -> the same shape.
using FrameTransform = std::function<torch::Tensor(const torch::Tensor&)>;

// A frame transform applied frame by frame to clips (N, 3, T, H, W).
torch::Tensor transformClips(const FrameTransform& transform, const torch::Tensor& clips);
// f_A applied frame by frame to clips.
torch::Tensor anonymizeClips(nn::Network& anonymizer, const torch::Tensor& clips);

// Runs after each backward pass, before the optimizer steps, for each network that trains:
// data-parallel training averages the gradients across processes there.
using GradientHook = std::function<void(nn::Network&)>;

struct StepOptions {
  double omega = 1.0;
  double temperature = 0.1;
  bool bf16 = false;  // autocast (CUDA)
  GradientHook gradients;
};

// L_B: NT-Xent of f_B's embeddings of two views (N, 3, H, W) each, in fp32.
torch::Tensor privacyLoss(nn::Network& fb, const torch::Tensor& v1, const torch::Tensor& v2, const StepOptions& o);

StepLosses identityStep(Nets& nets, Optimizers& opt, const data::ImageBatch& images, const StepOptions& o);
StepLosses actionStep(Nets& nets, Optimizers& opt, const data::ActionBatch& clips, const StepOptions& o);
StepLosses privacyStep(Nets& nets, Optimizers& opt, const data::ImageBatch& images, const StepOptions& o);
StepLosses attributesStep(Nets& nets, Optimizers& opt, const data::ImageBatch& images, const StepOptions& o);
// f_B alone on L_B of what the frozen f_A makes of two views: a restarted f_B catching up with
// the game (MinimaxConfig::restartPrivacyEvery).
StepLosses anonymizedPrivacyStep(Nets& nets, Optimizers& opt, const data::ImageBatch& images, const StepOptions& o);

// One iteration of the game on one batch: step 1 updates f_A on L_T − ω·L_B with f_T and f_B
// frozen; step 2 updates f_T on L_T and f_B on L_B of the inputs f_A (now frozen) anonymizes.
// Step 1's losses are reported for f_A, step 2's for f_T and f_B.
StepLosses minimaxStep(Nets& nets, Optimizers& opt, const data::ActionBatch& clips, const data::ImageBatch& images,
                       const StepOptions& o);

}  // namespace spact::train
