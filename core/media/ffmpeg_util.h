#pragma once
// RAII and error helpers around FFmpeg's C API, private to core/media.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}
#include <memory>
#include <string>
#include <vector>

#include "util/result.h"

namespace spact::media::ff {

struct FormatCloser { void operator()(AVFormatContext* c) const { avformat_close_input(&c); } };
struct CodecFreer { void operator()(AVCodecContext* c) const { avcodec_free_context(&c); } };
struct FrameFreer { void operator()(AVFrame* f) const { av_frame_free(&f); } };
struct PacketFreer { void operator()(AVPacket* p) const { av_packet_free(&p); } };
struct SwsFreer { void operator()(SwsContext* s) const { sws_freeContext(s); } };

using FormatPtr = std::unique_ptr<AVFormatContext, FormatCloser>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecFreer>;
using FramePtr = std::unique_ptr<AVFrame, FrameFreer>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using SwsPtr = std::unique_ptr<SwsContext, SwsFreer>;

std::string errorString(int averror);

// Checks that `path` is an existing, non-empty, regular file (clear errors otherwise), then
// opens it and reads its stream information.
Result<FormatPtr> openInput(const std::string& path);

// Opens a decoder for stream `index` of `format` with `threads` threads (0: FFmpeg's choice).
Result<CodecPtr> openDecoder(const std::string& path, AVFormatContext* format, int index, int threads);

// The presentation timestamps of every packet of stream `index`, in display order, read by
// demuxing `path` once (no decoding): exact frame counts, and seeking by frame index.
Result<std::vector<std::int64_t>> readPacketTimestamps(const std::string& path, int index);

// Clockwise degrees (0, 90, 180, 270) that turn the stream's pictures upright.
int streamRotation(const AVStream* stream);

}  // namespace spact::media::ff
