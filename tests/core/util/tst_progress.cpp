// JobControl: long work polls a stop token and reports progress through a callback that may
// ask to stop by returning false (OBS's "continue?" contract). Progress::fraction for bars.
#include <QtTest>
#include <atomic>
#include <stop_token>
#include <thread>
#include <vector>

#include "util/progress.h"

using namespace spact;

namespace {

// A job as core writes them: a loop that reports each unit and stops when told.
std::int64_t countTo(std::int64_t n, JobControl& job) {
  std::int64_t done = 0;
  for (; done < n; ++done) {
    if (job.stopRequested()) break;
    if (!job.report({"counting", done + 1, n})) {
      ++done;
      break;
    }
  }
  return done;
}

}  // namespace

class TestProgress : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void defaultNeverStops() {
    JobControl job;
    QVERIFY(!job.stopRequested());
    QVERIFY(job.report({"x", 1, 2}));
    QCOMPARE(countTo(50, job), std::int64_t(50));
  }

  void reportReturnsTrueWhileCallbackAgrees() {
    std::vector<Progress> seen;
    std::stop_source source;
    JobControl job(source.get_token(), [&](const Progress& p) {
      seen.push_back(p);
      return true;
    });
    QCOMPARE(countTo(5, job), std::int64_t(5));
    QCOMPARE(seen.size(), std::size_t(5));
    QCOMPARE(QString::fromStdString(seen.back().stage), QString("counting"));
    QCOMPARE(seen.front().done, std::int64_t(1));
    QCOMPARE(seen.back().done, std::int64_t(5));
    QCOMPARE(seen.back().total, std::int64_t(5));
    QVERIFY(!job.stopRequested());
  }

  void stopSourceIsSeen() {
    std::stop_source source;
    int calls = 0;
    JobControl job(source.get_token(), [&](const Progress&) {
      ++calls;
      return true;
    });
    QVERIFY(job.report({}));
    source.request_stop();
    QVERIFY(job.stopRequested());
    QVERIFY(!job.report({}));
    QCOMPARE(calls, 2);  // progress is still delivered; the answer is "stop"
  }

  void stopFromAnotherThread() {
    std::stop_source source;
    std::atomic<std::int64_t> reached{0};
    JobControl job(source.get_token(), [&](const Progress& p) {
      reached = p.done;
      return true;
    });
    std::jthread stopper([&] {
      while (reached.load() < 1000) std::this_thread::yield();
      source.request_stop();
    });
    const std::int64_t done = countTo(std::int64_t(1) << 40, job);
    stopper.join();
    QVERIFY(done >= 1000);
    QVERIFY(done < (std::int64_t(1) << 40));
    QVERIFY(job.stopRequested());
  }

  void callbackReturningFalseStops_data() {
    QTest::addColumn<int>("stopAt");
    QTest::addColumn<int>("total");
    QTest::newRow("first") << 1 << 10;
    QTest::newRow("middle") << 4 << 10;
    QTest::newRow("last") << 10 << 10;
  }

  void callbackReturningFalseStops() {
    QFETCH(int, stopAt);
    QFETCH(int, total);
    int calls = 0;
    JobControl job(std::stop_token{}, [&](const Progress& p) {
      ++calls;
      return p.done < stopAt;
    });
    QCOMPARE(countTo(total, job), std::int64_t(stopAt));
    QCOMPARE(calls, stopAt);
    QVERIFY(job.stopRequested());  // sticky: the job stays stopped
    QVERIFY(!job.report({"more", 0, 0}));
  }

  void fraction_data() {
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("fraction");
    QTest::newRow("start") << qint64(0) << qint64(8) << 0.0;
    QTest::newRow("quarter") << qint64(2) << qint64(8) << 0.25;
    QTest::newRow("done") << qint64(8) << qint64(8) << 1.0;
    QTest::newRow("unknown total") << qint64(5) << qint64(0) << 0.0;
    QTest::newRow("negative total") << qint64(5) << qint64(-1) << 0.0;
    QTest::newRow("large") << (qint64(1) << 40) << (qint64(1) << 41) << 0.5;
  }

  void fraction() {
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(double, fraction);
    const Progress p{"x", done, total};
    QCOMPARE(p.fraction(), fraction);
  }
};

QTEST_APPLESS_MAIN(TestProgress)
#include "tst_progress.moc"
