// `spact synth` run as a process: it writes both layouts, refuses what it must not overwrite
// (exit 1, one sentence), rejects bad values as usage errors (exit 2), and Ctrl-C leaves nothing.
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

#include "test_media.h"

class TestCliSynth : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& n) const { return dir_.filePath(n); }
  const QStringList small_{"--actions",
                           "2",
                           "--attributes",
                           "3",
                           "--videos-per-class",
                           "2",
                           "--test-videos-per-class",
                           "1",
                           "--images",
                           "4",
                           "--test-images",
                           "2",
                           "--size",
                           "32",
                           "--frames",
                           "6",
                           "--seed",
                           "3"};
  int spact(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr) {
    return spact::test::run(spact::test::spactCli(), QStringList{"synth"} + args, out, err, 60000);
  }

 private Q_SLOTS:
  void writes() {
    QByteArray out, err;
    QCOMPARE(spact(QStringList{path("a")} + small_, &out, &err), 0);
    QVERIFY2(err.isEmpty(), err.constData());  // not a terminal: no progress line
    QVERIFY2(out.contains("Wrote 6 videos") && out.contains("6 images"), out.constData());
    QVERIFY(QFileInfo(path("a/action/UCF-101/Climb/v_Climb_g01_c02.avi")).size() > 0);
    QVERIFY(QFileInfo::exists(path("a/action/ucfTrainTestlist/testlist01.txt")));
    QCOMPARE(QDir(path("a/privacy/images/train2017")).entryList(QDir::Files).size(), 4);
    QCOMPARE(QDir(path("a/privacy/annotations/test2017")).entryList(QDir::Files).size(), 2);

    // Same seed, same bytes; --json prints the summary.
    QCOMPARE(spact(QStringList{path("b"), "--json"} + small_, &out, &err), 0);
    const QJsonObject summary = QJsonDocument::fromJson(out).object();
    QCOMPARE(summary["options"].toObject()["seed"].toInt(), 3);
    QFile a(path("a/privacy/images/test2017/2017_20000001.png")),
        b(path("b/privacy/images/test2017/2017_20000001.png"));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
  }

  void refuses_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a file") << QStringList{"file.txt"} << 1 << "not a folder";
    QTest::newRow("a foreign folder") << QStringList{"foreign"} << 1 << "not empty";
    QTest::newRow("a foreign folder, forced") << QStringList{"foreign", "--force"} << 1 << "no synthetic benchmark";
    QTest::newRow("one action") << QStringList{"x", "--actions", "1"} << 2 << "--actions";
    QTest::newRow("tiny size") << QStringList{"x", "--size", "4"} << 2 << "--size";
    QTest::newRow("no folder") << QStringList{} << 2 << "OUT_DIR";
  }
  void refuses() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, expected);
    spact::test::writeFile(path("file.txt"), "text");
    QDir(dir_.path()).mkpath("foreign/keep");
    if (!args.isEmpty()) args[0] = path(args[0]);
    QStringList rest;  // the small benchmark's options that the row does not set itself
    for (int i = 0; i + 1 < small_.size(); i += 2)
      if (!args.contains(small_[i])) rest << small_[i] << small_[i + 1];
    QByteArray out, err;
    QCOMPARE(spact(args + rest, &out, &err), code);
    QVERIFY2(err.contains(expected.toUtf8()), err.constData());
    QVERIFY(QFileInfo::exists(path("foreign/keep")));
    QVERIFY(!QFileInfo::exists(path("x")));
  }

  void forceReplacesEarlierBenchmark() {
    QVERIFY(QDir(dir_.path()).mkpath("again"));  // an empty folder is fine
    QCOMPARE(spact(QStringList{path("again")} + small_), 0);
    QByteArray err;
    QCOMPARE(spact(QStringList{path("again")} + small_, nullptr, &err), 1);
    QVERIFY2(err.contains("--force"), err.constData());
    QCOMPARE(spact(QStringList{path("again"), "--force", "--actions", "3"}), 0);
    QCOMPARE(QDir(path("again/action/UCF-101")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 3);
  }

  // Ctrl-C half-way: exit status 130, neither the folder nor its temporary sibling left.
  void interrupted() {
    QProcess p;
    p.start(spact::test::spactCli(),
            {"synth", path("big"), "--videos-per-class", "400", "--images", "4000", "--threads", "1"});
    QVERIFY(p.waitForStarted(30000));
    QElapsedTimer waited;
    waited.start();
    auto begun = [&] { return !QDir(dir_.path()).entryList({"big.part-*"}, QDir::Dirs).isEmpty(); };
    while (!begun() && p.state() == QProcess::Running && waited.elapsed() < 30000) QTest::qWait(5);
    QVERIFY2(p.state() == QProcess::Running, "spact synth ended before it could be interrupted");
    QTest::qWait(200);
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(err.contains("cancelled"), err.constData());
    QVERIFY(QDir(dir_.path()).entryList({"big*"}, QDir::AllEntries | QDir::Hidden).isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestCliSynth)
#include "tst_cli_synth.moc"
