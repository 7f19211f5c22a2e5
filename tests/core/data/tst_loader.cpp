// The batch loaders on tiny in-memory sources (no media libraries, so this runs in every build):
// shapes and ranges, determinism across worker counts, exact resume, one augmentation per clip,
// a translation that moves the picture, two different views per image, evenly spaced evaluation clips, and unreadable items.
#include <torch/torch.h>
#include <QtTest>

#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "data/augment.h"
#include "data/clip_sampling.h"
#include "data/loader.h"
#include "data/prefetch.h"

using namespace spact;
using namespace spact::data;

namespace {

// Videos whose frame i of item v is a picture whose pixels encode (v, i): red = i, green = 10·v,
// blue a horizontal ramp (so crops and flips show). `uniform` makes every frame of a video the
// same picture; `broken` items fail to read.
class FakeVideos : public ActionSource {
 public:
  FakeVideos(std::vector<std::int64_t> lengths, std::set<std::size_t> broken = {}, bool uniform = false)
      : lengths_(std::move(lengths)), broken_(std::move(broken)), uniform_(uniform) {}

  const std::vector<std::string>& classNames() const override { return classes_; }
  const std::vector<std::string>& attributeNames() const override { return attributes_; }
  std::size_t size() const override { return lengths_.size(); }
  int label(std::size_t item) const override { return static_cast<int>(item % 3); }
  std::vector<float> attributes(std::size_t item) const override { return {float(item % 2), float(item % 3 == 0)}; }
  std::string name(std::size_t item) const override { return "video" + std::to_string(item) + ".avi"; }
  Result<std::int64_t> frameCount(std::size_t item) const override {
    if (broken_.contains(item)) return fail(ErrorCode::InvalidInput, name(item) + " is broken.");
    return lengths_[item];
  }
  Result<std::vector<media::Image>> readFrames(std::size_t item,
                                               const std::vector<std::int64_t>& indices) const override {
    if (broken_.contains(item)) return fail(ErrorCode::InvalidInput, name(item) + " is broken.");
    std::vector<media::Image> frames;
    for (std::size_t k = 0; k < indices.size(); ++k) {
      if (k > 0 && indices[k] <= indices[k - 1]) return fail(ErrorCode::Internal, "indices not ascending");
      if (indices[k] < 0 || indices[k] >= lengths_[item]) return fail(ErrorCode::Internal, "index out of range");
      frames.push_back(picture(item, uniform_ ? 0 : indices[k]));
    }
    return frames;
  }

  static media::Image picture(std::size_t item, std::int64_t index) {
    media::Image img{40, 30, std::vector<std::uint8_t>(40 * 30 * 3)};
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x) {
        std::uint8_t* p = img.pixel(x, y);
        p[0] = static_cast<std::uint8_t>(index);
        p[1] = static_cast<std::uint8_t>(10 * item);
        p[2] = static_cast<std::uint8_t>(x * 6);
      }
    return img;
  }

 private:
  std::vector<std::int64_t> lengths_;
  std::set<std::size_t> broken_;
  bool uniform_;
  std::vector<std::string> classes_{"a", "b", "c"};
  std::vector<std::string> attributes_{"even", "third"};
};

class FakeImages : public ImageSource {
 public:
  explicit FakeImages(std::size_t n, std::set<std::size_t> broken = {}) : n_(n), broken_(std::move(broken)) {}
  const std::vector<std::string>& attributeNames() const override { return attributes_; }
  std::size_t size() const override { return n_; }
  std::vector<float> attributes(std::size_t item) const override { return {float(item % 2), 1.f, 0.f}; }
  std::string name(std::size_t item) const override { return "image" + std::to_string(item) + ".jpg"; }
  Result<media::Image> readImage(std::size_t item) const override {
    if (broken_.contains(item)) return fail(ErrorCode::InvalidInput, name(item) + " is broken.");
    media::Image img{48, 36, std::vector<std::uint8_t>(48 * 36 * 3)};
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x) {
        std::uint8_t* p = img.pixel(x, y);
        p[0] = static_cast<std::uint8_t>(x * 5);
        p[1] = static_cast<std::uint8_t>(y * 7);
        p[2] = static_cast<std::uint8_t>(20 * item);
      }
    return img;
  }

 private:
  std::size_t n_;
  std::set<std::size_t> broken_;
  std::vector<std::string> attributes_{"a4_gender", "a9_face_complete", "a17_color"};
};

