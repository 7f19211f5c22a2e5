// LibTorch's thread settings: one thread can run its tensor operations alone (the loader's
// workers do) while the others keep the process's intra-op threads.
#include <QtTest>

#include <thread>

#include "nn/runtime.h"

using namespace spact::nn;

class TestRuntime : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void oneThreadHereLeavesTheOthersAlone() {
    configureThreads(2);
    const int before = threadCount();
    QCOMPARE(before, 2);
    int inWorker = 0, inOther = 0;
    std::thread worker([&] {
      useOneIntraOpThreadHere();
      inWorker = threadCount();
    });
    worker.join();
    std::thread other([&] { inOther = threadCount(); });
    other.join();
    QCOMPARE(inWorker, 1);
    QCOMPARE(inOther, before);   // a later thread still gets the process's setting
    QCOMPARE(threadCount(), before);  // and so does this one
  }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
