// inspect(): a listing, and with `probe` every file opened, so the report names the unreadable
// media a training run would skip. Listing needs no media libraries; probing does.
#include "data/data_report.h"
#ifdef SPACT_HAVE_MEDIA
#include "media/image_io.h"
#include "media/probe.h"
#endif

namespace spact::data {

Result<DataReport> inspect(const std::string& dir, const InspectOptions& options) {
  auto listing = listDataSet(dir, options.split, options.reader);
  if (!listing) return tl::unexpected(listing.error());
  DataReport report = reportOf(*listing);
  if (!options.probe) return report;
#ifdef SPACT_HAVE_MEDIA
  report.probed = true;
  for (const auto& v : listing->videos) {
    auto info = media::probe(v.path);
    if (!info)
      report.unreadable.push_back({v.path, info.error().message});
    else if (const auto* video = info->video(); video && video->frameCount > 0)
      report.frames += video->frameCount;
    else
      report.unreadable.push_back({v.path, "It holds no video frames."});
  }
  for (const auto& i : listing->images)
    if (auto img = media::readImage(i.path); !img) report.unreadable.push_back({i.path, img.error().message});
  return report;
#else
  return fail(ErrorCode::Unsupported,
              "Probing the files of '" + dir + "' needs FFmpeg and OpenCV, which this build lacks.");
#endif
}

}  // namespace spact::data
