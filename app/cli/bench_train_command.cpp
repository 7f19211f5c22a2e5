// `spact bench train [--preset tiny|paper] [--res N] [--device D] [--iterations N] [--fold|--no-fold]
// [--keep-cancelled-bias|--skip-cancelled-bias] [--json]`: minimax iterations per second and where the time goes
// (train/bench_train.h).
#include <fmt/format.h>

#include <iostream>
#include <optional>

#include "commands.h"
#include "nn/runtime.h"
#include "train/bench_train.h"
#include "train/train_data.h"

namespace spact::cli {

namespace {

struct Options {
  std::string preset = "tiny";
  std::string configFile;
  std::string actionData = "synth";
  std::string privacyData = "synth";
  std::string device;
  int resolution = 0;
  std::optional<bool> fold;  // unset: the process's default (nn/runtime.h)
  std::optional<nn::CancelledBias> cancelledBias;  // unset: skipped on CUDA only (nn/runtime.h)
  std::vector<std::string> overrides;
  train::TrainBenchOptions bench;
};

int runBenchTrain(const Options& o, const Globals& globals) {
  config::Json j = config::Json::object();
  if (!o.configFile.empty()) {
    auto file = config::readJsonFile(o.configFile);
    if (!file) {
      printError(file.error().message);
      return 1;
    }
    j = *file;
  } else {
    j["preset"] = o.preset;
  }
  if (!o.device.empty()) j["device"] = o.device;
  if (o.resolution > 0) j["data"]["size"] = o.resolution;
  for (const auto& a : o.overrides)
    if (auto st = config::applyOverride(j, a); !st) {
      printError(st.error().message);
      return 1;
    }
  auto cfg = train::trainConfigFromJson(j, "the command line");
  if (!cfg) {
    printError(cfg.error().message);
    return 1;
  }
  // The synthetic set at the configuration's frame size and clip length, unless data is named.
  auto synth = [&](const std::string& spec) {
    if (spec != "synth") return spec;
    return fmt::format("synth:size={},frames={},videos_per_class={},images={}", cfg->data.size,
                       std::max(cfg->data.frames * cfg->data.skip, 2), std::max(8, cfg->data.actionBatch / 2),
                       std::max(64, cfg->data.privacyBatch * 2));
  };
  auto data = train::openTrainData(synth(o.actionData), synth(o.privacyData), cfg->data.split);
  if (!data) {
    printError(data.error().message);
    return 1;
  }
  if (o.fold) nn::setNarrowConvFolding(*o.fold);
  if (o.cancelledBias) nn::setCancelledBias(*o.cancelledBias);
  JobControl job;
  auto r = train::benchTrain(*cfg, *data, o.bench, job);
  if (!r) {
    printError(r.error().message);
    return exitCodeFor(r.error());
  }
  if (globals.json) {
    std::cout << r->json.dump(2) << '\n';
    return 0;
  }
  const std::string loaderLine = fmt::format(
      "  loader alone: {:.3f} s per iteration's batches ({:.2f}/s, {} threads per data set; {:.1f} cores busy in user mode, {:.1f} in the kernel)",
      r->data, r->dataBatchesPerSecond, cfg->data.workers, r->dataUserCores, r->dataKernelCores);
  if (o.bench.loaderOnly) {
    std::cout << fmt::format("Loader ({} clips × {} frames, {} image pairs, {}×{}):\n", cfg->data.actionBatch, cfg->data.frames,
                             cfg->data.privacyBatch, cfg->data.size, cfg->data.size)
              << loaderLine << '\n';
    return 0;
  }
  double parts = 0;
  for (const auto& part : r->parts) parts += part.second;
  std::cout << fmt::format(
                   "Minimax iteration ({} clips × {} frames, {} image pairs, {}×{}) on {}, {}{}{}:\n",
                   cfg->data.actionBatch, cfg->data.frames, cfg->data.privacyBatch, cfg->data.size, cfg->data.size,
                   cfg->device, cfg->precision, nn::narrowConvFolding() ? ", narrow 3D convolutions folded" : "",
                   r->json.value("cancelled_conv_bias_computed", false) ? "" : ", f_A's cancelled conv biases skipped")
            << fmt::format("  {:.3f} s per iteration: {:.2f} iterations/s\n", r->iteration, r->iterationsPerSecond)
            << fmt::format("  {:.1f} GFLOP per iteration (convolutions and matrix products): {:.1f} TFLOP/s{}\n",
                           r->flopsPerIteration / 1e9, r->tflopsPerSecond,
                           o.bench.peakTflops > 0
                               ? fmt::format(", {:.1f} % of {:g} TFLOP/s peak",
                                             100 * r->tflopsPerSecond / o.bench.peakTflops, o.bench.peakTflops)
                               : std::string())
            << fmt::format("  parts, each timed alone ({:.3f} s together):\n", parts);
  for (const auto& [name, seconds] : r->parts)
    std::cout << fmt::format("    {:<40} {:8.3f} s  {:5.1f} %\n", name, seconds, parts > 0 ? 100 * seconds / parts : 0.0);
  std::cout << loaderLine << (r->data > r->iteration ? ": the loader is the bottleneck" : "") << '\n';
  return 0;
}

}  // namespace

CLI::App* benchGroup(CLI::App& app) {
  for (auto* sub : app.get_subcommands([](CLI::App* s) { return s->get_name() == "bench"; })) return sub;
  auto* group = app.add_subcommand("bench", "Measure how fast things run on this machine");
  group->require_subcommand(1);
  return group;
}

Command addBenchTrainCommand(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  auto* cmd = benchGroup(app)->add_subcommand("train", "Minimax iterations per second, and where the time goes");
  auto* preset = cmd->add_option("--preset", o->preset, "Configuration preset")->capture_default_str()->check(CLI::IsMember({"tiny", "paper"}));
  cmd->add_option("--config", o->configFile, "Run configuration (JSON)")->check(CLI::ExistingFile)->excludes(preset);
  cmd->add_option("--action-data", o->actionData, "Action data folder or synth[:key=value,...]")->capture_default_str();
  cmd->add_option("--privacy-data", o->privacyData, "Privacy data folder or synth[:key=value,...]")->capture_default_str();
  cmd->add_option("--device", o->device, "cpu, cuda or cuda:N");
  cmd->add_option("--res", o->resolution, "Frame size (overrides data.size)")->check(CLI::Range(16, 1024));
  cmd->add_option("--iterations", o->bench.iterations, "Timed iterations, after one warm-up")->capture_default_str()->check(CLI::Range(1, 100000));
  cmd->add_option("--peak-tflops", o->bench.peakTflops,
                  "The device's peak TFLOP/s at the run's precision (H100/H200 SXM bf16 dense: 989), to report the fraction reached")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--loader-only", o->bench.loaderOnly, "Time the loader alone (no networks are built)");
  cmd->add_flag_function(
      "--fold,!--no-fold", [o](std::int64_t count) { o->fold = count > 0; },
      "Fold clips into the channels of 3D convolutions over 4 or 8 channels, or not, to measure what it gains (nn/narrow_conv3d.h; "
      "by default off; SPACT_FOLD_NARROW_CONV3D=1 turns it on where the CPU has AVX-512)");
  auto* keep = cmd->add_flag_callback(
      "--keep-cancelled-bias", [o] { o->cancelledBias = nn::CancelledBias::Keep; },
      "Compute the bias of f_A's convolutions that BatchNorm cancels in training, as the reference does (the "
      "default on the CPU; on CUDA it is skipped: nn/runtime.h)");
  cmd->add_flag_callback(
         "--skip-cancelled-bias", [o] { o->cancelledBias = nn::CancelledBias::Skip; },
         "Skip those biases on the CPU too, to measure what it would gain there")
      ->excludes(keep);
  cmd->add_option("--set", o->overrides, "Override one hyper-parameter: key=value");
  return {cmd, [o, &globals] { return runBenchTrain(*o, globals); }};
}

}  // namespace spact::cli
