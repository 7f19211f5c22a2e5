#pragma once
// Width multipliers: every network narrows all its layers by one factor (DESIGN.md: "width
// multipliers and smaller backbones are configuration, not forks"). The reference fixture
// generator (tests/reference/make_nn_fixtures.py) rounds the same way.
#include <algorithm>
#include <cmath>
#include <cstdint>

namespace spact::nn {

// `channels` at `width`, rounded half up, at least 1.
inline int64_t scaledChannels(int64_t channels, double width) {
  return std::max<int64_t>(1, static_cast<int64_t>(std::floor(static_cast<double>(channels) * width + 0.5)));
}

}  // namespace spact::nn
