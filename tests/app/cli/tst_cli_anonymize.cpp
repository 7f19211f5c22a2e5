// `spact anonymize` run as a process: one file, a folder with resume, and bad input each a
// one-sentence error with exit status 1 and nothing left under the output name.
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include <csignal>

#include "test_media.h"

class TestCliAnonymize : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString src_;
  QString path(const QString& n) const { return dir_.filePath(n); }
  int spact(const QStringList& args, QByteArray* err = nullptr) {
    return spact::test::run(spact::test::spactCli(), QStringList{"anonymize"} + args, nullptr, err, 60000);
  }

private Q_SLOTS:
  void initTestCase() {
    if (spact::test::run("ffmpeg", {"-version"}) != 0) QSKIP("the ffmpeg tool is not installed");
    src_ = path("src.mp4");
    QVERIFY(spact::test::makeVideo(src_, {.width = 64, .height = 48, .frames = 8, .fps = 25, .audio = true}));
  }

  void oneFile() {
    QByteArray err;
    QCOMPARE(spact({src_, "-o", path("blur.mp4"), "--method", "blur", "--preset", "ultrafast"}, &err), 0);
    QVERIFY2(err.isEmpty(), err.constData());  // not a terminal: quiet
    QVERIFY(QFileInfo(path("blur.mp4")).size() > 0);
  }

  // f_A runs at the resolution its card names unless --res says otherwise: the shipped default
  // model (32 pixels) gives the same file with and without --res 32, another with --res 112.
  void modelRunsAtItsTrainedResolution() {
    const QString model = qEnvironmentVariable("SPACT_SOURCE_DIR") + "/models/default.spact";
    if (!QFile::exists(model)) QSKIP("models/default.spact is not in this checkout");
    auto file = [&](const QString& name, const QStringList& extra) {
      QByteArray err;
      const int rc = spact(QStringList{src_, "-o", path(name), "--model", model, "--preset", "ultrafast"} + extra, &err);
      if (rc != 0) qWarning("%s", err.constData());
      QFile f(path(name));
      return rc == 0 && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray byCard = file("card.mp4", {}), at32 = file("32.mp4", {"--res", "32"}),
                     at112 = file("112.mp4", {"--res", "112"});
    QVERIFY(!byCard.isEmpty() && !at112.isEmpty());
    QVERIFY(byCard == at32);
    QVERIFY(byCard != at112);
  }

  void folderResumes() {
    QDir(dir_.path()).mkpath("in");
    QDir(dir_.path()).mkpath("out");
    QVERIFY(QFile::copy(src_, path("in/a.mp4")));
    spact::test::writeFile(path("in/broken.mp4"), "text");
    QByteArray err;
    QCOMPARE(spact({path("in"), "-o", path("out"), "--method", "pixelate", "--preset", "ultrafast"}, &err), 1);
    QVERIFY2(err.contains("broken.mp4") && err.contains("1 anonymized"), err.constData());
    QCOMPARE(spact({path("in"), "-o", path("out"), "--method", "pixelate", "--preset", "ultrafast"}, &err), 1);
    QVERIFY2(err.contains("0 anonymized, 1 already done, 1 failed"), err.constData());
    // Other encoder settings give another output: the file is made again.
    QCOMPARE(spact({path("in"), "-o", path("out"), "--method", "pixelate", "--preset", "ultrafast", "--crf", "30"}, &err), 1);
    QVERIFY2(err.contains("1 anonymized, 0 already done, 1 failed"), err.constData());
  }

  // Ctrl-C half-way: SIGINT once the export has begun (its temporary file exists) stops it with
  // exit status 130 and leaves neither the output nor the temporary file.
  void interrupted() {
    const QString longer = path("long.mp4");
    QVERIFY(spact::test::makeVideo(longer, {.width = 640, .height = 480, .frames = 250, .fps = 25, .audio = true}));
    const QString out = path("interrupted.mp4");
    QProcess p;
    p.start(spact::test::spactCli(), {"anonymize", longer, "-o", out, "--method", "blur", "--preset", "slow"});
    QVERIFY(p.waitForStarted(30000));
    QElapsedTimer waited;
    waited.start();
    auto begun = [&] { return !QDir(dir_.path()).entryList({"interrupted.mp4.part-*"}).isEmpty(); };
    while (!begun() && p.state() == QProcess::Running && waited.elapsed() < 30000) QTest::qWait(5);
    QVERIFY2(p.state() == QProcess::Running, "the export ended before it could be interrupted");
    QVERIFY(begun());
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(err.contains("cancelled") && err.contains("interrupted.mp4"), err.constData());
    QVERIFY(!QFile::exists(out));
    QVERIFY(QDir(dir_.path()).entryList({"interrupted.mp4*"}).isEmpty());
  }

  void badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringList{"missing.mp4", "-o", "m.mp4"} << "does not exist";
    QTest::newRow("output is input") << QStringList{"src.mp4", "-o", "src.mp4"} << "input file itself";
    QTest::newRow("missing folder") << QStringList{"src.mp4", "-o", "nodir/x.mp4"} << "does not exist";
    QTest::newRow("text") << QStringList{"text.mp4", "-o", "t.mp4"} << "not a media file";
    QTest::newRow("zero") << QStringList{"zero.mp4", "-o", "z.mp4"} << "empty";
    QTest::newRow("bad model") << QStringList{"src.mp4", "-o", "bm.mp4", "--model", "text.mp4"} << "text.mp4";
  }
  void badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    spact::test::writeFile(path("text.mp4"), "hello\n");
    spact::test::writeFile(path("zero.mp4"), {});
    QStringList full;
    for (const QString& a : args) full << (a.endsWith(".mp4") ? path(a) : a);
    if (!full.contains("--model")) full << "--method" << "blur";
    QByteArray err;
    QCOMPARE(spact(full, &err), 1);
    QVERIFY2(err.startsWith("spact: ") && err.contains(expected.toUtf8()), err.constData());
    QVERIFY(!QFile::exists(full[2]) || full[2] == full[0]);
    QVERIFY(QDir(dir_.path()).entryList({"*.part-*"}).isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestCliAnonymize)
#include "tst_cli_anonymize.moc"
