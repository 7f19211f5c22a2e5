#include "data/synth_video_file.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <memory>

namespace spact::data {
namespace {

struct OutputCloser {
  void operator()(AVFormatContext* c) const {
    if (!c) return;
    if (c->pb) avio_closep(&c->pb);
    avformat_free_context(c);
  }
};
struct CodecFreer {
  void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameFreer {
  void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketFreer {
  void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct SwsFreer {
  void operator()(SwsContext* s) const { sws_freeContext(s); }
};

std::string describe(int rc) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(rc, text, sizeof text);
  return text;
}

class Writer {
 public:
  explicit Writer(std::string path) : path_(std::move(path)) {}

  Status fail(const std::string& what, int rc) const {
    if (rc == AVERROR(ENOSPC)) return spact::fail(ErrorCode::Io, "Writing '" + path_ + "' failed: the disk is full.");
    return spact::fail(ErrorCode::Io, "Writing '" + path_ + "' failed: " + what + " (" + describe(rc) + ").");
  }

  Status open(int width, int height, int fps) {
    AVFormatContext* raw = nullptr;
    int rc = avformat_alloc_output_context2(&raw, nullptr, "avi", path_.c_str());
    if (rc < 0 || !raw) return fail("no AVI muxer", rc);
    muxer_.reset(raw);
    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_FFV1);
    if (!codec) return spact::fail(ErrorCode::Unsupported, "This FFmpeg has no FFV1 encoder.");
    codec_.reset(avcodec_alloc_context3(codec));
    codec_->width = width;
    codec_->height = height;
    codec_->pix_fmt = AV_PIX_FMT_0RGB32;  // packed RGB, bit for bit
    codec_->time_base = AVRational{1, fps};
    codec_->framerate = AVRational{fps, 1};
    codec_->thread_count = 1;  // the caller writes several files at once
    if (muxer_->oformat->flags & AVFMT_GLOBALHEADER) codec_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if ((rc = avcodec_open2(codec_.get(), codec, nullptr)) < 0) return fail("the FFV1 encoder did not open", rc);
    stream_ = avformat_new_stream(muxer_.get(), nullptr);
    if (!stream_) return fail("no stream", AVERROR(ENOMEM));
    stream_->time_base = codec_->time_base;
    stream_->avg_frame_rate = codec_->framerate;
    if ((rc = avcodec_parameters_from_context(stream_->codecpar, codec_.get())) < 0)
      return fail("codec parameters", rc);
    if ((rc = avio_open(&muxer_->pb, path_.c_str(), AVIO_FLAG_WRITE)) < 0) return fail("cannot create the file", rc);
    if ((rc = avformat_write_header(muxer_.get(), nullptr)) < 0) return fail("header", rc);
    sws_.reset(sws_getContext(width, height, AV_PIX_FMT_RGB24, width, height, AV_PIX_FMT_0RGB32, SWS_POINT, nullptr,
                              nullptr, nullptr));
    frame_.reset(av_frame_alloc());
    packet_.reset(av_packet_alloc());
    if (!sws_ || !frame_ || !packet_) return fail("out of memory", AVERROR(ENOMEM));
    frame_->format = AV_PIX_FMT_0RGB32;
    frame_->width = width;
    frame_->height = height;
    if ((rc = av_frame_get_buffer(frame_.get(), 0)) < 0) return fail("frame buffer", rc);
    return {};
  }

  Status write(const media::Image& image, std::int64_t pts) {
    if (image.width != codec_->width || image.height != codec_->height)
      return spact::fail(ErrorCode::Internal, "A picture for '" + path_ + "' has the wrong size.");
    int rc = av_frame_make_writable(frame_.get());
    if (rc < 0) return fail("frame buffer", rc);
    const std::uint8_t* src[1] = {image.rgb.data()};
    const int stride[1] = {image.width * 3};
    sws_scale(sws_.get(), src, stride, 0, image.height, frame_->data, frame_->linesize);
    frame_->pts = pts;
    return send(frame_.get());
  }

  Status finish() {
    if (auto ok = send(nullptr); !ok) return ok;
    if (int rc = av_write_trailer(muxer_.get()); rc < 0) return fail("trailer", rc);
    if (int rc = avio_closep(&muxer_->pb); rc < 0) return fail("closing", rc);
    return {};
  }

 private:
  Status send(AVFrame* frame) {
    int rc = avcodec_send_frame(codec_.get(), frame);
    if (rc < 0) return fail("encoding", rc);
    while ((rc = avcodec_receive_packet(codec_.get(), packet_.get())) >= 0) {
      av_packet_rescale_ts(packet_.get(), codec_->time_base, stream_->time_base);
      packet_->stream_index = stream_->index;
      if ((rc = av_interleaved_write_frame(muxer_.get(), packet_.get())) < 0) return fail("writing a packet", rc);
    }
    if (rc != AVERROR(EAGAIN) && rc != AVERROR_EOF) return fail("encoding", rc);
    return {};
  }

  std::string path_;
  std::unique_ptr<AVFormatContext, OutputCloser> muxer_;
  std::unique_ptr<AVCodecContext, CodecFreer> codec_;
  std::unique_ptr<AVFrame, FrameFreer> frame_;
  std::unique_ptr<AVPacket, PacketFreer> packet_;
  std::unique_ptr<SwsContext, SwsFreer> sws_;
  AVStream* stream_ = nullptr;
};

}  // namespace

Status writeLosslessVideo(const std::string& path, int width, int height, int frames, int fps,
                          const std::function<media::Image(int)>& frame) {
  Writer writer(path);
  if (auto ok = writer.open(width, height, fps); !ok) return ok;
  for (int i = 0; i < frames; ++i)
    if (auto ok = writer.write(frame(i), i); !ok) return ok;
  return writer.finish();
}

}  // namespace spact::data
