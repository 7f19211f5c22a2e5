// The compare player's controller and engine worker, offscreen, on videos made for the purpose
// (each frame's index is written in it): both sides show the same frame while playing, seeking
// lands on the exact frame, a new method refreshes the anonymized side without stopping
// playback, bad videos and models are reported and the player keeps working, the read-ahead
// cache stays bounded, and the GUI thread stays responsive while the engine is busy.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "compare_controller.h"
#include "frame_index.h"
#include "test_media.h"

using namespace spact;
using namespace spact::studio;
using spact::test::frameIndexIn;
using spact::test::patternDifference;

namespace {

pipeline::AnonymizerConfig method(const char* name) {
  pipeline::AnonymizerConfig config;
  config.method = name;
  return config;
}

pipeline::AnonymizerConfig model(const QString& path, int resolution) {
  pipeline::AnonymizerConfig config;
  config.method = "model";
  config.modelPath = path.toStdString();
  config.resolution = resolution;
  config.batch = 4;
  return config;
}

QString scriptedModel() {
  return qEnvironmentVariable("SPACT_SOURCE_DIR") + "/tests/reference/fixtures/io/scripted_anonymizer.pt";
}

struct Shown {
  qint64 index;
  double seconds;
  QImage original, anonymized;
};

Shown shownAt(const QSignalSpy& spy, qsizetype i) {
  const QList<QVariant>& args = spy.at(i);
  return {args.at(0).toLongLong(), args.at(1).toDouble(), args.at(2).value<QImage>(), args.at(3).value<QImage>()};
}

}  // namespace

class TestCompareController : public QObject {
  Q_OBJECT

 private:
  // Opens `path` and waits until its first frame is shown on both sides.
  bool openAndSettle(const QString& path) {
    QSignalSpy opened(controller_.get(), &CompareController::opened);
    controller_->open(path);
    if (!opened.wait(30000)) return false;
    return QTest::qWaitFor([this] { return controller_->isSettled(); }, 30000);
  }

  bool setMethodAndSettle(const pipeline::AnonymizerConfig& config) {
    QSignalSpy changed(controller_.get(), &CompareController::anonymizerChanged);
    controller_->setAnonymizer(config);
    if (!changed.wait(60000)) return false;
    return QTest::qWaitFor([this] { return controller_->isSettled(); }, 60000);
  }

 private Q_SLOTS:
  void initTestCase() {
    if (test::run("ffmpeg", {"-version"}) != 0) QSKIP("the ffmpeg tool is not installed");
    QVERIFY(dir_.isValid());
    indexed_ = dir_.filePath("indexed.mp4");
    QVERIFY(test::makeVideo(
        indexed_, {.width = 160, .height = 120, .frames = 40, .fps = 25, .audio = false, .pattern = "index"}));
    long_ = dir_.filePath("long.mp4");
    QVERIFY(test::makeVideo(long_, {.width = 160, .height = 120, .frames = 200, .fps = 25, .audio = false}));
    large_ = dir_.filePath("large.mp4");
    QVERIFY(test::makeVideo(large_, {.width = 640, .height = 480, .frames = 50, .fps = 25, .audio = false}));
  }

  void init() {
    controller_ = std::make_unique<CompareController>();
    controller_->setAnonymizer(method("identity"));
    QTRY_VERIFY_WITH_TIMEOUT(!controller_->isAnonymizerPending(), 30000);
    QCOMPARE(controller_->anonymizer().method, std::string("identity"));
  }

  void cleanup() { controller_.reset(); }

  void opensAndShowsTheFirstFrameOnBothSides() {
    QVERIFY(openAndSettle(indexed_));
    QCOMPARE(controller_->frameCount(), qint64(40));
    QCOMPARE(controller_->frameRate(), 25.0);
    const auto& frame = controller_->current();
    QCOMPARE(frame.index, qint64(0));
    QCOMPARE(frame.original.size(), QSize(160, 120));
    QCOMPARE(frame.anonymized.size(), QSize(160, 120));
    QCOMPARE(frameIndexIn(frame.original), qint64(0));
    QCOMPARE(frame.anonymized, frame.original);  // identity
  }

