#pragma once
// The progress and cancellation contract of core: long work takes a JobControl, polls its stop
// token, and reports progress through a callback that may also ask to stop by returning false
// (OBS's "continue?" callback). No Qt here; the GUI adapts and throttles what it shows.
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>

namespace spact {

struct Progress {
  std::string stage;      // what is being done, e.g. "decoding"
  std::int64_t done = 0;  // units finished
  std::int64_t total = 0; // units in all; 0 when unknown
  double fraction() const { return total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0; }
};

using ProgressCallback = std::function<bool(const Progress&)>;

class JobControl {
public:
  JobControl() = default;
  explicit JobControl(std::stop_token stop, ProgressCallback progress = {})
      : stop_(std::move(stop)), progress_(std::move(progress)) {}

  bool stopRequested() const { return stop_.stop_requested() || callbackSaidStop_; }

  // Reports progress; returns false when the job should stop (token or callback).
  bool report(const Progress& progress) {
    if (progress_ && !progress_(progress)) callbackSaidStop_ = true;
    return !stopRequested();
  }

private:
  std::stop_token stop_;
  ProgressCallback progress_;
  bool callbackSaidStop_ = false;
};

}  // namespace spact
