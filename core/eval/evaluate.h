#pragma once
// `spact evaluate`'s engine: one row per method -- the baselines (raw data, down-sampling ×2
// and ×4, blur, pixelation, face blur) and f_A of every model file given -- each the scores of
// fresh target models trained and tested on that method's output (eval/protocol.h).
//
// Resumable: each finished row is written at once to OUT/rows/<method>.json (atomically) with a
// fingerprint of everything that decides its numbers (the configuration, the data's
// fingerprints, the method, the model file's contents); a rerun reuses rows whose fingerprint
// matches and trains only the others. A cancelled run keeps its finished rows.
//
// On the CPU the rows train side by side, as many at once as the process has intra-op threads,
// each on its share (train::forEachRow); the callbacks below are still called one at a time.
//
// Progress: one Progress for the whole evaluation, total = rows × 1000, done = the sum of the
// rows' fractions (action classifier first half, attribute classifier second), never falling,
// so a caller can show an ETA. Events (onEvent): {"type": "row_started"|"row_finished"|
// "row_reused", "method", "index", "rows", ...}, and the target models' "target_train" events.
// No Torch in this header.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "eval/protocol.h"
#include "util/progress.h"

namespace spact::eval {

struct Method {
  std::string id;     // the row's name: a baseline's name, or f_A's (the model file's stem)
  std::string kind;   // "raw", "baseline" or "model"
  std::string model;  // kind "model": the file
  std::string file;   // rows/<file>.json, samples/<file>.png
};

// The rows in table order: the baselines as given, then the models. Unknown baselines, an empty
// list and duplicate baselines are errors.
Result<std::vector<Method>> methodsFor(const std::vector<std::string>& baselines, const std::vector<std::string>& models);

struct EvalRequest {
  EvalConfig config;
  std::string actionSpec;
  std::string privacySpec;  // empty: same-data-set (the action data labels attributes)
  std::vector<std::string> baselines = {"raw", "downsample2", "downsample4", "blur", "pixelate", "faceblur"};
  std::vector<std::string> models;
  std::filesystem::path outDir;
  std::function<void(const config::Json&)> onEvent;
};

struct EvalOutcome {
  config::Json report;  // what report.json holds (eval/report.h)
  int trained = 0;      // rows computed by this call
  int reused = 0;       // rows taken from an earlier run
};

// Runs the missing rows, then writes report.json, report.csv and report.html into outDir.
Result<EvalOutcome> runEvaluation(const EvalRequest& request, JobControl& job);

// The model cards of model files (an empty object for a file without one); errors for files
// that cannot be read.
Result<std::vector<config::Json>> readCards(const std::vector<std::string>& models);

}  // namespace spact::eval
