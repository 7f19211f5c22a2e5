// The synthetic benchmark on disk: the UCF101 and VISPR layouts complete and consistent, videos
// and images that decode to the in-memory pixels, and a cancelled or refused run that leaves
// nothing behind.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "data/layouts.h"
#include "data/synth.h"
#include "data/synth_writer.h"
#include "media/decoder.h"
#include "media/image_io.h"

using namespace spact;
using namespace spact::data;

namespace {

SynthOptions tiny() {
  SynthOptions o;
  o.actions = 3;
  o.attributes = 5;
  o.videosPerClass = 3;
  o.testVideosPerClass = 2;
  o.images = 6;
  o.testImages = 4;
  o.size = 32;
  o.frames = 10;
  o.seed = 7;
  return o;
}

QStringList readLines(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  QStringList lines;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (!line.trimmed().isEmpty()) lines << QString::fromUtf8(line.trimmed());
  return lines;
}

QJsonObject readJson(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

// Entries of `dir` whose names start with `prefix`.
QStringList startingWith(const QString& dir, const QString& prefix) {
  return QDir(dir).entryList({prefix + "*"}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

}  // namespace

class TestSynthWriter : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& n) const { return dir_.filePath(n); }

 private Q_SLOTS:
  void layouts() {
    const SynthOptions o = tiny();
    JobControl job;
    auto ok = writeSynth(path("bench").toStdString(), o, job);
    QVERIFY2(ok, ok ? "" : ok.error().message.c_str());
    QVERIFY(startingWith(dir_.path(), "bench.").isEmpty());  // no temporary folder left

    // UCF101: classInd, the split lists, one file per listed video, each in its class folder.
    const QString action = path("bench/action/");
    QCOMPARE(readLines(action + "ucfTrainTestlist/classInd.txt"), (QStringList{"1 Walk", "2 Climb", "3 Sway"}));
    const QStringList train = readLines(action + "ucfTrainTestlist/trainlist01.txt");
    const QStringList test = readLines(action + "ucfTrainTestlist/testlist01.txt");
    QCOMPARE(train.size(), 9);
    QCOMPARE(test.size(), 6);
    QCOMPARE(train.first(), QString("Walk/v_Walk_g01_c01.avi 1"));
    QCOMPARE(train.last(), QString("Sway/v_Sway_g01_c03.avi 3"));
    QCOMPARE(test.first(), QString("Walk/v_Walk_g01_c04.avi"));
    QCOMPARE(test.last(), QString("Sway/v_Sway_g02_c01.avi"));
    QSet<QString> names;
    for (const QString& line : train + test) {
      const QString file = line.section(' ', 0, 0);
      QVERIFY2(QFileInfo(action + "UCF-101/" + file).size() > 0, qPrintable(file));
      QVERIFY(file.startsWith(file.section('/', 0, 0) + "/v_" + file.section('/', 0, 0) + "_g"));
      names.insert(file);
    }
    QCOMPARE(names.size(), 15);  // train and test do not share videos
    QCOMPARE(QDir(action + "UCF-101").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 3);
    const QJsonObject perVideo = readJson(action + "attributes.json");
    QCOMPARE(perVideo["attributes"].toArray().size(), 5);
    QCOMPARE(perVideo["videos"].toObject().size(), 15);

    // VISPR: one annotation per image, same stem, labels as the image source says.
    auto images = makeSynthImageSource(o, "train");
    for (const char* split : {"train2017", "test2017"}) {
      const QString imageDir = path("bench/privacy/images/") + split;
      const QStringList files = QDir(imageDir).entryList(QDir::Files);
      QCOMPARE(files.size(), QString(split) == "train2017" ? 6 : 4);
      for (const QString& file : files) {
        const QString stem = QFileInfo(file).completeBaseName();
        const QJsonObject a = readJson(path("bench/privacy/annotations/") + split + "/" + stem + ".json");
        QCOMPARE(a["id"].toString(), stem);
        QCOMPARE(a["image_path"].toString(), QString("images/") + split + "/" + file);
        QVERIFY(a["labels"].isArray());
      }
    }
    const QJsonObject first = readJson(path("bench/privacy/annotations/train2017/2017_10000000.json"));
    const auto expected = (*images)->attributes(0);
    QStringList labels;
    for (std::size_t k = 0; k < expected.size(); ++k)
      if (expected[k] > 0.5f) labels << QString::fromStdString((*images)->attributeNames()[k]);
    QStringList written;
    for (const auto& v : first["labels"].toArray()) written << v.toString();
    QCOMPARE(written, labels);

    const QJsonObject summary = readJson(path("bench/synth.json"));
    QCOMPARE(summary["options"].toObject()["seed"].toInt(), 7);
    QCOMPARE(summary["classes"].toArray().size(), 3);
    QVERIFY(QFileInfo(path("bench/README.txt")).size() > 0);
  }

  // Lossless: what a reader decodes is what the trainer sees in memory, to the bit.
  void pixelsMatchMemory() {
    const SynthOptions o = tiny();
    if (!QFileInfo::exists(path("bench/synth.json"))) {
      JobControl job;
      QVERIFY(writeSynth(path("bench").toStdString(), o, job));
    }
    auto videos = makeSynthActionSource(o, "test");
    const std::size_t item = 2;  // Climb, first test video
    auto decoder = media::Decoder::open(path("bench/action/UCF-101/Climb/v_Climb_g01_c04.avi").toStdString());
    QVERIFY2(decoder, decoder ? "" : decoder.error().message.c_str());
    QCOMPARE((*decoder)->info().displayWidth(), 32);
    std::int64_t n = 0;
    while (true) {
      auto frame = (*decoder)->next();
      QVERIFY(frame);
      if (!*frame) break;
      auto expected = videos.value()->readFrames(item, {n});
      QVERIFY((*frame)->image.rgb == expected->front().rgb);
      ++n;
    }
    QCOMPARE(n, std::int64_t(o.frames));

    auto images = makeSynthImageSource(o, "test");
    auto still = media::readImage(path("bench/privacy/images/test2017/2017_20000002.png").toStdString());
    QVERIFY(still);
    QVERIFY(still->rgb == (*images)->readImage(2)->rgb);
  }

  // The data set readers take the folders for what they claim to be.
  void readersSeeTheLayouts() {
    const SynthOptions o = tiny();
    if (!QFileInfo::exists(path("bench/synth.json"))) {
      JobControl job;
      QVERIFY(writeSynth(path("bench").toStdString(), o, job));
    }
    QCOMPARE(detectLayout(path("bench/action").toStdString()), Layout::Ucf101);
    QCOMPARE(detectLayout(path("bench/privacy").toStdString()), Layout::Vispr);
    auto train = listDataSet(path("bench/action").toStdString(), "train");
    auto test = listDataSet(path("bench/action").toStdString(), "test");
    QVERIFY2(train && test, train ? "" : train.error().message.c_str());
    QCOMPARE(train->classes, (std::vector<std::string>{"Walk", "Climb", "Sway"}));
    QCOMPARE(train->videos.size(), std::size_t(9));
    QCOMPARE(test->videos.size(), std::size_t(6));
    QVERIFY(train->missing.empty());
    QCOMPARE(train->videos[4].label, 1);
    ReaderOptions readerOptions;
    readerOptions.attributes =
        std::vector<std::string>(synthAttributeNames().begin(), synthAttributeNames().begin() + 5);
    auto images = listDataSet(path("bench/privacy").toStdString(), "train", readerOptions);
    QVERIFY2(images, images ? "" : images.error().message.c_str());
    QCOMPARE(images->images.size(), std::size_t(6));
    QVERIFY(images->unreadable.empty());
    auto source = makeSynthImageSource(o, "train");
    for (const auto& entry : images->images) {
      const std::string stem = QFileInfo(QString::fromStdString(entry.path)).completeBaseName().toStdString();
      const std::size_t item = std::stoul(stem.substr(5)) - 10000000;
      QCOMPARE(entry.attributes, (*source)->attributes(item));
    }
  }

  void cancelLeavesNothing() {
    JobControl job(std::stop_token{}, [](const Progress& p) { return p.done < 3; });
    auto result = writeSynth(path("cancelled").toStdString(), tiny(), job, false, 1);
    QVERIFY(!result);
    QVERIFY(result.error().isCancelled());
    QVERIFY2(startingWith(dir_.path(), "cancelled").isEmpty(),
             qPrintable(startingWith(dir_.path(), "cancelled").join(",")));

    std::stop_source stop;
    stop.request_stop();
    JobControl stopped(stop.get_token());
    QVERIFY(writeSynth(path("stopped").toStdString(), tiny(), stopped).error().isCancelled());
    QVERIFY(startingWith(dir_.path(), "stopped").isEmpty());
  }

  void progressReachesTotal() {
    std::int64_t last = -1, total = 0;
    JobControl job(std::stop_token{}, [&](const Progress& p) {
      last = p.done;
      total = p.total;
      return true;
    });
    QVERIFY(writeSynth(path("progress").toStdString(), tiny(), job));
    QCOMPARE(total, std::int64_t(15 + 10));
    QCOMPARE(last, total);
  }

  void existingTargets() {
    JobControl job;
    // An empty folder is fine; a file, a foreign non-empty folder are refused, even with replace.
    QVERIFY(QDir(dir_.path()).mkpath("empty"));
    QVERIFY(writeSynth(path("empty").toStdString(), tiny(), job));
    QVERIFY(QFileInfo::exists(path("empty/synth.json")));

    QFile file(path("file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto onFile = writeSynth(path("file").toStdString(), tiny(), job);
    QVERIFY(!onFile);
    QVERIFY2(onFile.error().message.find("not a folder") != std::string::npos, onFile.error().message.c_str());

    QVERIFY(QDir(dir_.path()).mkpath("foreign/data"));
    for (bool replace : {false, true}) {
      auto foreign = writeSynth(path("foreign").toStdString(), tiny(), job, replace);
      QVERIFY(!foreign);
      QCOMPARE(foreign.error().code, ErrorCode::InvalidInput);
      QVERIFY2(foreign.error().message.find("not empty") != std::string::npos, foreign.error().message.c_str());
    }
    QVERIFY(QFileInfo::exists(path("foreign/data")));

    // An earlier benchmark: refused, or replaced when asked (and only once the new one is done).
    QVERIFY(!writeSynth(path("empty").toStdString(), tiny(), job));
    SynthOptions other = tiny();
    other.actions = 2;
    QVERIFY(writeSynth(path("empty").toStdString(), other, job, true));
    QCOMPARE(readLines(path("empty/action/ucfTrainTestlist/classInd.txt")).size(), 2);
    QCOMPARE(startingWith(dir_.path(), "empty").size(), 1);

    SynthOptions bad = tiny();
    bad.size = 2;
    auto invalid = writeSynth(path("invalid").toStdString(), bad, job);
    QVERIFY(!invalid);
    QVERIFY(!QFileInfo::exists(path("invalid")));
  }
};

QTEST_GUILESS_MAIN(TestSynthWriter)
#include "tst_synth_writer.moc"
