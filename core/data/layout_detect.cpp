// Which publisher's layout a folder holds, decided from folder and file names alone (cheap:
// nothing is opened), and the dispatch to the reader of that layout.
#include <algorithm>

#include "data/layout_util.h"
#include "data/layouts.h"
#include "data/quoted.h"

namespace spact::data {
namespace {

using namespace detail;

bool hasFile(const fs::path& dir, const std::string& name) {
  std::error_code ec;
  return fs::is_regular_file(dir / name, ec);
}

bool looksLikeSplit(const std::string& name) {
  const std::string n = lower(name);
  return n.starts_with("train") || n.starts_with("val") || n.starts_with("test");
}

// <split>/<class>/<file>: how many videos and images the first files of each class hold.
Layout genericKind(const fs::path& root) {
  std::size_t videos = 0, images = 0;
  for (const auto& split : subfolders(root)) {
    if (!looksLikeSplit(split.filename().string())) continue;
    for (const auto& cls : subfolders(split))
      for (const auto& f : filesIn(cls)) {
        videos += isVideoFile(f);
        images += isImageFile(f);
      }
  }
  if (videos + images == 0) return Layout::Unknown;
  return videos >= images ? Layout::GenericVideos : Layout::GenericImages;
}

}  // namespace

const char* layoutName(Layout layout) {
  switch (layout) {
    case Layout::Ucf101:
      return "ucf101";
    case Layout::Hmdb51:
      return "hmdb51";
    case Layout::PaHmdb51:
      return "pa-hmdb51";
    case Layout::Vispr:
      return "vispr";
    case Layout::GenericVideos:
      return "generic-videos";
    case Layout::GenericImages:
      return "generic-images";
    case Layout::Unknown:
      break;
  }
  return "unknown";
}

const std::vector<std::string>& visprDefaultAttributes() {
  static const std::vector<std::string> names{"a4_gender", "a9_face_complete", "a10_face_partial", "a12_semi_nudity",
                                              "a17_color", "a64_rel_personal", "a65_rel_social"};
  return names;
}

Layout detectLayout(const std::string& dir) {
  const fs::path root(dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return Layout::Unknown;
  const auto folders = subfolders(root);
  for (const auto& f : folders)
    if (hasFile(f, "classInd.txt")) return Layout::Ucf101;
  if (hasFile(root, "classInd.txt")) return Layout::Ucf101;
  if (fs::is_directory(root / "images", ec) && fs::is_directory(root / "annotations", ec)) return Layout::Vispr;
  const bool paFolder = std::any_of(folders.begin(), folders.end(), [](const fs::path& f) {
    return lower(f.filename().string()) == "privacyattributes";
  });
  const auto rootFiles = filesIn(root);
  const bool paFile = std::any_of(rootFiles.begin(), rootFiles.end(), [](const fs::path& f) {
    return lower(f.extension().string()) == ".json" &&
           lower(f.filename().string()).find("privacy") != std::string::npos;
  });
  if (paFolder || paFile) return Layout::PaHmdb51;
  if (!findHmdbSplitFolder(root).empty()) return Layout::Hmdb51;
  return genericKind(root);
}

Result<Listing> listDataSet(const std::string& dir, const std::string& split, const ReaderOptions& options) {
  const fs::path root(dir);
  std::error_code ec;
  if (!fs::exists(root, ec)) return fail(ErrorCode::NotFound, "The data set folder '" + dir + "' does not exist.");
  if (!fs::is_directory(root, ec))
    return fail(ErrorCode::InvalidInput, inQuotes(dir) + " is a file, not a data set folder.");
  if (fs::directory_iterator(root, ec) == fs::directory_iterator())
    return fail(ErrorCode::InvalidInput, "The data set folder '" + dir + "' is empty.");
  const Layout layout = detectLayout(dir);
  Result<Listing> listing = [&]() -> Result<Listing> {
    switch (layout) {
      case Layout::Ucf101:
        return listUcf101(root, split, options);
      case Layout::Hmdb51:
        return listHmdb51(root, split, options);
      case Layout::PaHmdb51:
        return listPaHmdb51(root, split, options);
      case Layout::Vispr:
        return listVispr(root, split, options);
      case Layout::GenericVideos:
      case Layout::GenericImages:
        return listGeneric(root, split, layout);
      case Layout::Unknown:
        break;
    }
    return fail(
        ErrorCode::InvalidInput,
        inQuotes(dir) +
            " is not a data set layout SPAct reads: expected UCF101 (UCF-101/ and ucfTrainTestlist/), "
            "HMDB51 (class folders and testTrainMulti_7030_splits/), PA-HMDB51 (HMDB51 and PrivacyAttributes/), "
            "VISPR (images/ and annotations/) or <split>/<class>/<file> folders.");
  }();
  if (listing) {
    listing->layout = layout;
    listing->root = dir;
    logSummary(*listing);
  }
  return listing;
}

}  // namespace spact::data
