#pragma once
// The learning rate of a phase that must end settled: it falls from the phase's rate along a
// cosine to zero. At a constant rate the last step leaves a network wherever the noise of its
// last batches put it (one tiny-preset f_T ended its initialisation at 62 % validation top-1,
// another at 100 %), and what comes next -- the minimax game, a fresh target's score -- inherits it.
// A phase may first warm up: over its first `warmup` steps the rate climbs linearly to the
// cosine's. A fresh R3D trained on anonymized clips at its full rate from the first step can sit
// at chance for epochs (its loss at log 5 for seven epochs on one f_A's clips); with one epoch of
// warm-up it learned from the second there, though on another f_A it still sat four epochs
// (tests/bench/README.md, "Warm-up").
// Pure functions of the step, so a resumed phase continues the same curve.
#include <cmath>
#include <cstdint>
#include <numbers>

namespace spact::train {

inline double cosineRate(double base, std::int64_t step, std::int64_t total) {
  if (total <= 0) return base;
  const double progress = static_cast<double>(step) / static_cast<double>(total);
  return base * 0.5 * (1 + std::cos(std::numbers::pi * progress));
}

inline double phaseRate(double base, std::int64_t step, std::int64_t total, std::int64_t warmup) {
  const double rate = cosineRate(base, step, total);
  if (step >= warmup) return rate;
  return rate * static_cast<double>(step + 1) / static_cast<double>(warmup);
}

// A warm-up given in epochs (PhaseConfig::warmup), in steps of `stepsPerEpoch`.
inline std::int64_t warmupSteps(double epochs, std::int64_t stepsPerEpoch) {
  return static_cast<std::int64_t>(std::llround(epochs * static_cast<double>(stepsPerEpoch)));
}

}  // namespace spact::train
