// spact train: a SPAct training run from the command line (a GPU server, a script, CI).
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "commands.h"
#include "terminal.h"
#include "train/train_data.h"
#include "train/trainer.h"

namespace spact::cli {

namespace {

struct Options {
  std::string configFile;
  std::string preset;
  std::string actionData;
  std::string privacyData;
  std::string out;
  std::string device;
  bool resume = false;
  std::vector<std::string> overrides;
};

// The live line on a terminal: phase, epoch, step, the latest losses, throughput and the phase's ETA.
class TrainProgress {
public:
  void event(const config::Json& e) {
    const std::string type = e.value("type", "");
    if (type == "phase") {
      epochs_ = e.value("epochs", std::int64_t{0});
      eta_.restart();
    } else if (type == "train") {
      losses_.clear();
      for (const char* k : {"loss_a", "loss_t", "loss_b", "loss_attributes"})
        if (e.contains(k)) losses_ += fmt::format(" {}={:.4f}", k + 5, e[k].get<double>());
      if (e.contains("clips_per_s")) rate_ = fmt::format(" {:.1f} clips/s", e["clips_per_s"].get<double>());
      else if (e.contains("images_per_s")) rate_ = fmt::format(" {:.1f} images/s", e["images_per_s"].get<double>());
      epoch_ = e.value("epoch", std::int64_t{0});
      step_ = e.value("step", std::int64_t{0});
    } else if (type == "val") {
      const auto cmap = e.value("privacy_cmap", config::Json());
      print(fmt::format("validation ({}): action top-1 {:.1f} %, privacy cMAP {}", e.value("anonymized", true) ? "anonymized" : "raw data",
                        100 * e.value("action_top1", 0.0), cmap.is_number() ? fmt::format("{:.1f} %", 100 * cmap.get<double>()) : "n/a"));
    } else if (type == "privacy_restart") {
      std::string caught;
      if (e.contains("loss_b_first"))
        caught = fmt::format(", {} iterations alone on f_A's output: L_B {:.3f} -> {:.3f}", e.value("steps", 0),
                             e["loss_b_first"].get<double>(), e["loss_b_last"].get<double>());
      print("f_B restarted from fresh weights" + caught);
    } else if (type == "checkpoint") {
      print("checkpoint: " + e.value("path", "") + (e.value("best", false) ? " (best so far)" : ""));
    }
  }

  bool progress(const Progress& p) {
    if (interrupted()) return false;
    const std::string eta = eta_(p.done, p.total);
    if (line_.due())
      line_.show(fmt::format("{} epoch {}/{} step {}{}{}{}", p.stage, std::min(epoch_ + 1, std::max<std::int64_t>(epochs_, 1)), epochs_,
                             step_, losses_, rate_, eta));
    return true;
  }

  void clear() { line_.clear(); }

private:
  // A line of its own above the status line, on a terminal.
  void print(const std::string& text) {
    if (!line_.enabled()) return;
    line_.clear();
    std::cerr << text << '\n';
  }

  StatusLine line_{std::chrono::milliseconds(200)};
  Eta eta_;
  std::string losses_, rate_;
  std::int64_t epochs_ = 0, epoch_ = 0, step_ = 0;
};

Result<train::TrainConfig> makeConfig(const Options& o) {
  config::Json j = config::Json::object();
  std::string where = "the command line";
  if (!o.configFile.empty()) {
    auto file = config::readJsonFile(o.configFile);
    if (!file) return tl::unexpected(file.error());
    j = *file;
    where = o.configFile;
  } else {
    j["preset"] = o.preset;
  }
  if (!o.device.empty()) j["device"] = o.device;
  for (const auto& assignment : o.overrides)
    if (auto st = config::applyOverride(j, assignment); !st) return tl::unexpected(st.error());
  return train::trainConfigFromJson(j, where);
}

int runTrain(const Options& o, const Globals& globals) {
  auto cfg = makeConfig(o);
  if (!cfg) {
    printError(cfg.error().message);
    return 1;
  }
  auto data = train::openTrainData(o.actionData, o.privacyData, cfg->data.split);
  if (!data) {
    printError(data.error().message);
    return 1;
  }
  TrainProgress progress;
  train::TrainRequest request;
  request.config = *cfg;
  request.data = std::move(*data);
  request.runDir = o.out;
  request.resume = o.resume;
  request.onEvent = [&progress](const config::Json& e) { progress.event(e); };

  watchInterrupts();
  JobControl job(std::stop_token{}, [&progress](const Progress& p) { return progress.progress(p); });
  auto outcome = train::runTraining(request, job);
  progress.clear();
  if (!outcome) {
    if (outcome.error().isCancelled()) std::cerr << "spact: " << outcome.error().message << '\n';
    else printError(outcome.error().message);
    return exitCodeFor(outcome.error());
  }
  config::Json summary = {{"run", o.out},
                          {"steps", outcome->steps},
                          {"last_checkpoint", outcome->lastCheckpoint.string()},
                          {"best_checkpoint", outcome->bestCheckpoint ? config::Json(outcome->bestCheckpoint->string()) : config::Json()},
                          {"validation", outcome->lastValidation}};
  if (globals.json) {
    std::cout << summary.dump(2) << '\n';
  } else {
    std::cout << "Trained " << outcome->steps << " steps into " << o.out << ".\n";
    if (outcome->lastValidation.contains("action_top1")) {
      const auto cmap = outcome->lastValidation.value("privacy_cmap", config::Json());
      std::cout << fmt::format("Validation on anonymized data: action top-1 {:.1f} %, privacy cMAP {}.\n",
                               100 * outcome->lastValidation["action_top1"].get<double>(),
                               cmap.is_number() ? fmt::format("{:.1f} %", 100 * cmap.get<double>()) : "n/a");
    }
    std::cout << "Model: " << (outcome->bestCheckpoint ? outcome->bestCheckpoint->string() : outcome->lastCheckpoint.string()) << '\n';
  }
  return 0;
}

}  // namespace

Command addTrainCommand(CLI::App& app, const Globals& globals) {
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("train", "Train SPAct's anonymizer: initialisation, then the minimax game");
  auto* config = cmd->add_option("--config", options->configFile, "Run configuration (JSON) with every hyper-parameter")
                     ->check(CLI::ExistingFile);
  auto* preset = cmd->add_option("--preset", options->preset, "Start from a preset: paper or tiny")
                     ->check(CLI::IsMember({"paper", "tiny"}));
  config->excludes(preset);
  cmd->add_option("--action-data", options->actionData,
                  "Action data set folder (UCF101, HMDB51, generic), or synth[:key=value,...] for the in-memory benchmark")
      ->required();
  cmd->add_option("--privacy-data", options->privacyData,
                  "Privacy data set folder (VISPR, generic images), or synth[:key=value,...]")
      ->required();
  cmd->add_option("--out", options->out, "Run directory: config.json, events.jsonl, checkpoints/, samples/")->required();
  cmd->add_option("--device", options->device, "cpu, cuda or cuda:N");
  cmd->add_flag("--resume", options->resume, "Continue the run in --out from its last checkpoint");
  cmd->add_option("--set", options->overrides, "Override one hyper-parameter: key=value (e.g. minimax.epochs=10)");
  cmd->callback([cmd, config, preset] {
    if (config->count() == 0 && preset->count() == 0)
      throw CLI::RequiredError(cmd->get_name() + ": give --config RUN.json or --preset tiny|paper");
  });
  return {cmd, [options, &globals] { return runTrain(*options, globals); }};
}

}  // namespace spact::cli
