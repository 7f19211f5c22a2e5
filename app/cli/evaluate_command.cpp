// spact evaluate: the paper's evaluation protocols over baselines and anonymizers, into a
// report folder (report.json, report.csv, report.html); interrupted runs resume.
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "eval/evaluate.h"
#include "terminal.h"
#include "train/train_config.h"

namespace spact::cli {

namespace {

struct Options {
  std::vector<std::string> models;
  std::string actionData;
  std::string privacyData;
  std::string out;
  std::string protocol;
  std::string baselines = "raw,downsample2,downsample4,blur,pixelate,faceblur";
  std::string configFile;
  std::string device;
  std::vector<std::string> overrides;
};

std::vector<std::string> split(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream s(list);
  for (std::string item; std::getline(s, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

// One line on a terminal: the row being computed, the whole's percentage and its ETA.
class EvalProgress {
public:
  void event(const config::Json& e) {
    const std::string type = e.value("type", "");
    if (!line_.enabled() || (type != "row_finished" && type != "row_reused")) return;
    line_.clear();
    if (type == "row_reused") {
      std::cerr << fmt::format("{}: reused from an earlier run\n", e.value("method", ""));
      return;
    }
    const auto cmap = e.value("privacy_cmap", config::Json());
    std::cerr << fmt::format("{}: action top-1 {:.1f} %, privacy cMAP {} ({:.0f} s)\n", e.value("method", ""),
                             100 * e.value("action_top1", 0.0),
                             cmap.is_number() ? fmt::format("{:.1f} %", 100 * cmap.get<double>()) : "n/a", e.value("seconds", 0.0));
  }

  bool progress(const Progress& p) {
    if (interrupted()) return false;
    const std::string eta = eta_(p.done, p.total);
    if (line_.due()) line_.show(fmt::format("{} {:.0f} %{}", p.stage, 100 * p.fraction(), eta));
    return true;
  }

  void clear() { line_.clear(); }

private:
  StatusLine line_{std::chrono::milliseconds(200)};
  Eta eta_;
};

// Defaults: the evaluation the first model's training run implies (its data shapes and target
// architectures), else the paper's; then --config, --protocol, --device and --set on top.
Result<eval::EvalConfig> makeConfig(const Options& o, const std::vector<config::Json>& cards) {
  eval::EvalConfig base;
  for (const auto& card : cards) {
    if (!card.contains("config")) continue;
    auto run = train::trainConfigFromJson(card["config"], "the model card");
    if (run) base = eval::evalConfigFor(*run);
    break;
  }
  config::Json j = eval::toJson(base);
  std::string where = "the command line";
  if (!o.configFile.empty()) {
    auto file = config::readJsonFile(o.configFile);
    if (!file) return tl::unexpected(file.error());
    if (!file->is_object()) return fail(ErrorCode::InvalidInput, fmt::format("{}: the configuration must be a JSON object.", o.configFile));
    j.merge_patch(*file);
    where = o.configFile;
  }
  if (!o.protocol.empty()) j["protocol"] = o.protocol;
  if (!o.device.empty()) j["device"] = o.device;
  for (const auto& assignment : o.overrides)
    if (auto st = config::applyOverride(j, assignment); !st) return tl::unexpected(st.error());
  return eval::evalConfigFromJson(j, where);
}

int runEvaluate(const Options& o, const Globals& globals) {
  auto cards = eval::readCards(o.models);
  if (!cards) {
    printError(cards.error().message);
    return 1;
  }
  auto cfg = makeConfig(o, *cards);
  if (!cfg) {
    printError(cfg.error().message);
    return 1;
  }
  EvalProgress progress;
  eval::EvalRequest request;
  request.config = *cfg;
  request.actionSpec = o.actionData;
  request.privacySpec = o.privacyData;
  request.baselines = split(o.baselines);
  request.models = o.models;
  request.outDir = o.out;
  request.onEvent = [&progress](const config::Json& e) { progress.event(e); };

  watchInterrupts();
  JobControl job(std::stop_token{}, [&progress](const Progress& p) { return progress.progress(p); });
  auto outcome = eval::runEvaluation(request, job);
  progress.clear();
  if (!outcome) {
    if (outcome.error().isCancelled())
      std::cerr << fmt::format("spact: evaluation stopped; finished rows are kept in {}/rows and a rerun resumes.\n", o.out);
    else
      printError(outcome.error().message);
    return exitCodeFor(outcome.error());
  }
  const auto& summary = outcome->report["summary"];
  if (globals.json) {
    config::Json j = {{"out", o.out},         {"report", o.out + "/report.json"}, {"html", o.out + "/report.html"},
                      {"trained", outcome->trained}, {"reused", outcome->reused},        {"summary", summary}};
    std::cout << j.dump(2) << '\n';
    return 0;
  }
  std::cout << fmt::format("{:<24} {:>14} {:>16} {:>12}\n", "method", "action top-1 %", "privacy cMAP %", "macro F1 %");
  auto pct = [](const config::Json& v) { return v.is_number() ? fmt::format("{:.1f}", 100 * v.get<double>()) : std::string("n/a"); };
  for (const auto& r : summary["rows"])
    std::cout << fmt::format("{:<24} {:>14} {:>16} {:>12}\n", r.value("method", ""), pct(r["action_top1"]), pct(r["privacy_cmap"]),
                             pct(r["privacy_macro_f1"]));
  std::cout << fmt::format("Report: {}/report.html ({} rows computed, {} reused).\n", o.out, outcome->trained, outcome->reused);
  return 0;
}

}  // namespace

Command addEvaluateCommand(CLI::App& app, const Globals& globals) {
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("evaluate", "The paper's evaluation: fresh target models on each method's output, with baselines");
  cmd->add_option("--model", options->models, "Model file(s) whose anonymizer f_A gets a row")->check(CLI::ExistingFile);
  cmd->add_option("--action-data", options->actionData,
                  "Action data set folder (UCF101, HMDB51, PA-HMDB51, generic), or synth[:key=value,...]")
      ->required();
  cmd->add_option("--privacy-data", options->privacyData,
                  "Privacy data set folder (VISPR, generic images), or synth[:...]; leave out when the action data labels attributes");
  cmd->add_option("--out", options->out, "Report folder: rows/, samples/, report.json, report.csv, report.html")->required();
  cmd->add_option("--protocol", options->protocol, "known (default) or novel")->check(CLI::IsMember({"known", "novel"}));
  cmd->add_option("--baselines", options->baselines, "Comma-separated: raw,downsample2,downsample4,blur,pixelate,faceblur (empty: none)");
  cmd->add_option("--config", options->configFile, "Evaluation configuration (JSON)")->check(CLI::ExistingFile);
  cmd->add_option("--device", options->device, "cpu, cuda or cuda:N");
  cmd->add_option("--set", options->overrides, "Override one setting: key=value (e.g. targets.action_budget.epochs=5)");
  return {cmd, [options, &globals] { return runEvaluate(*options, globals); }};
}

}  // namespace spact::cli
