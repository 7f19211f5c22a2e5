// `spact train` and `spact bench train` run as processes on the in-memory synthetic benchmark
// with very small networks: a run completes, Ctrl-C stops it with a checkpoint (exit 130), a
// run killed with SIGKILL resumes from its last checkpoint and finishes, two processes train
// together through Gloo on loopback, and bad arguments are refused with a sentence.
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include "test_media.h"

namespace {

const QString kSynth = "synth:actions=3,attributes=3,size=16,frames=8,videos_per_class=4,test_videos_per_class=2,images=32,test_images=16";

// The networks and budgets of tests/core/train/tst_trainer.cpp: seconds per run.
QStringList small(int minimaxEpochs = 2, int stepsPerEpoch = 3) {
  QStringList args = {"--preset", "tiny", "--action-data", kSynth, "--privacy-data", kSynth};
  const QStringList sets = {
      "data.size=16", "data.frames=4", "data.skip=1", "data.action_batch=4", "data.privacy_batch=8",
      "data.val_clips_per_video=1", "networks.anonymizer.width=0.0625", "networks.action.width=0.0625",
      "networks.privacy.width=0.0625", "networks.attributes.width=0.0625", "networks.privacy.head_hidden=16",
      "networks.privacy.head_out=8", "init.anonymizer.steps_per_epoch=2", "init.action.steps_per_epoch=2",
      "init.privacy.steps_per_epoch=2", "init.attributes.steps_per_epoch=2", "init.anonymizer.epochs=1",
      "init.action.epochs=1", "init.privacy.epochs=1", "init.attributes.epochs=1",
      QString("minimax.epochs=%1").arg(minimaxEpochs), QString("minimax.steps_per_epoch=%1").arg(stepsPerEpoch)};
  for (const auto& s : sets) args << "--set" << s;
  return args;
}

int freePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

QList<QJsonObject> events(const QString& run) {
  QList<QJsonObject> out;
  QFile f(run + "/events.jsonl");
  if (!f.open(QIODevice::ReadOnly)) return out;
  for (const auto& line : f.readAll().split('\n'))
    if (!line.isEmpty()) out << QJsonDocument::fromJson(line).object();
  return out;
}

}  // namespace

class TestCliTrain : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& n) const { return dir_.filePath(n); }
  int spact(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr) {
    return spact::test::run(spact::test::spactCli(), args, out, err, 240000);
  }

  // `spact bench train --json` at tiny sizes and widths, with `extra` arguments.
  QJsonObject benchTrain(const QStringList& extra) {
    QByteArray out, err;
    const int status = spact(QStringList{"bench", "train", "--json", "--iterations", "1", "--set", "data.size=16", "--set",
                                         "data.frames=4", "--set", "data.action_batch=4", "--set", "data.privacy_batch=8", "--set",
                                         "networks.action.width=0.0625", "--set", "networks.anonymizer.width=0.0625", "--set",
                                         "networks.privacy.width=0.0625"} +
                                 extra,
                             &out, &err);
    if (status != 0) qWarning("spact bench train exited %d: %s", status, err.constData());
    return status == 0 ? QJsonDocument::fromJson(out).object() : QJsonObject{};
  }

