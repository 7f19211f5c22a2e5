#include "util/log.h"

#include <mutex>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace spact::log {
namespace {

struct Hub {
  std::mutex mutex;
  std::shared_ptr<spdlog::sinks::dist_sink_mt> dist = std::make_shared<spdlog::sinks::dist_sink_mt>();
  spdlog::sink_ptr console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  spdlog::level::level_enum level = spdlog::level::info;

  Hub() {
    console->set_pattern("[%H:%M:%S.%e] [%n] [%^%l%$] %v");
    dist->add_sink(console);
  }
};

Hub& hub() {
  static Hub instance;
  return instance;
}

}  // namespace

std::shared_ptr<spdlog::logger> get(const std::string& area) {
  Hub& h = hub();
  std::lock_guard lock(h.mutex);
  if (auto existing = spdlog::get(area)) return existing;
  auto logger = std::make_shared<spdlog::logger>(area, h.dist);
  logger->set_level(h.level);
  spdlog::register_logger(logger);
  return logger;
}

void addSink(const spdlog::sink_ptr& sink) { hub().dist->add_sink(sink); }

void removeSink(const spdlog::sink_ptr& sink) { hub().dist->remove_sink(sink); }

void setConsoleEnabled(bool enabled) {
  Hub& h = hub();
  std::lock_guard lock(h.mutex);
  h.dist->remove_sink(h.console);
  if (enabled) h.dist->add_sink(h.console);
}

void setLevel(spdlog::level::level_enum level) {
  Hub& h = hub();
  std::lock_guard lock(h.mutex);
  h.level = level;
  spdlog::apply_all([level](const std::shared_ptr<spdlog::logger>& l) { l->set_level(level); });
}

}  // namespace spact::log
