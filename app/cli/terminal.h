#pragma once
// What the long-running commands share on the terminal: Ctrl-C or SIGTERM as a request to stop
// (the job then finishes what it must write and the command exits with 130), one live status line
// on stderr when stderr is a terminal, and the ETA shown on it.
#include <chrono>
#include <cstdint>
#include <string>

namespace spact::cli {

// Installs the SIGINT and SIGTERM handlers; interrupted() is true once either arrived.
void watchInterrupts();
bool interrupted();

// A line redrawn in place, at most once per `interval`; nothing when stderr is not a terminal.
class StatusLine {
public:
  explicit StatusLine(std::chrono::milliseconds interval = std::chrono::milliseconds(100));
  bool enabled() const { return enabled_; }
  // Whether to redraw now: on a terminal, once `interval` has passed since the last redraw, or
  // at once when `force` (a final 100 %).
  bool due(bool force = false);
  void show(const std::string& text);
  // Before other output on stderr.
  void clear();

private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::milliseconds interval_;
  std::chrono::steady_clock::time_point last_{};
};

// " ETA m:ss" for the work left at the rate since the first call (or the last restart); empty
// until there is a rate, or when nothing is left.
class Eta {
public:
  std::string operator()(std::int64_t done, std::int64_t total);
  void restart() { first_ = -1; }

private:
  std::int64_t first_ = -1;
  std::chrono::steady_clock::time_point start_{};
};

}  // namespace spact::cli
