#include "data/clip_sampling.h"

#include <algorithm>
#include <cmath>

namespace spact::data {

int effectiveSkip(std::int64_t frameCount, ClipShape shape) {
  const int frames = std::max(1, shape.frames);
  const int skip = std::max(1, shape.skip);
  if (frames == 1) return skip;
  const std::int64_t fits = (frameCount - 1) / (frames - 1);  // the largest skip whose span fits
  return static_cast<int>(std::clamp<std::int64_t>(fits, 1, skip));
}

std::int64_t maxClipStart(std::int64_t frameCount, ClipShape shape) {
  const std::int64_t span =
      static_cast<std::int64_t>(std::max(1, shape.frames) - 1) * effectiveSkip(frameCount, shape) + 1;
  return std::max<std::int64_t>(0, frameCount - span);
}

std::vector<std::int64_t> evalClipStarts(std::int64_t frameCount, ClipShape shape, int clips) {
  const std::int64_t last = maxClipStart(frameCount, shape);
  clips = std::max(1, clips);
  std::vector<std::int64_t> starts;
  starts.reserve(static_cast<std::size_t>(clips));
  if (clips == 1) {
    starts.push_back(last / 2);
    return starts;
  }
  for (int k = 0; k < clips; ++k)
    starts.push_back(static_cast<std::int64_t>(std::llround(static_cast<double>(last) * k / (clips - 1))));
  return starts;
}

std::vector<std::int64_t> clipIndices(std::int64_t frameCount, ClipShape shape, std::int64_t start) {
  const int frames = std::max(1, shape.frames);
  const int skip = effectiveSkip(frameCount, shape);
  const std::int64_t n = std::max<std::int64_t>(1, frameCount);
  std::vector<std::int64_t> indices(static_cast<std::size_t>(frames));
  for (int t = 0; t < frames; ++t)
    indices[static_cast<std::size_t>(t)] = (start + static_cast<std::int64_t>(t) * skip) % n;
  return indices;
}

}  // namespace spact::data
