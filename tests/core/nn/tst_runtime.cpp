// LibTorch's process settings: one thread can run its tensor operations alone (the loader's
// workers do) while the others keep the process's intra-op threads; freed memory stays with the
// process.
#include <QtTest>

#include <cstdlib>
#include <cstring>
#include <thread>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

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
      useIntraOpThreadsHere(1);
      inWorker = threadCount();
    });
    worker.join();
    std::thread other([&] { inOther = threadCount(); });
    other.join();
    QCOMPARE(inWorker, 1);
    QCOMPARE(inOther, before);   // a later thread still gets the process's setting
    QCOMPARE(threadCount(), before);  // and so does this one
  }

  // A block the size of a training step's activation comes from the heap, not from mmap, and
  // freeing it leaves the heap as large as it was: the next step reuses those pages.
  void freedMemoryStaysWithTheProcess() {
#if defined(__GLIBC__)
    keepFreedMemory();
    const std::size_t bytes = std::size_t{4} << 20;
    const auto before = mallinfo2();
    void* block = std::malloc(bytes);
    QVERIFY(block);
    std::memset(block, 1, bytes);
    const auto during = mallinfo2();
    QCOMPARE(during.hblkhd, before.hblkhd);  // not mapped on its own (glibc's default above 128 KiB)
    QVERIFY(during.arena >= before.arena + bytes || during.fordblks + bytes <= before.fordblks);
    std::free(block);
    const auto after = mallinfo2();
    QCOMPARE(after.arena, during.arena);  // not trimmed (glibc's default: above 128 KiB free)
#else
    QSKIP("glibc's allocator only");
#endif
  }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
