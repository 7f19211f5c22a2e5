#pragma once
#include <string>

#include "media/media_info.h"
#include "util/result.h"

namespace spact::media {

// Opens `path`, reads its streams and decodes the first video frame to prove it can be read.
// Missing, empty, truncated, non-media and undecodable files are errors naming the file.
Result<MediaInfo> probe(const std::string& path);

// Versions of the libraries compiled in ("" when media support is off).
std::string ffmpegVersion();
std::string opencvVersion();
bool mediaSupported();

}  // namespace spact::media
