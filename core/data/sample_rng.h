#pragma once
// The loader's random numbers. Every draw for a sample comes from a generator seeded by
// (seed, epoch, position in the epoch, stream), so a sample's clip start and augmentation do not
// depend on which worker thread made it or on what was drawn before it: the same seed gives the
// same batches with any number of workers, and a resumed run sees the batches it would have seen.
// SplitMix64 is small, fast and statistically fine for augmentation draws; std:: distributions
// are avoided because their output differs between standard libraries.
#include <cstdint>

namespace spact::data {

class SampleRng {
 public:
  // `stream` separates independent uses of the same position (shuffle order, view 1, view 2, …).
  SampleRng(std::uint64_t seed, std::int64_t epoch, std::int64_t position, std::uint64_t stream = 0) {
    state_ = mix(seed ^ 0x5bd1e995ULL);
    state_ = mix(state_ ^ static_cast<std::uint64_t>(epoch));
    state_ = mix(state_ ^ static_cast<std::uint64_t>(position));
    state_ = mix(state_ ^ stream);
  }

  std::uint64_t nextU64() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return mix(state_);
  }
  // Uniform in [0, 1).
  double uniform() { return static_cast<double>(nextU64() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  bool chance(double probability) { return uniform() < probability; }
  // Uniform in [0, n); 0 when n <= 0.
  std::int64_t below(std::int64_t n) {
    return n <= 0 ? 0 : static_cast<std::int64_t>(nextU64() % static_cast<std::uint64_t>(n));
  }

 private:
  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::uint64_t state_ = 0;
};

}  // namespace spact::data
