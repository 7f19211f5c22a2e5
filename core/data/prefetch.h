#pragma once
// Makes batches on worker threads, ahead of the consumer and in order: workers take batch numbers
// from a shared cursor, no more than `prefetch` ahead of the one the consumer waits for, and put
// what they made into a reorder buffer keyed by (epoch, batch). Which worker makes which batch
// never matters, because a batch is a pure function of (epoch, batch number). A training loader's
// workers go on into the next epoch while the consumer takes the last batches of this one, so an
// epoch's first batch is waiting when it is asked for; seeking to where the consumer stands next
// keeps what was made. With 0 workers the consumer's thread makes each batch when asked (simple,
// for tests and debugging).
#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "data/loader.h"
#include "nn/runtime.h"
#include "util/result.h"

namespace spact::data {

template <class Batch>
class PrefetchEngine {
 public:
  // Made batch: a batch, nullopt when every sample in it was unreadable, or an error.
  using Made = Result<std::optional<Batch>>;
  using Make = std::function<Made(std::int64_t epoch, std::int64_t batch)>;

  PrefetchEngine(Make make, int workers, int prefetch, bool acrossEpochs)
      : make_(std::move(make)),
        workers_(std::max(0, workers)),
        prefetch_(std::max({1, prefetch, workers})),
        acrossEpochs_(acrossEpochs) {}
  ~PrefetchEngine() { stopWorkers(); }
  PrefetchEngine(const PrefetchEngine&) = delete;
  PrefetchEngine& operator=(const PrefetchEngine&) = delete;

  // Makes `position` the next batch, of an epoch of `batches` batches. Batches already made from
  // there on are kept -- the next epoch's start, sought once this one is over, or where the
  // consumer already stands -- else the workers stop and what they made is dropped. Workers start
  // on the first pop(), so a seek right after construction wastes nothing.
  void seek(LoaderPosition position, std::int64_t batches) {
    {
      std::lock_guard lock(mutex_);
      const bool here = position.epoch == epoch_ && position.batch == nextGive_;
      const bool nextEpoch = acrossEpochs_ && position.epoch == epoch_ + 1 && position.batch == 0 && nextGive_ >= end_;
      if (batches == end_ && (here || nextEpoch)) {
        epoch_ = position.epoch;
        nextGive_ = position.batch;
        return;
      }
    }
    stopWorkers();
    std::lock_guard lock(mutex_);
    epoch_ = makeEpoch_ = position.epoch;
    nextGive_ = nextMake_ = position.batch;
    end_ = batches;
    ready_.clear();
  }

  LoaderPosition position() const {
    std::lock_guard lock(mutex_);
    return {epoch_, nextGive_};
  }

  // The next batch in order; nullopt once the epoch is over.
  std::optional<Made> pop() {
    std::unique_lock lock(mutex_);
    if (nextGive_ >= end_) return std::nullopt;
    if (workers_ == 0) {
      const std::int64_t b = nextGive_++;
      const std::int64_t e = epoch_;
      lock.unlock();
      return makeSafely(e, b);
    }
    if (threads_.empty()) {
      lock.unlock();
      startWorkers();
      lock.lock();
    }
    const Key key{epoch_, nextGive_};
    changed_.wait(lock, [&] { return ready_.contains(key); });
    auto node = ready_.extract(key);
    ++nextGive_;
    changed_.notify_all();  // a worker may now run one batch further ahead
    return std::move(node.mapped());
  }

 private:
  Made makeSafely(std::int64_t epoch, std::int64_t batch) {
    // No exception crosses a thread: whatever a torch op throws becomes an error value.
    try {
      return make_(epoch, batch);
    } catch (const std::exception& e) {
      return fail(ErrorCode::Internal, std::string("Making a batch failed: ") + e.what());
    }
  }

  void startWorkers() {
    for (int i = 0; i < workers_; ++i) threads_.emplace_back([this] { work(); });
  }

  void stopWorkers() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    threads_.clear();  // jthread joins
    std::lock_guard lock(mutex_);
    stop_ = false;
  }

  // Batches made or being made beyond the one the consumer waits for.
  std::int64_t ahead() const { return (makeEpoch_ - epoch_) * end_ + nextMake_ - nextGive_; }
  // Nothing left for a worker to make.
  bool finished() const { return end_ == 0 || (!acrossEpochs_ && nextMake_ >= end_); }

  void work() {
    // The workers are the parallelism: a batch's tensor operations run on its worker alone.
    nn::useIntraOpThreadsHere(1);
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [this] { return stop_ || finished() || ahead() < prefetch_; });
      if (stop_ || finished()) return;
      if (nextMake_ >= end_) {  // on into the next epoch
        ++makeEpoch_;
        nextMake_ = 0;
      }
      const Key key{makeEpoch_, nextMake_++};
      lock.unlock();
      Made made = makeSafely(key.first, key.second);
      lock.lock();
      if (stop_) return;
      ready_.emplace(key, std::move(made));
      changed_.notify_all();
    }
  }

  using Key = std::pair<std::int64_t, std::int64_t>;  // (epoch, batch)

  Make make_;
  const int workers_;
  const int prefetch_;
  const bool acrossEpochs_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::int64_t epoch_ = 0, nextGive_ = 0, end_ = 0;  // the consumer's epoch and batch; batches per epoch
  std::int64_t makeEpoch_ = 0, nextMake_ = 0;        // the next batch a worker takes
  bool stop_ = false;
  std::map<Key, Made> ready_;
  std::vector<std::jthread> threads_;  // last member: joined before the state it uses is destroyed
};

}  // namespace spact::data
