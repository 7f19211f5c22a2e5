#include "train/run_dir.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fmt/format.h>
#include <unistd.h>

#include "util/files.h"

namespace spact::train {

namespace fs = std::filesystem;

fs::path RunPaths::epoch(std::int64_t minimaxEpoch) const {
  return checkpoints() / fmt::format("epoch-{:04d}.spact", minimaxEpoch);
}

EventLog::~EventLog() {
  if (file_) std::fclose(file_);
}

EventLog::EventLog(EventLog&& o) noexcept : file_(o.file_), path_(std::move(o.path_)), offset_(o.offset_) { o.file_ = nullptr; }

EventLog& EventLog::operator=(EventLog&& o) noexcept {
  if (this != &o) {
    if (file_) std::fclose(file_);
    file_ = o.file_;
    path_ = std::move(o.path_);
    offset_ = o.offset_;
    o.file_ = nullptr;
  }
  return *this;
}

Result<EventLog> EventLog::open(const fs::path& path, std::optional<std::uint64_t> truncateTo) {
  std::error_code ec;
  if (truncateTo && fs::exists(path, ec)) {
    fs::resize_file(path, *truncateTo, ec);
    if (ec) return fail(ErrorCode::Io, fmt::format("Could not cut '{}' back to the checkpoint: {}.", path.string(), ec.message()));
  }
  EventLog log;
  log.path_ = path;
  log.file_ = std::fopen(path.c_str(), "ab");
  if (!log.file_) return fail(ErrorCode::Io, files::describeErrno(path.string(), "open", errno));
  log.offset_ = fs::file_size(path, ec);
  return log;
}

Status EventLog::write(config::Json event) {
  if (!file_) return fail(ErrorCode::Internal, "The event log is not open.");
  const double now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  event["time"] = now;
  std::string line = event.dump(-1, ' ', false, config::Json::error_handler_t::replace);
  line.push_back('\n');
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size() || std::fflush(file_) != 0)
    return fail(ErrorCode::Io, files::describeErrno(path_.string(), "write to", errno));
  offset_ += line.size();
  return {};
}

Result<std::vector<config::Json>> readEvents(const fs::path& path) {
  auto text = files::readText(path.string());
  if (!text) return tl::unexpected(text.error());
  std::vector<config::Json> events;
  std::size_t start = 0, line = 1;
  while (start < text->size()) {
    std::size_t end = text->find('\n', start);
    const bool torn = end == std::string::npos;  // no newline: the writer was killed mid-line
    if (torn) end = text->size();
    const std::string_view row(text->data() + start, end - start);
    if (!row.empty()) {
      auto j = config::Json::parse(row, nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        if (torn) break;
        return fail(ErrorCode::InvalidInput, fmt::format("'{}' line {} is not a JSON object.", path.string(), line));
      }
      events.push_back(std::move(j));
    }
    start = end + 1;
    ++line;
  }
  return events;
}

Result<RunSummary> summarizeRun(const fs::path& root) {
  RunPaths paths{root};
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return fail(ErrorCode::NotFound, fmt::format("'{}' is not a folder.", root.string()));
  auto config = config::readJsonFile(paths.config().string());
  if (!config)
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a training run: {}", root.string(), config.error().message));
  RunSummary summary;
  summary.root = root;
  summary.config = std::move(*config);
  if (fs::exists(paths.events(), ec)) {
    auto events = readEvents(paths.events());
    if (!events) return tl::unexpected(events.error());
    for (const auto& e : *events) {
      if (e.value("type", "") == "finished") summary.finished = true;
      if (e.contains("step") && e["step"].is_number_integer()) summary.lastStep = e["step"].get<std::int64_t>();
    }
  }
  if (fs::exists(paths.last(), ec)) summary.lastCheckpoint = paths.last();
  if (fs::exists(paths.best(), ec)) summary.bestCheckpoint = paths.best();
  return summary;
}

}  // namespace spact::train
