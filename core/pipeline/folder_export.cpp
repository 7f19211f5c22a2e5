#include "pipeline/folder_export.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "util/files.h"
#include "util/log.h"

namespace spact::pipeline {
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;
namespace {

const std::set<std::string> kVideoExtensions = {".mp4", ".mov", ".m4v", ".mkv", ".avi", ".webm", ".mpg", ".mpeg",
                                                ".wmv", ".flv", ".3gp", ".ts",  ".mts", ".m2ts", ".ogv"};
const std::set<std::string> kWritableExtensions = {".mp4", ".mov", ".m4v", ".mkv"};

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Outputs keep the input's name; containers we do not write become .mp4.
std::string outputName(const fs::path& relative) {
  fs::path out = relative;
  if (!kWritableExtensions.count(lower(relative.extension().string()))) out.replace_extension(".mp4");
  return out.generic_string();
}

bool isInside(const fs::path& path, const fs::path& folder) {
  const auto p = path.lexically_normal().string(), f = folder.lexically_normal().string();
  return p.size() > f.size() && p.compare(0, f.size(), f) == 0 && p[f.size()] == '/';
}

Json readManifest(const fs::path& path) {
  auto text = files::readText(path.string());
  if (!text) return Json::object();
  try {
    Json j = Json::parse(*text);
    if (j.is_object() && j.contains("outputs") && j["outputs"].is_object()) return j;
  } catch (const Json::exception&) {
    log::get("pipeline")->warn("'{}' is damaged; every file will be exported again", path.string());
  }
  return Json::object();
}

}  // namespace

Result<std::vector<FolderItem>> collectInputs(const std::vector<std::string>& inputs, const std::string& outputDir) {
  std::vector<FolderItem> items;
  std::error_code ec;
  const fs::path outAbs = fs::weakly_canonical(fs::absolute(outputDir, ec), ec);
  for (const auto& input : inputs) {
    const fs::path p(input);
    if (!fs::exists(p, ec)) return fail(ErrorCode::NotFound, "'" + input + "' does not exist.");
    if (!fs::is_directory(p, ec)) {
      items.push_back({input, outputName(p.filename())});
      continue;
    }
    std::vector<FolderItem> found;
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::path file = it->path();
      if (it->is_directory(ec) && fs::weakly_canonical(fs::absolute(file, ec), ec) == outAbs) {
        it.disable_recursion_pending();  // never read our own outputs back
        continue;
      }
      if (!it->is_regular_file(ec) || !kVideoExtensions.count(lower(file.extension().string()))) continue;
      if (isInside(fs::weakly_canonical(fs::absolute(file, ec), ec), outAbs)) continue;
      found.push_back({file.string(), outputName(file.lexically_relative(p))});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.relative < b.relative; });
    items.insert(items.end(), found.begin(), found.end());
  }
  return items;
}

Result<std::string> fingerprintFile(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return fail(ErrorCode::NotFound, "'" + path + "' cannot be read: " + ec.message() + ".");
  const auto mtime = fs::last_write_time(path, ec).time_since_epoch().count();
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::Io, "'" + path + "' cannot be read.");
  std::vector<char> head(1 << 20);
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  std::uint64_t hash = 1469598103934665603ull;  // FNV-1a 64
  for (std::streamsize i = 0; i < in.gcount(); ++i) {
    hash ^= static_cast<unsigned char>(head[static_cast<std::size_t>(i)]);
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::to_string(size) + ":" + std::to_string(mtime) + ":" + hex;
}

std::string manifestSettings(const AnonymizerConfig& config, const ExportOptions& options) {
  std::string s = config.fingerprint() + ";crf=" + std::to_string(options.encoder.crf) + ";preset=" + options.encoder.preset +
                  ";codec=" + (options.codecFromExtension ? std::string("by-extension")
                                                           : std::to_string(static_cast<int>(options.encoder.codec)));
  // Only when they differ from the defaults, so that earlier manifests stay valid.
  if (!options.encoder.copyAudio) s += ";audio=none";
  if (options.outputHeight > 0) s += ";height=" + std::to_string(options.outputHeight);
  return s;
}

