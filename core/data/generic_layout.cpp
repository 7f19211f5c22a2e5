// A generic tree, <split>/<class>/<file>: videos make an action set labelled by class folder;
// images make an image set whose attributes are the one-hot class folder (so an attribute
// classifier or NT-Xent can train on any folder of labelled pictures).
#include <set>

#include "data/layout_util.h"

namespace spact::data::detail {

Result<Listing> listGeneric(const fs::path& root, const std::string& split, Layout layout) {
  Listing listing;
  const auto splitFolders = subfolders(root);
  for (const auto& f : splitFolders) listing.splits.push_back(f.filename().string());
  auto folder = resolveSplit(listing.splits, split, root.string());
  if (!folder) return tl::unexpected(folder.error());
  listing.split = *folder;
  // Classes over every split, so labels agree between them.
  std::set<std::string> classes;
  for (const auto& s : splitFolders)
    for (const auto& c : subfolders(s)) classes.insert(c.filename().string());
  listing.classes.assign(classes.begin(), classes.end());
  if (layout == Layout::GenericImages) listing.attributes = listing.classes;
  for (const auto& c : subfolders(root / *folder)) {
    const std::string name = c.filename().string();
    const auto label = static_cast<int>(std::distance(classes.begin(), classes.find(name)));
    for (const auto& f : filesIn(c)) {
      if (isVideoFile(f)) listing.videos.push_back({f.string(), label, {}});
      if (isImageFile(f)) {
        ImageEntry e{f.string(), std::vector<float>(classes.size(), 0.f)};
        e.attributes[static_cast<std::size_t>(label)] = 1.f;
        listing.images.push_back(std::move(e));
      }
    }
  }
  return listing;
}

}  // namespace spact::data::detail