  void playsWithBothSidesOnTheSameFrame() {
    QVERIFY(openAndSettle(indexed_));
    QVERIFY(setMethodAndSettle(method("blur")));
    QSignalSpy shown(controller_.get(), &CompareController::frameShown);
    QSignalSpy playing(controller_.get(), &CompareController::playingChanged);
    controller_->play();
    QVERIFY(controller_->isPlaying());
    // Plays to the end and stops there.
    QTRY_VERIFY_WITH_TIMEOUT(!controller_->isPlaying(), 60000);
    QCOMPARE(controller_->current().index, qint64(39));
    QCOMPARE(shown.size(), qsizetype(39));
    for (qsizetype i = 0; i < shown.size(); ++i) {
      const Shown s = shownAt(shown, i);
      QCOMPARE(s.index, qint64(i + 1));  // no frame skipped, none shown twice
      QCOMPARE(frameIndexIn(s.original), s.index);
      QCOMPARE(frameIndexIn(s.anonymized), s.index);  // the same moment on both sides
      QVERIFY(std::abs(s.seconds - s.index / 25.0) < 1e-3);
      QVERIFY2(patternDifference(s.original, s.anonymized) > 5, "the anonymized side is not blurred");
    }
    QCOMPARE(playing.last().at(0).toBool(), false);
  }

  void seeksToTheExactFrame_data() {
    QTest::addColumn<QList<qint64>>("targets");
    QTest::newRow("forward") << QList<qint64>{17};
    QTest::newRow("last") << QList<qint64>{39};
    QTest::newRow("forward then back") << QList<qint64>{30, 3};
    QTest::newRow("back to the start") << QList<qint64>{25, 0};
    QTest::newRow("past the end clamps") << QList<qint64>{1000};
  }

  void seeksToTheExactFrame() {
    QFETCH(QList<qint64>, targets);
    QVERIFY(openAndSettle(indexed_));
    QVERIFY(setMethodAndSettle(method("pixelate")));
    for (const qint64 target : targets) {
      const qint64 expected = std::min<qint64>(target, 39);
      controller_->seek(target);
      QTRY_VERIFY_WITH_TIMEOUT(controller_->isSettled(), 30000);
      const auto& frame = controller_->current();
      QCOMPARE(frame.index, expected);
      QCOMPARE(frameIndexIn(frame.original), expected);
      QCOMPARE(frameIndexIn(frame.anonymized), expected);
      QVERIFY(std::abs(frame.seconds - expected / 25.0) < 1e-3);
    }
  }

  void seeksByTime_data() {
    QTest::addColumn<double>("seconds");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("on a frame") << 1.0 << qint64(25);
    QTest::newRow("between frames: the next") << 0.5 << qint64(13);
    QTest::newRow("start") << 0.0 << qint64(0);
    QTest::newRow("past the end: the last") << 60.0 << qint64(39);
  }

  void seeksByTime() {
    QFETCH(double, seconds);
    QFETCH(qint64, expected);
    QVERIFY(openAndSettle(indexed_));
    controller_->seek(7);
    QTRY_VERIFY_WITH_TIMEOUT(controller_->isSettled(), 30000);
    controller_->seekToTime(seconds);
    QTRY_VERIFY_WITH_TIMEOUT(controller_->current().index == expected && controller_->isSettled(), 30000);
    QCOMPARE(frameIndexIn(controller_->current().original), expected);
    QCOMPARE(frameIndexIn(controller_->current().anonymized), expected);
  }

  void stepsAndJumps() {
    QVERIFY(openAndSettle(indexed_));
    auto expectShown = [this](qint64 index) {
      return QTest::qWaitFor([&] { return controller_->isSettled() && controller_->current().index == index; }, 30000);
    };
    controller_->step(1);
    QVERIFY(expectShown(1));
    controller_->step(5);
    QVERIFY(expectShown(6));
    controller_->step(-1);
    QVERIFY(expectShown(5));
    controller_->goToEnd();
    QVERIFY(expectShown(39));
    controller_->step(1);  // stays on the last frame
    QVERIFY(expectShown(39));
    controller_->goToStart();
    QVERIFY(expectShown(0));
    controller_->step(-1);
    QVERIFY(expectShown(0));
    QCOMPARE(frameIndexIn(controller_->current().anonymized), qint64(0));
    // Stepping back reads ahead backwards: the frames before are prepared, and the next steps
    // back are immediate.
    controller_->seek(30);
    QVERIFY(expectShown(30));
    controller_->step(-1);
    QVERIFY(expectShown(29));
    // The last step went back, so 30 was read backwards too: 0..30 are there.
    QTRY_COMPARE_WITH_TIMEOUT(controller_->cachedFrames(), 31, 30000);
    for (qint64 i = 28; i >= 20; --i) {
      controller_->step(-1);
      QVERIFY(controller_->isSettled());
      QCOMPARE(frameIndexIn(controller_->current().original), i);
      QCOMPARE(frameIndexIn(controller_->current().anonymized), i);
    }
  }

