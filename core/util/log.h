#pragma once
// One named spdlog logger per area ("media", "nn", "train", "pipeline", "qt", ...). All loggers
// write to one distributing sink, so a front end can add its own sink (the GUI log pane) once
// and see every area's messages, including those of loggers created later.
#include <memory>
#include <spdlog/spdlog.h>
#include <string>

namespace spact::log {

std::shared_ptr<spdlog::logger> get(const std::string& area);

// Adds a sink every logger writes to (e.g. a GUI pane); removeSink takes it away again.
void addSink(const spdlog::sink_ptr& sink);
void removeSink(const spdlog::sink_ptr& sink);

// Whether messages go to stderr too (on by default; a quiet CLI run turns it off).
void setConsoleEnabled(bool enabled);
void setLevel(spdlog::level::level_enum level);

}  // namespace spact::log
