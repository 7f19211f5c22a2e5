// ImageLoader: images for the privacy branch and the attribute classifier. Training gives two
// independently augmented views of each image (SimCLR's positive pair for NT-Xent);
// evaluation gives the centre square, resized.
#include <torch/torch.h>

#include "data/augment.h"
#include "data/loader.h"
#include "data/loader_common.h"
#include "data/prefetch.h"
#include "data/quoted.h"
#include "data/sample_rng.h"

namespace spact::data {
namespace {

struct Views {
  torch::Tensor view1, view2;  // (3, size, size); view2 undefined in evaluation
  std::size_t item = 0;
};

constexpr std::uint64_t kView1 = 1, kView2 = 2;  // generator streams of the two views

}  // namespace

struct ImageLoader::Impl {
  ImageSourcePtr source;
  LoaderOptions options;
  EpochOrder order;
  SkipLog skipped;
  EpochWatch watch;
  PrefetchEngine<ImageBatch> engine;

  Impl(ImageSourcePtr s, LoaderOptions o)
      : source(std::move(s)),
        options(o),
        order(source->size(), o.train, o.seed),
        engine([this](std::int64_t e, std::int64_t b) { return makeBatch(e, b); }, o.workers, o.prefetch, o.train) {}

  std::int64_t samples() const { return static_cast<std::int64_t>(source->size()); }

  Result<Views> readViews(std::size_t item, std::int64_t epoch, std::int64_t position) const {
    auto image = source->readImage(item);
    if (!image) return tl::unexpected(image.error());
    if (image->empty() || image->rgb.size() != static_cast<std::size_t>(image->width) * image->height * 3)
      return fail(ErrorCode::InvalidInput, inQuotes(source->name(item)) + " gave an empty picture.");
    const std::vector<const media::Image*> frames{&*image};
    if (!options.train)
      return Views{framesToTensor(frames, centreSquare(image->width, image->height), options.size)[0], {}, item};
    SampleRng rng1(options.seed, epoch, position, kView1), rng2(options.seed, epoch, position, kView2);
    const AugmentDraw d1 = drawAugment(options.augment, image->width, image->height, rng1);
    const AugmentDraw d2 = drawAugment(options.augment, image->width, image->height, rng2);
    return Views{framesToTensor(frames, d1, options.size)[0], framesToTensor(frames, d2, options.size)[0], item};
  }

  // As for clips: an unreadable item is replaced in training by the next readable one in the
  // epoch's order (draws from the position), and left out in evaluation.
  Result<Views> sample(std::int64_t epoch, std::int64_t position) {
    if (!options.train) {
      const auto item = static_cast<std::size_t>(position);
      auto v = readViews(item, epoch, position);
      if (!v) skipped.note(item, source->name(item), v.error());
      return v;
    }
    Error last;
    const EpochOrder::Epoch epochOrder = order.of(epoch);
    for (std::size_t k = 0; k < order.items(); ++k) {
      const std::size_t item = epochOrder.item(position + static_cast<std::int64_t>(k));
      auto v = readViews(item, epoch, position);
      if (v) return v;
      skipped.note(item, source->name(item), v.error());
      last = v.error();
    }
    return tl::unexpected(nothingReadable("images", order.items(), source->name(0), last));
  }

  PrefetchEngine<ImageBatch>::Made makeBatch(std::int64_t epoch, std::int64_t batch) {
    torch::NoGradGuard noGrad;
    const std::int64_t b = std::max(1, options.batch);
    const std::int64_t begin = batch * b;
    const std::int64_t end = options.train ? begin + b : std::min(begin + b, samples());
    std::vector<torch::Tensor> v1, v2;
    std::vector<std::vector<float>> attributes;
    for (std::int64_t p = begin; p < end; ++p) {
      auto views = sample(epoch, p);
      if (!views && options.train) return tl::unexpected(views.error());
      if (!views) continue;
      v1.push_back(views->view1);
      if (views->view2.defined()) v2.push_back(views->view2);
      attributes.push_back(source->attributes(views->item));
    }
    if (v1.empty()) return std::optional<ImageBatch>{};
    return ImageBatch{torch::stack(v1), v2.empty() ? torch::Tensor() : torch::stack(v2),
                      attributeTensor(attributes, source->attributeNames().size())};
  }
};

ImageLoader::ImageLoader(ImageSourcePtr source, LoaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(source), options)) {
  seek({});
}

ImageLoader::~ImageLoader() = default;

std::int64_t ImageLoader::batchesPerEpoch() const { return batchesFor(impl_->samples(), impl_->options); }

void ImageLoader::seek(LoaderPosition position) {
  impl_->engine.seek(position, batchesPerEpoch());
  impl_->watch.seek(position);
}

LoaderPosition ImageLoader::position() const { return impl_->engine.position(); }

Result<std::optional<ImageBatch>> ImageLoader::next() {
  while (auto made = impl_->engine.pop()) {
    if (!*made) return tl::unexpected(made->error());
    if (**made) {
      impl_->watch.gaveAny = true;
      return std::move(**made);
    }
  }
  if (impl_->watch.nothingRead()) {
    const auto n = impl_->source->size();
    return tl::unexpected(nothingReadable("images", n, n ? impl_->source->name(0) : "", impl_->skipped.last()));
  }
  return std::optional<ImageBatch>{};
}

std::int64_t ImageLoader::skippedItems() const { return impl_->skipped.count(); }

}  // namespace spact::data
