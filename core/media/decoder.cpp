#include "media/decoder.h"

#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <vector>

#include "media/ffmpeg_util.h"
#include "media/media_describe.h"
#include "util/log.h"

namespace spact::media {

struct Decoder::Impl {
  std::string path;
  DecoderOptions options;
  MediaInfo info;
  ff::FormatPtr format;
  ff::CodecPtr codec;
  ff::PacketPtr packet{av_packet_alloc()};
  ff::FramePtr frame{av_frame_alloc()};
  ff::SwsPtr sws;
  int swsSrcW = 0, swsSrcH = 0, swsSrcFormat = -1;
  int stream = -1;
  int rotation = 0;
  bool inputDone = false;  // demuxer reached the end; decoder is being drained
  std::int64_t produced = 0;
  // After a seek: frames with a presentation timestamp before this are dropped.
  std::int64_t skipBefore = AV_NOPTS_VALUE;
  // Every video frame's presentation timestamp in display order, read once (demuxing only) on the
  // first seek: it turns frame indices and times into exact timestamps, for any frame timing.
  std::vector<std::int64_t> timeline;

  std::int64_t framePts() const;
  Result<const std::vector<std::int64_t>*> frameTimeline();
  Status seekToPts(std::int64_t pts, std::int64_t index);
  int skippedPackets = 0;

  Result<VideoFrame> convert();
  void outputSize(int srcW, int srcH, int& outW, int& outH) const;
};

Decoder::Decoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Decoder::~Decoder() = default;

const MediaInfo& Decoder::info() const { return impl_->info; }

Result<std::unique_ptr<Decoder>> Decoder::open(const std::string& path, DecoderOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  auto format = ff::openInput(path);
  if (!format) return tl::unexpected(format.error());
  impl->format = std::move(*format);
  impl->info = describeFormat(path, impl->format.get());
  if (!impl->info.videoStream)
    return fail(ErrorCode::InvalidInput, "'" + path + "' has no video stream" +
                                             (impl->info.audioStreamCount() > 0 ? " (it holds audio only)." : "."));
  impl->stream = *impl->info.videoStream;
  auto codec = ff::openDecoder(path, impl->format.get(), impl->stream, options.threads);
  if (!codec) return tl::unexpected(codec.error());
  impl->codec = std::move(*codec);
  impl->rotation = options.applyRotation ? impl->info.video()->rotation : 0;
  if (!impl->packet || !impl->frame) return fail(ErrorCode::OutOfMemory, "Out of memory while opening '" + path + "'.");
  return std::unique_ptr<Decoder>(new Decoder(std::move(impl)));
}

void Decoder::Impl::outputSize(int srcW, int srcH, int& outW, int& outH) const {
  const bool quarter = rotation == 90 || rotation == 270;
  const int dispW = quarter ? srcH : srcW, dispH = quarter ? srcW : srcH;
  int w = options.width, h = options.height;
  if (w <= 0 && h <= 0) { w = dispW; h = dispH; }
  else if (w <= 0) w = std::max(1, static_cast<int>(std::lround(static_cast<double>(h) * dispW / dispH)));
  else if (h <= 0) h = std::max(1, static_cast<int>(std::lround(static_cast<double>(w) * dispH / dispW)));
  // Scale before rotating: the scaler works in the stored orientation.
  outW = quarter ? h : w;
  outH = quarter ? w : h;
}

Result<VideoFrame> Decoder::Impl::convert() {
  int outW = 0, outH = 0;
  outputSize(frame->width, frame->height, outW, outH);
  if (!sws || swsSrcW != frame->width || swsSrcH != frame->height || swsSrcFormat != frame->format) {
    sws.reset(sws_getContext(frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), outW, outH,
                             AV_PIX_FMT_RGB24, SWS_BICUBIC, nullptr, nullptr, nullptr));
    if (!sws) return fail(ErrorCode::Unsupported, "'" + path + "': pictures in this pixel format cannot be converted to RGB.");
    swsSrcW = frame->width;
    swsSrcH = frame->height;
    swsSrcFormat = frame->format;
  }
  // swscale's SIMD YUV-to-RGB converters write whole groups of 8 (or 16) pixels and silently
  // skip the last ones of a row when the stride has no room for the overshoot, so rows are
  // padded to 16 pixels and the picture is the ROI on the left.
  cv::Mat padded(outH, (outW + 15) / 16 * 16, CV_8UC3);
  cv::Mat scaled = padded(cv::Rect(0, 0, outW, outH));
  uint8_t* dst[4] = {padded.data, nullptr, nullptr, nullptr};
  int dstStride[4] = {static_cast<int>(padded.step[0]), 0, 0, 0};
  sws_scale(sws.get(), frame->data, frame->linesize, 0, frame->height, dst, dstStride);

  cv::Mat upright = scaled;
  if (rotation == 90) cv::rotate(scaled, upright, cv::ROTATE_90_CLOCKWISE);
  else if (rotation == 180) cv::rotate(scaled, upright, cv::ROTATE_180);
  else if (rotation == 270) cv::rotate(scaled, upright, cv::ROTATE_90_COUNTERCLOCKWISE);

  if (!upright.isContinuous()) upright = upright.clone();  // Image rows have no padding

