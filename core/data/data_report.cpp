#include "data/data_report.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace spact::data {
namespace {

nlohmann::json problems(const std::vector<Problem>& list) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& p : list) files.push_back({{"path", p.path}, {"reason", p.reason}});
  return {{"count", list.size()}, {"files", files}};
}

// The first few problems of a list, then how many more: a terminal is no place for thousands.
void listProblems(std::ostringstream& out, const char* title, const std::vector<Problem>& list) {
  if (list.empty()) return;
  out << title << ": " << list.size() << "\n";
  constexpr std::size_t shown = 10;
  for (std::size_t i = 0; i < std::min(shown, list.size()); ++i)
    out << "  " << list[i].path << ": " << list[i].reason << "\n";
  if (list.size() > shown) out << "  … and " << list.size() - shown << " more\n";
}

}  // namespace

DataReport reportOf(const Listing& l) {
  DataReport r;
  r.root = l.root;
  r.layout = layoutName(l.layout);
  r.split = l.split;
  r.splits = l.splits;
  r.classes = l.classes;
  r.classCounts.assign(l.classes.size(), 0);
  for (const auto& v : l.videos)
    if (v.label >= 0 && static_cast<std::size_t>(v.label) < r.classCounts.size())
      ++r.classCounts[static_cast<std::size_t>(v.label)];
  r.videos = static_cast<std::int64_t>(l.videos.size());
  r.images = static_cast<std::int64_t>(l.images.size());
  r.attributes = l.attributes;
  r.attributeCounts.assign(l.attributes.size(), 0);
  auto count = [&](const std::vector<float>& a) {
    for (std::size_t i = 0; i < std::min(a.size(), r.attributeCounts.size()); ++i) r.attributeCounts[i] += a[i] > 0.5f;
  };
  for (const auto& v : l.videos) count(v.attributes);
  for (const auto& i : l.images) count(i.attributes);
  if (l.layout == Layout::GenericImages) r.classCounts = r.attributeCounts;  // the one-hot class folders
  r.missing = l.missing;
  r.unreadable = l.unreadable;
  return r;
}

nlohmann::json toJson(const DataReport& r) {
  nlohmann::json classes = nlohmann::json::array();
  for (std::size_t i = 0; i < r.classes.size(); ++i)
    classes.push_back({{"name", r.classes[i]}, {"count", r.classCounts[i]}});
  nlohmann::json attributes = nlohmann::json::array();
  const std::int64_t items = std::max<std::int64_t>(1, r.videos + r.images);
  for (std::size_t i = 0; i < r.attributes.size(); ++i)
    attributes.push_back({{"name", r.attributes[i]},
                          {"count", r.attributeCounts[i]},
                          {"frequency", static_cast<double>(r.attributeCounts[i]) / static_cast<double>(items)}});
  nlohmann::json j = {{"root", r.root},
                      {"layout", r.layout},
                      {"split", r.split},
                      {"splits", r.splits},
                      {"classes", classes},
                      {"videos", r.videos},
                      {"images", r.images},
                      {"attributes", attributes},
                      {"probed", r.probed},
                      {"missing", problems(r.missing)},
                      {"unreadable", problems(r.unreadable)}};
  if (r.probed) j["frames"] = r.frames;
  return j;
}

std::string toText(const DataReport& r) {
  std::ostringstream out;
  out << r.root << ": " << r.layout << ", split " << r.split << "\n";
  if (r.videos > 0)
    out << "videos: " << r.videos << (r.probed ? " (" + std::to_string(r.frames) + " frames)" : "") << "\n";
  if (r.images > 0) out << "images: " << r.images << "\n";
  if (!r.classes.empty()) {
    out << "classes: " << r.classes.size() << "\n";
    for (std::size_t i = 0; i < r.classes.size(); ++i) out << "  " << r.classes[i] << ": " << r.classCounts[i] << "\n";
  }
  if (!r.attributes.empty()) {
    out << "attributes:\n";
    const double items = static_cast<double>(std::max<std::int64_t>(1, r.videos + r.images));
    for (std::size_t i = 0; i < r.attributes.size(); ++i) {
      char pct[32];
      std::snprintf(pct, sizeof pct, "%.1f %%", 100.0 * static_cast<double>(r.attributeCounts[i]) / items);
      out << "  " << r.attributes[i] << ": " << r.attributeCounts[i] << " (" << pct << ")\n";
    }
  }
  listProblems(out, "missing", r.missing);
  listProblems(out, "unreadable", r.unreadable);
  return out.str();
}

}  // namespace spact::data
