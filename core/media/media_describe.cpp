#include "media/media_describe.h"

#include <filesystem>

#include "media/ffmpeg_util.h"

namespace spact::media {
namespace {

std::map<std::string, std::string> tagsOf(const AVDictionary* dict) {
  std::map<std::string, std::string> tags;
  const AVDictionaryEntry* e = nullptr;
  while ((e = av_dict_get(dict, "", e, AV_DICT_IGNORE_SUFFIX))) tags[e->key] = e->value;
  return tags;
}

double seconds(std::int64_t value, AVRational base) {
  return value == AV_NOPTS_VALUE || value <= 0 ? 0.0 : static_cast<double>(value) * av_q2d(base);
}

StreamInfo describeStream(const AVStream* st) {
  const AVCodecParameters* par = st->codecpar;
  StreamInfo s;
  s.index = st->index;
  const char* type = av_get_media_type_string(par->codec_type);
  s.type = type ? type : "unknown";
  s.codec = avcodec_get_name(par->codec_id);
  if (const AVCodecDescriptor* desc = avcodec_descriptor_get(par->codec_id); desc && desc->long_name)
    s.codecLongName = desc->long_name;
  s.bitRate = par->bit_rate;
  s.duration = seconds(st->duration, st->time_base);
  s.tags = tagsOf(st->metadata);
  if (par->codec_type == AVMEDIA_TYPE_VIDEO) {
    s.width = par->width;
    s.height = par->height;
    if (const char* name = av_get_pix_fmt_name(static_cast<AVPixelFormat>(par->format))) s.pixelFormat = name;
    if (st->avg_frame_rate.num > 0 && st->avg_frame_rate.den > 0) s.frameRate = av_q2d(st->avg_frame_rate);
    else if (st->r_frame_rate.num > 0 && st->r_frame_rate.den > 0) s.frameRate = av_q2d(st->r_frame_rate);
    // r_frame_rate is the lowest rate all timestamps fit; a different average means gaps vary.
    if (st->r_frame_rate.num > 0 && st->avg_frame_rate.num > 0)
      s.variableFrameRate = av_cmp_q(st->r_frame_rate, st->avg_frame_rate) != 0;
    if (st->nb_frames > 0) {
      s.frameCount = st->nb_frames;
      s.frameCountExact = true;
    }
    s.rotation = ff::streamRotation(st);
  } else if (par->codec_type == AVMEDIA_TYPE_AUDIO) {
    s.sampleRate = par->sample_rate;
    s.channels = par->ch_layout.nb_channels;
    char layout[128] = {};
    if (av_channel_layout_describe(&par->ch_layout, layout, sizeof layout) > 0) s.channelLayout = layout;
    if (const char* name = av_get_sample_fmt_name(static_cast<AVSampleFormat>(par->format))) s.sampleFormat = name;
  }
  return s;
}

}  // namespace

MediaInfo describeFormat(const std::string& path, AVFormatContext* format) {
  MediaInfo info;
  info.path = path;
  info.container = format->iformat->name;
  if (format->iformat->long_name) info.containerLongName = format->iformat->long_name;
  std::error_code ec;
  info.sizeBytes = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
  info.duration = format->duration == AV_NOPTS_VALUE ? 0.0 : static_cast<double>(format->duration) / AV_TIME_BASE;
  info.bitRate = format->bit_rate;
  info.tags = tagsOf(format->metadata);
  for (unsigned i = 0; i < format->nb_streams; ++i) info.streams.push_back(describeStream(format->streams[i]));
  // Cover art is a one-picture "video" stream; readers want the real one.
  const int best = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (best >= 0 && !(format->streams[best]->disposition & AV_DISPOSITION_ATTACHED_PIC)) info.videoStream = best;
  return info;
}

}  // namespace spact::media
