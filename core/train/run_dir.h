#pragma once
// A run directory (DESIGN.md, "Formats"): config.json, events.jsonl, checkpoints/, samples/,
// report/. The trainer writes it; the CLI, the studio's run list and a resumed run read it.
// No Torch, no Qt.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "util/config.h"
#include "util/result.h"

namespace spact::train {

struct RunPaths {
  std::filesystem::path root;

  std::filesystem::path config() const { return root / "config.json"; }
  std::filesystem::path events() const { return root / "events.jsonl"; }
  std::filesystem::path checkpoints() const { return root / "checkpoints"; }
  std::filesystem::path samples() const { return root / "samples"; }
  std::filesystem::path report() const { return root / "report"; }
  // The checkpoint a resume starts from (rewritten at every checkpoint).
  std::filesystem::path last() const { return checkpoints() / "last.spact"; }
  std::filesystem::path best() const { return checkpoints() / "best.spact"; }
  std::filesystem::path epoch(std::int64_t minimaxEpoch) const;  // checkpoints/epoch-0007.spact
};

// events.jsonl: one JSON object a line, each with "type", "time" (Unix time in seconds) and
// whatever values the event carries ("step", "epoch", losses, metrics). Every line is flushed
// when written, so a reader (the studio following a CLI run) sees it at once.
class EventLog {
public:
  EventLog() = default;
  ~EventLog();
  EventLog(EventLog&&) noexcept;
  EventLog& operator=(EventLog&&) noexcept;

  // Opens for appending; `truncateTo` cuts the file to that many bytes first (a resumed run
  // drops what was logged after the checkpoint it resumes from).
  static Result<EventLog> open(const std::filesystem::path& path, std::optional<std::uint64_t> truncateTo = {});
  Status write(config::Json event);  // adds "time"
  std::uint64_t bytesWritten() const { return offset_; }  // the file's size after the last write

private:
  std::FILE* file_ = nullptr;
  std::filesystem::path path_;
  std::uint64_t offset_ = 0;
};

// Reads events.jsonl. A torn last line (a run killed mid-write) is ignored; a broken line in
// the middle is an error naming the file and line.
Result<std::vector<config::Json>> readEvents(const std::filesystem::path& path);

// What a run directory holds, for run lists: its config, whether it finished, the last event.
struct RunSummary {
  std::filesystem::path root;
  config::Json config;
  bool finished = false;
  std::int64_t lastStep = 0;
  std::optional<std::filesystem::path> lastCheckpoint, bestCheckpoint;
};
Result<RunSummary> summarizeRun(const std::filesystem::path& root);

}  // namespace spact::train
