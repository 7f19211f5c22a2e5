#include "media/media_info.h"

namespace spact::media {

const StreamInfo* MediaInfo::video() const {
  if (!videoStream) return nullptr;
  for (const auto& s : streams)
    if (s.index == *videoStream) return &s;
  return nullptr;
}

int MediaInfo::audioStreamCount() const {
  int n = 0;
  for (const auto& s : streams) n += s.type == "audio" ? 1 : 0;
  return n;
}

int MediaInfo::displayWidth() const {
  const StreamInfo* v = video();
  if (!v) return 0;
  return v->rotation == 90 || v->rotation == 270 ? v->height : v->width;
}

int MediaInfo::displayHeight() const {
  const StreamInfo* v = video();
  if (!v) return 0;
  return v->rotation == 90 || v->rotation == 270 ? v->width : v->height;
}

}  // namespace spact::media
