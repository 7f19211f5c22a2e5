#include "pipeline/export_video.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <vector>

#include "media/decoder.h"
#include "util/log.h"

namespace spact::pipeline {
namespace fs = std::filesystem;

Status checkOutputPath(const std::string& input, const std::string& output) {
  std::error_code ec;
  if (output.empty()) return fail(ErrorCode::InvalidInput, "No output file was given.");
  const fs::path in = fs::weakly_canonical(fs::absolute(input, ec), ec);
  const fs::path out = fs::weakly_canonical(fs::absolute(output, ec), ec);
  if (in == out || (fs::exists(output, ec) && fs::equivalent(input, output, ec)))
    return fail(ErrorCode::InvalidInput, "'" + output + "' is the input file itself; choose another output name.");
  if (fs::is_directory(out, ec)) return fail(ErrorCode::InvalidInput, "'" + output + "' is a folder, not a file name.");
  const fs::path parent = out.parent_path();
  if (!fs::exists(parent, ec))
    return fail(ErrorCode::NotFound, "Cannot write '" + output + "': the folder '" + parent.string() + "' does not exist.");
  if (!fs::is_directory(parent, ec))
    return fail(ErrorCode::InvalidInput, "Cannot write '" + output + "': '" + parent.string() + "' is not a folder.");
  if (::access(parent.c_str(), W_OK) != 0)
    return fail(ErrorCode::Io, "Cannot write '" + output + "': the folder '" + parent.string() + "' is not writable.");
  std::string ext = out.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != ".mp4" && ext != ".mov" && ext != ".m4v" && ext != ".mkv")
    return fail(ErrorCode::InvalidInput, "Cannot write '" + output + "': use a .mp4, .mov, .m4v or .mkv file name.");
  return {};
}

Result<ExportSummary> exportAnonymized(const std::string& input, const std::string& output, Anonymizer& anonymizer,
                                       const ExportOptions& options, JobControl& job) {
  const auto started = std::chrono::steady_clock::now();
  if (auto ok = checkOutputPath(input, output); !ok) return tl::unexpected(ok.error());
  auto decoder = media::Decoder::open(input, {.threads = options.decoderThreads});
  if (!decoder) return tl::unexpected(decoder.error());
  const media::MediaInfo& info = (*decoder)->info();
  const std::int64_t total = info.video() ? info.video()->frameCount : 0;

  media::EncoderOptions encoderOptions = options.encoder;
  if (options.codecFromExtension) encoderOptions.codec = media::defaultCodecFor(output);
  std::unique_ptr<media::Encoder> encoder;  // opened with the first frame, when its size is known
  std::vector<media::Image> batch;
  std::vector<std::int64_t> pts;
  const auto batchSize = static_cast<std::size_t>(std::max(1, anonymizer.batchSize()));
  ExportSummary summary;
  bool ended = false;
  while (!ended) {
    if (job.stopRequested()) return cancelled();  // ~Encoder removes the temporary file
    batch.clear();
    pts.clear();
    while (batch.size() < batchSize) {
      auto frame = (*decoder)->next();
      if (!frame) return tl::unexpected(frame.error());
      if (!*frame) {
        ended = true;
        break;
      }
      pts.push_back((*frame)->pts);
      batch.push_back(std::move((*frame)->image));
    }
    if (batch.empty()) break;
    if (auto ok = anonymizer.process(batch); !ok) {
      auto error = ok.error();
      error.message = "Anonymizing '" + input + "' failed: " + error.message;
      return tl::unexpected(error);
    }
    if (!encoder) {
      auto opened = media::Encoder::open(output, input, batch.front().width, batch.front().height, encoderOptions);
      if (!opened) return tl::unexpected(opened.error());
      encoder = std::move(*opened);
    }
    for (std::size_t i = 0; i < batch.size(); ++i)
      if (auto ok = encoder->write(batch[i], pts[i]); !ok) return tl::unexpected(ok.error());
    summary.frames += static_cast<std::int64_t>(batch.size());
    if (!job.report({"anonymizing", summary.frames, std::max(total, summary.frames)})) return cancelled();
  }
  if (!encoder) return fail(ErrorCode::InvalidInput, "'" + input + "' has no pictures that could be decoded.");
  if (job.stopRequested()) return cancelled();
  if (auto ok = encoder->finish(); !ok) return tl::unexpected(ok.error());
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  log::get("pipeline")->info("'{}' -> '{}': {} frames with {} in {:.2f} s", input, output, summary.frames, anonymizer.name(),
                             summary.seconds);
  return summary;
}

}  // namespace spact::pipeline
