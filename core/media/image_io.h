#pragma once
// Stills and image data sets (VISPR) through OpenCV: read as upright RGB, write atomically.
#include <string>

#include "media/image.h"
#include "util/result.h"

namespace spact::media {

// Reads PNG, JPEG, BMP, TIFF, WebP, … as RGB (EXIF orientation applied).
Result<Image> readImage(const std::string& path);

// Writes `image` in the format its extension names (.png, .jpg, …); `quality` is JPEG/WebP's
// 0–100. The file appears under its name only when complete.
Status writeImage(const std::string& path, const Image& image, int quality = 95);

}  // namespace spact::media
