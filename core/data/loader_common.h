#pragma once
// What the action and image loaders share: the epoch's sample order, the batch count, and the
// record of unreadable items (logged once each, counted).
#include <torch/types.h>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "data/loader.h"
#include "util/result.h"

namespace spact::data {

// Sample `position` of an epoch → the item it reads. Training shuffles the items with a
// permutation drawn from (seed, epoch); positions past the end of a short set go round again.
// Any thread may ask for any epoch: loaders make the next epoch's first batches while the
// consumer still takes the last ones of this one.
class EpochOrder {
 public:
  // One epoch's order.
  class Epoch {
   public:
    std::size_t item(std::int64_t position) const { return (*order_)[static_cast<std::size_t>(position) % order_->size()]; }

   private:
    friend class EpochOrder;
    explicit Epoch(std::shared_ptr<const std::vector<std::size_t>> order) : order_(std::move(order)) {}
    std::shared_ptr<const std::vector<std::size_t>> order_;
  };

  EpochOrder(std::size_t items, bool shuffle, std::uint64_t seed) : items_(items), shuffle_(shuffle), seed_(seed) {}
  Epoch of(std::int64_t epoch) const;
  std::size_t items() const { return items_; }

 private:
  std::size_t items_;
  bool shuffle_;
  std::uint64_t seed_;
  mutable std::mutex mutex_;
  mutable std::map<std::int64_t, std::shared_ptr<const std::vector<std::size_t>>> recent_;  // a few epochs'
};

// Batches in an epoch of `samples` samples. Training drops an incomplete last batch (when asked)
// but never makes an epoch empty: a set smaller than one batch fills one batch by going round.
std::int64_t batchesFor(std::int64_t samples, const LoaderOptions& options);

class SkipLog {
 public:
  // Records that `item` could not be read; warns on the "data" logger the first time only.
  void note(std::size_t item, const std::string& name, const Error& error);
  std::int64_t count() const;
  Error last() const;

 private:
  mutable std::mutex mutex_;
  std::set<std::size_t> items_;
  Error last_;
};

// The error for a set none of whose items could be read (or that holds none).
Error nothingReadable(const std::string& what, std::size_t items, const std::string& example, const Error& last);

// Whether an epoch begun at its first batch gave anything: one where every item was unreadable
// is an error, not an empty epoch.
struct EpochWatch {
  bool fromStart = true;
  bool gaveAny = false;
  void seek(const LoaderPosition& p) {
    fromStart = p.batch == 0;
    gaveAny = false;
  }
  bool nothingRead() const { return fromStart && !gaveAny; }
};

// (N) int64 and (N, K) float32 tensors from per-sample values.
torch::Tensor int64Tensor(const std::vector<std::int64_t>& values);
torch::Tensor attributeTensor(const std::vector<std::vector<float>>& rows, std::size_t k);

}  // namespace spact::data
