#include "terminal.h"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <iostream>

namespace spact::cli {

namespace {
std::atomic<bool> received{false};
extern "C" void onInterrupt(int) { received.store(true); }
}  // namespace

void watchInterrupts() {
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
}

bool interrupted() { return received.load(); }

StatusLine::StatusLine(std::chrono::milliseconds interval) : enabled_(::isatty(STDERR_FILENO) == 1), interval_(interval) {}

bool StatusLine::due(bool force) {
  if (!enabled_) return false;
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < interval_) return false;
  last_ = now;
  return true;
}

void StatusLine::show(const std::string& text) {
  if (!enabled_) return;
  std::cerr << "\r\033[K" << text << std::flush;
  shown_ = true;
}

void StatusLine::clear() {
  if (shown_) std::cerr << "\r\033[K" << std::flush;
  shown_ = false;
}

std::string Eta::operator()(std::int64_t done, std::int64_t total) {
  const auto now = std::chrono::steady_clock::now();
  if (first_ < 0) {
    first_ = done;
    start_ = now;
  }
  const auto progressed = done - first_;
  if (progressed <= 0 || total <= done) return {};
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const auto left = static_cast<std::int64_t>(seconds / static_cast<double>(progressed) * static_cast<double>(total - done));
  return fmt::format(" ETA {}:{:02d}", left / 60, left % 60);
}

}  // namespace spact::cli
