// Data sets on disk read through the media layer: exact frame counts, frames at any indices
// equal to a straight decode, unreadable videos and images skipped and counted by the loaders,
// and inspect() probing every file.
#include <torch/torch.h>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "data/data_report.h"
#include "data/loader.h"
#include "data/readers.h"
#include "media/decoder.h"
#include "media/image_io.h"
#include "test_media.h"

using namespace spact;
using namespace spact::data;

namespace {

std::size_t itemNamed(const ActionSource& s, const QString& file) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (QString::fromStdString(s.name(i)).endsWith(file)) return i;
  qFatal("no item %s", qPrintable(file));
}

std::vector<media::Image> decodeAll(const std::string& path) {
  std::vector<media::Image> frames;
  auto d = media::Decoder::open(path);
  if (!d) qFatal("%s", d.error().message.c_str());
  for (;;) {
    auto f = (*d)->next();
    if (!f || !*f) break;
    frames.push_back((*f)->image);
  }
  return frames;
}

media::Image gradient(int w, int h, int tint) {
  media::Image img{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 3)};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      std::uint8_t* p = img.pixel(x, y);
      p[0] = static_cast<std::uint8_t>(x * 255 / (w - 1));
      p[1] = static_cast<std::uint8_t>(y * 255 / (h - 1));
      p[2] = static_cast<std::uint8_t>(tint);
    }
  return img;
}

}  // namespace

