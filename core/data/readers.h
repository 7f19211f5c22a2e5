#pragma once
// Opens one split of a data set on disk, in its publisher's layout (data/layouts.h), as a source
// the loaders read: videos decoded with media::Decoder, images with media::readImage. Needs
// FFmpeg/OpenCV (SPACT_HAVE_MEDIA); a build without them trains on the in-memory synthetic set.
#include <string>

#include "data/dataset.h"
#include "data/layouts.h"
#include "util/result.h"

namespace spact::data {

// Videos of `split` of the data set in `dir` (UCF101, HMDB51, PA-HMDB51, generic videos).
// An image set, or a split with no video on disk, is an error naming the folder.
Result<ActionSourcePtr> openActionSet(const std::string& dir, const std::string& split,
                                      const ReaderOptions& options = {});
// Images of `split` of the data set in `dir` (VISPR, generic images).
Result<ImageSourcePtr> openImageSet(const std::string& dir, const std::string& split,
                                    const ReaderOptions& options = {});

// Sources over a listing already made (its videos / its images).
ActionSourcePtr actionSourceOf(Listing listing);
ImageSourcePtr imageSourceOf(Listing listing);

}  // namespace spact::data
