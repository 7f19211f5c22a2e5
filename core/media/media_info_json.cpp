#include "media/media_info_json.h"

namespace spact::media {

static config::Json toJson(const StreamInfo& s) {
  config::Json j = {{"index", s.index}, {"type", s.type}, {"codec", s.codec}, {"codec_long_name", s.codecLongName}};
  if (s.bitRate > 0) j["bit_rate"] = s.bitRate;
  if (s.duration > 0) j["duration"] = s.duration;
  if (s.type == "video") {
    j["width"] = s.width;
    j["height"] = s.height;
    j["pixel_format"] = s.pixelFormat;
    j["frame_rate"] = s.frameRate;
    j["variable_frame_rate"] = s.variableFrameRate;
    j["frame_count"] = s.frameCount > 0 ? config::Json(s.frameCount) : config::Json();
    j["rotation"] = s.rotation;
  } else if (s.type == "audio") {
    j["sample_rate"] = s.sampleRate;
    j["channels"] = s.channels;
    j["channel_layout"] = s.channelLayout;
    j["sample_format"] = s.sampleFormat;
  }
  if (!s.tags.empty()) j["tags"] = s.tags;
  return j;
}

config::Json toJson(const MediaInfo& info) {
  config::Json j = {{"path", info.path},
                    {"kind", info.videoStream ? "video" : "audio"},
                    {"container", info.container},
                    {"container_long_name", info.containerLongName},
                    {"size_bytes", info.sizeBytes},
                    {"duration", info.duration},
                    {"bit_rate", info.bitRate}};
  if (const StreamInfo* v = info.video()) {
    j["width"] = info.displayWidth();
    j["height"] = info.displayHeight();
    j["frame_rate"] = v->frameRate;
    j["frame_count"] = v->frameCount > 0 ? config::Json(v->frameCount) : config::Json();
    j["rotation"] = v->rotation;
  }
  j["audio_streams"] = info.audioStreamCount();
  j["streams"] = config::Json::array();
  for (const auto& s : info.streams) j["streams"].push_back(toJson(s));
  if (!info.tags.empty()) j["tags"] = info.tags;
  return j;
}

}  // namespace spact::media
