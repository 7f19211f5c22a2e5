// `spact synth OUT_DIR [--actions N] [--attributes K] [--videos-per-class V] [--images I]
// [--size S] [--frames F] [--seed N] [--force]`: writes the synthetic privacy/action benchmark
// (action/ in the UCF101 layout, privacy/ in the VISPR layout). OUT_DIR must be new or empty;
// --force replaces an earlier benchmark (a folder with synth.json), never any other folder.
// Ctrl-C stops cleanly (exit 130) and leaves nothing behind.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "commands.h"
#include "data/synth_writer.h"
#include "terminal.h"
#include "util/files.h"

namespace spact::cli {
namespace {

struct Options {
  std::string out;
  data::SynthOptions synth;
  bool force = false;
  int threads = 0;
};

// The files written so far, on the terminal's status line.
class ProgressLine {
public:
  bool operator()(const Progress& p) {
    if (interrupted()) return false;
    if (line_.due(p.done == p.total))
      line_.show(fmt::format("{}: {}/{} files ({}%)", p.stage, p.done, p.total, static_cast<int>(100 * p.fraction())));
    return true;
  }
  void clear() { line_.clear(); }

private:
  StatusLine line_;
};

int runSynth(const Options& o, const Globals& globals) {
  if (auto ok = config::validate(o.synth, "spact synth"); !ok) {
    printError(ok.error().message);
    return 2;
  }
  watchInterrupts();
  ProgressLine line;
  JobControl job(std::stop_token{}, [&line](const Progress& p) { return line(p); });
  const auto started = std::chrono::steady_clock::now();
  auto result = data::writeSynth(o.out, o.synth, job, o.force, o.threads);
  line.clear();
  if (!result) {
    if (result.error().isCancelled())
      std::cerr << "spact: cancelled; '" << o.out << "' was not written.\n";
    else
      printError(result.error().message);
    return exitCodeFor(result.error());
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const auto& s = o.synth;
  const int videos = s.actions * (s.videosPerClass + s.testVideosPerClass);
  if (globals.json) {
    auto text = files::readText(o.out + "/synth.json");
    if (text) std::cout << *text;
  } else {
    std::cout << "Wrote " << videos << " videos (" << s.actions << " actions, " << s.frames << " frames of " << s.size
              << "×" << s.size << ") and " << s.images + s.testImages << " images (" << s.attributes
              << " attributes) to '" << o.out << "' in " << static_cast<int>(seconds * 10) / 10.0 << " s.\n";
  }
  return 0;
}

}  // namespace

Command addSynthCommand(CLI::App& app, const Globals& globals) {
  auto* cmd = app.add_subcommand("synth", "Write the synthetic privacy/action benchmark (UCF101 and VISPR layouts)");
  auto o = std::make_shared<Options>();
  auto& s = o->synth;
  cmd->add_option("OUT_DIR", o->out, "Folder to create (new or empty)")->required();
  cmd->add_option("--actions", s.actions, "Action classes (motion patterns)")
      ->capture_default_str()
      ->check(CLI::Range(2, 8));
  cmd->add_option("--attributes", s.attributes, "Privacy attributes (VISPR names, the first K)")
      ->capture_default_str()
      ->check(CLI::Range(1, 7));
  cmd->add_option("--videos-per-class", s.videosPerClass, "Training videos per class")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--test-videos-per-class", s.testVideosPerClass, "Test videos per class")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--images", s.images, "Training privacy images")
      ->capture_default_str()
      ->check(CLI::Range(1, 10000000));
  cmd->add_option("--test-images", s.testImages, "Test privacy images")
      ->capture_default_str()
      ->check(CLI::Range(1, 10000000));
  cmd->add_option("--size", s.size, "Side of the square frames and images")
      ->capture_default_str()
      ->check(CLI::Range(16, 1024));
  cmd->add_option("--frames", s.frames, "Frames per video")->capture_default_str()->check(CLI::Range(2, 10000));
  cmd->add_option("--attribute-rate", s.attributeRate, "Probability that each attribute is present")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--seed", s.seed, "Seed: the same seed gives the same pixels")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{0}, std::int64_t{9000000000000000}));
  cmd->add_option("--threads", o->threads, "Files written at once (0: one per core)")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  cmd->add_flag("--force", o->force, "Replace an earlier synthetic benchmark in OUT_DIR (never another folder)");
  return {cmd, [o, &globals] { return runSynth(*o, globals); }};
}

}  // namespace spact::cli
