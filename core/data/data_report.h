#pragma once
// What a data set folder holds, as `spact` and the studio show it before training on it: the
// layout, the split, classes and how many videos each has, images, how often each privacy
// attribute occurs, and which files are missing or unusable. JSON for scripts and the GUI,
// text for a terminal.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "data/layouts.h"
#include "util/result.h"

namespace spact::data {

struct DataReport {
  std::string root;
  std::string layout;  // layoutName()
  std::string split;
  std::vector<std::string> splits;  // what the folder offers
  std::vector<std::string> classes;
  std::vector<std::int64_t> classCounts;  // videos (generic images: images) per class
  std::int64_t videos = 0;
  std::int64_t images = 0;
  std::vector<std::string> attributes;
  std::vector<std::int64_t> attributeCounts;  // items showing each attribute
  bool probed = false;                        // whether every file was opened (inspect's `probe`)
  std::int64_t frames = 0;                    // total video frames, when probed
  std::vector<Problem> missing;
  std::vector<Problem> unreadable;
};

DataReport reportOf(const Listing& listing);
nlohmann::json toJson(const DataReport& report);
std::string toText(const DataReport& report);

struct InspectOptions {
  std::string split = "train";
  // Listing only reads folders, split lists and annotations (seconds for UCF101). With `probe`,
  // every video is probed (frame count, decodability) and every image decoded, so unreadable
  // media show up in the report too: minutes for a full data set.
  bool probe = false;
  ReaderOptions reader;
};

// Scans `dir` (media probing needs FFmpeg/OpenCV: without them `probe` is an error).
Result<DataReport> inspect(const std::string& dir, const InspectOptions& options = {});

}  // namespace spact::data
