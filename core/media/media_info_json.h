#pragma once
#include "media/media_info.h"
#include "util/config.h"

namespace spact::media {

config::Json toJson(const MediaInfo& info);

}  // namespace spact::media