private Q_SLOTS:
  void completes() {
    QByteArray out, err;
    const QString run = path("run");
    QCOMPARE(spact(QStringList{"train", "--out", run, "--json"} + small(), &out, &err), 0);
    QVERIFY2(err.isEmpty(), err.constData());  // not a terminal: no progress line
    const auto summary = QJsonDocument::fromJson(out).object();
    QCOMPARE(summary["steps"].toInt(), 14);
    QVERIFY(QFile::exists(summary["last_checkpoint"].toString()));
    QVERIFY(summary["validation"].toObject().contains("action_top1"));
    QCOMPARE(events(run).last()["type"].toString(), QString("finished"));
    // The checkpoint is a model like any other.
    QCOMPARE(spact({"info", run + "/checkpoints/last.spact"}, &out, &err), 0);
    QVERIFY2(out.contains("anonymizer") && out.contains("action"), out.constData());
  }

  // SIGINT: a checkpoint, a "stopped" event, exit 130; --resume finishes the run.
  void interruptedResumes() {
    const QString run = path("interrupted");
    QProcess p;
    p.start(spact::test::spactCli(), QStringList{"train", "--out", run} + small(40, 3));
    QVERIFY(p.waitForStarted(30000));
    QElapsedTimer waited;
    waited.start();
    auto inGame = [&] {
      for (const auto& e : events(run))
        if (e["type"] == "train" && e["phase"] == "minimax") return true;
      return false;
    };
    while (!inGame() && p.state() == QProcess::Running && waited.elapsed() < 120000) QTest::qWait(20);
    QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 130);
    QVERIFY2(err.contains("last.spact"), err.constData());
    QCOMPARE(events(run).last()["type"].toString(), QString("stopped"));
    QByteArray out;
    QCOMPARE(spact(QStringList{"train", "--out", run, "--resume", "--json"} + small(3, 3), &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object()["steps"].toInt(), 8 + 9);
  }

  // SIGKILL once a checkpoint of the game exists: nothing before it is lost; --resume finishes.
  void killedResumes() {
    const QString run = path("killed");
    QProcess p;
    p.start(spact::test::spactCli(), QStringList{"train", "--out", run} + small(40, 3));
    QVERIFY(p.waitForStarted(30000));
    QElapsedTimer waited;
    waited.start();
    auto checkpointed = [&] {
      for (const auto& e : events(run))
        if (e["type"] == "checkpoint" && e["phase"] == "minimax" && e["epoch"].toInt() >= 1) return true;
      return false;
    };
    while (!checkpointed() && p.state() == QProcess::Running && waited.elapsed() < 120000) QTest::qWait(20);
    QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), SIGKILL), 0);
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(QFile::exists(run + "/checkpoints/last.spact"));
    int epoch = 0;  // of the last checkpoint that made it to disk
    for (const auto& e : events(run))
      if (e["type"] == "checkpoint") epoch = e["epoch"].toInt();
    QByteArray out, err;
    QCOMPARE(spact(QStringList{"train", "--out", run, "--resume", "--json"} + small(epoch + 1, 3), &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object()["steps"].toInt(), 8 + 3 * (epoch + 1));
    int resumed = 0;
    for (const auto& e : events(run)) resumed += e["type"] == "resumed";
    QCOMPARE(resumed, 1);
  }

  // torchrun's environment for two processes on loopback: both finish, rank 0 alone writes.
  void twoProcesses() {
    const QString run = path("ddp");
    const int port = freePort();
    QList<QProcess*> ranks;
    for (int rank = 0; rank < 2; ++rank) {
      auto* p = new QProcess(this);
      auto env = QProcessEnvironment::systemEnvironment();
      env.insert("RANK", QString::number(rank));
      env.insert("LOCAL_RANK", QString::number(rank));
      env.insert("WORLD_SIZE", "2");
      env.insert("MASTER_ADDR", "127.0.0.1");
      env.insert("MASTER_PORT", QString::number(port));
      env.insert("OMP_NUM_THREADS", "1");
      p->setProcessEnvironment(env);
      p->start(spact::test::spactCli(), QStringList{"train", "--out", run, "--json"} + small());
      ranks << p;
    }
    for (auto* p : ranks) {
      QVERIFY(p->waitForFinished(240000));
      QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const auto e = events(run);
    QVERIFY(!e.isEmpty());
    QCOMPARE(e.first()["processes"].toInt(), 2);
    QCOMPARE(e.last()["type"].toString(), QString("finished"));
    int started = 0;
    for (const auto& x : e) started += x["type"] == "started";
    QCOMPARE(started, 1);  // one writer
    QVERIFY(QFile::exists(run + "/checkpoints/last.spact"));
  }

  void bench() {
    const auto j = benchTrain({});
    QVERIFY(j["iterations_per_s"].toDouble() > 0);
    if (qEnvironmentVariableIsEmpty("SPACT_FOLD_NARROW_CONV3D"))  // opt-in (nn/runtime.h)
      QCOMPARE(j["narrow_conv_folding"].toBool(), false);
    // f_A in step 1 and step 2, f_T and f_B in both steps, the optimizers: each timed. How their
    // sum compares with the iteration is a timing, which a loaded CI machine does not keep (one
    // run: parts 0.09 s against a first iteration of 0.45 s), so only their presence is checked.
    const auto parts = j["parts_seconds"].toObject();
    QCOMPARE(parts.size(), 5);
    for (const auto& p : parts) QVERIFY(p.toDouble() > 0);
    QVERIFY(j["loader_seconds_per_iteration"].toDouble() > 0);
  }

  // --loader-only times the loader and builds no network; the CPU time its threads used is
  // reported per wall second, in user and kernel mode.
  void benchLoaderOnly() {
    const auto j = benchTrain({"--loader-only", "--set", "data.workers=2"});
    QVERIFY(j["loader_seconds_per_iteration"].toDouble() > 0);
    QCOMPARE(j["workers_per_data_set"].toInt(), 2);
    const auto busy = j["loader_cores_busy"].toObject();
    QVERIFY(busy["user"].toDouble() > 0);
    QVERIFY(busy.contains("kernel"));
    QVERIFY(!j.contains("iterations_per_s"));
    QVERIFY(!j.contains("parts_seconds"));
    // The loader runs on the CPU whatever the device: timing it for a GPU run needs no GPU here.
    QVERIFY(benchTrain({"--loader-only", "--device", "cuda"})["loader_seconds_per_iteration"].toDouble() > 0);
  }

  // f_A's conv biases that BatchNorm cancels: computed on the CPU unless asked to skip them.
  void benchCancelledBias() {
    QCOMPARE(benchTrain({})["cancelled_conv_bias_computed"].toBool(), true);
    QCOMPARE(benchTrain({"--skip-cancelled-bias"})["cancelled_conv_bias_computed"].toBool(), false);
    QCOMPARE(benchTrain({"--keep-cancelled-bias"})["cancelled_conv_bias_computed"].toBool(), true);
    QByteArray out, err;
    QCOMPARE(spact({"bench", "train", "--keep-cancelled-bias", "--skip-cancelled-bias"}, &out, &err), 2);
    QVERIFY2(err.contains("excludes"), err.constData());
  }

  // SPACT_FOLD_NARROW_CONV3D=1 turns the fold on where the CPU has AVX-512; --fold and --no-fold
  // override either. The global --threads sets the intra-op threads (here after the subcommand).
  void benchFoldAndThreadSettings() {
#if defined(__x86_64__)
    const bool avx512 = __builtin_cpu_supports("avx512f");
#else
    const bool avx512 = false;
#endif
    const auto folded = benchTrain({"--fold", "--threads", "3"});
    QCOMPARE(folded["narrow_conv_folding"].toBool(), true);
    QCOMPARE(folded["threads"].toInt(), 3);
    qputenv("SPACT_FOLD_NARROW_CONV3D", "1");
    const bool onByEnvironment = benchTrain({})["narrow_conv_folding"].toBool();
    const bool refused = benchTrain({"--no-fold"})["narrow_conv_folding"].toBool();
    qunsetenv("SPACT_FOLD_NARROW_CONV3D");
    QCOMPARE(onByEnvironment, avx512);
    QCOMPARE(refused, false);
  }

  void badArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    const QStringList data = {"--action-data", kSynth, "--privacy-data", kSynth};
    QTest::newRow("no preset or config") << (QStringList{"train", "--out", "x"} + data) << 2 << "--preset";
    QTest::newRow("unknown key") << (QStringList{"train", "--out", "x", "--preset", "tiny", "--set", "minimax.omgea=2"} + data) << 1
                                 << "minimax.omgea";
    QTest::newRow("impossible value") << (QStringList{"train", "--out", "x", "--preset", "tiny", "--set", "data.frames=-3"} + data) << 1
                                      << "data.frames";
    QTest::newRow("missing data") << QStringList{"train", "--out", "x", "--preset", "tiny", "--action-data", "nowhere", "--privacy-data", kSynth}
                                  << 1 << "nowhere";
    QTest::newRow("empty data folder") << QStringList{"train", "--out", "x", "--preset", "tiny", "--action-data", "empty", "--privacy-data", kSynth}
                                       << 1 << "empty";
    QTest::newRow("broken config") << QStringList{"train", "--out", "x", "--config", "broken.json", "--action-data", kSynth, "--privacy-data", kSynth}
                                   << 1 << "broken.json";
    QTest::newRow("no cuda") << (QStringList{"train", "--out", "x", "--preset", "tiny", "--device", "cuda"} + data) << 1 << "CUDA";
  }
  void badArguments() {
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QDir(dir_.path()).mkpath("empty");
    spact::test::writeFile(path("broken.json"), "{\"preset\": \"tiny\",");
    for (auto& a : args)
      if (a == "x" || a == "nowhere" || a == "empty" || a == "broken.json") a = path(a);
    QByteArray err;
    if (QTest::currentDataTag() == QString("no cuda") && qEnvironmentVariableIsSet("SPACT_HAS_CUDA")) QSKIP("CUDA is usable here");
    QCOMPARE(spact(args, nullptr, &err), status);
    QVERIFY2(err.contains(expected.toUtf8()), err.constData());
    QVERIFY(!QFile::exists(path("x/checkpoints/last.spact")));
  }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
