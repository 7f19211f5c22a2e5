// `spact bench anonymize [--model FILE] [--res N] [--batch N] [--frames N] [--device D] [--json]`:
// frames per second of f_A at the processing resolution (pipeline/bench.h), with the settings that
// make it fast switchable so each can be measured (tests/bench/bench_anonymize.sh).
#include <iomanip>
#include <iostream>

#include "commands.h"
#include "nn/runtime.h"
#include "pipeline/bench.h"

namespace spact::cli {
namespace {

struct Options {
  pipeline::BenchOptions bench;
  std::string layout = "nhwc";
  bool noFuse = false;
};

int runBench(const Options& o, const Globals& globals) {
  pipeline::BenchOptions bench = o.bench;
  bench.anonymizer.channelsLast = o.layout == "nhwc";
  bench.anonymizer.fuse = !o.noFuse;
  JobControl job;
  auto result = pipeline::benchAnonymizer(bench, job);
  if (!result) {
    printError(result.error().message);
    return exitCodeFor(result.error());
  }
  const auto& a = bench.anonymizer;
  if (globals.json) {
    config::Json j = {{"network", result->network},
                      {"device", result->device},
                      {"threads", nn::threadCount()},
                      {"resolution", a.resolution},
                      {"batch", a.batch},
                      {"precision", a.precision},
                      {"layout", o.layout},
                      {"fused", a.fuse},
                      {"frames", result->frames},
                      {"seconds", result->seconds},
                      {"frames_per_second", result->framesPerSecond}};
    if (result->maxError >= 0) {
      j["max_error_8bit"] = result->maxError;
      j["mean_error_8bit"] = result->meanError;
    }
    std::cout << j.dump(2) << '\n';
    return 0;
  }
  std::cout << result->network << " at " << a.resolution << "x" << a.resolution << ", batch " << a.batch << ", "
            << a.precision << ", " << o.layout << (a.fuse ? ", BatchNorm folded" : "") << " on " << result->device
            << ":\n  " << result->frames << " frames in " << std::fixed << std::setprecision(2) << result->seconds
            << " s: " << result->framesPerSecond << " frames/s\n";
  if (result->maxError >= 0)
    std::cout << "  against plain fp32: max " << result->maxError << "/255, mean " << std::setprecision(4)
              << result->meanError << "/255\n";
  return 0;
}

}  // namespace

Command addBenchAnonymizeCommand(CLI::App& app, const Globals& globals) {
  auto* cmd = benchGroup(app)->add_subcommand("anonymize", "Frames per second of f_A at the processing resolution");
  auto o = std::make_shared<Options>();
  auto& b = o->bench;
  cmd->add_option("--model", b.modelPath, "Model file holding f_A (default: a UNet with random weights)");
  cmd->add_option("--width", b.width, "Width multiplier of the random UNet")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 4.0));
  cmd->add_option("--res", b.anonymizer.resolution, "Frame size f_A sees (square)")
      ->capture_default_str()
      ->check(CLI::Range(8, 4096));
  cmd->add_option("--batch", b.anonymizer.batch, "Frames per forward pass")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--frames", b.frames, "Frames timed, after one warm-up batch")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--device", b.anonymizer.device, "cpu or cuda")
      ->capture_default_str()
      ->check(CLI::IsMember({"cpu", "cuda"}));
  cmd->add_option("--precision", b.anonymizer.precision, "fp32 or bf16")
      ->capture_default_str()
      ->check(CLI::IsMember({"fp32", "bf16"}));
  cmd->add_option("--layout", o->layout, "Activation layout: nhwc (channels-last) or nchw")
      ->capture_default_str()
      ->check(CLI::IsMember({"nhwc", "nchw"}));
  cmd->add_flag("--no-fuse", o->noFuse, "Keep BatchNorm as separate layers");
  cmd->add_flag("!--no-compare", b.compare, "Skip the comparison with the plain fp32 network");
  return {cmd, [o, &globals] { return runBench(*o, globals); }};
}

}  // namespace spact::cli
