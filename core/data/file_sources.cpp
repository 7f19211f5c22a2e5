// ActionSource and ImageSource over files on disk. Frame counts come from media::probe (exact:
// the packet count) and are cached, since each training epoch asks again. Frames are read by a
// decoder opened per call, so any number of loader threads can read the same video at once.
#include <atomic>
#include <memory>

#include "data/quoted.h"
#include "data/readers.h"
#include "media/decoder.h"
#include "media/image_io.h"
#include "media/probe.h"

namespace spact::data {
namespace {

// Below this first index a clip is decoded from the start of the file: a seek reads the whole
// packet timeline first, which costs more than decoding a second of video.
constexpr std::int64_t kDecodeFromStartBelow = 32;

class FileVideos : public ActionSource {
 public:
  explicit FileVideos(Listing listing)
      : listing_(std::move(listing)),
        frameCounts_(std::make_unique<std::atomic<std::int64_t>[]>(listing_.videos.size())) {
    for (std::size_t i = 0; i < listing_.videos.size(); ++i) frameCounts_[i] = -1;
  }

  const std::vector<std::string>& classNames() const override { return listing_.classes; }
  const std::vector<std::string>& attributeNames() const override { return listing_.attributes; }
  std::size_t size() const override { return listing_.videos.size(); }
  int label(std::size_t item) const override { return listing_.videos[item].label; }
  std::vector<float> attributes(std::size_t item) const override { return listing_.videos[item].attributes; }
  std::string name(std::size_t item) const override { return listing_.videos[item].path; }

  Result<std::int64_t> frameCount(std::size_t item) const override {
    if (const std::int64_t known = frameCounts_[item]; known >= 0) return known;
    auto info = media::probe(name(item));
    if (!info) return tl::unexpected(info.error());
    const media::StreamInfo* video = info->video();
    if (!video) return fail(ErrorCode::InvalidInput, inQuotes(name(item)) + " holds no video stream.");
    if (video->frameCount <= 0) return fail(ErrorCode::InvalidInput, inQuotes(name(item)) + " has no frames.");
    frameCounts_[item] = video->frameCount;
    return video->frameCount;
  }

  Result<std::vector<media::Image>> readFrames(std::size_t item,
                                               const std::vector<std::int64_t>& indices) const override {
    std::vector<media::Image> frames;
    if (indices.empty()) return frames;
    // One decoder thread: the loader already runs several workers side by side.
    auto decoder = media::Decoder::open(name(item), {.threads = 1});
    if (!decoder) return tl::unexpected(decoder.error());
    if (indices.front() >= kDecodeFromStartBelow)
      if (auto st = (*decoder)->seekToFrame(indices.front()); !st) return tl::unexpected(st.error());
    frames.reserve(indices.size());
    std::size_t next = 0;
    while (next < indices.size()) {
      auto frame = (*decoder)->next();
      if (!frame) return tl::unexpected(frame.error());
      if (!*frame) break;
      // "<=": should the decoder ever land past a wanted index, that index takes this picture.
      while (next < indices.size() && indices[next] <= (*frame)->index) {
        const bool againLater = next + 1 < indices.size() && indices[next + 1] <= (*frame)->index;
        frames.push_back(againLater ? (*frame)->image : std::move((*frame)->image));
        ++next;
      }
    }
    if (frames.empty())
      return fail(ErrorCode::InvalidInput,
                  inQuotes(name(item)) + " ended before frame " + std::to_string(indices.front()) + ".");
    // The container's count can exceed what decodes (a damaged tail): repeat the last picture
    // rather than lose the clip.
    while (frames.size() < indices.size()) frames.push_back(frames.back());
    return frames;
  }

 private:
  Listing listing_;
  std::unique_ptr<std::atomic<std::int64_t>[]> frameCounts_;  // −1 until probed
};

class FileImages : public ImageSource {
 public:
  explicit FileImages(Listing listing) : listing_(std::move(listing)) {}
  const std::vector<std::string>& attributeNames() const override { return listing_.attributes; }
  std::size_t size() const override { return listing_.images.size(); }
  std::vector<float> attributes(std::size_t item) const override { return listing_.images[item].attributes; }
  std::string name(std::size_t item) const override { return listing_.images[item].path; }
  Result<media::Image> readImage(std::size_t item) const override { return media::readImage(name(item)); }

 private:
  Listing listing_;
};

std::string describe(const Listing& l) {
  return inQuotes(l.root) + " (" + layoutName(l.layout) + ", split " + l.split + ")";
}

}  // namespace

ActionSourcePtr actionSourceOf(Listing listing) { return std::make_shared<FileVideos>(std::move(listing)); }
ImageSourcePtr imageSourceOf(Listing listing) { return std::make_shared<FileImages>(std::move(listing)); }

Result<ActionSourcePtr> openActionSet(const std::string& dir, const std::string& split, const ReaderOptions& options) {
  auto listing = listDataSet(dir, split, options);
  if (!listing) return tl::unexpected(listing.error());
  if (listing->layout == Layout::Vispr || listing->layout == Layout::GenericImages)
    return fail(ErrorCode::InvalidInput,
                describe(*listing) + " holds images, not the videos an action data set needs.");
  if (listing->videos.empty())
    return fail(ErrorCode::InvalidInput,
                describe(*listing) + " lists no video that is on disk" +
                    (listing->missing.empty() ? "." : " (" + std::to_string(listing->missing.size()) + " missing)."));
  return actionSourceOf(std::move(*listing));
}

Result<ImageSourcePtr> openImageSet(const std::string& dir, const std::string& split, const ReaderOptions& options) {
  auto listing = listDataSet(dir, split, options);
  if (!listing) return tl::unexpected(listing.error());
  if (listing->images.empty() && !listing->videos.empty())
    return fail(ErrorCode::InvalidInput,
                describe(*listing) + " holds videos, not the images a privacy data set needs.");
  if (listing->images.empty())
    return fail(ErrorCode::InvalidInput,
                describe(*listing) + " lists no usable image" +
                    (listing->missing.empty() ? "." : " (" + std::to_string(listing->missing.size()) + " missing)."));
  return imageSourceOf(std::move(*listing));
}

}  // namespace spact::data
