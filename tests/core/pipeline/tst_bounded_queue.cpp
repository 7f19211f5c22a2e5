// The queue between the export's threads: order kept, a full queue holds the producer back,
// close() ends a blocked push and, once drained, a blocked pop.
#include <QtTest>
#include <atomic>
#include <thread>

#include "pipeline/bounded_queue.h"

using spact::pipeline::BoundedQueue;

class TestBoundedQueue : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void keepsOrderAcrossThreads() {
    BoundedQueue<int> queue(2);
    std::atomic<bool> allPushed{true};  // QTest's macros belong to the test's thread
    std::thread producer([&] {
      for (int i = 0; i < 1000; ++i)
        if (!queue.push(i)) allPushed = false;
      queue.close();
    });
    int expected = 0;
    while (auto item = queue.pop()) QCOMPARE(*item, expected++);
    producer.join();
    QVERIFY(allPushed.load());
    QCOMPARE(expected, 1000);
  }

  void fullQueueBlocksUntilClosed() {
    BoundedQueue<int> queue(1);
    QVERIFY(queue.push(1));
    std::atomic<int> pushed{-1};
    std::thread producer([&] { pushed = queue.push(2) ? 1 : 0; });
    QTest::qWait(50);
    QCOMPARE(pushed.load(), -1);  // still waiting for room
    queue.close();
    producer.join();
    QCOMPARE(pushed.load(), 0);
    QCOMPARE(queue.pop().value_or(-1), 1);  // what was queued before close() is still delivered
    QVERIFY(!queue.pop().has_value());
  }

  void closeWakesAnEmptyPop() {
    BoundedQueue<int> queue(2);
    std::atomic<int> got{-1};
    std::thread consumer([&] { got = queue.pop().has_value() ? 1 : 0; });
    QTest::qWait(20);
    QCOMPARE(got.load(), -1);
    queue.close();
    consumer.join();
    QCOMPARE(got.load(), 0);
  }
};

QTEST_GUILESS_MAIN(TestBoundedQueue)
#include "tst_bounded_queue.moc"
