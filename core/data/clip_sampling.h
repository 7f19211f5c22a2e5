#pragma once
// Which frames make a clip, as the paper samples them: T frames, every s-th (16 and 2 in the
// paper). Training takes one clip at a random start; evaluation takes `clips` evenly spaced
// clips per video and averages their scores.
//
// Short videos: a video with fewer than (T-1)·s+1 frames is sampled with the largest skip that
// still fits (at least 1), as the reference loader does; one with fewer than T frames loops back
// to its first frame (0, 1, …, n-1, 0, 1, …), so every clip has exactly T frames.
#include <cstdint>
#include <vector>

namespace spact::data {

struct ClipShape {
  int frames = 16;
  int skip = 2;
};

// The skip actually used for a video of `frameCount` frames (see above).
int effectiveSkip(std::int64_t frameCount, ClipShape shape);
// The last valid start for a clip of `shape` in `frameCount` frames (0 when it does not fit).
std::int64_t maxClipStart(std::int64_t frameCount, ClipShape shape);
// `clips` evenly spaced starts from 0 to maxClipStart (one clip: the middle).
std::vector<std::int64_t> evalClipStarts(std::int64_t frameCount, ClipShape shape, int clips);
// The T frame indices of the clip starting at `start`, in clip order (may repeat when looping).
std::vector<std::int64_t> clipIndices(std::int64_t frameCount, ClipShape shape, std::int64_t start);

}  // namespace spact::data
