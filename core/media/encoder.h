#pragma once
// Writes pictures to a video file next to everything else the source file holds: every audio
// stream copied packet by packet (no re-encoding), the container and stream metadata, and the
// display rotation. Pictures are given upright with the source's presentation timestamps, so the
// output has the source's frame count, timing (variable frame rate included) and duration.
// The file is written under a temporary name beside the target ("<out>.part-XXXXXX") and renamed
// into place by finish(); destroying an unfinished Encoder removes the temporary file, so a
// cancel or failure never leaves a partial file under the final name.
#include <cstdint>
#include <memory>
#include <string>

#include "media/image.h"
#include "util/result.h"

namespace spact::media {

enum class VideoCodec {
  H264,  // libx264, yuv420p (yuv444p for odd sizes); MP4 by default
  FFV1,  // lossless, planar RGB; needs Matroska (.mkv)
};

struct EncoderOptions {
  VideoCodec codec = VideoCodec::H264;
  int crf = 18;                      // H.264 quality: 0 (lossless) .. 51; 18 is visually lossless
  std::string preset = "medium";     // x264 speed preset: ultrafast .. veryslow
  int threads = 0;                   // encoder threads; 0 lets FFmpeg choose
  bool copyAudio = true;             // copy every audio stream of the source
};

// The codec a file name implies when the user did not choose: FFV1 for .mkv, else H.264.
VideoCodec defaultCodecFor(const std::string& outputPath);

class Encoder {
public:
  // `source`: the file whose audio, metadata, rotation and time base are carried over.
  // width × height: the upright size of the pictures that will be written.
  static Result<std::unique_ptr<Encoder>> open(const std::string& output, const std::string& source, int width,
                                               int height, const EncoderOptions& options = {});
  ~Encoder();
  Encoder(const Encoder&) = delete;
  Encoder& operator=(const Encoder&) = delete;

  // `pts` in the source video stream's time base (media::VideoFrame::pts). Non-increasing
  // timestamps are nudged forward by one tick so the muxer accepts them.
  Status write(const Image& upright, std::int64_t pts);
  // Drains the encoder, copies the remaining audio, writes the trailer, flushes and renames the
  // temporary file to the output name.
  Status finish();

  const std::string& temporaryPath() const;
  std::int64_t framesWritten() const;

private:
  struct Impl;
  explicit Encoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spact::media