class TestReaders : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    QDir().mkpath(dir_.filePath("videos/train/a"));
    QDir().mkpath(dir_.filePath("videos/train/b"));
    test::VideoSpec spec;
    spec.width = 64;
    spec.height = 48;
    spec.frames = 40;
    spec.audio = false;
    QVERIFY(test::makeVideo(dir_.filePath("videos/train/a/long.mp4"), spec));
    spec.frames = 10;
    spec.container = "avi";
    QVERIFY(test::makeVideo(dir_.filePath("videos/train/b/short.avi"), spec));
    test::writeFile(dir_.filePath("videos/train/b/broken.mp4"), QByteArray(4096, 'x'));
  }

  void framesAtAnyIndices() {
    auto set = openActionSet(dir_.filePath("videos").toStdString(), "train");
    QVERIFY2(set, set ? "" : set.error().message.c_str());
    const ActionSource& s = **set;
    QCOMPARE(s.size(), std::size_t(3));
    QCOMPARE(s.classNames(), (std::vector<std::string>{"a", "b"}));
    const std::size_t longItem = itemNamed(s, "long.mp4"), shortItem = itemNamed(s, "short.avi");
    QCOMPARE(s.label(longItem), 0);
    QCOMPARE(s.label(shortItem), 1);
    QCOMPARE(*s.frameCount(longItem), std::int64_t(40));
    QCOMPARE(*s.frameCount(shortItem), std::int64_t(10));
    const auto all = decodeAll(s.name(longItem));
    QCOMPARE(all.size(), std::size_t(40));
    // From the start (dense-ish indices) and through a seek (a late first index).
    for (const std::vector<std::int64_t>& indices :
         {std::vector<std::int64_t>{0, 2, 5, 31, 39}, std::vector<std::int64_t>{33, 35, 37, 39}}) {
      auto frames = s.readFrames(longItem, indices);
      QVERIFY2(frames, frames ? "" : frames.error().message.c_str());
      QCOMPARE(frames->size(), indices.size());
      for (std::size_t k = 0; k < indices.size(); ++k) {
        QCOMPARE((*frames)[k].width, 64);
        QVERIFY2((*frames)[k].rgb == all[static_cast<std::size_t>(indices[k])].rgb,
                 qPrintable(QString::number(indices[k])));
      }
    }
    const std::size_t broken = itemNamed(s, "broken.mp4");
    auto bad = s.frameCount(broken);
    QVERIFY(!bad && QString::fromStdString(bad.error().message).contains("broken.mp4"));
  }

  void loaderSkipsUnreadableVideos() {
    auto set = openActionSet(dir_.filePath("videos").toStdString(), "train");
    QVERIFY(set);
    LoaderOptions o;
    o.train = false;
    o.clipsPerVideo = 2;
    o.frames = 8;
    o.skip = 2;
    o.size = 32;
    o.batch = 3;
    o.workers = 2;
    ActionLoader eval(*set, o);
    std::int64_t clips = 0;
    for (;;) {
      auto b = eval.next();
      QVERIFY2(b, b ? "" : b.error().message.c_str());
      if (!*b) break;
      QCOMPARE((*b)->clips.sizes().slice(1), (torch::IntArrayRef{3, 8, 32, 32}));
      clips += (*b)->clips.size(0);
    }
    QCOMPARE(clips, std::int64_t(4));  // two clips of each readable video
    QCOMPARE(eval.skippedItems(), std::int64_t(1));

    o.train = true;
    ActionLoader train(*set, o);
    auto b = train.next();
    QVERIFY(b && *b);
    QCOMPARE((*b)->clips.size(0), std::int64_t(3));  // filled from readable videos
    QVERIFY((*b)->clips.max().item<float>() <= 1.f);
  }

  void inspectProbes() {
    auto listed = inspect(dir_.filePath("videos").toStdString(), {});
    QVERIFY(listed && !listed->probed && listed->unreadable.empty());
    InspectOptions withProbe;
    withProbe.probe = true;
    auto probed = inspect(dir_.filePath("videos").toStdString(), withProbe);
    QVERIFY2(probed, probed ? "" : probed.error().message.c_str());
    QVERIFY(probed->probed);
    QCOMPARE(probed->frames, std::int64_t(50));
    QCOMPARE(probed->unreadable.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(probed->unreadable[0].path).endsWith("broken.mp4"));
    QCOMPARE(toJson(*probed)["unreadable"]["count"].get<int>(), 1);
  }

  void visprImages() {
    const QString root = dir_.filePath("vispr");
    QDir().mkpath(root + "/images/train2017");
    QDir().mkpath(root + "/annotations/train2017");
    for (int i = 0; i < 3; ++i) {
      const QString id = QString("2017_%1").arg(i);
      QVERIFY(media::writeImage((root + "/images/train2017/" + id + ".jpg").toStdString(), gradient(40, 30, 60 * i)));
      test::writeFile(
          root + "/annotations/train2017/" + id + ".json",
          QString(R"({"id": "%1", "labels": ["a4_gender"%2]})").arg(id, i == 1 ? ", \"a17_color\"" : "").toUtf8());
    }
    test::writeFile(root + "/images/train2017/2017_9.jpg", "not a jpeg");
    test::writeFile(root + "/annotations/train2017/2017_9.json", R"({"labels": []})");

    auto set = openImageSet(root.toStdString(), "train");
    QVERIFY2(set, set ? "" : set.error().message.c_str());
    QCOMPARE((*set)->size(), std::size_t(4));
    QCOMPARE((*set)->attributes(1), (std::vector<float>{1, 0, 0, 0, 1, 0, 0}));
    LoaderOptions o;
    o.batch = 3;
    o.size = 24;
    ImageLoader loader(*set, o);
    auto b = loader.next();
    QVERIFY2(b && *b, b ? "end of epoch" : b.error().message.c_str());
    QCOMPARE((*b)->view1.sizes(), (torch::IntArrayRef{3, 3, 24, 24}));
    QCOMPARE((*b)->view2.sizes(), (torch::IntArrayRef{3, 3, 24, 24}));
    QCOMPARE((*b)->attributes.sizes(), (torch::IntArrayRef{3, 7}));
    QCOMPARE(loader.skippedItems(), std::int64_t(1));

    auto wrong = openActionSet(root.toStdString(), "train");
    QVERIFY(!wrong && QString::fromStdString(wrong.error().message).contains("images"));
    auto wrong2 = openImageSet(dir_.filePath("videos").toStdString(), "train");
    QVERIFY(!wrong2 && QString::fromStdString(wrong2.error().message).contains("videos"));
  }

 private:
  QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