  VideoFrame out;
  out.image.width = upright.cols;
  out.image.height = upright.rows;
  out.image.rgb.assign(upright.data, upright.data + upright.total() * upright.elemSize());
  const AVStream* st = format->streams[stream];
  out.pts = frame->best_effort_timestamp == AV_NOPTS_VALUE ? frame->pts : frame->best_effort_timestamp;
  const std::int64_t start = st->start_time == AV_NOPTS_VALUE ? 0 : st->start_time;
  out.seconds = out.pts == AV_NOPTS_VALUE ? 0.0 : static_cast<double>(out.pts - start) * av_q2d(st->time_base);
  out.index = produced++;
  return out;
}

std::int64_t Decoder::Impl::framePts() const {
  return frame->best_effort_timestamp == AV_NOPTS_VALUE ? frame->pts : frame->best_effort_timestamp;
}

Result<const std::vector<std::int64_t>*> Decoder::Impl::frameTimeline() {
  if (!timeline.empty()) return &timeline;
  auto stamps = ff::readPacketTimestamps(path, stream);
  if (!stamps) return tl::unexpected(stamps.error());
  if (stamps->empty()) return fail(ErrorCode::InvalidInput, "'" + path + "' has no video frames to seek to.");
  timeline = std::move(*stamps);
  return &timeline;
}

Status Decoder::Impl::seekToPts(std::int64_t pts, std::int64_t index) {
  const int rc = av_seek_frame(format.get(), stream, pts, AVSEEK_FLAG_BACKWARD);
  if (rc < 0) return fail(ErrorCode::InvalidInput, "'" + path + "' cannot be sought (" + ff::errorString(rc) + ").");
  avcodec_flush_buffers(codec.get());
  inputDone = false;
  skipBefore = pts;
  produced = index;
  return {};
}

Status Decoder::seekToFrame(std::int64_t index) {
  Impl& d = *impl_;
  auto timeline = d.frameTimeline();
  if (!timeline) return tl::unexpected(timeline.error());
  const auto count = static_cast<std::int64_t>((*timeline)->size());
  if (index < 0 || index >= count)
    return fail(ErrorCode::InvalidInput, "'" + d.path + "' has no frame " + std::to_string(index) + " (it has " +
                                             std::to_string(count) + ").");
  return d.seekToPts((**timeline)[static_cast<std::size_t>(index)], index);
}

Status Decoder::seekToTime(double seconds) {
  Impl& d = *impl_;
  auto timeline = d.frameTimeline();
  if (!timeline) return tl::unexpected(timeline.error());
  const AVStream* st = d.format->streams[d.stream];
  const std::int64_t start = st->start_time == AV_NOPTS_VALUE ? 0 : st->start_time;
  // The first frame shown at or after `seconds` (to within a microsecond of rounding).
  const double ticks = (std::max(0.0, seconds) - 1e-6) / av_q2d(st->time_base);
  const auto target = start + static_cast<std::int64_t>(std::ceil(ticks));
  const auto& frames = **timeline;
  const auto it = std::lower_bound(frames.begin(), frames.end(), target);
  if (it == frames.end()) {  // past the last frame: next() reports the end
    if (auto ok = d.seekToPts(frames.back(), static_cast<std::int64_t>(frames.size()) - 1); !ok) return ok;
    d.skipBefore = frames.back() + 1;
    d.produced = static_cast<std::int64_t>(frames.size());
    return {};
  }
  return d.seekToPts(*it, it - frames.begin());
}

Result<std::optional<VideoFrame>> Decoder::next() {
  Impl& d = *impl_;
  while (true) {
    int rc = avcodec_receive_frame(d.codec.get(), d.frame.get());
    if (rc == 0 && d.skipBefore != AV_NOPTS_VALUE && d.framePts() < d.skipBefore) {
      av_frame_unref(d.frame.get());  // before the sought position
      continue;
    }
    if (rc == 0) {
      d.skipBefore = AV_NOPTS_VALUE;
      auto converted = d.convert();
      av_frame_unref(d.frame.get());
      if (!converted) return tl::unexpected(converted.error());
      return std::optional<VideoFrame>(std::move(*converted));
    }
    if (rc == AVERROR_EOF) return std::optional<VideoFrame>();
    if (rc != AVERROR(EAGAIN))
      return fail(ErrorCode::InvalidInput, "'" + d.path + "' could not be decoded (" + ff::errorString(rc) + ").");
    if (d.inputDone) return std::optional<VideoFrame>();

    rc = av_read_frame(d.format.get(), d.packet.get());
    if (rc == AVERROR_EOF) {
      d.inputDone = true;
      avcodec_send_packet(d.codec.get(), nullptr);  // drain
      continue;
    }
    if (rc < 0) return fail(ErrorCode::InvalidInput, "'" + d.path + "' is damaged: reading it failed (" + ff::errorString(rc) + ").");
    if (d.packet->stream_index == d.stream) {
      rc = avcodec_send_packet(d.codec.get(), d.packet.get());
      if (rc < 0 && rc != AVERROR(EAGAIN)) {
        // A corrupt packet: skip it as players do, and say so once.
        if (d.skippedPackets++ == 0)
          log::get("media")->warn("'{}': skipping damaged video data ({})", d.path, ff::errorString(rc));
      }
    }
    av_packet_unref(d.packet.get());
  }
}

}  // namespace spact::media