  void playsBackward() {
    QVERIFY(openAndSettle(indexed_));
    controller_->seek(20);
    QTRY_VERIFY_WITH_TIMEOUT(controller_->isSettled(), 30000);
    QSignalSpy shown(controller_.get(), &CompareController::frameShown);
    controller_->playBackwardFaster();  // J
    QCOMPARE(controller_->direction(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 10, 30000);
    controller_->pause();  // K
    for (qsizetype i = 0; i < shown.size(); ++i) {
      const Shown s = shownAt(shown, i);
      QCOMPARE(s.index, qint64(19 - i));
      QCOMPARE(frameIndexIn(s.original), s.index);
      QCOMPARE(frameIndexIn(s.anonymized), s.index);
    }
  }

  void jklChangeDirectionAndSpeed() {
    QVERIFY(openAndSettle(long_));
    controller_->playForwardFaster();  // L: forwards at 1×
    QVERIFY(controller_->isPlaying());
    QCOMPARE(controller_->direction(), 1);
    QCOMPARE(controller_->speed(), 1.0);
    controller_->playForwardFaster();  // L again: 2×, then 4×, and no further
    QCOMPARE(controller_->speed(), 2.0);
    controller_->playForwardFaster();
    controller_->playForwardFaster();
    QCOMPARE(controller_->speed(), 4.0);
    controller_->pause();  // K
    QVERIFY(!controller_->isPlaying());
    controller_->seek(100);
    controller_->playBackwardFaster();  // J: backwards at 1×
    QCOMPARE(controller_->direction(), -1);
    QCOMPARE(controller_->speed(), 1.0);
    controller_->togglePlay();
    QVERIFY(!controller_->isPlaying());
  }

  void readAheadFillsAndStaysBounded() {
    QVERIFY(openAndSettle(long_));
    const ReadAheadWindow window = controller_->readAhead();
    QCOMPARE(window.ahead, 64);  // small frames: the whole window
    // Paused, the engine prepares the frames ahead of the play head, and then stops.
    QTRY_COMPARE_WITH_TIMEOUT(controller_->cachedFrames(), window.ahead + 1, 30000);
    QTest::qWait(300);
    QCOMPARE(controller_->cachedFrames(), window.ahead + 1);
    // After a jump it holds the window around the new play head, no more.
    controller_->seek(150);
    QTRY_VERIFY_WITH_TIMEOUT(controller_->isSettled(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(controller_->cachedFrames(), 200 - 150, 30000);  // to the end
    controller_->seek(60);
    QTRY_COMPARE_WITH_TIMEOUT(controller_->cachedFrames(), window.ahead + 1, 30000);
    // Frames played stay for a step back: both steps are immediate.
    controller_->step(1);
    QVERIFY(controller_->isSettled());
    QCOMPARE(controller_->current().index, qint64(61));
    controller_->step(-1);
    QVERIFY(controller_->isSettled());
    QCOMPARE(controller_->current().index, qint64(60));
    // Stepping back turns the window round: frames 0..60 are read backwards, 61..76 stay.
    QTRY_COMPARE_WITH_TIMEOUT(controller_->cachedFrames(), 61 + window.behind, 30000);
    QVERIFY(controller_->cachedFrames() <= window.ahead + window.behind + 1);
  }

  void switchingMethodRefreshesTheAnonymizedSideWhilePlaying() {
    QVERIFY(openAndSettle(indexed_));
    controller_->setSpeed(0.5);  // 20 frames a second: a long enough run to switch inside
    QSignalSpy shown(controller_.get(), &CompareController::frameShown);
    controller_->play();
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 3, 30000);
    const qint64 before = controller_->current().index;
    QCOMPARE(controller_->current().anonymized, controller_->current().original);  // identity so far

    QSignalSpy changed(controller_.get(), &CompareController::anonymizerChanged);
    controller_->setAnonymizer(method("blur"));
    QVERIFY(changed.wait(30000));
    const qsizetype from = shown.size();
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= from + 3, 30000);
    QVERIFY2(controller_->isPlaying(), "changing the method stopped playback");
    for (qsizetype i = from; i < shown.size(); ++i) {
      const Shown s = shownAt(shown, i);
      QVERIFY(s.index >= before);  // playback went on; it did not restart
      QCOMPARE(frameIndexIn(s.original), s.index);
      QCOMPARE(frameIndexIn(s.anonymized), s.index);
      QVERIFY2(patternDifference(s.original, s.anonymized) > 5, "a frame of the old method was shown");
    }
  }

  void switchingMethodWhilePausedRefreshesTheShownFrame() {
    QVERIFY(openAndSettle(indexed_));
    controller_->seek(12);
    QTRY_VERIFY_WITH_TIMEOUT(controller_->isSettled(), 30000);
    const QImage original = controller_->current().original;
    QCOMPARE(controller_->current().anonymized, original);
    QSignalSpy shown(controller_.get(), &CompareController::frameShown);
    controller_->setAnonymizer(method("downsample"));
    QVERIFY(shown.wait(30000));
    const Shown s = shownAt(shown, 0);
    QCOMPARE(s.index, qint64(12));
    QCOMPARE(s.original, original);  // the original side stays
    QVERIFY(patternDifference(s.original, s.anonymized) > 5);
    QCOMPARE(controller_->anonymizer().method, std::string("downsample"));
  }

  void loadsAModelAndRefreshesOnANewResolution() {
    QVERIFY(openAndSettle(indexed_));
    QVERIFY(setMethodAndSettle(model(scriptedModel(), 112)));
    const QImage at112 = controller_->current().anonymized;
    QCOMPARE(at112.size(), QSize(160, 120));
    QVERIFY(patternDifference(controller_->current().original, at112) > 1);
    QSignalSpy shown(controller_.get(), &CompareController::frameShown);
    QVERIFY(setMethodAndSettle(model(scriptedModel(), 0)));  // full resolution
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shownAt(shown, 0).index, qint64(0));
    QVERIFY2(controller_->current().anonymized != at112, "the new resolution did not refresh the picture");
    QCOMPARE(controller_->anonymizer().resolution, 0);
  }

