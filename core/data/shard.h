#pragma once
// One process's share of a data set in data-parallel training: items rank, rank + world,
// rank + 2·world, …, cut to the same count on every rank (so that every rank takes the same
// number of steps and none waits in a collective for a batch that never comes).
#include "data/dataset.h"

namespace spact::data {

ActionSourcePtr shardOf(ActionSourcePtr source, int rank, int world);
ImageSourcePtr shardOf(ImageSourcePtr source, int rank, int world);

}  // namespace spact::data
