#pragma once
// Builds a MediaInfo from an opened FFmpeg format context (private to core/media).
#include <string>

#include "media/media_info.h"

struct AVFormatContext;

namespace spact::media {

MediaInfo describeFormat(const std::string& path, AVFormatContext* format);

}  // namespace spact::media