  void badModelIsReportedAndTheMethodStays_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::newRow("not a model") << QByteArray("not a model at all\n") << true;
    QTest::newRow("zero bytes") << QByteArray() << true;
    QTest::newRow("missing") << QByteArray() << false;
  }

  void badModelIsReportedAndTheMethodStays() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QVERIFY(openAndSettle(indexed_));
    QVERIFY(setMethodAndSettle(method("blur")));
    const QString bad = dir_.filePath(QString("bad-%1.pt").arg(QTest::currentDataTag()).replace(' ', '-'));
    if (create) test::writeFile(bad, bytes);
    QSignalSpy failed(controller_.get(), &CompareController::anonymizerFailed);
    QSignalSpy shown(controller_.get(), &CompareController::frameShown);
    controller_->setSpeed(0.5);
    controller_->play();
    controller_->setAnonymizer(model(bad, 112));
    QVERIFY(failed.wait(30000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QFileInfo(bad).fileName()), qPrintable(message));
    QCOMPARE(controller_->anonymizer().method, std::string("blur"));
    QVERIFY(!controller_->isAnonymizerPending());
    // Playback goes on with the method in force.
    const qsizetype from = shown.size();
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= from + 2, 30000);
    QVERIFY(controller_->isPlaying());
    const Shown s = shownAt(shown, shown.size() - 1);
    QCOMPARE(frameIndexIn(s.anonymized), s.index);
    QVERIFY(patternDifference(s.original, s.anonymized) > 5);
  }

  void badVideoIsReportedAndThePlayerKeepsWorking_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::newRow("not a video") << QByteArray("just some text\n") << true;
    QTest::newRow("zero bytes") << QByteArray() << true;
    QTest::newRow("missing") << QByteArray() << false;
  }

  void badVideoIsReportedAndThePlayerKeepsWorking() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QVERIFY(openAndSettle(indexed_));
    controller_->seek(9);
    QTRY_VERIFY_WITH_TIMEOUT(controller_->isSettled(), 30000);
    const QString bad = dir_.filePath(QString("bad-%1.mp4").arg(QTest::currentDataTag()).replace(' ', '-'));
    if (create) test::writeFile(bad, bytes);
    QSignalSpy failed(controller_.get(), &CompareController::openFailed);
    controller_->open(bad);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().at(0).toString(), bad);
    QVERIFY2(failed.first().at(1).toString().contains(QFileInfo(bad).fileName()),
             qPrintable(failed.first().at(1).toString()));
    // The video shown stays, and plays.
    QCOMPARE(controller_->path(), indexed_);
    QCOMPARE(controller_->current().index, qint64(9));
    controller_->seek(33);
    QTRY_VERIFY_WITH_TIMEOUT(controller_->isSettled() && controller_->current().index == 33, 30000);
    QCOMPARE(frameIndexIn(controller_->current().original), qint64(33));
    // And a good video opens after it.
    QVERIFY(openAndSettle(long_));
    QCOMPARE(controller_->frameCount(), qint64(200));
  }

  // Matroska keeps its index at the end: cut short, the file still opens, its header's duration
  // promises more frames than there are, and playing finds the end early.
  void truncatedVideoPlaysWhatItHas() {
    const QString source = dir_.filePath("long.mkv");
    QVERIFY(test::makeVideo(
        source, {.width = 160, .height = 120, .frames = 100, .fps = 25, .audio = false, .container = "matroska"}));
    const QString truncated = dir_.filePath("truncated.mkv");
    QFile whole(source);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    test::writeFile(truncated, whole.readAll().left(int(whole.size() * 2 / 3)));
    QSignalSpy opened(controller_.get(), &CompareController::opened);
    QSignalSpy failed(controller_.get(), &CompareController::openFailed);
    QSignalSpy engineFailed(controller_.get(), &CompareController::engineFailed);
    controller_->open(truncated);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 30000);
    if (!failed.isEmpty()) {  // refused with a message: fine too
      qInfo("refused: %s", qPrintable(failed.first().at(1).toString()));
      return;
    }
    QSignalSpy counted(controller_.get(), &CompareController::frameCountChanged);
    controller_->setSpeed(4);
    controller_->play();
    // It ends (at the last frame it could decode) or stops with a message; it never hangs.
    QTRY_VERIFY_WITH_TIMEOUT(!controller_->isPlaying(), 60000);
    QVERIFY(controller_->current().index >= 0);
    qInfo("opened with %lld frames, played to frame %lld (frame count corrected %lld times)",
          static_cast<long long>(opened.first().at(1).toLongLong()),
          static_cast<long long>(controller_->current().index), static_cast<long long>(counted.size()));
    if (engineFailed.isEmpty()) QCOMPARE(controller_->current().index, controller_->frameCount() - 1);
    QVERIFY(engineFailed.isEmpty() || !engineFailed.first().first().toString().isEmpty());
  }

  // The engine anonymizes 640×480 frames at full resolution with a network while the GUI thread
  // plays: a 10 ms timer on the GUI thread must keep firing. A responsiveness check with a
  // generous bound, not a benchmark.
  void eventLoopStaysResponsiveWhileTheEngineIsBusy() {
    QVERIFY(openAndSettle(large_));
    QVERIFY(setMethodAndSettle(model(scriptedModel(), 0)));
    QSignalSpy shown(controller_.get(), &CompareController::frameShown);
    QElapsedTimer clock;
    qint64 last = 0, maxGap = 0, ticks = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
      const qint64 now = clock.elapsed();
      maxGap = std::max(maxGap, now - last);
      last = now;
      ++ticks;
    });
    controller_->setSpeed(4);  // ask for more than the engine can do: it is busy all the time
    controller_->play();
    clock.start();
    probe.start(10);
    QTest::qWait(3000);
    probe.stop();
    controller_->pause();
    qInfo("GUI thread: %lld ticks, longest gap %lld ms; %lld frames shown, %lld waits for the engine", ticks, maxGap,
          static_cast<long long>(shown.size()), controller_->stalls());
    QVERIFY2(!shown.isEmpty(), "the engine produced nothing");
    QVERIFY2(maxGap < 250, qPrintable(QString("the GUI thread was blocked for %1 ms").arg(maxGap)));
    // Slower than real time, playback waits: no frame is skipped and each is shown whole.
    for (qsizetype i = 0; i < shown.size(); ++i) {
      QCOMPARE(shownAt(shown, i).index, qint64(i + 1));
      QCOMPARE(shownAt(shown, i).anonymized.size(), QSize(640, 480));
    }
  }

 private:
  QTemporaryDir dir_;
  QString indexed_, long_, large_;
  std::unique_ptr<CompareController> controller_;
};

QTEST_MAIN(TestCompareController)
#include "tst_compare_controller.moc"
