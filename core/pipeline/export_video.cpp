#include "pipeline/export_video.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "media/decoder.h"
#include "pipeline/bounded_queue.h"
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

namespace {

struct Batch {
  std::vector<media::Image> frames;
  std::vector<std::int64_t> pts;
};

// The first error any stage hits; the other stages see failed() and stop.
class FirstError {
 public:
  void set(Error error) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::move(error);
    failed_.store(true);
  }
  bool failed() const { return failed_.load(); }
  std::optional<Error> get() {
    std::lock_guard lock(mutex_);
    return error_;
  }

 private:
  std::mutex mutex_;
  std::optional<Error> error_;
  std::atomic<bool> failed_{false};
};

Error internalError(const std::string& where, const char* what) {
  return Error{ErrorCode::Internal, where + " failed unexpectedly: " + what + "."};
}

// The anonymized picture at the output height (ExportOptions::outputHeight); area averaging when
// shrinking, bilinear when enlarging.
void scaleToHeight(media::Image& image, int height) {
  if (height <= 0 || image.empty() || image.height == height) return;
  int width = static_cast<int>(std::lround(static_cast<double>(image.width) * height / image.height));
  width = std::max(2, width + (width % 2));
  media::Image scaled{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3)};
  const cv::Mat src(image.height, image.width, CV_8UC3, image.rgb.data());
  cv::Mat dst(height, width, CV_8UC3, scaled.rgb.data());
  cv::resize(src, dst, dst.size(), 0, 0, height < image.height ? cv::INTER_AREA : cv::INTER_LINEAR);
  image = std::move(scaled);
}

}  // namespace

// Three stages overlap: a thread decodes batches, this thread anonymizes them (it owns the
// anonymizer and its device), a thread encodes. Queues of two batches between them bound the
// memory. Errors are values handed over through FirstError; no exception leaves a thread.
// Progress and cancellation stay on this thread, the only one that touches `job`.
Result<ExportSummary> exportAnonymized(const std::string& input, const std::string& output, Anonymizer& anonymizer,
                                       const ExportOptions& options, JobControl& job) {
  const auto started = std::chrono::steady_clock::now();
  if (auto ok = checkOutputPath(input, output); !ok) return tl::unexpected(ok.error());
  auto opened = media::Decoder::open(input, {.threads = options.decoderThreads});
  if (!opened) return tl::unexpected(opened.error());
  media::Decoder& decoder = **opened;
  const std::int64_t total = decoder.info().video() ? decoder.info().video()->frameCount : 0;
  media::EncoderOptions encoderOptions = options.encoder;
  if (options.codecFromExtension) encoderOptions.codec = media::defaultCodecFor(output);
  const auto batchSize = static_cast<std::size_t>(std::max(1, anonymizer.batchSize()));

  BoundedQueue<Batch> decoded(2), anonymized(2);
  FirstError error;
  std::atomic<bool> stop{false};
  std::atomic<bool> encoderDone{false};
  const auto abort = [&] {
    stop.store(true);
    decoded.close();
    anonymized.close();
  };

  std::thread decoding([&] {
    try {
      for (bool ended = false; !ended && !stop.load();) {
        Batch batch;
        while (batch.frames.size() < batchSize) {
          auto frame = decoder.next();
          if (!frame) {
            error.set(frame.error());
            ended = true;
            break;
          }
          if (!*frame) {
            ended = true;
            break;
          }
          batch.pts.push_back((*frame)->pts);
          batch.frames.push_back(std::move((*frame)->image));
        }
        if (error.failed() || (!batch.frames.empty() && !decoded.push(std::move(batch)))) break;
      }
    } catch (const std::exception& e) {
      error.set(internalError("Decoding '" + input + "'", e.what()));
    }
    decoded.close();
  });

  std::int64_t written = 0;
  bool finished = false;  // the output is complete under its final name
  std::thread encoding([&] {
    std::unique_ptr<media::Encoder> encoder;  // opened with the first frame, when its size is known
    try {
      while (auto batch = anonymized.pop()) {
        if (stop.load()) break;
        if (!encoder) {
          auto made = media::Encoder::open(output, input, batch->frames.front().width, batch->frames.front().height,
                                           encoderOptions);
          if (!made) {
            error.set(made.error());
            break;
          }
          encoder = std::move(*made);
        }
        for (std::size_t i = 0; i < batch->frames.size() && !error.failed(); ++i)
          if (auto ok = encoder->write(batch->frames[i], batch->pts[i]); !ok) error.set(ok.error());
        if (error.failed()) break;
        written += static_cast<std::int64_t>(batch->frames.size());
      }
      if (!stop.load() && !error.failed()) {
        if (!encoder)
          error.set({ErrorCode::InvalidInput, "'" + input + "' has no pictures that could be decoded."});
        else if (auto ok = encoder->finish(); !ok)
          error.set(ok.error());
        else
          finished = true;
      }
    } catch (const std::exception& e) {
      error.set(internalError("Encoding '" + output + "'", e.what()));
    }
    encoder.reset();  // unfinished: removes the temporary file
    if (error.failed()) abort();
    encoderDone.store(true);
  });

  std::int64_t done = 0;
  while (auto batch = decoded.pop()) {
    if (stop.load() || job.stopRequested()) break;
    if (auto ok = anonymizer.process(batch->frames); !ok) {
      auto e = ok.error();
      e.message = "Anonymizing '" + input + "' failed: " + e.message;
      error.set(std::move(e));
      break;
    }
    for (auto& frame : batch->frames) scaleToHeight(frame, options.outputHeight);
    done += static_cast<std::int64_t>(batch->frames.size());
    if (!anonymized.push(std::move(*batch))) break;
    if (!job.report({"anonymizing", done, std::max(total, done)})) break;
  }
  if (job.stopRequested() || error.failed())
    abort();
  else
    anonymized.close();
  // The encoder drains its queue and finishes; a cancel until then still leaves nothing behind.
  while (!encoderDone.load()) {
    if (!stop.load() && !job.report({"finishing", done, std::max(total, done)})) stop.store(true);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  decoding.join();
  encoding.join();
  if (!finished) {
    if (job.stopRequested()) return cancelled();
    if (auto e = error.get()) return tl::unexpected(*e);
    return fail(ErrorCode::Internal, "Exporting '" + output + "' stopped without a reason.");
  }

  ExportSummary summary;
  summary.frames = written;
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  log::get("pipeline")->info("'{}' -> '{}': {} frames with {} in {:.2f} s", input, output, summary.frames, anonymizer.name(),
                             summary.seconds);
  return summary;
}

}  // namespace spact::pipeline
