// ActionLoader: clips sampled as the paper samples them (data/clip_sampling.h), augmented with
// one draw per clip (data/augment.h), made in order on worker threads (data/prefetch.h).
#include <torch/torch.h>

#include <algorithm>

#include "data/augment.h"
#include "data/clip_sampling.h"
#include "data/loader.h"
#include "data/loader_common.h"
#include "data/prefetch.h"
#include "data/quoted.h"
#include "data/sample_rng.h"

namespace spact::data {
namespace {

struct Clip {
  torch::Tensor frames;  // (3, T, size, size)
  std::size_t item = 0;
};

}  // namespace

struct ActionLoader::Impl {
  ActionSourcePtr source;
  LoaderOptions options;
  EpochOrder order;
  SkipLog skipped;
  EpochWatch watch;
  PrefetchEngine<ActionBatch> engine;

  Impl(ActionSourcePtr s, LoaderOptions o)
      : source(std::move(s)),
        options(o),
        order(source->size(), o.train, o.seed),
        engine([this](std::int64_t e, std::int64_t b) { return makeBatch(e, b); }, o.workers, o.prefetch, o.train) {}

  int clipsPerVideo() const { return options.train ? 1 : std::max(1, options.clipsPerVideo); }
  std::int64_t samples() const { return static_cast<std::int64_t>(source->size()) * clipsPerVideo(); }

  // One clip of `item`: the `clip`-th evenly spaced one in evaluation, a random one (from `rng`)
  // in training.
  Result<Clip> readClip(std::size_t item, int clip, SampleRng& rng) const {
    const ClipShape shape{std::max(1, options.frames), std::max(1, options.skip)};
    auto count = source->frameCount(item);
    if (!count) return tl::unexpected(count.error());
    if (*count <= 0) return fail(ErrorCode::InvalidInput, inQuotes(source->name(item)) + " has no frames.");
    const std::int64_t start = options.train
                                   ? rng.below(maxClipStart(*count, shape) + 1)
                                   : evalClipStarts(*count, shape, clipsPerVideo())[static_cast<std::size_t>(clip)];
    const std::vector<std::int64_t> indices = clipIndices(*count, shape, start);
    // Sources take ascending, distinct indices; a looped clip repeats some of them.
    std::vector<std::int64_t> wanted = indices;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    auto frames = source->readFrames(item, wanted);
    if (!frames) return tl::unexpected(frames.error());
    if (frames->size() != wanted.size())
      return fail(ErrorCode::InvalidInput, inQuotes(source->name(item)) + " gave " + std::to_string(frames->size()) +
                                               " of the " + std::to_string(wanted.size()) + " frames asked for.");
    const media::Image& first = frames->front();
    std::vector<const media::Image*> clipFrames;
    for (const std::int64_t index : indices) {
      const auto at = std::lower_bound(wanted.begin(), wanted.end(), index) - wanted.begin();
      const media::Image& f = (*frames)[static_cast<std::size_t>(at)];
      if (f.empty() || f.width != first.width || f.height != first.height ||
          f.rgb.size() != static_cast<std::size_t>(f.width) * f.height * 3)
        return fail(ErrorCode::InvalidInput,
                    inQuotes(source->name(item)) + " gave an empty frame or frames of different sizes.");
      clipFrames.push_back(&f);
    }
    const AugmentDraw draw = options.train ? drawAugment(options.augment, first.width, first.height, rng)
                                           : centreSquare(first.width, first.height);
    torch::Tensor t = framesToTensor(clipFrames, draw, options.size);  // (T, 3, S, S)
    return Clip{t.permute({1, 0, 2, 3}).contiguous(), item};
  }

  // Training: the sample at `position` reads its item, or, when that cannot be read, the next
  // readable item in the epoch's order; its draws come from (seed, epoch, position) either way.
  Result<Clip> trainSample(std::int64_t epoch, std::int64_t position) {
    Error last;
    const EpochOrder::Epoch epochOrder = order.of(epoch);
    for (std::size_t k = 0; k < order.items(); ++k) {
      const std::size_t item = epochOrder.item(position + static_cast<std::int64_t>(k));
      SampleRng rng(options.seed, epoch, position);
      auto clip = readClip(item, 0, rng);
      if (clip) return clip;
      skipped.note(item, source->name(item), clip.error());
      last = clip.error();
    }
    return tl::unexpected(nothingReadable("videos", order.items(), source->name(0), last));
  }

  PrefetchEngine<ActionBatch>::Made makeBatch(std::int64_t epoch, std::int64_t batch) {
    torch::NoGradGuard noGrad;
    const std::int64_t b = std::max(1, options.batch);
    const std::int64_t begin = batch * b;
    // Training batches are always full (see batchesFor); evaluation's last one may be short.
    const std::int64_t end = options.train ? begin + b : std::min(begin + b, samples());
    std::vector<torch::Tensor> clips;
    std::vector<std::int64_t> labels, videos;
    std::vector<std::vector<float>> attributes;
    for (std::int64_t p = begin; p < end; ++p) {
      Result<Clip> clip = [&]() -> Result<Clip> {
        if (options.train) return trainSample(epoch, p);
        // Evaluation reads every clip once, in order; an unreadable one is left out.
        const auto item = static_cast<std::size_t>(p / clipsPerVideo());
        SampleRng unused(options.seed, epoch, p);
        auto c = readClip(item, static_cast<int>(p % clipsPerVideo()), unused);
        if (!c) skipped.note(item, source->name(item), c.error());
        return c;
      }();
      if (!clip && options.train) return tl::unexpected(clip.error());
      if (!clip) continue;
      clips.push_back(clip->frames);
      labels.push_back(source->label(clip->item));
      videos.push_back(static_cast<std::int64_t>(clip->item));
      attributes.push_back(source->attributes(clip->item));
    }
    if (clips.empty()) return std::optional<ActionBatch>{};
    return ActionBatch{torch::stack(clips), int64Tensor(labels),
                       attributeTensor(attributes, source->attributeNames().size()), int64Tensor(videos)};
  }
};

ActionLoader::ActionLoader(ActionSourcePtr source, LoaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(source), options)) {
  seek({});
}

ActionLoader::~ActionLoader() = default;

std::int64_t ActionLoader::batchesPerEpoch() const { return batchesFor(impl_->samples(), impl_->options); }

void ActionLoader::seek(LoaderPosition position) {
  impl_->engine.seek(position, batchesPerEpoch());
  impl_->watch.seek(position);
}

LoaderPosition ActionLoader::position() const { return impl_->engine.position(); }

Result<std::optional<ActionBatch>> ActionLoader::next() {
  while (auto made = impl_->engine.pop()) {
    if (!*made) return tl::unexpected(made->error());
    if (**made) {
      impl_->watch.gaveAny = true;
      return std::move(**made);
    }
    // A batch whose every clip was unreadable (evaluation): go on to the next.
  }
  if (impl_->watch.nothingRead()) {
    const auto n = impl_->source->size();
    return tl::unexpected(nothingReadable("videos", n, n ? impl_->source->name(0) : "", impl_->skipped.last()));
  }
  return std::optional<ActionBatch>{};
}

std::int64_t ActionLoader::skippedItems() const { return impl_->skipped.count(); }

}  // namespace spact::data
