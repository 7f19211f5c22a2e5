// The synthetic benchmark in memory: deterministic by seed, the counts and labels asked for,
// attributes balanced and independent of the action, a single frame carrying no action
// information while the motion carries it all, and each attribute a local change of appearance.
#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "data/synth.h"
#include "data/synth_render.h"

using namespace spact;
using namespace spact::data;

namespace {

SynthOptions small() {
  SynthOptions o;
  o.videosPerClass = 10;
  o.testVideosPerClass = 10;
  o.images = 200;
  o.testImages = 50;
  return o;
}

std::vector<float> gray(const media::Image& im) {
  std::vector<float> g(static_cast<std::size_t>(im.width) * im.height);
  for (std::size_t i = 0; i < g.size(); ++i) g[i] = (im.rgb[3 * i] + im.rgb[3 * i + 1] + im.rgb[3 * i + 2]) / 3.0f;
  return g;
}

// Mean over `factor` × `factor` blocks.
std::vector<float> pool(const std::vector<float>& g, int size, int factor) {
  const int n = size / factor;
  std::vector<float> out(static_cast<std::size_t>(n) * n, 0.0f);
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x)
      out[static_cast<std::size_t>((y / factor) * n + x / factor)] += g[static_cast<std::size_t>(y * size + x)];
  for (auto& v : out) v /= static_cast<float>(factor * factor);
  return out;
}

double distance2(const std::vector<double>& a, const std::vector<float>& b) {
  double d = 0;
  for (std::size_t i = 0; i < a.size(); ++i) d += (a[i] - b[i]) * (a[i] - b[i]);
  return d;
}

// Nearest class mean: fit on the train features, the accuracy on the test features.
double nearestMeanAccuracy(const std::vector<std::vector<float>>& train, const std::vector<int>& trainLabels,
                           const std::vector<std::vector<float>>& test, const std::vector<int>& testLabels,
                           int classes) {
  std::vector<std::vector<double>> mean(static_cast<std::size_t>(classes), std::vector<double>(train[0].size(), 0.0));
  std::vector<int> count(static_cast<std::size_t>(classes), 0);
  for (std::size_t i = 0; i < train.size(); ++i) {
    auto& m = mean[static_cast<std::size_t>(trainLabels[i])];
    for (std::size_t j = 0; j < m.size(); ++j) m[j] += train[i][j];
    ++count[static_cast<std::size_t>(trainLabels[i])];
  }
  for (int c = 0; c < classes; ++c)
    for (auto& v : mean[static_cast<std::size_t>(c)]) v /= std::max(1, count[static_cast<std::size_t>(c)]);
  int right = 0;
  for (std::size_t i = 0; i < test.size(); ++i) {
    int best = 0;
    for (int c = 1; c < classes; ++c)
      if (distance2(mean[static_cast<std::size_t>(c)], test[i]) <
          distance2(mean[static_cast<std::size_t>(best)], test[i]))
        best = c;
    right += best == testLabels[i];
  }
  return static_cast<double>(right) / static_cast<double>(test.size());
}

// The integer shift (dx, dy) that best maps frame a onto frame b (the world wraps), found by
// exhaustive search: the background is smooth, so the high-contrast figure decides.
std::pair<int, int> bestShift(const std::vector<float>& a, const std::vector<float>& b, int size, int reach) {
  double best = 1e300;
  std::pair<int, int> arg{0, 0};
  for (int dy = -reach; dy <= reach; ++dy) {
    for (int dx = -reach; dx <= reach; ++dx) {
      double ssd = 0;
      for (int y = 0; y < size; ++y) {
        const int sy = ((y - dy) % size + size) % size;
        for (int x = 0; x < size; ++x) {
          const int sx = ((x - dx) % size + size) % size;
          const double d = b[static_cast<std::size_t>(y * size + x)] - a[static_cast<std::size_t>(sy * size + sx)];
          ssd += d * d;
        }
      }
      if (ssd < best) {
        best = ssd;
        arg = {dx, dy};
      }
    }
  }
  return arg;
}

// Direction-free motion statistics of a video from its pixels alone: the mean absolute
// frame-to-frame shift and the absolute mean shift along x and y.
std::vector<float> motionFeatures(const ActionSource& source, std::size_t item, int size) {
  std::vector<std::int64_t> indices;
  for (std::int64_t i = 0; i < 16; ++i) indices.push_back(i);
  auto frames = source.readFrames(item, indices);
  std::vector<float> prev = pool(gray(frames->front()), size, 2);
  double absX = 0, absY = 0, sumX = 0, sumY = 0;
  for (std::size_t t = 1; t < frames->size(); ++t) {
    std::vector<float> cur = pool(gray((*frames)[t]), size, 2);
    const auto [dx, dy] = bestShift(prev, cur, size / 2, 4);
    absX += std::abs(dx), absY += std::abs(dy), sumX += dx, sumY += dy;
    prev = std::move(cur);
  }
  const double n = static_cast<double>(frames->size() - 1);
  return {static_cast<float>(absX / n), static_cast<float>(absY / n), static_cast<float>(std::abs(sumX) / n),
          static_cast<float>(std::abs(sumY) / n)};
}

