#pragma once
// Views of data sources that the protocols need, without copying anything:
// - the novel-action / novel-attribute protocol evaluates on a subset of the classes and of the
//   attributes (SPAct sec. 5: f_A is trained on one subset, the target models on a disjoint one);
// - the same-data-set protocol (PA-HMDB51 style) reads privacy images out of the action videos,
//   whose attributes are labelled per video.
// No Torch.
#include <string>
#include <vector>

#include "data/dataset.h"

namespace spact::eval {

// The videos of `classes` only (names of source->classNames(), in the order given), relabelled
// 0..classes-1; attributes, when the source has them, narrowed to `attributes` (empty: all).
// Errors name a class or attribute the source does not have.
Result<data::ActionSourcePtr> actionSubset(data::ActionSourcePtr source, const std::vector<std::string>& classes,
                                           const std::vector<std::string>& attributes = {});

// The images with only the `attributes` columns (names of source->attributeNames()).
Result<data::ImageSourcePtr> attributeSubset(data::ImageSourcePtr source, const std::vector<std::string>& attributes);

// One image per video: the middle frame, labelled with the video's attributes. The source must
// label attributes (attributeNames() not empty).
Result<data::ImageSourcePtr> videoFramesAsImages(data::ActionSourcePtr source);

}  // namespace spact::eval
