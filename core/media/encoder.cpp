#include "media/encoder.h"

extern "C" {
#include <libavutil/opt.h>
}
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <opencv2/core.hpp>
#include <random>
#include <vector>

#include "media/ffmpeg_util.h"
#include "util/log.h"

namespace spact::media {
namespace fs = std::filesystem;
namespace {

std::string lowerExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string temporaryName(const std::string& output) {
  static const char digits[] = "0123456789abcdef";
  std::random_device rd;
  std::string suffix;
  for (int i = 0; i < 8; ++i) suffix += digits[rd() % 16];
  return output + ".part-" + suffix;
}

struct IoCloser {
  void operator()(AVFormatContext* c) const {
    if (!c) return;
    if (c->pb) avio_closep(&c->pb);
    avformat_free_context(c);
  }
};
using OutputPtr = std::unique_ptr<AVFormatContext, IoCloser>;

}  // namespace

VideoCodec defaultCodecFor(const std::string& outputPath) {
  return lowerExtension(outputPath) == ".mkv" ? VideoCodec::FFV1 : VideoCodec::H264;
}

struct Encoder::Impl {
  std::string output, temp, source;
  EncoderOptions options;
  ff::FormatPtr input;    // the source, read again for its audio packets
  OutputPtr muxer;
  ff::CodecPtr codec;
  ff::SwsPtr sws;
  ff::PacketPtr packet{av_packet_alloc()};
  AVStream* videoOut = nullptr;
  AVRational sourceBase{1, 25};
  std::int64_t sourceEnd = AV_NOPTS_VALUE;  // end of the source video stream, in sourceBase
  std::map<int, int> audioMap;              // source stream index -> output stream index
  int rotation = 0;
  int width = 0, height = 0;                // stored (encoded) size
  ff::FramePtr pending;                     // held until the next pts gives its duration
  std::int64_t lastPts = AV_NOPTS_VALUE, lastDuration = 1;
  std::map<std::int64_t, std::int64_t> durations;  // pts -> duration, for packets out of the encoder
  double audioUntil = -1e300;                       // audio copied up to this time (seconds)
  bool audioDone = false, headerWritten = false, finished = false;
  std::int64_t frames = 0;

