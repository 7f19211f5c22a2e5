#include "media/ffmpeg_util.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <mutex>

#include "util/log.h"

namespace spact::media::ff {
namespace {

// FFmpeg's own messages go to the "ffmpeg" logger at debug level: every failure that matters
// is reported by our own sentence naming the file, so they are detail, not news.
void routeLog(void* avcl, int level, const char* fmt, va_list args) {
  if (level > AV_LOG_VERBOSE) return;
  static thread_local int printPrefix = 1;
  char line[1024];
  av_log_format_line2(avcl, level, fmt, args, line, sizeof line, &printPrefix);
  std::string text(line);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  if (text.empty()) return;
  log::get("ffmpeg")->log(level <= AV_LOG_INFO ? spdlog::level::debug : spdlog::level::trace, "{}", text);
}

void routeLogOnce() {
  static std::once_flag once;
  std::call_once(once, [] { av_log_set_callback(routeLog); });
}

}  // namespace

std::string errorString(int averror) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(averror, buf, sizeof buf);
  return buf;
}

Result<FormatPtr> openInput(const std::string& path) {
  routeLogOnce();
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) return fail(ErrorCode::NotFound, "'" + path + "' does not exist.");
  if (fs::is_directory(status)) return fail(ErrorCode::InvalidInput, "'" + path + "' is a folder, not a media file.");
  if (fs::is_regular_file(status) && fs::file_size(path, ec) == 0)
    return fail(ErrorCode::InvalidInput, "'" + path + "' is empty (0 bytes).");

  AVFormatContext* raw = nullptr;
  int rc = avformat_open_input(&raw, path.c_str(), nullptr, nullptr);
  if (rc < 0) {
    if (rc == AVERROR(EACCES)) return fail(ErrorCode::Io, "'" + path + "' cannot be read: permission denied.");
    return fail(ErrorCode::InvalidInput, "'" + path + "' is not a media file FFmpeg can read (" + errorString(rc) + ").");
  }
  FormatPtr format(raw);
  rc = avformat_find_stream_info(format.get(), nullptr);
  if (rc < 0)
    return fail(ErrorCode::InvalidInput, "'" + path + "' is damaged: its streams could not be read (" + errorString(rc) + ").");
  return format;
}

Result<CodecPtr> openDecoder(const std::string& path, AVFormatContext* format, int index, int threads) {
  const AVStream* stream = format->streams[index];
  const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
  if (!codec)
    return fail(ErrorCode::Unsupported, "'" + path + "' uses the codec '" + avcodec_get_name(stream->codecpar->codec_id) +
                                            "', which this FFmpeg cannot decode.");
  CodecPtr ctx(avcodec_alloc_context3(codec));
  if (!ctx) return fail(ErrorCode::OutOfMemory, "Out of memory while opening a decoder for '" + path + "'.");
  int rc = avcodec_parameters_to_context(ctx.get(), stream->codecpar);
  if (rc >= 0) {
    ctx->thread_count = threads;
    ctx->pkt_timebase = stream->time_base;
    rc = avcodec_open2(ctx.get(), codec, nullptr);
  }
  if (rc < 0) return fail(ErrorCode::InvalidInput, "The decoder for '" + path + "' could not be opened (" + errorString(rc) + ").");
  return ctx;
}

Result<std::vector<std::int64_t>> readPacketTimestamps(const std::string& path, int index) {
  auto format = openInput(path);
  if (!format) return tl::unexpected(format.error());
  PacketPtr packet(av_packet_alloc());
  std::vector<std::int64_t> stamps;
  int rc = 0;
  while ((rc = av_read_frame(format->get(), packet.get())) >= 0) {
    if (packet->stream_index == index) stamps.push_back(packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts);
    av_packet_unref(packet.get());
  }
  if (rc != AVERROR_EOF)
    return fail(ErrorCode::InvalidInput, "'" + path + "' is damaged: reading it failed after " + std::to_string(stamps.size()) +
                                             " frames (" + errorString(rc) + ").");
  std::sort(stamps.begin(), stamps.end());  // packets come in decoding order
  return stamps;
}

int streamRotation(const AVStream* stream) {
  const auto* matrix = reinterpret_cast<const int32_t*>(av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr));
  if (!matrix) return 0;
  const double counterClockwise = av_display_rotation_get(matrix);
  if (std::isnan(counterClockwise)) return 0;
  long clockwise = std::lround(-counterClockwise);
  clockwise = ((clockwise % 360) + 360) % 360;
  return static_cast<int>(((clockwise + 45) / 90 % 4) * 90);
}

}  // namespace spact::media::ff
