#pragma once
// Folder mode: many inputs (files, or folder trees searched for videos) anonymized into one
// output folder under the same relative names. Resumable: a manifest in the output folder
// (spact-manifest.json) records each completed output with its input's fingerprint (size,
// modification time, hash of the first MiB) and the anonymizer settings, so a re-run skips what
// is done. A bad file is reported and skipped; the run goes on.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/export_video.h"

namespace spact::pipeline {

inline constexpr const char* kManifestName = "spact-manifest.json";

struct FolderItem {
  std::string input;
  std::string relative;  // output name relative to the output folder
};

// Files named directly are taken whatever their extension; folders are searched for videos.
// A missing input is an error naming it.
Result<std::vector<FolderItem>> collectInputs(const std::vector<std::string>& inputs, const std::string& outputDir);

// "<size>:<mtime ns>:<FNV-1a 64 of the first MiB>", or an error when it cannot be read.
Result<std::string> fingerprintFile(const std::string& path);

struct FolderOutcome {
  FolderItem item;
  enum class State { Done, Skipped, Failed } state = State::Done;
  std::string message;  // the error, for failures
  std::int64_t frames = 0;
};

struct FolderSummary {
  std::vector<FolderOutcome> outcomes;
  int done = 0, skipped = 0, failed = 0;
};

// Called after each file (index, count), for front ends' messages.
using FolderItemCallback = std::function<void(const FolderOutcome&, int index, int count)>;

// Everything that changes an output besides the input: what a re-run must match to skip a
// finished file (the manifest's "settings"). The studio's export uses it; for the CLI's options it
// gives the string `spact anonymize` writes today, so the CLI can call it instead of its own copy.
std::string manifestSettings(const AnonymizerConfig& config, const ExportOptions& options);

// What `INPUT... -o OUTPUT` means, the rule of `spact anonymize` in one place for the GUI (and the CLI): one input file to a
// file name, anything else (several inputs, a folder input, or an existing folder as the output)
// into a folder. The output is checked before any work starts; the error says what is wrong.
struct ExportPlan {
  bool folderMode = false;
  std::string output;             // the file (single mode) or the folder
  std::vector<FolderItem> items;  // folder mode: the inputs found (collectInputs)
};
Result<ExportPlan> planExport(const std::vector<std::string>& inputs, const std::string& output);

// Cancelled only when the job is stopped; failures of single files are in the summary.
Result<FolderSummary> exportFolder(const std::vector<FolderItem>& items, const std::string& outputDir,
                                   Anonymizer& anonymizer, const std::string& settings, const ExportOptions& options,
                                   JobControl& job, const FolderItemCallback& onItem = {});

}  // namespace spact::pipeline
