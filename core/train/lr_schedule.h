#pragma once
// The learning rate of a phase that must end settled: it falls from the phase's rate along a
// cosine to zero. At a constant rate the last step leaves a network wherever the noise of its
// last batches put it (one tiny-preset f_T ended its initialisation at 62 % validation top-1,
// another at 100 %), and what comes next -- the minimax game, a fresh target's score -- inherits it.
// A pure function of the step, so a resumed phase continues the same curve.
#include <cmath>
#include <cstdint>
#include <numbers>

namespace spact::train {

inline double cosineRate(double base, std::int64_t step, std::int64_t total) {
  if (total <= 0) return base;
  const double progress = static_cast<double>(step) / static_cast<double>(total);
  return base * 0.5 * (1 + std::cos(std::numbers::pi * progress));
}

}  // namespace spact::train