Result<ExportPlan> planExport(const std::vector<std::string>& inputs, const std::string& output) {
  if (inputs.empty()) return fail(ErrorCode::InvalidInput, "No input was given to export.");
  std::error_code ec;
  ExportPlan plan;
  plan.output = output;
  plan.folderMode = inputs.size() > 1 || fs::is_directory(inputs.front(), ec) || fs::is_directory(output, ec);
  if (!plan.folderMode) {
    if (!fs::exists(inputs.front(), ec)) return fail(ErrorCode::NotFound, "'" + inputs.front() + "' does not exist.");
    if (auto ok = checkOutputPath(inputs.front(), output); !ok) return tl::unexpected(ok.error());
    return plan;
  }
  if (!fs::is_directory(output, ec))
    return fail(fs::exists(output, ec) ? ErrorCode::InvalidInput : ErrorCode::NotFound,
                fs::exists(output, ec) ? "'" + output + "' is a file; several inputs need an output folder."
                                       : "The output folder '" + output + "' does not exist.");
  if (::access(output.c_str(), W_OK) != 0)
    return fail(ErrorCode::Io, "The output folder '" + output + "' is not writable.");
  auto items = collectInputs(inputs, output);
  if (!items) return tl::unexpected(items.error());
  plan.items = std::move(*items);
  return plan;
}

Result<FolderSummary> exportFolder(const std::vector<FolderItem>& items, const std::string& outputDir,
                                   Anonymizer& anonymizer, const std::string& settings, const ExportOptions& options,
                                   JobControl& job, const FolderItemCallback& onItem) {
  std::error_code ec;
  if (!fs::is_directory(outputDir, ec))
    return fail(ErrorCode::NotFound, "The output folder '" + outputDir + "' does not exist.");
  const fs::path manifestPath = fs::path(outputDir) / kManifestName;
  Json manifest = readManifest(manifestPath);
  if (!manifest.contains("outputs")) manifest = Json{{"format", "spact-export-manifest"}, {"version", 1}, {"outputs", Json::object()}};

  FolderSummary summary;
  const int count = static_cast<int>(items.size());
  for (int i = 0; i < count; ++i) {
    if (job.stopRequested()) return cancelled();
    const FolderItem& item = items[static_cast<std::size_t>(i)];
    FolderOutcome outcome{item, FolderOutcome::State::Done, {}, 0};
    const fs::path output = fs::path(outputDir) / item.relative;
    auto fingerprint = fingerprintFile(item.input);
    const Json* entry = manifest["outputs"].contains(item.relative) ? &manifest["outputs"][item.relative] : nullptr;
    if (fingerprint && entry && entry->value("input_fingerprint", "") == *fingerprint &&
        entry->value("settings", "") == settings && fs::exists(output, ec)) {
      outcome.state = FolderOutcome::State::Skipped;
      ++summary.skipped;
    } else if (!fingerprint) {
      outcome.state = FolderOutcome::State::Failed;
      outcome.message = fingerprint.error().message;
      ++summary.failed;
    } else {
      fs::create_directories(output.parent_path(), ec);
      JobControl fileJob(std::stop_token{}, [&](const Progress& p) {
        return job.report({item.relative, p.done, p.total});
      });
      auto result = exportAnonymized(item.input, output.string(), anonymizer, options, fileJob);
      if (!result && result.error().isCancelled()) return cancelled();
      if (!result) {
        outcome.state = FolderOutcome::State::Failed;
        outcome.message = result.error().message;
        ++summary.failed;
      } else {
        outcome.frames = result->frames;
        ++summary.done;
        manifest["outputs"][item.relative] = Json{{"input", item.input}, {"input_fingerprint", *fingerprint},
                                                  {"settings", settings}, {"frames", result->frames}};
        if (auto ok = files::writeTextAtomically(manifestPath.string(), manifest.dump(2) + "\n"); !ok)
          log::get("pipeline")->warn("{}", ok.error().message);
      }
    }
    summary.outcomes.push_back(outcome);
    if (onItem) onItem(outcome, i, count);
  }
  return summary;
}

}  // namespace spact::pipeline
