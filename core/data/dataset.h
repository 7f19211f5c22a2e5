#pragma once
// What the trainers read, whatever is behind it: a data set on disk in its publisher's layout
// (UCF101, HMDB51, VISPR, PA-HMDB51, a generic tree) or the synthetic benchmark generated in
// memory. One split of one data set is one source. No Torch and no Qt here: sources hand out
// RGB pictures; core/data/loader turns them into augmented tensor batches on worker threads.
//
// Thread safety: every const method may be called from several threads at once, for the same
// or different items (readers open their own decoder per call; the generator is a pure function
// of its seed and the item).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "media/image.h"
#include "util/result.h"

namespace spact::data {

// Videos, each with one action class (and, in PA-HMDB51 style sets, privacy attributes).
class ActionSource {
public:
  virtual ~ActionSource() = default;

  virtual const std::vector<std::string>& classNames() const = 0;
  // Empty unless the set labels privacy attributes per video (PA-HMDB51, the synthetic set).
  virtual const std::vector<std::string>& attributeNames() const = 0;

  virtual std::size_t size() const = 0;
  virtual int label(std::size_t item) const = 0;                        // index into classNames()
  virtual std::vector<float> attributes(std::size_t item) const = 0;    // 0/1 per attributeNames()
  virtual std::string name(std::size_t item) const = 0;                 // path or id, for messages

  // Frames in the video (exact: probe's packet count for files).
  virtual Result<std::int64_t> frameCount(std::size_t item) const = 0;
  // The frames at `indices` (ascending, each < frameCount), upright RGB at the source's size.
  virtual Result<std::vector<media::Image>> readFrames(std::size_t item,
                                                       const std::vector<std::int64_t>& indices) const = 0;
};

// Still images, each with privacy attributes (multi-label, 0/1).
class ImageSource {
public:
  virtual ~ImageSource() = default;

  virtual const std::vector<std::string>& attributeNames() const = 0;
  virtual std::size_t size() const = 0;
  virtual std::vector<float> attributes(std::size_t item) const = 0;
  virtual std::string name(std::size_t item) const = 0;
  virtual Result<media::Image> readImage(std::size_t item) const = 0;
};

using ActionSourcePtr = std::shared_ptr<const ActionSource>;
using ImageSourcePtr = std::shared_ptr<const ImageSource>;

}  // namespace spact::data