  Status writeError(int rc) const {
    if (rc == AVERROR(ENOSPC))
      return fail(ErrorCode::Io, "Writing '" + output + "' failed: the disk is full.");
    return fail(ErrorCode::Io, "Writing '" + output + "' failed (" + ff::errorString(rc) + ").");
  }
  Status setUp(int uprightW, int uprightH);
  Status sendFrame(AVFrame* frame);
  Status copyAudio(double untilSeconds);
  Status flushPending(std::int64_t duration);
  void discard();
};

Encoder::Encoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Encoder::~Encoder() { impl_->discard(); }
const std::string& Encoder::temporaryPath() const { return impl_->temp; }
std::int64_t Encoder::framesWritten() const { return impl_->frames; }

void Encoder::Impl::discard() {
  if (finished) return;
  codec.reset();
  muxer.reset();  // closes the temporary file
  std::error_code ec;
  if (!temp.empty()) fs::remove(temp, ec);
}

Result<std::unique_ptr<Encoder>> Encoder::open(const std::string& output, const std::string& source, int width,
                                               int height, const EncoderOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->output = output;
  impl->source = source;
  impl->options = options;
  if (width <= 0 || height <= 0)
    return fail(ErrorCode::InvalidInput, "Cannot write '" + output + "': the picture size is empty.");
  std::error_code ec;
  const fs::path parent = fs::absolute(output, ec).parent_path();
  if (!fs::is_directory(parent, ec))
    return fail(ErrorCode::NotFound, "Cannot write '" + output + "': the folder '" + parent.string() + "' does not exist.");
  if (fs::exists(output, ec) && fs::exists(source, ec) && fs::equivalent(output, source, ec))
    return fail(ErrorCode::InvalidInput, "Cannot write '" + output + "': it is the input file itself.");
  auto input = ff::openInput(source);
  if (!input) return tl::unexpected(input.error());
  impl->input = std::move(*input);
  if (auto ok = impl->setUp(width, height); !ok) return tl::unexpected(ok.error());
  return std::unique_ptr<Encoder>(new Encoder(std::move(impl)));
}

Status Encoder::Impl::setUp(int uprightW, int uprightH) {
  const int videoIndex = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (videoIndex < 0) return fail(ErrorCode::InvalidInput, "'" + source + "' has no video stream.");
  const AVStream* videoIn = input->streams[videoIndex];
  sourceBase = videoIn->time_base;
  if (videoIn->duration != AV_NOPTS_VALUE && videoIn->duration > 0)
    sourceEnd = (videoIn->start_time == AV_NOPTS_VALUE ? 0 : videoIn->start_time) + videoIn->duration;
  rotation = ff::streamRotation(videoIn);
  const bool quarter = rotation == 90 || rotation == 270;
  width = quarter ? uprightH : uprightW;
  height = quarter ? uprightW : uprightH;

  // The container follows the final name's extension, since the temporary name has none.
  const std::string ext = lowerExtension(output);
  const char* formatName = ext == ".mkv" ? "matroska" : ext == ".mov" ? "mov" : ext == ".webm" ? "webm" : "mp4";
  if (ext != ".mkv" && ext != ".mov" && ext != ".mp4" && ext != ".m4v")
    return fail(ErrorCode::InvalidInput, "Cannot write '" + output + "': use a .mp4, .mov, .m4v or .mkv file name.");
  if (options.codec == VideoCodec::FFV1 && ext != ".mkv")
    return fail(ErrorCode::InvalidInput, "Cannot write '" + output + "': lossless FFV1 video needs a .mkv file name.");
  AVFormatContext* raw = nullptr;
  if (avformat_alloc_output_context2(&raw, nullptr, formatName, nullptr) < 0 || !raw)
    return fail(ErrorCode::Internal, "No '" + std::string(formatName) + "' muxer in this FFmpeg.");
  muxer.reset(raw);

  // Video encoder, in the source stream's time base so timestamps carry over unchanged.
  const bool h264 = options.codec == VideoCodec::H264;
  const AVCodec* encoder = avcodec_find_encoder_by_name(h264 ? "libx264" : "ffv1");
  if (!encoder)
    return fail(ErrorCode::Unsupported, std::string("This FFmpeg has no ") + (h264 ? "libx264" : "FFV1") + " encoder.");
  codec.reset(avcodec_alloc_context3(encoder));
  if (!codec || !packet) return fail(ErrorCode::OutOfMemory, "Out of memory while opening '" + output + "'.");
  codec->width = width;
  codec->height = height;
  codec->time_base = sourceBase;
  if (videoIn->avg_frame_rate.num > 0) codec->framerate = videoIn->avg_frame_rate;
  codec->sample_aspect_ratio = videoIn->codecpar->sample_aspect_ratio;
  codec->thread_count = options.threads;
  if (h264) {
    codec->pix_fmt = (width % 2 || height % 2) ? AV_PIX_FMT_YUV444P : AV_PIX_FMT_YUV420P;
    codec->color_range = AVCOL_RANGE_MPEG;
    codec->colorspace = AVCOL_SPC_SMPTE170M;  // swscale's default RGB->YUV matrix (BT.601)
    av_opt_set(codec->priv_data, "preset", options.preset.c_str(), 0);
    av_opt_set_int(codec->priv_data, "crf", std::clamp(options.crf, 0, 51), 0);
  } else {
    codec->pix_fmt = AV_PIX_FMT_0RGB32;  // RGB, bit for bit (FFV1 codes 8-bit RGB packed)
    codec->color_range = AVCOL_RANGE_JPEG;
    codec->colorspace = AVCOL_SPC_RGB;
  }
  if (muxer->oformat->flags & AVFMT_GLOBALHEADER) codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  int rc = avcodec_open2(codec.get(), encoder, nullptr);
  if (rc < 0)
    return fail(ErrorCode::InvalidInput, "The video encoder for '" + output + "' could not be opened (" + ff::errorString(rc) +
                                             "; check the preset and size).");
  videoOut = avformat_new_stream(muxer.get(), nullptr);
  if (!videoOut) return fail(ErrorCode::OutOfMemory, "Out of memory while opening '" + output + "'.");
  avcodec_parameters_from_context(videoOut->codecpar, codec.get());
  videoOut->time_base = sourceBase;
  videoOut->avg_frame_rate = videoIn->avg_frame_rate;
  videoOut->disposition = videoIn->disposition;
  av_dict_copy(&videoOut->metadata, videoIn->metadata, 0);
  av_dict_set(&videoOut->metadata, "rotate", nullptr, 0);  // the display matrix below says it
  av_dict_set(&videoOut->metadata, "encoder", nullptr, 0);
  size_t matrixSize = 0;
  if (const uint8_t* matrix = av_stream_get_side_data(videoIn, AV_PKT_DATA_DISPLAYMATRIX, &matrixSize)) {
    uint8_t* copy = av_stream_new_side_data(videoOut, AV_PKT_DATA_DISPLAYMATRIX, matrixSize);
    if (!copy) return fail(ErrorCode::OutOfMemory, "Out of memory while opening '" + output + "'.");
    std::memcpy(copy, matrix, matrixSize);
  }

  // Audio streams, copied as they are.
  for (unsigned i = 0; options.copyAudio && i < input->nb_streams; ++i) {
    const AVStream* in = input->streams[i];
    if (in->codecpar->codec_type != AVMEDIA_TYPE_AUDIO) {
      if (static_cast<int>(i) != videoIndex) input->streams[i]->discard = AVDISCARD_ALL;
      continue;
    }
    if (avformat_query_codec(muxer->oformat, in->codecpar->codec_id, FF_COMPLIANCE_NORMAL) != 1)
      return fail(ErrorCode::Unsupported, "Cannot write '" + output + "': its audio (" + avcodec_get_name(in->codecpar->codec_id) +
                                              ") cannot be stored in this container without re-encoding; use a .mkv file name.");
    AVStream* out = avformat_new_stream(muxer.get(), nullptr);
    if (!out || avcodec_parameters_copy(out->codecpar, in->codecpar) < 0)
      return fail(ErrorCode::OutOfMemory, "Out of memory while opening '" + output + "'.");
    out->codecpar->codec_tag = 0;
    out->time_base = in->time_base;
    out->disposition = in->disposition;
    av_dict_copy(&out->metadata, in->metadata, 0);
    audioMap[static_cast<int>(i)] = out->index;
  }
  input->streams[videoIndex]->discard = AVDISCARD_ALL;
  if (audioMap.empty()) audioDone = true;
  av_dict_copy(&muxer->metadata, input->metadata, 0);
  av_dict_set(&muxer->metadata, "encoder", nullptr, 0);

  temp = temporaryName(output);
  rc = avio_open(&muxer->pb, temp.c_str(), AVIO_FLAG_WRITE);
  if (rc < 0) {
    temp.clear();  // nothing was created
    if (rc == AVERROR(EACCES) || rc == AVERROR(EROFS))
      return fail(ErrorCode::Io, "Cannot write '" + output + "': permission denied in its folder.");
    return fail(ErrorCode::Io, "Cannot write '" + output + "' (" + ff::errorString(rc) + ").");
  }
  rc = avformat_write_header(muxer.get(), nullptr);
  if (rc < 0) return writeError(rc);
  headerWritten = true;

  sws.reset(sws_getContext(width, height, AV_PIX_FMT_RGB24, width, height, codec->pix_fmt, SWS_BICUBIC | SWS_ACCURATE_RND,
                           nullptr, nullptr, nullptr));
  if (!sws) return fail(ErrorCode::Internal, "No RGB conversion to the encoder's pixel format.");
  return {};
}

Status Encoder::Impl::sendFrame(AVFrame* frame) {
  int rc = avcodec_send_frame(codec.get(), frame);
  if (rc < 0) return fail(ErrorCode::Internal, "Encoding '" + output + "' failed (" + ff::errorString(rc) + ").");
  while (true) {
    rc = avcodec_receive_packet(codec.get(), packet.get());
    if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return {};
    if (rc < 0) return fail(ErrorCode::Internal, "Encoding '" + output + "' failed (" + ff::errorString(rc) + ").");
    if (auto it = durations.find(packet->pts); it != durations.end()) {
      packet->duration = it->second;
      durations.erase(it);
    }
    av_packet_rescale_ts(packet.get(), codec->time_base, videoOut->time_base);
    packet->stream_index = videoOut->index;
    rc = av_interleaved_write_frame(muxer.get(), packet.get());
    if (rc < 0) return writeError(rc);
  }
}

// Copies source audio packets up to `untilSeconds` (everything left when it is infinite).
Status Encoder::Impl::copyAudio(double untilSeconds) {
  while (!audioDone && audioUntil < untilSeconds) {
    int rc = av_read_frame(input.get(), packet.get());
    if (rc == AVERROR_EOF) {
      audioDone = true;
      break;
    }
    if (rc < 0) {
      // A damaged tail: keep what was copied, as players do.
      log::get("media")->warn("'{}': audio after {:.2f} s could not be read ({})", source, audioUntil, ff::errorString(rc));
      audioDone = true;
      break;
    }
    auto it = audioMap.find(packet->stream_index);
    if (it == audioMap.end()) {
      av_packet_unref(packet.get());
      continue;
    }
    const AVStream* in = input->streams[packet->stream_index];
    const AVStream* out = muxer->streams[it->second];
    const std::int64_t t = packet->dts != AV_NOPTS_VALUE ? packet->dts : packet->pts;
    if (t != AV_NOPTS_VALUE) audioUntil = static_cast<double>(t) * av_q2d(in->time_base);
    av_packet_rescale_ts(packet.get(), in->time_base, out->time_base);
    packet->stream_index = it->second;
    packet->pos = -1;
    rc = av_interleaved_write_frame(muxer.get(), packet.get());
    if (rc < 0) return writeError(rc);
  }
  return {};
}

Status Encoder::Impl::flushPending(std::int64_t duration) {
  if (!pending) return {};
  lastDuration = std::max<std::int64_t>(1, duration);
  durations[pending->pts] = lastDuration;
  const double seconds = static_cast<double>(pending->pts) * av_q2d(sourceBase);
  auto sent = sendFrame(pending.get());
  pending.reset();
  if (!sent) return sent;
  ++frames;
  // Audio a little ahead of the video keeps the muxer's interleaving queue short.
  return copyAudio(seconds + 0.5);
}

Status Encoder::write(const Image& upright, std::int64_t pts) {
  Impl& d = *impl_;
  if (d.finished) return fail(ErrorCode::Internal, "'" + d.output + "' is already finished.");
  const bool quarter = d.rotation == 90 || d.rotation == 270;
  if ((quarter ? upright.height : upright.width) != d.width || (quarter ? upright.width : upright.height) != d.height)
    return fail(ErrorCode::Internal, "A picture for '" + d.output + "' has the wrong size.");
  if (d.lastPts != AV_NOPTS_VALUE && pts <= d.lastPts) pts = d.lastPts + 1;
  if (pts == AV_NOPTS_VALUE) pts = d.lastPts == AV_NOPTS_VALUE ? 0 : d.lastPts + d.lastDuration;
  if (d.pending)
    if (auto ok = d.flushPending(pts - d.lastPts); !ok) return ok;

  // Back to the stored orientation: the display matrix turns it upright again on playback.
  cv::Mat in(upright.height, upright.width, CV_8UC3, const_cast<std::uint8_t*>(upright.rgb.data()));
  cv::Mat stored = in;
  if (d.rotation == 90) cv::rotate(in, stored, cv::ROTATE_90_COUNTERCLOCKWISE);
  else if (d.rotation == 180) cv::rotate(in, stored, cv::ROTATE_180);
  else if (d.rotation == 270) cv::rotate(in, stored, cv::ROTATE_90_CLOCKWISE);

  ff::FramePtr frame(av_frame_alloc());
  if (!frame) return fail(ErrorCode::OutOfMemory, "Out of memory while writing '" + d.output + "'.");
  frame->width = d.width;
  frame->height = d.height;
  frame->format = d.codec->pix_fmt;
  frame->color_range = d.codec->color_range;
  frame->colorspace = d.codec->colorspace;
  if (av_frame_get_buffer(frame.get(), 0) < 0)
    return fail(ErrorCode::OutOfMemory, "Out of memory while writing '" + d.output + "'.");
  const uint8_t* src[4] = {stored.data, nullptr, nullptr, nullptr};
  const int srcStride[4] = {static_cast<int>(stored.step[0]), 0, 0, 0};
  sws_scale(d.sws.get(), src, srcStride, 0, d.height, frame->data, frame->linesize);
  frame->pts = pts;
  d.pending = std::move(frame);
  d.lastPts = pts;
  return {};
}

Status Encoder::finish() {
  Impl& d = *impl_;
  if (d.finished) return {};
  if (d.frames == 0 && !d.pending) return fail(ErrorCode::InvalidInput, "No pictures were written to '" + d.output + "'.");
  // The last frame lasts until the source's video ends (or as long as the one before).
  std::int64_t last = d.lastDuration;
  if (d.sourceEnd != AV_NOPTS_VALUE && d.sourceEnd > d.lastPts && d.sourceEnd - d.lastPts <= 4 * std::max<std::int64_t>(1, d.lastDuration))
    last = d.sourceEnd - d.lastPts;
  if (auto ok = d.flushPending(last); !ok) return ok;
  if (auto ok = d.sendFrame(nullptr); !ok) return ok;
  if (auto ok = d.copyAudio(1e300); !ok) return ok;
  int rc = av_write_trailer(d.muxer.get());
  if (rc < 0) return d.writeError(rc);
  rc = avio_closep(&d.muxer->pb);
  if (rc < 0) return d.writeError(rc);
  if (const int fd = ::open(d.temp.c_str(), O_RDONLY); fd >= 0) {
    const int synced = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (synced != 0) return d.writeError(AVERROR(err));
  }
  std::error_code ec;
  fs::rename(d.temp, d.output, ec);
  if (ec) return fail(ErrorCode::Io, "Could not move the finished video to '" + d.output + "': " + ec.message() + ".");
  d.finished = true;
  d.muxer.reset();
  return {};
}

}  // namespace spact::media
