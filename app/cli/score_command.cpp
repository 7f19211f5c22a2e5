// spact score: per-attribute privacy and action scores of a video, original against anonymized,
// as JSON (the studio's privacy panel shows the same data; schema in core/eval/score.h).
#include <fmt/format.h>

#include <iostream>

#include "commands.h"
#include "eval/score.h"
#include "terminal.h"

namespace spact::cli {

namespace {

struct Options {
  std::string video;
  std::string model;
  double segmentSeconds = 0;
  std::string device = "cpu";
};

std::string percentList(const config::Json& names, const config::Json& values) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < values.size(); ++i)
    out += fmt::format("{}{} {:.0f} %", out.empty() ? "" : ", ", names[i].get<std::string>(), 100 * values[i].get<double>());
  return out;
}

int runScore(const Options& o, const Globals& globals) {
  watchInterrupts();
  JobControl job(std::stop_token{}, [](const Progress&) { return !interrupted(); });
  eval::ScoreOptions options;
  options.segmentSeconds = o.segmentSeconds;
  options.device = o.device;
  auto scores = eval::scoreVideo(o.video, o.model, options, job);
  if (!scores) {
    if (scores.error().isCancelled()) std::cerr << "spact: " << scores.error().message << '\n';
    else printError(scores.error().message);
    return exitCodeFor(scores.error());
  }
  if (globals.json) {
    std::cout << scores->dump(2) << '\n';
    return 0;
  }
  const auto& s = *scores;
  std::cout << fmt::format("{}: {} segments of {} frames\n", o.video, s["segments"].size(), s.value("segment_frames", 0));
  const auto& overall = s["overall"];
  if (overall.contains("attributes")) {
    std::cout << "attributes, original:   " << percentList(s["attributes"]["names"], overall["attributes"]["original"]) << '\n';
    std::cout << "attributes, anonymized: " << percentList(s["attributes"]["names"], overall["attributes"]["anonymized"]) << '\n';
  } else {
    std::cout << "attributes: " << s["attributes"].value("omitted", "") << '\n';
  }
  if (overall.contains("action")) {
    for (const char* which : {"original", "anonymized"}) {
      std::string line;
      for (const auto& c : overall["action"][which])
        line += fmt::format("{}{} {:.0f} %", line.empty() ? "" : ", ", c.value("class", ""), 100 * c.value("probability", 0.0));
      std::cout << fmt::format("action top-5, {}: {}\n", which, line);
    }
  } else {
    std::cout << "action: " << s["action"].value("omitted", "") << '\n';
  }
  return 0;
}

}  // namespace

Command addScoreCommand(CLI::App& app, const Globals& globals) {
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("score", "Per-attribute privacy and action scores of a video, original against anonymized");
  cmd->add_option("video", options->video, "The video")->required()->check(CLI::ExistingFile);
  cmd->add_option("--model", options->model, "Model file with f_A (and its attribute classifier and f_T)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--segment-seconds", options->segmentSeconds, "Segment length in seconds (default: one clip of the model)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--device", options->device, "cpu, cuda or cuda:N");
  return {cmd, [options, &globals] { return runScore(*options, globals); }};
}

}  // namespace spact::cli
