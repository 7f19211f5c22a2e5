#pragma once
// Reads the pictures of a video file in order, as RGB, upright (rotation metadata applied),
// at the source's display size or a requested one, each with its presentation time.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "media/image.h"
#include "media/media_info.h"
#include "util/result.h"

namespace spact::media {

struct DecoderOptions {
  int threads = 0;            // decoder threads; 0 lets FFmpeg choose
  int width = 0, height = 0;  // output size after rotation; 0 keeps the source's (one 0 keeps aspect)
  bool applyRotation = true;
};

struct VideoFrame {
  Image image;
  std::int64_t pts = 0;     // in the stream's time base
  double seconds = 0;       // presentation time from the start of the file
  std::int64_t index = 0;   // 0-based position in decoding output order
};

class Decoder {
public:
  static Result<std::unique_ptr<Decoder>> open(const std::string& path, DecoderOptions options = {});
  ~Decoder();
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  const MediaInfo& info() const;
  // The next frame; std::nullopt at the end of the stream.
  Result<std::optional<VideoFrame>> next();

  // Frame-accurate seeking: afterwards next() returns the first frame shown at or after
  // `seconds` (from the start of the file), or frame `index` (0-based, as next() counts them).
  // The first seek reads the stream's packet timestamps once (no decoding), so indices and times
  // are exact for variable frame rates too; then it jumps to the key frame before the target and
  // decodes forward.
  Status seekToTime(double seconds);
  Status seekToFrame(std::int64_t index);

private:
  struct Impl;
  explicit Decoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spact::media
