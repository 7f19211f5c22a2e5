#include "media/probe.h"

#include <opencv2/core/version.hpp>

#include "media/decoder.h"
#include "media/ffmpeg_util.h"
#include "media/media_describe.h"

namespace spact::media {
namespace {

// Containers that do not store a frame count are counted by demuxing (no decoding).
Status countFrames(const std::string& path, StreamInfo& video) {
  auto stamps = ff::readPacketTimestamps(path, video.index);
  if (!stamps) return tl::unexpected(stamps.error());
  video.frameCount = static_cast<std::int64_t>(stamps->size());
  video.frameCountExact = true;
  return {};
}

}  // namespace

Result<MediaInfo> probe(const std::string& path) {
  auto format = ff::openInput(path);
  if (!format) return tl::unexpected(format.error());
  MediaInfo info = describeFormat(path, format->get());
  format->reset();
  if (info.streams.empty()) return fail(ErrorCode::InvalidInput, "'" + path + "' holds no audio or video streams.");
  if (!info.videoStream) return info;  // audio only: nothing to decode-check here

  auto decoder = Decoder::open(path, {.threads = 1, .width = 64});
  if (!decoder) return tl::unexpected(decoder.error());
  auto first = (*decoder)->next();
  if (!first) return tl::unexpected(first.error());
  if (!*first) return fail(ErrorCode::InvalidInput, "'" + path + "' has a video stream, but no picture in it could be decoded.");

  for (auto& s : info.streams) {
    if (s.index == *info.videoStream && !s.frameCountExact) {
      if (auto st = countFrames(path, s); !st) return tl::unexpected(st.error());
    }
  }
  return info;
}

std::string ffmpegVersion() { return av_version_info(); }
std::string opencvVersion() { return CV_VERSION; }
bool mediaSupported() { return true; }

}  // namespace spact::media
