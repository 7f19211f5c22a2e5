#pragma once
// Makes the batches of one epoch on worker threads, ahead of the consumer and in order: workers
// take batch numbers from a shared counter, no more than `prefetch` ahead of the one the consumer
// waits for, and put what they made into a reorder buffer keyed by batch number. Which worker
// makes which batch never matters, because a batch is a pure function of (epoch, batch number).
// With 0 workers the consumer's thread makes each batch when asked (simple, for tests and debugging).
#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
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

  PrefetchEngine(Make make, int workers, int prefetch)
      : make_(std::move(make)), workers_(std::max(0, workers)), prefetch_(std::max({1, prefetch, workers})) {}
  ~PrefetchEngine() { stopWorkers(); }
  PrefetchEngine(const PrefetchEngine&) = delete;
  PrefetchEngine& operator=(const PrefetchEngine&) = delete;

  // Stops the workers and makes `position` the next batch of an epoch of `batches` batches.
  // Workers start on the first pop(), so a seek right after construction wastes nothing.
  void seek(LoaderPosition position, std::int64_t batches) {
    stopWorkers();
    std::lock_guard lock(mutex_);
    epoch_ = position.epoch;
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
    changed_.wait(lock, [this] { return ready_.contains(nextGive_); });
    auto node = ready_.extract(nextGive_);
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

  void work() {
    // The workers are the parallelism: a batch's tensor operations run on its worker alone.
    nn::useIntraOpThreadsHere(1);
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [this] { return stop_ || nextMake_ >= end_ || nextMake_ < nextGive_ + prefetch_; });
      if (stop_ || nextMake_ >= end_) return;
      const std::int64_t b = nextMake_++;
      const std::int64_t e = epoch_;
      lock.unlock();
      Made made = makeSafely(e, b);
      lock.lock();
      if (stop_) return;
      ready_.emplace(b, std::move(made));
      changed_.notify_all();
    }
  }

  Make make_;
  const int workers_;
  const int prefetch_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::int64_t epoch_ = 0, nextGive_ = 0, nextMake_ = 0, end_ = 0;
  bool stop_ = false;
  std::map<std::int64_t, Made> ready_;
  std::vector<std::jthread> threads_;  // last member: joined before the state it uses is destroyed
};

}  // namespace spact::data
