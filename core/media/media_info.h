#pragma once
// What a media file holds, as `spact info` and the studio show it.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spact::media {

struct StreamInfo {
  int index = 0;
  std::string type;  // "video", "audio", "subtitle", "data", "attachment"
  std::string codec;
  std::string codecLongName;
  std::int64_t bitRate = 0;
  double duration = 0;  // seconds; 0 when unknown
  std::map<std::string, std::string> tags;
  // video
  int width = 0, height = 0;
  std::string pixelFormat;
  double frameRate = 0;        // average frames per second
  std::int64_t frameCount = 0; // 0 when unknown
  bool frameCountExact = false;
  int rotation = 0;            // clockwise degrees to turn the picture upright: 0, 90, 180, 270
  bool variableFrameRate = false;
  // audio
  int sampleRate = 0;
  int channels = 0;
  std::string channelLayout;
  std::string sampleFormat;
};

struct MediaInfo {
  std::string path;
  std::string container;  // FFmpeg's short format name(s), e.g. "mov,mp4,m4a,3gp,3g2,mj2"
  std::string containerLongName;
  std::int64_t sizeBytes = 0;
  double duration = 0;    // seconds
  std::int64_t bitRate = 0;
  std::map<std::string, std::string> tags;
  std::vector<StreamInfo> streams;

  // The stream a video reader uses: FFmpeg's best video stream, if any.
  std::optional<int> videoStream;
  const StreamInfo* video() const;
  int audioStreamCount() const;
  // Display size after rotation.
  int displayWidth() const;
  int displayHeight() const;
};

}  // namespace spact::media
