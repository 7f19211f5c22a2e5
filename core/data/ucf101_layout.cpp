// UCF101 as shipped: UCF-101/<Class>/v_<Class>_gXX_cYY.avi and ucfTrainTestlist/ with
// classInd.txt ("1 ApplyEyeMakeup"), trainlist0N.txt ("ApplyEyeMakeup/v_….avi 1") and
// testlist0N.txt ("ApplyEyeMakeup/v_….avi"). The lists do not always match the files' case
// (HandstandPushups/v_HandStandPushups_…), so paths are looked up without regard to case.
// An attributes.json beside them (not part of UCF101; spact synth writes one) gives each video
// privacy attributes.
#include <algorithm>
#include <map>

#include "data/layout_util.h"
#include "data/quoted.h"

namespace spact::data::detail {
namespace {

fs::path listFolder(const fs::path& root) {
  for (const auto& f : subfolders(root))
    if (fs::exists(f / "classInd.txt")) return f;
  return root;
}

fs::path videoFolder(const fs::path& root, const fs::path& lists) {
  for (const char* name : {"UCF-101", "UCF101", "ucf101", "videos"})
    if (fs::is_directory(root / name)) return root / name;
  // Otherwise the folder (other than the lists') with the most class folders.
  fs::path best = root;
  std::size_t most = 0;
  for (const auto& f : subfolders(root)) {
    if (f == lists) continue;
    const auto n = subfolders(f).size();
    if (n > most) most = n, best = f;
  }
  return best;
}

}  // namespace

Result<Listing> listUcf101(const fs::path& root, const std::string& split, const ReaderOptions& options) {
  const fs::path lists = listFolder(root);
  auto which = parseNumberedSplit(split, options.split, root.string());
  if (!which) return tl::unexpected(which.error());
  Listing listing;
  listing.split = (which->train ? "train" : "test") + std::to_string(which->number);
  listing.splits = {"train1", "test1", "train2", "test2", "train3", "test3"};

  auto classLines = readLines(lists / "classInd.txt");
  if (!classLines) return tl::unexpected(classLines.error());
  std::map<std::string, int> classIndex;  // lower-case name → label
  for (const auto& line : *classLines) {
    const auto space = line.find_first_of(" \t");
    const std::string name = space == std::string::npos ? "" : line.substr(line.find_first_not_of(" \t", space));
    int number = 0;
    try {
      number = std::stoi(line.substr(0, space));
    } catch (const std::exception&) {
    }
    if (name.empty() || number != static_cast<int>(listing.classes.size()) + 1)
      return fail(ErrorCode::InvalidInput, inQuotes((lists / "classInd.txt").string()) + " has a line that is not '" +
                                               std::to_string(listing.classes.size() + 1) + " <class>': '" + line +
                                               "'.");
    classIndex[lower(name)] = static_cast<int>(listing.classes.size());
    listing.classes.push_back(name);
  }

  const fs::path listFile =
      lists / ((which->train ? "trainlist0" : "testlist0") + std::to_string(which->number) + ".txt");
  auto lines = readLines(listFile);
  if (!lines) return tl::unexpected(lines.error());

  // Every file under the video folder, by lower-case "<class>/<file>".
  const fs::path videos = videoFolder(root, lists);
  std::map<std::string, fs::path> onDisk;
  for (const auto& cls : subfolders(videos))
    for (const auto& f : filesIn(cls)) onDisk[lower(cls.filename().string() + "/" + f.filename().string())] = f;

  // Optional per-video privacy attributes beside the lists (spact synth writes them):
  // attributes.json = {"attributes": [names], "videos": {"<Class>/<file>": [0/1, …]}}.
  std::map<std::string, std::vector<float>> videoAttributes;  // lower-case "<Class>/<file>" → values
  if (const fs::path sidecar = root / "attributes.json"; fs::exists(sidecar)) {
    auto json = readJson(sidecar);
    if (json && !(json->is_object() && (*json)["attributes"].is_array() && (*json)["videos"].is_object()))
      json = fail(ErrorCode::InvalidInput,
                  inQuotes(sidecar.string()) + " has no \"attributes\" list and \"videos\" object.");
    if (!json) {
      noteUnreadable(listing, sidecar.string(), json.error().message);
    } else {
      for (const auto& name : (*json)["attributes"])
        listing.attributes.push_back(name.is_string() ? name.get<std::string>() : "");
      for (const auto& [video, values] : (*json)["videos"].items()) {
        std::vector<float> v(listing.attributes.size(), 0.f);
        if (values.is_array())
          for (std::size_t k = 0; k < std::min(v.size(), values.size()); ++k)
            v[k] = values[k].is_number() && values[k].get<double>() > 0.5 ? 1.f : 0.f;
        videoAttributes[lower(video)] = std::move(v);
      }
    }
  }

  for (const auto& line : *lines) {
    const std::string relative = line.substr(0, line.find_first_of(" \t"));
    const auto slash = relative.find('/');
    const auto cls = classIndex.find(lower(relative.substr(0, slash)));
    if (slash == std::string::npos || cls == classIndex.end())
      return fail(ErrorCode::InvalidInput,
                  inQuotes(listFile.string()) + " names a video outside the classes of classInd.txt: '" + line + "'.");
    const auto file = onDisk.find(lower(relative));
    if (file == onDisk.end()) {
      noteMissing(listing, (videos / relative).string(),
                  "named in " + listFile.filename().string() + " but not found.");
      continue;
    }
    std::vector<float> attributes(listing.attributes.size(), 0.f);
    if (const auto a = videoAttributes.find(lower(relative)); a != videoAttributes.end()) attributes = a->second;
    listing.videos.push_back({file->second.string(), cls->second, std::move(attributes)});
  }
  return listing;
}

}  // namespace spact::data::detail
