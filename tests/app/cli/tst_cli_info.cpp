// `spact info FILE... [--json]` run as a process on media the test makes: what it reports, and
// how it fails (exit status 1, one sentence per bad file on stderr, never a crash).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "test_media.h"

using spact::test::VideoSpec;

namespace {

struct Run {
  int exitCode = -1;  // -3: crashed (a signal), -2: timed out, -1: did not start
  QByteArray out, err;
};

Run runSpact(const QStringList& args) {
  Run r;
  r.exitCode = spact::test::run(spact::test::spactCli(), args, &r.out, &r.err, 60000);
  return r;
}

QStringList lines(const QByteArray& text) {
  QStringList out;
  for (const QString& line : QString::fromUtf8(text).split('\n'))
    if (!line.trimmed().isEmpty()) out << line;
  return out;
}

QJsonDocument parse(const QByteArray& text) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
  if (error.error != QJsonParseError::NoError) qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.constData());
  return doc;
}

}  // namespace

class TestCliInfo : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString withAudio_, silent_, rotated_;

  QString path(const QString& name) const { return dir_.filePath(name); }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    if (spact::test::run("ffmpeg", {"-version"}) != 0) QSKIP("the ffmpeg tool is not installed");
    withAudio_ = path("with-audio.mp4");
    QVERIFY(spact::test::makeVideo(withAudio_, {.width = 160, .height = 120, .frames = 25, .fps = 25, .audio = true}));
    silent_ = path("silent.mkv");
    QVERIFY(spact::test::makeVideo(silent_, {.width = 96, .height = 64, .frames = 12, .fps = 12, .audio = false,
                                             .container = "matroska"}));
    rotated_ = path("rotated.mp4");
    QVERIFY(spact::test::makeVideo(rotated_, {.frames = 5, .audio = false, .rotation = 90}));
  }

  void videoWithAudio() {
    const Run r = runSpact({"info", withAudio_, "--json"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject j = parse(r.out).object();
    QCOMPARE(j["path"].toString(), withAudio_);
    QCOMPARE(j["kind"].toString(), QString("video"));
    QCOMPARE(j["width"].toInt(), 160);
    QCOMPARE(j["height"].toInt(), 120);
    QCOMPARE(j["frame_count"].toInt(), 25);
    QCOMPARE(j["frame_rate"].toDouble(), 25.0);
    QCOMPARE(j["rotation"].toInt(), 0);
    QCOMPARE(j["audio_streams"].toInt(), 1);
    QVERIFY(j["container"].toString().contains("mp4"));
    QCOMPARE(j["size_bytes"].toInteger(), QFileInfo(withAudio_).size());
    QVERIFY(std::abs(j["duration"].toDouble() - 1.0) < 0.1);

    const QJsonArray streams = j["streams"].toArray();
    QCOMPARE(streams.size(), 2);
    QJsonObject video, audio;
    for (const auto& s : streams) {
      if (s.toObject()["type"] == "video") video = s.toObject();
      if (s.toObject()["type"] == "audio") audio = s.toObject();
    }
    QCOMPARE(video["codec"].toString(), QString("h264"));
    QCOMPARE(video["width"].toInt(), 160);
    QCOMPARE(video["pixel_format"].toString(), QString("yuv420p"));
    QCOMPARE(video["frame_count"].toInt(), 25);
    QCOMPARE(audio["codec"].toString(), QString("aac"));
    QCOMPARE(audio["sample_rate"].toInt(), 44100);
    QCOMPARE(audio["channels"].toInt(), 1);
  }

  void videoWithoutAudio() {
    const Run r = runSpact({"info", "--json", silent_});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = parse(r.out).object();
    QCOMPARE(j["audio_streams"].toInt(), 0);
    QCOMPARE(j["width"].toInt(), 96);
    QCOMPARE(j["height"].toInt(), 64);
    QCOMPARE(j["frame_count"].toInt(), 12);  // counted: Matroska stores no frame count
    QCOMPARE(j["frame_rate"].toDouble(), 12.0);
    QCOMPARE(j["streams"].toArray().size(), 1);
    QCOMPARE(j["streams"].toArray()[0].toObject()["codec"].toString(), QString("h264"));
    QVERIFY(j["container"].toString().contains("matroska"));
  }

  void rotated() {
    const Run r = runSpact({"info", rotated_, "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = parse(r.out).object();
    QCOMPARE(j["rotation"].toInt(), 90);
    QCOMPARE(j["width"].toInt(), 120);  // display size, upright
    QCOMPARE(j["height"].toInt(), 160);
    const QJsonObject video = j["streams"].toArray()[0].toObject();
    QCOMPARE(video["width"].toInt(), 160);  // stored size
    QCOMPARE(video["height"].toInt(), 120);
    QCOMPARE(video["rotation"].toInt(), 90);
  }

  void severalFiles() {
    const Run r = runSpact({"info", "--json", withAudio_, silent_, rotated_});
    QCOMPARE(r.exitCode, 0);
    const QJsonDocument doc = parse(r.out);
    QVERIFY(doc.isArray());
    const QJsonArray all = doc.array();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].toObject()["path"].toString(), withAudio_);
    QCOMPARE(all[1].toObject()["path"].toString(), silent_);
    QCOMPARE(all[2].toObject()["path"].toString(), rotated_);
    QCOMPARE(all[0].toObject()["audio_streams"].toInt(), 1);
    QCOMPARE(all[1].toObject()["audio_streams"].toInt(), 0);
    QCOMPARE(all[2].toObject()["rotation"].toInt(), 90);
  }

  void goodAndBadTogether() {
    const QString missing = path("nowhere.mp4");
    const Run r = runSpact({"info", "--json", withAudio_, missing});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray all = parse(r.out).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].toObject()["width"].toInt(), 160);
    QCOMPARE(all[1].toObject()["path"].toString(), missing);
    QVERIFY(all[1].toObject()["error"].toString().contains(missing));
    QCOMPARE(lines(r.err).size(), 1);
  }

  void badFiles_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("json");
    for (const bool json : {false, true}) {
      for (const char* kind : {"empty", "truncated", "text", "missing", "folder"})
        QTest::addRow("%s%s", kind, json ? " --json" : "") << QString(kind) << json;
    }
  }

  void badFiles() {
    QFETCH(QString, kind);
    QFETCH(bool, json);
    const QString file = path(QString("bad-%1-%2.mp4").arg(kind).arg(json));
    if (kind == "empty") {
      spact::test::writeFile(file, {});
    } else if (kind == "truncated") {
      QFile f(withAudio_);
      QVERIFY(f.open(QIODevice::ReadOnly));
      const QByteArray all = f.readAll();
      spact::test::writeFile(file, all.left(all.size() * 3 / 10));
    } else if (kind == "text") {
      spact::test::writeFile(file, "not a video\n");
    } else if (kind == "folder") {
      QVERIFY(QDir().mkpath(file));
    }
    if (QTest::currentTestFailed()) return;

    QStringList args = {"info", file};
    if (json) args << "--json";
    const Run r = runSpact(args);
    QVERIFY2(r.exitCode != -3, "spact crashed");
    QCOMPARE(r.exitCode, 1);
    const QStringList errLines = lines(r.err);
    QVERIFY2(errLines.size() == 1, r.err.constData());
    QVERIFY2(errLines[0].startsWith("spact: "), r.err.constData());
    QVERIFY2(errLines[0].contains(file), r.err.constData());
    if (json) {
      const QJsonObject j = parse(r.out).object();
      QCOMPARE(j["path"].toString(), file);
      QVERIFY(j["error"].toString().contains(file));
    } else {
      QVERIFY2(r.out.trimmed().isEmpty(), r.out.constData());
    }
  }

  void usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no FILE") << QStringList{"info"};
    QTest::newRow("no FILE, --json") << QStringList{"info", "--json"};
    QTest::newRow("unknown option") << QStringList{"info", "--frobnicate", "x.mp4"};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
  }

  void usageErrors() {
    QFETCH(QStringList, args);
    const Run r = runSpact(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
  }

  // A data set folder: its layout, classes and attribute frequencies, listed without decoding.
  void dataSetFolders() {
    const QString root = dir_.filePath("synth");
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"synth", root, "--actions", "3", "--attributes", "2", "--videos-per-class", "2",
                                                       "--test-videos-per-class", "1", "--images", "4", "--test-images", "2",
                                                       "--size", "16", "--frames", "4"}),
             0);
    QByteArray out, err;
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"info", root + "/action", root + "/privacy", "--json"}, &out, &err), 0);
    const auto all = QJsonDocument::fromJson(out).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].toObject()["layout"].toString(), QString("ucf101"));
    QCOMPARE(all[0].toObject()["videos"].toInt(), 6);
    QCOMPARE(all[0].toObject()["classes"].toArray().size(), 3);
    QCOMPARE(all[1].toObject()["layout"].toString(), QString("vispr"));
    QCOMPARE(all[1].toObject()["images"].toInt(), 4);
    QVERIFY(all[1].toObject()["attributes"].toArray().size() >= 2);
    // An empty folder is no data set: a sentence naming it.
    QDir(dir_.path()).mkpath("empty");
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"info", dir_.filePath("empty")}, &out, &err), 1);
    QVERIFY2(err.contains("empty"), err.constData());
  }

  void textOutput() {
    const Run r = runSpact({"info", withAudio_, rotated_});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(withAudio_), qPrintable(text));
    QVERIFY2(text.contains(rotated_), qPrintable(text));
    QVERIFY2(text.contains("h264"), qPrintable(text));
    QVERIFY2(text.contains("aac"), qPrintable(text));
    QVERIFY2(text.contains("160x120"), qPrintable(text));
    QVERIFY2(text.contains("25 frames"), qPrintable(text));
    QVERIFY2(text.contains("rotated 90"), qPrintable(text));
    QVERIFY(parse(r.out).isNull());  // not JSON
  }
};

QTEST_GUILESS_MAIN(TestCliInfo)
#include "tst_cli_info.moc"