LoaderOptions small(bool train, int workers) {
  LoaderOptions o;
  o.batch = 3;
  o.size = 16;
  o.frames = 4;
  o.skip = 2;
  o.train = train;
  o.workers = workers;
  o.prefetch = 2;
  o.seed = 7;
  return o;
}

// Every batch of one epoch, starting at `from`.
template <class Loader, class Batch>
std::vector<Batch> epochOf(Loader& loader, LoaderPosition from = {}) {
  loader.seek(from);
  std::vector<Batch> out;
  for (;;) {
    auto b = loader.next();
    if (!b) qFatal("loader failed: %s", b.error().message.c_str());
    if (!*b) break;
    out.push_back(std::move(**b));
  }
  return out;
}

bool same(const torch::Tensor& a, const torch::Tensor& b) {
  if (!a.defined() || !b.defined()) return a.defined() == b.defined();
  return a.sizes() == b.sizes() && torch::equal(a, b);
}

}  // namespace

class TestLoader : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void clipSampling() {
    const ClipShape paper{16, 2};
    QCOMPARE(maxClipStart(100, paper), std::int64_t(100 - 31));
    QCOMPARE(evalClipStarts(100, paper, 3), (std::vector<std::int64_t>{0, 35, 69}));
    QCOMPARE(evalClipStarts(100, paper, 1), (std::vector<std::int64_t>{34}));
    // Too short for skip 2: the largest skip that fits (1); shorter than T: loops.
    QCOMPARE(effectiveSkip(20, paper), 1);
    QCOMPARE(clipIndices(20, paper, 2).back(), std::int64_t(17));
    const auto looped = clipIndices(5, ClipShape{8, 2}, 0);
    QCOMPARE(looped, (std::vector<std::int64_t>{0, 1, 2, 3, 4, 0, 1, 2}));
  }

  void actionShapesAndRanges() {
    auto src = std::make_shared<FakeVideos>(std::vector<std::int64_t>{30, 40, 12, 50, 9, 33, 20});
    ActionLoader loader(src, small(true, 2));
    QCOMPARE(loader.batchesPerEpoch(), std::int64_t(2));  // 7 clips, batch 3, drop last
    const auto batches = epochOf<ActionLoader, ActionBatch>(loader);
    QCOMPARE(batches.size(), std::size_t(2));
    std::set<std::int64_t> seen;
    for (const auto& b : batches) {
      QCOMPARE(b.clips.sizes(), (torch::IntArrayRef{3, 3, 4, 16, 16}));
      QCOMPARE(b.clips.scalar_type(), torch::kFloat32);
      QVERIFY(b.clips.min().item<float>() >= 0.f && b.clips.max().item<float>() <= 1.f);
      QCOMPARE(b.labels.scalar_type(), torch::kInt64);
      QCOMPARE(b.attributes.sizes(), (torch::IntArrayRef{3, 2}));
      for (int i = 0; i < 3; ++i) {
        const std::int64_t v = b.video[i].item<std::int64_t>();
        seen.insert(v);
        QCOMPARE(b.labels[i].item<std::int64_t>(), v % 3);
        QCOMPARE(b.attributes[i][0].item<float>(), float(v % 2));
      }
    }
    QCOMPARE(seen.size(), std::size_t(6));  // shuffled, no item twice in an epoch
    QCOMPARE(loader.position().batch, std::int64_t(2));
    QCOMPARE(loader.skippedItems(), std::int64_t(0));
  }

  void sameSeedSameBatchesWithAnyWorkers() {
    auto src = std::make_shared<FakeVideos>(std::vector<std::int64_t>{30, 40, 12, 50, 9, 33, 20, 61, 17, 25});
    ActionLoader one(src, small(true, 1)), three(src, small(true, 3)), inline0(src, small(true, 0));
    for (std::int64_t epoch = 0; epoch < 2; ++epoch) {
      const auto a = epochOf<ActionLoader, ActionBatch>(one, {epoch, 0});
      const auto b = epochOf<ActionLoader, ActionBatch>(three, {epoch, 0});
      const auto c = epochOf<ActionLoader, ActionBatch>(inline0, {epoch, 0});
      QCOMPARE(a.size(), std::size_t(3));
      for (std::size_t i = 0; i < a.size(); ++i) {
        QVERIFY(same(a[i].clips, b[i].clips) && same(a[i].clips, c[i].clips));
        QVERIFY(same(a[i].video, b[i].video) && same(a[i].labels, c[i].labels));
      }
    }
    // A different epoch shuffles differently; a different seed too.
    const auto e0 = epochOf<ActionLoader, ActionBatch>(one, {0, 0});
    const auto e1 = epochOf<ActionLoader, ActionBatch>(one, {1, 0});
    QVERIFY(!same(e0[0].clips, e1[0].clips));
    auto other = small(true, 1);
    other.seed = 8;
    ActionLoader reseeded(src, other);
    QVERIFY(!same(e0[0].clips, epochOf<ActionLoader, ActionBatch>(reseeded)[0].clips));
  }

  // A training loader's workers go on into the next epoch while the consumer takes this one's last
  // batches; seeking to the next epoch's start keeps what they made. An evaluation loader's stop
  // at the epoch's end; a seek elsewhere drops what was made ahead.
  void trainingWorkersRunIntoTheNextEpoch() {
    using Engine = PrefetchEngine<int>;
    std::mutex mutex;
    std::map<std::pair<std::int64_t, std::int64_t>, int> made;  // (epoch, batch) → times made
    auto make = [&](std::int64_t e, std::int64_t b) -> Engine::Made {
      std::lock_guard lock(mutex);
      ++made[{e, b}];
      return std::optional<int>(static_cast<int>(100 * e + b));
    };
    auto timesMade = [&](std::int64_t e, std::int64_t b) {
      std::lock_guard lock(mutex);
      const auto it = made.find({e, b});
      return it == made.end() ? 0 : it->second;
    };
    auto value = [](std::optional<Engine::Made> m) { return m && *m && **m ? ***m : -1; };

    {  // its workers keep running ahead until it is destroyed: before the other engine counts
      Engine across(make, 2, 4, /*acrossEpochs=*/true);
      across.seek({0, 0}, 2);
      QCOMPARE(value(across.pop()), 0);
      // A seek to where the consumer already stands (a resume to the position it reports) keeps
      // what the workers made from there on.
      auto waitMade = [&](std::int64_t e, std::int64_t b) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (timesMade(e, b) == 0 && std::chrono::steady_clock::now() < deadline)
          std::this_thread::sleep_for(std::chrono::milliseconds(5));
      };
      waitMade(0, 1);
      across.seek(across.position(), 2);
      QCOMPARE(value(across.pop()), 1);
      QCOMPARE(timesMade(0, 1), 1);
      QVERIFY(!across.pop());  // the epoch is over
      waitMade(1, 0);
      waitMade(1, 1);
      QCOMPARE(timesMade(1, 0), 1);  // made before anyone asked for epoch 1
      QCOMPARE(timesMade(1, 1), 1);
      across.seek({1, 0}, 2);
      QCOMPARE(across.position().epoch, std::int64_t(1));
      QCOMPARE(value(across.pop()), 100);
      QCOMPARE(value(across.pop()), 101);
      QCOMPARE(timesMade(1, 0), 1);  // kept, not made again
      across.seek({0, 1}, 2);        // elsewhere: made again
      QCOMPARE(value(across.pop()), 1);
      QCOMPARE(timesMade(0, 1), 2);
    }
    {
      std::lock_guard lock(mutex);
      made.clear();
    }
    Engine within(make, 2, 4, /*acrossEpochs=*/false);
    within.seek({0, 0}, 2);
    QCOMPARE(value(within.pop()), 0);
    QCOMPARE(value(within.pop()), 1);
    QVERIFY(!within.pop());
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    QCOMPARE(timesMade(1, 0), 0);
    within.seek({1, 0}, 2);
    QCOMPARE(value(within.pop()), 100);
  }

  void seekResumesExactly() {
    auto src = std::make_shared<FakeVideos>(std::vector<std::int64_t>{30, 40, 12, 50, 9, 33, 20, 61, 17, 25, 44, 38});
    ActionLoader full(src, small(true, 2));
    (void)epochOf<ActionLoader, ActionBatch>(full, {0, 0});
    const auto epoch1 = epochOf<ActionLoader, ActionBatch>(full, {1, 0});
    QCOMPARE(epoch1.size(), std::size_t(4));
    // A fresh loader (as after a restart) seeking to the middle of epoch 1, after having
    // started on something else.
    ActionLoader resumed(src, small(true, 3));
    QVERIFY(resumed.next().has_value());
    resumed.seek({1, 2});
    QCOMPARE(resumed.position().batch, std::int64_t(2));
    for (std::size_t i = 2; i < epoch1.size(); ++i) {
      auto b = resumed.next();
      QVERIFY(b && *b);
      QVERIFY(same((*b)->clips, epoch1[i].clips));
      QVERIFY(same((*b)->video, epoch1[i].video));
    }
    auto end = resumed.next();
    QVERIFY(end && !*end);
    QCOMPARE(resumed.position().batch, std::int64_t(4));
  }

  void oneDrawForEveryFrameOfAClip() {
    // Every frame of each video is the same picture: after augmentation they must still be equal.
    auto src =
        std::make_shared<FakeVideos>(std::vector<std::int64_t>{30, 40, 12, 50, 9, 33}, std::set<std::size_t>{}, true);
    auto o = small(true, 2);
    o.augment.erase = 0.5;
    o.augment.grayscale = 0.3;
    o.augment.shift = 0.2;
    ActionLoader loader(src, o);
    for (std::int64_t epoch = 0; epoch < 3; ++epoch)
      for (const auto& b : epochOf<ActionLoader, ActionBatch>(loader, {epoch, 0})) {
        const torch::Tensor first = b.clips.narrow(2, 0, 1);
        QVERIFY(torch::equal(b.clips, first.expand_as(b.clips)));
      }
  }

  void shiftTranslatesAndBlackensTheBorder() {
    // An 8 × 8 picture whose pixel (x, y) has red = 10·x + 1, green = 10·y + 1, moved 2 pixels
    // right and 1 up: the picture slides, the uncovered column and row are black.
    media::Image img{8, 8, std::vector<std::uint8_t>(8 * 8 * 3)};
    for (int y = 0; y < 8; ++y)
      for (int x = 0; x < 8; ++x) {
        img.pixel(x, y)[0] = static_cast<std::uint8_t>(10 * x + 1);
        img.pixel(x, y)[1] = static_cast<std::uint8_t>(10 * y + 1);
      }
    AugmentDraw d;
    d.shiftX = 0.25;
    d.shiftY = -0.125;
    const torch::Tensor t = framesToTensor({&img}, d, 8).mul(255).round().to(torch::kInt32);
    for (int y = 0; y < 8; ++y)
      for (int x = 0; x < 8; ++x) {
        const bool covered = x >= 2 && y <= 6;
        QCOMPARE(t[0][0][y][x].item<int>(), covered ? 10 * (x - 2) + 1 : 0);
        QCOMPARE(t[0][1][y][x].item<int>(), covered ? 10 * (y + 1) + 1 : 0);
      }
    // Drawn within ± shift, and not at all when it is 0.
    Augment o;
    o.shift = 0.1;
    SampleRng rng(3, 0, 0);
    for (int i = 0; i < 200; ++i) {
      const auto draw = drawAugment(o, 32, 32, rng);
      QVERIFY(std::abs(draw.shiftX) <= 0.1 && std::abs(draw.shiftY) <= 0.1);
    }
    o.shift = 0;
    QCOMPARE(drawAugment(o, 32, 32, rng).shiftX, 0.0);
  }

  void hueRotatesAboutTheGreyAxis() {
    // Two pixels: mid grey and a muted orange (inside the gamut after any rotation, so nothing
    // is clipped). Rotating the hue keeps grey grey and keeps the orange's luma (Y of YIQ), a
    // full turn changes nothing, and a quarter turn does change the colour.
    media::Image img{2, 1, {128, 128, 128, 150, 110, 80}};
    auto rotated = [&](double turns) {
      AugmentDraw d;
      d.hue = turns;
      return framesToTensor({&img}, d, 2).index({0, torch::indexing::Slice(), 0});  // (3, 2)
    };
    const auto still = rotated(0);
    const auto luma = [](const torch::Tensor& rgb, int px) {
      return 0.299 * rgb[0][px].item<double>() + 0.587 * rgb[1][px].item<double>() + 0.114 * rgb[2][px].item<double>();
    };
    for (double turns : {0.1, -0.2, 0.25}) {
      const auto r = rotated(turns);
      for (int c = 0; c < 3; ++c) QVERIFY(std::abs(r[c][0].item<double>() - 128 / 255.0) < 1e-5);
      QVERIFY(std::abs(luma(r, 1) - luma(still, 1)) < 1e-5);
    }
    QVERIFY(torch::allclose(rotated(1.0), still, 0, 1e-5));
    QVERIFY((rotated(0.25) - still).abs().max().item<double>() > 0.05);
  }

  void evalEvenlySpacedAndDeterministic() {
    // Red encodes the frame index; evaluation applies no colour change, so it survives.
    auto src = std::make_shared<FakeVideos>(std::vector<std::int64_t>{40, 100});
    auto o = small(false, 2);
    o.clipsPerVideo = 3;
    o.batch = 4;
    ActionLoader loader(src, o);
    QCOMPARE(loader.batchesPerEpoch(), std::int64_t(2));  // 6 clips; the last batch is short
    const auto a = epochOf<ActionLoader, ActionBatch>(loader);
    const auto b = epochOf<ActionLoader, ActionBatch>(loader);
    QCOMPARE(a.size(), std::size_t(2));
    QCOMPARE(a[1].clips.size(0), std::int64_t(2));
    const torch::Tensor clips = torch::cat({a[0].clips, a[1].clips});
    const torch::Tensor videos = torch::cat({a[0].video, a[1].video});
    QVERIFY(torch::equal(videos, torch::tensor({0, 0, 0, 1, 1, 1}, torch::kInt64)));
    for (int k = 0; k < 6; ++k) {
      const std::int64_t n = k < 3 ? 40 : 100;
      const auto starts = evalClipStarts(n, {4, 2}, 3);
      for (int t = 0; t < 4; ++t) {
        const float red = clips[k][0][t].mean().item<float>() * 255.f;
        QCOMPARE(std::lround(red), long(starts[std::size_t(k % 3)] + 2 * t));
      }
    }
    QCOMPARE(starts(40), (std::vector<std::int64_t>{0, 17, 33}));
    for (std::size_t i = 0; i < a.size(); ++i) QVERIFY(same(a[i].clips, b[i].clips));
  }

  void unreadableVideosSkippedAndCounted() {
    auto src =
        std::make_shared<FakeVideos>(std::vector<std::int64_t>{30, 40, 12, 50, 9, 33, 20}, std::set<std::size_t>{1, 4});
    ActionLoader train(src, small(true, 2));
    const auto batches = epochOf<ActionLoader, ActionBatch>(train);
    QCOMPARE(batches.size(), std::size_t(2));
    for (const auto& b : batches) {
      QCOMPARE(b.clips.size(0), std::int64_t(3));  // filled from the next readable items
      for (int i = 0; i < 3; ++i) QVERIFY(b.video[i].item<std::int64_t>() != 1 && b.video[i].item<std::int64_t>() != 4);
    }
    QVERIFY(train.skippedItems() >= 1 && train.skippedItems() <= 2);

    ActionLoader eval(src, small(false, 2));
    std::int64_t clips = 0;
    for (const auto& b : epochOf<ActionLoader, ActionBatch>(eval)) clips += b.clips.size(0);
    QCOMPARE(clips, std::int64_t(5));  // every readable video once
    QCOMPARE(eval.skippedItems(), std::int64_t(2));
  }

  void nothingReadableIsAnError_data() {
    QTest::addColumn<bool>("train");
    QTest::newRow("train") << true;
    QTest::newRow("eval") << false;
  }
  void nothingReadableIsAnError() {
    QFETCH(bool, train);
    auto src = std::make_shared<FakeVideos>(std::vector<std::int64_t>{30, 40}, std::set<std::size_t>{0, 1});
    ActionLoader loader(src, small(train, 2));
    auto b = loader.next();
    while (b && *b) b = loader.next();
    QVERIFY(!b);
    QVERIFY2(b.error().message.find("video0.avi") != std::string::npos, b.error().message.c_str());
    QCOMPARE(loader.skippedItems(), std::int64_t(2));
  }

  void imageViews() {
    auto src = std::make_shared<FakeImages>(8, std::set<std::size_t>{3});
    auto o = small(true, 2);
    o.batch = 4;
    ImageLoader loader(src, o);
    QCOMPARE(loader.batchesPerEpoch(), std::int64_t(2));
    const auto batches = epochOf<ImageLoader, ImageBatch>(loader);
    QCOMPARE(batches.size(), std::size_t(2));
    for (const auto& b : batches) {
      QCOMPARE(b.view1.sizes(), (torch::IntArrayRef{4, 3, 16, 16}));
      QCOMPARE(b.view2.sizes(), (torch::IntArrayRef{4, 3, 16, 16}));
      QCOMPARE(b.attributes.sizes(), (torch::IntArrayRef{4, 3}));
      QVERIFY(b.view1.min().item<float>() >= 0.f && b.view1.max().item<float>() <= 1.f);
      for (int i = 0; i < 4; ++i) QVERIFY(!torch::equal(b.view1[i], b.view2[i]));  // independent draws
    }
    QCOMPARE(loader.skippedItems(), std::int64_t(1));
    // Same seed, other worker count: same views.
    auto o3 = o;
    o3.workers = 3;
    ImageLoader three(src, o3);
    const auto again = epochOf<ImageLoader, ImageBatch>(three);
    for (std::size_t i = 0; i < batches.size(); ++i)
      QVERIFY(same(batches[i].view1, again[i].view1) && same(batches[i].view2, again[i].view2));

    // Evaluation: in order, one view (the centre square), no augmentation, nothing dropped but
    // the unreadable image.
    ImageLoader eval(src, small(false, 2));
    const auto e = epochOf<ImageLoader, ImageBatch>(eval);
    QCOMPARE(e.size(), std::size_t(3));
    QVERIFY(!e[0].view2.defined());
    std::int64_t n = 0;
    for (const auto& b : e) n += b.view1.size(0);
    QCOMPARE(n, std::int64_t(7));
    // The centre square of a 48×36 picture is columns 6..41: red (x·5) averages about 119.
    QVERIFY(std::abs(e[0].view1[0][0].mean().item<float>() * 255.f - 117.5f) < 3.f);
  }

 private:
  static std::vector<std::int64_t> starts(std::int64_t n) { return evalClipStarts(n, {4, 2}, 3); }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
