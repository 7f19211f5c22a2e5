#pragma once
// Helpers the layout readers share: folder listings, split names, text and JSON files.
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "data/layouts.h"
#include "util/result.h"

namespace spact::data::detail {

namespace fs = std::filesystem;

bool isVideoFile(const fs::path& p);
bool isImageFile(const fs::path& p);
std::string lower(std::string s);

// Sorted by name; errors while listing leave the list short rather than failing.
std::vector<fs::path> subfolders(const fs::path& dir);
std::vector<fs::path> filesIn(const fs::path& dir);

// The folder among `available` that `requested` names: itself, or for "train"/"val"/"test" the
// one whose name starts so ("train2017", "validation"). An error lists what there is.
Result<std::string> resolveSplit(const std::vector<std::string>& available, const std::string& requested,
                                 const std::string& where);

// A split of UCF101/HMDB51: "train" or "test" ("val" reads test: neither ships a validation
// split), with an optional split number suffix ("train2").
struct NumberedSplit {
  bool train = true;
  int number = 1;
};
Result<NumberedSplit> parseNumberedSplit(const std::string& requested, int defaultNumber, const std::string& where);

// Non-empty lines, trimmed (CRLF files included).
Result<std::vector<std::string>> readLines(const fs::path& path);
// A JSON file; a syntax error names the file and the line.
Result<nlohmann::json> readJson(const fs::path& path);

// Records and logs a missing or unreadable file (the first few one by one, then a count).
void noteMissing(Listing& listing, const std::string& path, const std::string& reason);
void noteUnreadable(Listing& listing, const std::string& path, const std::string& reason);
void logSummary(const Listing& listing);

Result<Listing> listUcf101(const fs::path& root, const std::string& split, const ReaderOptions& options);
Result<Listing> listHmdb51(const fs::path& root, const std::string& split, const ReaderOptions& options);
Result<Listing> listPaHmdb51(const fs::path& root, const std::string& split, const ReaderOptions& options);
Result<Listing> listVispr(const fs::path& root, const std::string& split, const ReaderOptions& options);
Result<Listing> listGeneric(const fs::path& root, const std::string& split, Layout layout);

// HMDB51's split folder: the one holding <class>_test_split<N>.txt files (any name). Empty if none.
fs::path findHmdbSplitFolder(const fs::path& root);
// Class name → (video file name → 0 unused, 1 train, 2 test) from HMDB51 split files.
using HmdbSplits = std::map<std::string, std::map<std::string, int>>;
Result<HmdbSplits> readHmdbSplits(const fs::path& splitFolder, int number);

}  // namespace spact::data::detail
