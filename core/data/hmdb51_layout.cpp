// HMDB51 (class folders + testTrainMulti_7030_splits/) and PA-HMDB51 (the same videos, 592 of
// them annotated with privacy attributes per frame range in PrivacyAttributes/<class>.json).
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "data/layout_util.h"
#include "data/quoted.h"
#include "util/log.h"

namespace spact::data::detail {
namespace {

// The folder whose sub-folders are the classes: the root, or one folder below it
// (hmdb51_org/<class>/ after unpacking the publisher's archives).
fs::path classRoot(const fs::path& root, const std::string& someClass) {
  if (fs::is_directory(root / someClass)) return root;
  for (const auto& f : subfolders(root))
    if (fs::is_directory(f / someClass)) return f;
  return root;
}

// The attributes PA-HMDB51 annotates, in the publisher's order; others found follow by name.
const std::vector<std::string> kPaAttributes{"skin_color", "face", "gender", "nudity", "relationship"};

// Whether an annotation value says "present": a number above 0, or a list holding one.
bool present(const nlohmann::json& v) {
  if (v.is_number()) return v.get<double>() > 0;
  if (v.is_array()) return std::any_of(v.begin(), v.end(), [](const nlohmann::json& e) { return present(e); });
  return false;
}

// One attribute of one video: [[start, end, value], …] (value a number or a list of numbers),
// or a plain 0/1.
bool attributePresent(const nlohmann::json& v) {
  if (!v.is_array()) return present(v);
  for (const auto& range : v)
    if (range.is_array() && !range.empty() ? present(range.back()) : present(range)) return true;
  return false;
}

}  // namespace

Result<Listing> listHmdb51(const fs::path& root, const std::string& split, const ReaderOptions& options) {
  auto which = parseNumberedSplit(split, options.split, root.string());
  if (!which) return tl::unexpected(which.error());
  const fs::path splitFolder = findHmdbSplitFolder(root);
  auto splits = readHmdbSplits(splitFolder, which->number);
  if (!splits) return tl::unexpected(splits.error());
  Listing listing;
  listing.split = (which->train ? "train" : "test") + std::to_string(which->number);
  listing.splits = {"train1", "test1", "train2", "test2", "train3", "test3"};
  const fs::path videos = classRoot(root, splits->begin()->first);
  const int wanted = which->train ? 1 : 2;
  for (const auto& [cls, entries] : *splits) {
    const int label = static_cast<int>(listing.classes.size());
    listing.classes.push_back(cls);
    for (const auto& [file, tag] : entries) {
      if (tag != wanted) continue;
      const fs::path path = videos / cls / file;
      if (!fs::exists(path)) {
        noteMissing(listing, path.string(),
                    "named in " + cls + "_test_split" + std::to_string(which->number) + ".txt but not found.");
        continue;
      }
      listing.videos.push_back({path.string(), label, {}});
    }
  }
  return listing;
}

Result<Listing> listPaHmdb51(const fs::path& root, const std::string& split, const ReaderOptions& options) {
  Listing listing;
  // The annotation files: PrivacyAttributes/*.json and *privacy*.json at the root.
  std::vector<fs::path> jsonFiles;
  for (const auto& f : subfolders(root))
    if (lower(f.filename().string()) == "privacyattributes")
      for (const auto& j : filesIn(f))
        if (lower(j.extension().string()) == ".json") jsonFiles.push_back(j);
  for (const auto& j : filesIn(root))
    if (lower(j.extension().string()) == ".json" && lower(j.filename().string()).find("privacy") != std::string::npos)
      jsonFiles.push_back(j);

  std::map<std::string, nlohmann::json> annotations;  // video file name → its attributes
  std::set<std::string> attributeKeys;
  Error firstBroken;
  for (const auto& j : jsonFiles) {
    auto json = readJson(j);
    if (json && !json->is_object())
      json = fail(ErrorCode::InvalidInput, inQuotes(j.string()) + " is not a JSON object of videos.");
    if (!json) {
      if (listing.unreadable.empty()) firstBroken = json.error();
      noteUnreadable(listing, j.string(), json.error().message);
      continue;
    }
    for (const auto& [video, attrs] : json->items()) {
      if (!attrs.is_object()) continue;
      for (const auto& [key, value] : attrs.items())
        if (value.is_array() || value.is_number()) attributeKeys.insert(key);
      annotations[video] = attrs;
    }
  }
  if (jsonFiles.empty())
    return fail(ErrorCode::NotFound, inQuotes(root.string()) + " holds no PA-HMDB51 annotation files.");
  if (annotations.empty() && !listing.unreadable.empty())
    return fail(ErrorCode::InvalidInput, "Every PA-HMDB51 annotation file in '" + root.string() +
                                             "' is broken; the first: " + firstBroken.message);
  for (const auto& k : kPaAttributes)
    if (attributeKeys.erase(k)) listing.attributes.push_back(k);
  listing.attributes.insert(listing.attributes.end(), attributeKeys.begin(), attributeKeys.end());

  // Every video under the root (<class>/<file> or <folder>/<class>/<file>), by file name.
  std::map<std::string, fs::path> onDisk;
  for (const auto& a : subfolders(root)) {
    for (const auto& f : filesIn(a))
      if (isVideoFile(f)) onDisk.emplace(f.filename().string(), f);
    for (const auto& b : subfolders(a))
      for (const auto& f : filesIn(b))
        if (isVideoFile(f)) onDisk.emplace(f.filename().string(), f);
  }
  // Classes over all annotated videos found, before the split, so labels agree between splits.
  std::set<std::string> classSet;
  for (const auto& [video, attrs] : annotations)
    if (auto it = onDisk.find(video); it != onDisk.end()) classSet.insert(it->second.parent_path().filename().string());
  listing.classes.assign(classSet.begin(), classSet.end());

  // The split: HMDB51's files when present, else per class the first 70 % by name.
  const std::string asked = lower(split);
  std::optional<HmdbSplits> hmdb;
  int number = options.split;
  if (asked != "all") {
    auto which = parseNumberedSplit(split, options.split, root.string());
    if (!which) return tl::unexpected(which.error());
    number = which->number;
    if (const fs::path folder = findHmdbSplitFolder(root); !folder.empty()) {
      auto s = readHmdbSplits(folder, number);
      if (!s) return tl::unexpected(s.error());
      hmdb = std::move(*s);
    }
    listing.split = (which->train ? "train" : "test") + std::to_string(number);
  } else {
    listing.split = "all";
  }
  listing.splits = {"train", "test", "all"};
  const bool train = asked.starts_with("train");
  std::map<std::string, std::vector<std::string>> byClass;  // for the 70 % rule
  for (const auto& [video, attrs] : annotations) {
    const auto it = onDisk.find(video);
    if (it == onDisk.end()) {
      noteMissing(listing, (root / video).string(), "annotated in PA-HMDB51 but not found under the data set folder.");
      continue;
    }
    byClass[it->second.parent_path().filename().string()].push_back(video);
  }
  for (auto& [cls, names] : byClass) {
    const int label =
        static_cast<int>(std::find(listing.classes.begin(), listing.classes.end(), cls) - listing.classes.begin());
    const std::size_t trainCount = (names.size() * 7 + 5) / 10;
    for (std::size_t i = 0; i < names.size(); ++i) {
      bool take = asked == "all";
      if (!take && hmdb) {
        const auto c = hmdb->find(cls);
        const int tag = c == hmdb->end() || !c->second.contains(names[i]) ? 0 : c->second.at(names[i]);
        take = tag == (train ? 1 : 2);
      } else if (!take) {
        take = (i < trainCount) == train;
      }
      if (!take) continue;
      VideoEntry e{onDisk.at(names[i]).string(), label, {}};
      const auto& attrs = annotations.at(names[i]);
      for (const auto& a : listing.attributes)
        e.attributes.push_back(attrs.contains(a) && attributePresent(attrs.at(a)) ? 1.f : 0.f);
      listing.videos.push_back(std::move(e));
    }
  }
  return listing;
}

}  // namespace spact::data::detail
