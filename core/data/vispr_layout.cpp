// VISPR as shipped: images/<split>/<id>.jpg and annotations/<split>/<id>.json, each annotation
// {"id": …, "image_path": …, "labels": ["a0_safe", "a4_gender", …]}. The splits are train2017,
// val2017 and test2017; "train"/"val"/"test" find them. An attribute is wanted by its "aN"
// prefix, so "a17" and "a17_color" both name skin colour.
#include <map>

#include "data/layout_util.h"
#include "data/quoted.h"

namespace spact::data::detail {
namespace {

std::string attributeId(const std::string& name) { return lower(name.substr(0, name.find('_'))); }

}  // namespace

Result<Listing> listVispr(const fs::path& root, const std::string& split, const ReaderOptions& options) {
  Listing listing;
  for (const auto& f : subfolders(root / "annotations")) listing.splits.push_back(f.filename().string());
  auto folder = resolveSplit(listing.splits, split, (root / "annotations").string());
  if (!folder) return tl::unexpected(folder.error());
  listing.split = *folder;
  listing.attributes = options.attributes;
  std::map<std::string, std::size_t> wanted;  // "a17" → column
  for (std::size_t i = 0; i < options.attributes.size(); ++i) wanted[attributeId(options.attributes[i])] = i;

  // Images by file stem.
  const fs::path imageFolder = root / "images" / *folder;
  std::map<std::string, fs::path> images;
  for (const auto& f : filesIn(imageFolder))
    if (isImageFile(f)) images.emplace(f.stem().string(), f);

  std::size_t annotationFiles = 0;
  Error firstBroken;
  std::map<std::string, bool> annotated;
  for (const auto& f : filesIn(root / "annotations" / *folder)) {
    if (lower(f.extension().string()) != ".json") continue;
    ++annotationFiles;
    auto json = readJson(f);
    if (json && !(json->is_object() && json->contains("labels") && (*json)["labels"].is_array()))
      json = fail(ErrorCode::InvalidInput, inQuotes(f.string()) + " has no \"labels\" list.");
    const std::string stem = f.stem().string();
    annotated[stem] = true;  // a broken annotation is reported as such, its image not as unannotated
    if (!json) {
      if (listing.unreadable.empty()) firstBroken = json.error();
      noteUnreadable(listing, f.string(), json.error().message);
      continue;
    }
    const auto image = images.find(stem);
    if (image == images.end()) {
      noteMissing(listing, (imageFolder / (stem + ".jpg")).string(),
                  "annotated in " + f.filename().string() + " but not found.");
      continue;
    }
    ImageEntry e{image->second.string(), std::vector<float>(options.attributes.size(), 0.f)};
    for (const auto& label : (*json)["labels"])
      if (label.is_string())
        if (const auto col = wanted.find(attributeId(label.get<std::string>())); col != wanted.end())
          e.attributes[col->second] = 1.f;
    listing.images.push_back(std::move(e));
  }
  if (annotationFiles == 0)
    return fail(ErrorCode::NotFound,
                inQuotes((root / "annotations" / *folder).string()) + " holds no annotation files (*.json).");
  if (annotationFiles == listing.unreadable.size())
    return fail(ErrorCode::InvalidInput, "Every annotation file in '" + (root / "annotations" / *folder).string() +
                                             "' is broken; the first: " + firstBroken.message);
  for (const auto& [stem, path] : images)
    if (!annotated.contains(stem))
      noteMissing(listing, path.string(), "has no annotation file, so its attributes are unknown.");
  return listing;
}

}  // namespace spact::data::detail