int differingPixels(const media::Image& a, const media::Image& b, int threshold) {
  int n = 0;
  for (std::size_t i = 0; i < a.rgb.size(); i += 3) {
    int d = 0;
    for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(int(a.rgb[i + c]) - int(b.rgb[i + c])));
    n += d > threshold;
  }
  return n;
}

}  // namespace

class TestSynth : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void sameSeedSamePixels() {
    const SynthOptions o = small();
    auto a = makeSynthActionSource(o, "train"), b = makeSynthActionSource(o, "train");
    QVERIFY(a && b);
    auto fa = (*a)->readFrames(7, {0, 5, 31}), fb = (*b)->readFrames(7, {0, 5, 31});
    QVERIFY(fa && fb);
    QCOMPARE(fa->size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i) QVERIFY((*fa)[i].rgb == (*fb)[i].rgb);
    QVERIFY((*fa)[0].rgb != (*fa)[1].rgb);  // it moves
    auto ia = makeSynthImageSource(o, "train"), ib = makeSynthImageSource(o, "train");
    QVERIFY((*ia)->readImage(3)->rgb == (*ib)->readImage(3)->rgb);
    QCOMPARE((*ia)->attributes(3), (*ib)->attributes(3));

    SynthOptions other = o;
    other.seed = 1;
    auto c = makeSynthActionSource(other, "train");
    QVERIFY((*c)->readFrames(7, {0})->front().rgb != fa->front().rgb);
    // Train and test are different videos.
    auto test = makeSynthActionSource(o, "test");
    QVERIFY((*test)->readFrames(7, {0})->front().rgb != fa->front().rgb);
  }

  void countsAndLabels() {
    SynthOptions o = small();
    o.actions = 3;
    o.attributes = 4;
    o.videosPerClass = 5;
    o.testVideosPerClass = 2;
    o.size = 40;
    o.frames = 12;
    auto train = makeSynthActionSource(o, "train");
    auto test = makeSynthActionSource(o, "test");
    QVERIFY(train && test);
    QCOMPARE((*train)->size(), std::size_t(15));
    QCOMPARE((*test)->size(), std::size_t(6));
    QCOMPARE((*train)->classNames(), (std::vector<std::string>{"Walk", "Climb", "Sway"}));
    QCOMPARE((*train)->attributeNames(),
             (std::vector<std::string>{"a4_gender", "a9_face_complete", "a10_face_partial", "a12_semi_nudity"}));
    QCOMPARE((*train)->label(0), 0);
    QCOMPARE((*train)->label(4), 0);
    QCOMPARE((*train)->label(5), 1);
    QCOMPARE((*test)->label(5), 2);
    QCOMPARE((*train)->attributes(3).size(), std::size_t(4));
    QCOMPARE(*(*train)->frameCount(2), std::int64_t(12));
    auto frames = (*train)->readFrames(2, {0, 11});
    QVERIFY(frames);
    QCOMPARE(frames->front().width, 40);
    QCOMPARE(frames->front().height, 40);
    QCOMPARE(frames->front().rgb.size(), std::size_t(40 * 40 * 3));
    QCOMPARE((*train)->name(0), std::string("synth/train/Walk/v_Walk_g01_c01"));
    QCOMPARE((*test)->name(0), std::string("synth/test/Walk/v_Walk_g02_c02"));  // after the 5 train videos
    QVERIFY(!(*train)->readFrames(2, {12}));
    QVERIFY(!(*train)->readFrames(15, {0}));
    QVERIFY(!(*train)->frameCount(15));

    auto images = makeSynthImageSource(o, "test");
    QCOMPARE((*images)->size(), std::size_t(50));
    QCOMPARE((*images)->attributeNames().size(), std::size_t(4));
    QCOMPARE((*images)->readImage(0)->width, 40);
    QCOMPARE((*images)->name(1), std::string("synth/test/2017_20000001"));
    QVERIFY(!(*images)->readImage(50));
  }

  void badOptions_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("split");
    QTest::newRow("one class") << "actions" << 1 << "train";
    QTest::newRow("nine classes") << "actions" << 9 << "train";
    QTest::newRow("eight attributes") << "attributes" << 8 << "train";
    QTest::newRow("tiny frames") << "size" << 8 << "train";
    QTest::newRow("one frame") << "frames" << 1 << "train";
    QTest::newRow("no videos") << "videos_per_class" << 0 << "train";
    QTest::newRow("unknown split") << "" << 0 << "val";
  }
  void badOptions() {
    QFETCH(QString, key);
    QFETCH(int, value);
    QFETCH(QString, split);
    SynthOptions o;
    if (!key.isEmpty()) {
      auto j = config::toJson(o);
      j[key.toStdString()] = value;
      QVERIFY(config::fromJson(j, o, "test"));
    }
    auto actions = makeSynthActionSource(o, split.toStdString());
    auto images = makeSynthImageSource(o, split.toStdString());
    QVERIFY(!actions && !images);
    QCOMPARE(actions.error().code, ErrorCode::InvalidInput);
    if (!key.isEmpty())
      QVERIFY2(actions.error().message.find(key.toStdString()) != std::string::npos, actions.error().message.c_str());
  }

  // Each attribute is present about half the time, in videos and images alike, and independent of
  // the class; attributes beyond K are never drawn.
  void attributesBalanced() {
    SynthOptions o = small();
    o.videosPerClass = 60;
    o.images = 600;
    auto videos = makeSynthActionSource(o, "train");
    auto images = makeSynthImageSource(o, "train");
    std::array<double, 7> videoRate{}, imageRate{};
    std::vector<std::array<double, 7>> perClass(5);
    for (std::size_t i = 0; i < (*videos)->size(); ++i) {
      const auto a = (*videos)->attributes(i);
      for (int k = 0; k < 7; ++k) {
        videoRate[k] += a[k] / 300.0;
        perClass[static_cast<std::size_t>((*videos)->label(i))][k] += a[k] / 60.0;
      }
    }
    for (std::size_t i = 0; i < (*images)->size(); ++i) {
      const auto a = (*images)->attributes(i);
      for (int k = 0; k < 7; ++k) imageRate[k] += a[k] / 600.0;
    }
    for (int k = 0; k < 7; ++k) {
      QVERIFY2(videoRate[k] > 0.4 && videoRate[k] < 0.6,
               qPrintable(QString("video attribute %1: %2").arg(k).arg(videoRate[k])));
      QVERIFY2(imageRate[k] > 0.42 && imageRate[k] < 0.58,
               qPrintable(QString("image attribute %1: %2").arg(k).arg(imageRate[k])));
      for (const auto& c : perClass) QVERIFY(c[k] > 0.25 && c[k] < 0.75);  // 60 videos: ±3.9 sd
    }
    // Pairs of attributes are independent: P(a and b) ≈ P(a) P(b) ≈ 0.25.
    double both = 0;
    for (std::size_t i = 0; i < (*images)->size(); ++i) {
      const auto a = (*images)->attributes(i);
      both += a[1] * a[2] / 600.0;
    }
    QVERIFY2(both > 0.18 && both < 0.32, qPrintable(QString::number(both)));

    o.attributes = 2;
    o.attributeRate = 1.0;
    for (std::size_t i = 0; i < 20; ++i) {
      const SynthScene s = synthVideoScene(o, false, i);
      QVERIFY(s.cue[0] && s.cue[1]);
      for (int k = 2; k < CueCount; ++k) QVERIFY(!s.cue[k]);
    }
  }

  // A single frame says nothing about the class: nearest class means of pooled frames are at
  // chance on the test split. The motion says everything: the same classifier on the
  // frame-to-frame shifts measured from the pixels is nearly perfect.
  void actionLivesInMotionOnly() {
    const SynthOptions o = small();
    auto train = makeSynthActionSource(o, "train");
    auto test = makeSynthActionSource(o, "test");
    std::vector<std::vector<float>> frameTrain, frameTest, motionTrain, motionTest;
    std::vector<int> frameTrainLabels, frameTestLabels, motionTrainLabels, motionTestLabels;
    for (int split = 0; split < 2; ++split) {
      const auto& source = split == 0 ? **train : **test;
      for (std::size_t i = 0; i < source.size(); ++i) {
        auto frames = source.readFrames(i, {0, 8, 16, 24});
        for (const auto& f : *frames) {
          (split == 0 ? frameTrain : frameTest).push_back(pool(gray(f), o.size, 4));
          (split == 0 ? frameTrainLabels : frameTestLabels).push_back(source.label(i));
        }
        (split == 0 ? motionTrain : motionTest).push_back(motionFeatures(source, i, o.size));
        (split == 0 ? motionTrainLabels : motionTestLabels).push_back(source.label(i));
      }
    }
    const double frameAccuracy =
        nearestMeanAccuracy(frameTrain, frameTrainLabels, frameTest, frameTestLabels, o.actions);
    const double motionAccuracy =
        nearestMeanAccuracy(motionTrain, motionTrainLabels, motionTest, motionTestLabels, o.actions);
    qInfo("single-frame accuracy %.3f, motion accuracy %.3f (chance %.3f)", frameAccuracy, motionAccuracy,
          1.0 / o.actions);
    QVERIFY2(frameAccuracy < 0.35, qPrintable(QString::number(frameAccuracy)));  // 200 frames: chance 0.2, sd 0.03
    QVERIFY2(motionAccuracy > 0.85, qPrintable(QString::number(motionAccuracy)));

    // And the class means of single frames are alike: every class's mean frame is as far from
    // the others' as halves of one class are from each other.
    std::vector<double> overall(frameTrain[0].size(), 0.0);
    for (const auto& f : frameTrain)
      for (std::size_t j = 0; j < f.size(); ++j) overall[j] += f[j] / static_cast<double>(frameTrain.size());
    for (int c = 0; c < o.actions; ++c) {
      std::vector<float> mean(overall.size(), 0.0f);
      int n = 0;
      for (std::size_t i = 0; i < frameTrain.size(); ++i)
        if (frameTrainLabels[i] == c) {
          for (std::size_t j = 0; j < mean.size(); ++j) mean[j] += frameTrain[i][j];
          ++n;
        }
      for (auto& v : mean) v /= static_cast<float>(n);
      const double rms = std::sqrt(distance2(overall, mean) / static_cast<double>(mean.size()));
      QVERIFY2(rms < 12.0, qPrintable(QString("class %1: rms %2").arg(c).arg(rms)));  // gray levels, 0–255
    }
  }

  // Turning one attribute on changes the appearance locally and leaves the motion alone.
  void attributesChangeAppearanceLocally_data() {
    QTest::addColumn<int>("cue");
    QTest::addColumn<int>("minPixels");
    QTest::addColumn<double>("maxFraction");
    QTest::newRow("a4 long hair, dress") << int(LongHair) << 40 << 0.10;
    QTest::newRow("a9 face") << int(FaceVisible) << 20 << 0.05;
    QTest::newRow("a10 mask") << int(Mask) << 20 << 0.05;
    QTest::newRow("a12 bare torso") << int(BareTorso) << 60 << 0.08;
    QTest::newRow("a17 dark skin") << int(DarkSkin) << 30 << 0.10;
    QTest::newRow("a64 companion") << int(Companion) << 100 << 0.15;
    QTest::newRow("a65 group") << int(Group) << 100 << 0.20;
  }
  void attributesChangeAppearanceLocally() {
    QFETCH(int, cue);
    QFETCH(int, minPixels);
    QFETCH(double, maxFraction);
    const SynthOptions o = small();
    for (std::size_t item : {0, 17, 33, 41}) {
      SynthScene off = synthVideoScene(o, false, item);
      off.cue = {};
      off.cue[static_cast<std::size_t>(DarkSkin)] = cue != DarkSkin && item % 2;  // either tone as the base
      SynthScene on = off;
      on.cue[static_cast<std::size_t>(cue)] = true;
      for (int frame : {0, 13}) {
        const auto a = renderSynthFrame(off, frame, o.size), b = renderSynthFrame(on, frame, o.size);
        const int changed = differingPixels(a, b, 40);
        const int any = differingPixels(a, b, 0);
        QVERIFY2(changed >= minPixels, qPrintable(QString("item %1: %2 pixels changed").arg(item).arg(changed)));
        QVERIFY2(any <= maxFraction * o.size * o.size,
                 qPrintable(QString("item %1: %2 pixels changed").arg(item).arg(any)));
      }
      QCOMPARE(synthPose(on, 9.5).x, synthPose(off, 9.5).x);
    }
  }

  // Pulse scales the figure, still stands: the other classes exist and move as named.
  void everyClassMoves() {
    SynthOptions o = small();
    o.actions = 8;
    for (int c = 0; c < 8; ++c) {
      const SynthScene s = synthVideoScene(o, false, static_cast<std::size_t>(c * o.videosPerClass));
      QCOMPARE(int(s.motion), c);
      const SynthPose p0 = synthPose(s, 0), p1 = synthPose(s, 2);
      const double moved = std::hypot(p1.x - p0.x, p1.y - p0.y) + std::abs(p1.scale - p0.scale);
      if (s.motion == SynthMotion::Still)
        QCOMPARE(moved, 0.0);
      else
        QVERIFY2(moved > 0.02, qPrintable(QString::fromStdString(synthActionNames()[static_cast<std::size_t>(c)])));
    }
  }

  // Sources are shared between loader threads: the same pixels from many threads at once.
  void threadSafe() {
    auto source = makeSynthActionSource(small(), "train");
    const auto expected = (*source)->readFrames(11, {3})->front().rgb;
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([&] {
        for (int i = 0; i < 20; ++i)
          if ((*source)->readFrames(11, {3})->front().rgb != expected) ++mismatches;
      });
    for (auto& t : threads) t.join();
    QCOMPARE(mismatches.load(), 0);
  }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
