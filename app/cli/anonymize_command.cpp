// `spact anonymize INPUT... -o OUTPUT [--model FILE | --method M] [--res N] [--device D] [--crf N]`:
// one video to one file, or many (files or folder trees) into a folder, resumably. Ctrl-C stops
// cleanly (exit 130) and leaves nothing under the final names.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.h"
#include "nn/io/model_files.h"
#include "pipeline/folder_export.h"
#include "terminal.h"

namespace spact::cli {
namespace {
namespace fs = std::filesystem;

struct Options {
  std::vector<std::string> inputs;
  std::string output;
  std::string model;
  std::string method;
  int resolution = -1;  // -1: the model's trained resolution (its card), else 112
  std::string device = "cpu";
  int crf = 18;
  std::string preset = "medium";
  int batch = 8;
  std::string precision = "fp32";
};

// The frames done so far, on the terminal's status line.
class ProgressLine {
public:
  bool operator()(const Progress& p) {
    if (interrupted()) return false;
    if (!line_.due(p.done == p.total)) return true;
    line_.show(p.total > 0 ? fmt::format("{}: {}/{} frames ({}%)", p.stage, p.done, p.total, static_cast<int>(100 * p.fraction()))
                           : fmt::format("{}: {} frames", p.stage, p.done));
    return true;
  }
  void clear() { line_.clear(); }

private:
  StatusLine line_;
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
  if (config.resolution < 0) {
    const int trained = nn::io::trainedResolution(o.model);
    config.resolution = trained > 0 ? trained : 112;
  }
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

  watchInterrupts();
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
  cmd->add_option("--res", o->resolution,
                  "Shorter side at which f_A runs (0: full size; default: the resolution the model was trained at, "
                  "else 112)")
      ->check(CLI::Range(0, 4096));
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
