// `spact evaluate` and `spact score` as processes: a tiny model trained by `spact train` on the
// in-memory synthetic benchmark gets its row beside the baselines, the three reports appear, a
// rerun reuses every row, Ctrl-C keeps the finished rows (exit 130) and the rerun resumes; score
// gives per-segment probabilities and top-5 classes of the card; bad inputs exit 1 with a
// sentence.
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

#include "test_media.h"

namespace {

const QString kSynth = "synth:actions=3,attributes=3,size=16,frames=8,videos_per_class=4,test_videos_per_class=2,images=32,test_images=16";

QStringList trainArgs(const QString& out) {
  QStringList args = {"train", "--out", out, "--preset", "tiny", "--action-data", kSynth, "--privacy-data", kSynth};
  const QStringList sets = {
      "data.size=16", "data.frames=4", "data.skip=1", "data.action_batch=4", "data.privacy_batch=8",
      "data.val_clips_per_video=1", "networks.anonymizer.width=0.0625", "networks.action.width=0.0625",
      "networks.privacy.width=0.0625", "networks.attributes.width=0.0625", "networks.privacy.head_hidden=16",
      "networks.privacy.head_out=8", "init.anonymizer.steps_per_epoch=2", "init.action.steps_per_epoch=2",
      "init.privacy.steps_per_epoch=2", "init.attributes.steps_per_epoch=2", "init.anonymizer.epochs=1",
      "init.action.epochs=1", "init.privacy.epochs=1", "init.attributes.epochs=1", "minimax.epochs=1",
      "minimax.steps_per_epoch=2"};
  for (const auto& s : sets) args << "--set" << s;
  return args;
}

// The model card's configuration gives the data shapes and target networks; the budget is cut.
QStringList evalArgs(const QString& out, const QString& model, const QString& baselines, int steps = 2) {
  return {"evaluate", "--model", model, "--action-data", kSynth, "--privacy-data", kSynth, "--out", out,
          "--baselines", baselines, "--set", QString("targets.action_budget.steps_per_epoch=%1").arg(steps),
          "--set", QString("targets.attributes_budget.steps_per_epoch=%1").arg(steps), "--set", "samples=4"};
}

}  // namespace

class TestCliEvaluate : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString model_;
  QString path(const QString& n) const { return dir_.filePath(n); }
  int spact(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr) {
    return spact::test::run(spact::test::spactCli(), args, out, err, 240000);
  }

