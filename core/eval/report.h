#pragma once
// The evaluation's reports, written atomically into the output folder:
//
// report.json  {"format": "spact-evaluation", "format_version": 1, "created" (UTC ISO 8601),
//               "software": about() (SPAct Studio, LibTorch, FFmpeg, OpenCV, CUDA),
//               "protocol", "config" (the EvalConfig), "seeds": {"targets"},
//               "data" (sources, splits, counts, fingerprints, novel split),
//               "models": [{"path", "fingerprint", "card" (summary)}],
//               "attributes": [names], "rows": [the row files' objects, table order:
//                 {"method", "kind" (raw|baseline|model), "model", "fingerprint",
//                  "action_top1", "privacy_cmap" (null when undefined), "privacy_macro_f1",
//                  "attributes": [{"name", "ap" (null: no positive), "f1", "positives"}],
//                  "seconds", "finished", "sample" (PNG path relative to the folder, or null),
//                  "targets" (every number of the fresh target models)}],
//               "summary": {"protocol", "rows": [{"method", "kind", "action_top1",
//                  "privacy_cmap", "privacy_macro_f1", "seconds"}],
//                  "raw": {"action_top1", "privacy_cmap"} or null}}
// report.csv   one line per method: method,kind,action_top1,privacy_cmap,privacy_macro_f1,
//              ap:<attribute>...,seconds (fractions in [0, 1]; empty where undefined)
// report.html  self-contained (inline CSS and SVG, sample frames as base64 PNG; no script, no
//              network): the table, the trade-off plot (privacy cMAP against action top-1, one
//              point per method, raw data marked), per-attribute AP bars, sample frames.
// No Torch.
#include <filesystem>
#include <string>
#include <vector>

#include "util/config.h"

namespace spact::eval {

struct ReportInput {
  config::Json config;
  config::Json data;
  std::vector<config::Json> rows;
  std::vector<config::Json> models;
  std::filesystem::path outDir;
};

// The parts of a model card a report shows (not its whole training configuration).
config::Json summariseCard(const config::Json& card);

config::Json reportJson(const ReportInput& input);
std::string reportCsv(const config::Json& report);
// `outDir` resolves the rows' sample paths (embedded as base64).
std::string reportHtml(const config::Json& report, const std::filesystem::path& outDir);

// Writes the three files; returns report.json's object.
Result<config::Json> writeReports(const ReportInput& input);

}  // namespace spact::eval
