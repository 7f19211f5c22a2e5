#include "data/layout_util.h"
#include "data/quoted.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "util/files.h"
#include "util/log.h"

namespace spact::data::detail {
namespace {

const std::set<std::string> kVideoExtensions = {".avi", ".mp4",  ".mkv", ".mov", ".webm", ".m4v",
                                                ".mpg", ".mpeg", ".wmv", ".flv", ".3gp",  ".ts"};
const std::set<std::string> kImageExtensions = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"};

// Listing one by one up to this many, then only counting: a data set missing thousands of
// files should not flood the log.
constexpr std::size_t kLoggedProblems = 10;

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::vector<fs::path> entries(const fs::path& dir, bool folders) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code ec2;
    const bool isDir = it->is_directory(ec2);
    if (folders ? isDir : (!isDir && it->is_regular_file(ec2))) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool isVideoFile(const fs::path& p) { return kVideoExtensions.contains(lower(p.extension().string())); }
bool isImageFile(const fs::path& p) { return kImageExtensions.contains(lower(p.extension().string())); }

std::vector<fs::path> subfolders(const fs::path& dir) { return entries(dir, true); }
std::vector<fs::path> filesIn(const fs::path& dir) { return entries(dir, false); }

Result<std::string> resolveSplit(const std::vector<std::string>& available, const std::string& requested,
                                 const std::string& where) {
  for (const auto& s : available)
    if (s == requested) return s;
  std::vector<std::string> prefixes{lower(requested)};
  if (prefixes[0] == "val" || prefixes[0] == "validation") prefixes = {"val", "valid"};
  for (const auto& prefix : prefixes)
    for (const auto& s : available)
      if (lower(s).starts_with(prefix)) return s;
  std::string names;
  for (const auto& s : available) names += (names.empty() ? "" : ", ") + s;
  return fail(ErrorCode::NotFound, inQuotes(where) + " has no split named '" + requested +
                                       "' (it has: " + (names.empty() ? "none" : names) + ").");
}

Result<NumberedSplit> parseNumberedSplit(const std::string& requested, int defaultNumber, const std::string& where) {
  std::string name = lower(requested);
  NumberedSplit s{true, defaultNumber};
  if (!name.empty() && std::isdigit(static_cast<unsigned char>(name.back()))) {
    s.number = name.back() - '0';
    name.pop_back();
  }
  if (name == "train")
    s.train = true;
  else if (name == "test" || name == "val" || name == "validation")
    s.train = false;
  else
    return fail(ErrorCode::InvalidInput,
                inQuotes(where) + " has splits 'train' and 'test' (1 to 3, e.g. 'train2'), not '" + requested + "'.");
  if (s.number < 1 || s.number > 3)
    return fail(ErrorCode::InvalidInput,
                inQuotes(where) + " ships splits 1 to 3, not " + std::to_string(s.number) + ".");
  return s;
}

Result<std::vector<std::string>> readLines(const fs::path& path) {
  auto text = files::readText(path.string());
  if (!text) return tl::unexpected(text.error());
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text->size()) {
    const auto end = text->find('\n', start);
    const std::string line = trim(text->substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (!line.empty()) lines.push_back(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

Result<nlohmann::json> readJson(const fs::path& path) {
  auto text = files::readText(path.string());
  if (!text) return tl::unexpected(text.error());
  try {
    return nlohmann::json::parse(*text);
  } catch (const nlohmann::json::parse_error& e) {
    const auto upTo = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text->size());
    const auto line = 1 + std::count(text->begin(), text->begin() + static_cast<std::ptrdiff_t>(upTo), '\n');
    return fail(ErrorCode::InvalidInput,
                inQuotes(path.string()) + " is not valid JSON (line " + std::to_string(line) + ").");
  }
}

void noteMissing(Listing& listing, const std::string& path, const std::string& reason) {
  if (listing.missing.size() < kLoggedProblems) log::get("data")->warn("Skipping '{}': {}", path, reason);
  listing.missing.push_back({path, reason});
}

void noteUnreadable(Listing& listing, const std::string& path, const std::string& reason) {
  // Errors name their file first ("'x.json' is not valid JSON …"); the problem's path says it already.
  const std::string prefix = inQuotes(path) + " ";
  const std::string why = reason.starts_with(prefix) ? reason.substr(prefix.size()) : reason;
  if (listing.unreadable.size() < kLoggedProblems) log::get("data")->warn("Skipping '{}': {}", path, why);
  listing.unreadable.push_back({path, why});
}

void logSummary(const Listing& listing) {
  if (listing.missing.size() > kLoggedProblems)
    log::get("data")->warn("'{}': {} files named by the split or annotation files are missing.", listing.root,
                           listing.missing.size());
  if (listing.unreadable.size() > kLoggedProblems)
    log::get("data")->warn("'{}': {} files could not be used.", listing.root, listing.unreadable.size());
}

fs::path findHmdbSplitFolder(const fs::path& root) {
  for (const auto& dir : subfolders(root))
    for (const auto& f : filesIn(dir)) {
      const std::string n = f.filename().string();
      if (n.size() > 16 && n.ends_with(".txt") && n.find("_test_split") != std::string::npos) return dir;
    }
  return {};
}

Result<HmdbSplits> readHmdbSplits(const fs::path& splitFolder, int number) {
  HmdbSplits out;
  const std::string suffix = "_test_split" + std::to_string(number) + ".txt";
  for (const auto& f : filesIn(splitFolder)) {
    const std::string n = f.filename().string();
    if (!n.ends_with(suffix)) continue;
    auto lines = readLines(f);
    if (!lines) return tl::unexpected(lines.error());
    auto& videos = out[n.substr(0, n.size() - suffix.size())];
    for (const auto& line : *lines) {
      const auto space = line.find_last_of(" \t");
      if (space == std::string::npos)
        return fail(ErrorCode::InvalidInput,
                    inQuotes(f.string()) + " has a line without a split number: '" + line + "'.");
      const std::string tag = line.substr(space + 1);
      if (tag != "0" && tag != "1" && tag != "2")
        return fail(ErrorCode::InvalidInput,
                    inQuotes(f.string()) + " has a line whose split number is not 0, 1 or 2: '" + line + "'.");
      videos[trim(line.substr(0, space))] = tag[0] - '0';
    }
  }
  if (out.empty())
    return fail(ErrorCode::NotFound, inQuotes(splitFolder.string()) + " holds no split " + std::to_string(number) +
                                         " files (*" + suffix + ").");
  return out;
}

}  // namespace spact::data::detail
