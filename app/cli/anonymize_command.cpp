// `spact anonymize INPUT... -o OUTPUT [--model FILE | --method M] [--res N] [--device D] [--crf N]`:
// one video to one file, or many (files or folder trees) into a folder, resumably. Ctrl-C stops
// cleanly (exit 130) and leaves nothing under the final names.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "pipeline/folder_export.h"

namespace spact::cli {
namespace {
namespace fs = std::filesystem;

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) { interrupted.store(true); }

struct Options {
  std::vector<std::string> inputs;
  std::string output;
  std::string model;
  std::string method;
  int resolution = 112;
  std::string device = "cpu";
  int crf = 18;
  std::string preset = "medium";
  int batch = 8;
  std::string precision = "fp32";
};

// A progress line on a terminal, redrawn at most 10 times a second; nothing otherwise.
class ProgressLine {
public:
  ProgressLine() : enabled_(::isatty(STDERR_FILENO) == 1) {}
  bool operator()(const Progress& p) {
    if (interrupted.load()) return false;
    if (!enabled_) return true;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100) && p.done != p.total) return true;
    last_ = now;
    std::cerr << "\r\033[K" << p.stage << ": " << p.done;
    if (p.total > 0) std::cerr << '/' << p.total << " frames (" << static_cast<int>(100 * p.fraction()) << "%)";
    else std::cerr << " frames";
    std::cerr << std::flush;
    shown_ = true;
    return true;
  }
  void clear() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

int runAnonymize(const Options& o) {
  pipeline::AnonymizerConfig config;
  config.method = o.model.empty() ? (o.method.empty() ? "" : o.method) : "model";
  if (config.method.empty()) {
    printError("Choose an anonymizer: --model FILE (f_A) or --method blur|pixelate|downsample|faceblur.");
    return 2;
  }
  config.modelPath = o.model;
  config.resolution = o.resolution;
  config.device = o.device;
  config.batch = o.batch;
  config.precision = o.precision;

  // One input file to a file name; anything else into a folder (the studio's export follows the same rule).
  auto plan = pipeline::planExport(o.inputs, o.output);
  if (!plan) {
    printError(plan.error().message);
    return 1;
  }

  auto anonymizer = pipeline::makeAnonymizer(config);
  if (!anonymizer) {
    printError(anonymizer.error().message);
    return exitCodeFor(anonymizer.error());
  }
  pipeline::ExportOptions options;
  options.encoder.crf = o.crf;
  options.encoder.preset = o.preset;

  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
  ProgressLine line;
  JobControl job(std::stop_token{}, [&line](const Progress& p) { return line(p); });

  if (!plan->folderMode) {
    auto result = pipeline::exportAnonymized(o.inputs.front(), o.output, **anonymizer, options, job);
    line.clear();
    if (!result) {
      if (!result.error().isCancelled()) printError(result.error().message);
      else std::cerr << "spact: cancelled; '" << o.output << "' was not written.\n";
      return exitCodeFor(result.error());
    }
    return 0;
  }

  const auto& items = plan->items;
  auto summary = pipeline::exportFolder(
      items, o.output, **anonymizer, pipeline::manifestSettings(config, options), options, job,
      [&line](const pipeline::FolderOutcome& outcome, int, int) {
        if (outcome.state != pipeline::FolderOutcome::State::Failed) return;
        line.clear();
        printError(outcome.message);
      });
  line.clear();
  if (!summary) {
    if (summary.error().isCancelled()) std::cerr << "spact: cancelled; finished files are kept and listed in the manifest.\n";
    else printError(summary.error().message);
    return exitCodeFor(summary.error());
  }
  std::cerr << "spact: " << summary->done << " anonymized, " << summary->skipped << " already done, " << summary->failed
            << " failed (" << items.size() << " inputs).\n";
  return summary->failed > 0 ? 1 : 0;
}

}  // namespace

Command addAnonymizeCommand(CLI::App& app, const Globals&) {
  auto* cmd = app.add_subcommand("anonymize", "Anonymize videos with f_A (a model file) or a baseline method");
  auto o = std::make_shared<Options>();
  cmd->add_option("INPUT", o->inputs, "Video files or folders of videos")->required();
  cmd->add_option("-o,--output", o->output, "Output file (one input) or folder (several, or a folder)")->required();
  auto* model = cmd->add_option("--model", o->model, "Model file holding the anonymizer f_A");
  cmd->add_option("--method", o->method, "A baseline instead of f_A")
      ->check(CLI::IsMember({"blur", "pixelate", "downsample", "faceblur", "identity"}))
      ->excludes(model);
  cmd->add_option("--res", o->resolution, "Shorter side at which f_A runs (0: full size)")->capture_default_str()->check(CLI::Range(0, 4096));
  cmd->add_option("--device", o->device, "cpu or cuda")->capture_default_str()->check(CLI::IsMember({"cpu", "cuda"}));
  cmd->add_option("--crf", o->crf, "H.264 quality, 0 (lossless) to 51")->capture_default_str()->check(CLI::Range(0, 51));
  cmd->add_option("--preset", o->preset, "x264 speed preset")->capture_default_str()
      ->check(CLI::IsMember({"ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"}));
  cmd->add_option("--precision", o->precision,
                  "f_A arithmetic: fp32, or bf16 (faster where the CPU has it; see `spact bench anonymize`)")
      ->capture_default_str()
      ->check(CLI::IsMember({"fp32", "bf16"}));
  cmd->add_option("--batch", o->batch, "Frames per f_A forward pass")->capture_default_str()->check(CLI::Range(1, 1024));
  return {cmd, [o] { return runAnonymize(*o); }};
}

}  // namespace spact::cli