private Q_SLOTS:
  void initTestCase() {
    QByteArray out, err;
    QCOMPARE(spact(trainArgs(path("run")) << "--json", &out, &err), 0);
    model_ = QJsonDocument::fromJson(out).object()["last_checkpoint"].toString();
    QVERIFY2(QFile::exists(model_), err.constData());
  }

  void evaluatesAndResumes() {
    const QString out = path("eval");
    QByteArray stdOut, err;
    QCOMPARE(spact(QStringList{"--json"} + evalArgs(out, model_, "raw,downsample4,blur,faceblur"), &stdOut, &err), 0);
    QVERIFY2(err.isEmpty(), err.constData());  // not a terminal: no progress line
    auto summary = QJsonDocument::fromJson(stdOut).object();
    QCOMPARE(summary["trained"].toInt(), 5);
    const auto rows = summary["summary"].toObject()["rows"].toArray();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[4].toObject()["method"].toString(), QString("f_A last"));
    for (const char* f : {"report.json", "report.csv", "report.html"}) QVERIFY(QFile::exists(out + "/" + f));

    QCOMPARE(spact(QStringList{"--json"} + evalArgs(out, model_, "raw,downsample4,blur,faceblur"), &stdOut, &err), 0);
    summary = QJsonDocument::fromJson(stdOut).object();
    QCOMPARE(summary["trained"].toInt(), 0);
    QCOMPARE(summary["reused"].toInt(), 5);

    // Text output: the table.
    QCOMPARE(spact(evalArgs(out, model_, "raw"), &stdOut, &err), 0);
    QVERIFY2(stdOut.contains("action top-1") && stdOut.contains("f_A last"), stdOut.constData());
  }

  void interruptedKeepsRows() {
    const QString out = path("interrupted");
    QProcess p;
    p.start(spact::test::spactCli(), evalArgs(out, model_, "raw,downsample2,downsample4,blur,pixelate", 0) +
                                         QStringList{"--set", "targets.action_budget.epochs=6", "--set", "targets.attributes_budget.epochs=6"});
    QVERIFY(p.waitForStarted(30000));
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(out + "/rows/raw.json") && p.state() == QProcess::Running && waited.elapsed() < 200000) QTest::qWait(20);
    QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(err.contains("rerun resumes"), err.constData());
    QVERIFY(!QFile::exists(out + "/report.json"));
    // The rerun (smaller set of methods, same configuration) reuses the finished row.
    QByteArray stdOut;
    QCOMPARE(spact(QStringList{"--json"} + evalArgs(out, model_, "raw,pixelate", 0) +
                       QStringList{"--set", "targets.action_budget.epochs=6", "--set", "targets.attributes_budget.epochs=6"},
                   &stdOut),
             0);
    QCOMPARE(QJsonDocument::fromJson(stdOut).object()["reused"].toInt(), 1);
  }

  void scoresVideo() {
    const QString video = path("clip.mp4");
    spact::test::VideoSpec spec;
    spec.frames = 22;
    QVERIFY(spact::test::makeVideo(video, spec));
    QByteArray out, err;
    QCOMPARE(spact({"score", video, "--model", model_, "--json"}, &out, &err), 0);
    const auto s = QJsonDocument::fromJson(out).object();
    QCOMPARE(s["format"].toString(), QString("spact-score"));
    QCOMPARE(s["segment_frames"].toInt(), 4);  // the card's clip: 4 frames, skip 1
    const auto segments = s["segments"].toArray();
    QCOMPARE(segments.size(), 6);              // 22 frames: five full segments and one of 2
    QCOMPARE(segments.last().toObject()["frames"].toInt(), 2);
    const auto names = s["attributes"].toObject()["names"].toArray();
    QCOMPARE(names.size(), 3);
    const auto classes = s["action"].toObject()["classes"].toArray();
    QCOMPARE(classes.size(), 3);
    for (const auto& seg : segments) {
      const auto o = seg.toObject();
      for (const char* which : {"original", "anonymized"}) {
        const auto p = o["attributes"].toObject()[which].toArray();
        QCOMPARE(p.size(), 3);
        for (const auto& v : p) QVERIFY(v.toDouble() >= 0 && v.toDouble() <= 1);
        const auto top = o["action"].toObject()[which].toArray();
        QCOMPARE(top.size(), 3);  // top-5 of 3 classes
        double previous = 2;
        for (const auto& c : top) {
          QVERIFY(classes.contains(c.toObject()["class"]));
          QVERIFY(c.toObject()["probability"].toDouble() <= previous);
          previous = c.toObject()["probability"].toDouble();
        }
      }
    }
    QVERIFY(s["overall"].toObject()["attributes"].toObject()["anonymized"].toArray().size() == 3);
    // Segments of a fixed length; the text form.
    QCOMPARE(spact({"score", video, "--model", model_, "--segment-seconds", "0.4", "--json"}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object()["segment_frames"].toInt(), 10);
    QCOMPARE(spact({"score", video, "--model", model_}, &out, &err), 0);
    QVERIFY2(out.contains("attributes, anonymized"), out.constData());
  }

  void badInputs() {
    QByteArray out, err;
    // A model without f_A: only the action network exported.
    const QString actionOnly = path("action.safetensors");
    QCOMPARE(spact({"model", "export", model_, "-o", actionOnly, "--net", "action"}, &out, &err), 0);
    QCOMPARE(spact(evalArgs(path("bad1"), actionOnly, "raw"), &out, &err), 1);
    QVERIFY2(err.contains("holds no anonymizer (f_A)") && err.contains("action.safetensors"), err.constData());
    const QString video = path("bad.mp4");
    QVERIFY(spact::test::makeVideo(video, {}));
    QCOMPARE(spact({"score", video, "--model", actionOnly}, &out, &err), 1);
    QVERIFY2(err.contains("holds no anonymizer (f_A)"), err.constData());
    // An unknown baseline.
    QCOMPARE(spact(evalArgs(path("bad2"), model_, "raw,sepia"), &out, &err), 1);
    QVERIFY2(err.contains("Unknown baseline 'sepia'"), err.constData());
    // The synthetic set with no test videos cannot be asked for (bounds); a missing data folder.
    QCOMPARE(spact({"evaluate", "--model", model_, "--action-data", path("nowhere"), "--privacy-data", kSynth, "--out", path("bad3"),
                    "--baselines", "raw"}, &out, &err), 1);
    QVERIFY2(err.startsWith("spact: ") && err.count('\n') == 1, err.constData());
    // A novel protocol with nothing novel in the data.
    QCOMPARE(spact(evalArgs(path("bad4"), model_, "raw") << "--protocol" << "novel", &out, &err), 1);
    QVERIFY2(err.contains("found no action classes in the data beyond"), err.constData());
    // A bad setting.
    QCOMPARE(spact(evalArgs(path("bad5"), model_, "raw") << "--set" << "targets.colour=1", &out, &err), 1);
    QVERIFY2(err.contains("unknown key 'targets.colour'"), err.constData());
  }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
