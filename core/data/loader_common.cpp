#include "data/loader_common.h"

#include <torch/torch.h>

#include <cstdlib>
#include <numeric>

#include "data/quoted.h"
#include "data/sample_rng.h"
#include "util/log.h"

namespace spact::data {

EpochOrder::Epoch EpochOrder::of(std::int64_t epoch) const {
  const std::int64_t key = shuffle_ ? epoch : 0;  // unshuffled, every epoch is the same
  std::lock_guard lock(mutex_);
  if (auto found = recent_.find(key); found != recent_.end()) return Epoch(found->second);
  auto order = std::make_shared<std::vector<std::size_t>>(std::max<std::size_t>(1, items_));
  std::iota(order->begin(), order->end(), std::size_t{0});
  if (shuffle_) {
    // Fisher–Yates with the epoch's own generator (position −1: no sample uses it).
    SampleRng rng(seed_, epoch, -1, /*stream=*/0x5348554646ULL);
    for (std::size_t i = order->size(); i > 1; --i)
      std::swap((*order)[i - 1], (*order)[static_cast<std::size_t>(rng.below(static_cast<std::int64_t>(i)))]);
  }
  recent_.emplace(key, order);
  while (recent_.size() > 3) {  // keep the epochs nearest this one (a seek may go back)
    auto farthest = recent_.begin();
    for (auto it = recent_.begin(); it != recent_.end(); ++it)
      if (std::abs(it->first - key) > std::abs(farthest->first - key)) farthest = it;
    recent_.erase(farthest);
  }
  return Epoch(std::move(order));
}

std::int64_t batchesFor(std::int64_t samples, const LoaderOptions& options) {
  const std::int64_t b = std::max(1, options.batch);
  if (samples <= 0) return 0;
  if (options.train && options.dropLast) return std::max<std::int64_t>(1, samples / b);
  return (samples + b - 1) / b;
}

void SkipLog::note(std::size_t item, const std::string& name, const Error& error) {
  bool first = false;
  {
    std::lock_guard lock(mutex_);
    first = items_.insert(item).second;
    last_ = error;
  }
  if (!first) return;
  // Errors usually begin by naming their file; say it once.
  const std::string prefix = inQuotes(name) + " ";
  const std::string& m = error.message;
  log::get("data")->warn("Skipping '{}': {}", name, m.starts_with(prefix) ? m.substr(prefix.size()) : m);
}

std::int64_t SkipLog::count() const {
  std::lock_guard lock(mutex_);
  return static_cast<std::int64_t>(items_.size());
}

Error SkipLog::last() const {
  std::lock_guard lock(mutex_);
  return last_;
}

Error nothingReadable(const std::string& what, std::size_t items, const std::string& example, const Error& last) {
  if (items == 0) return Error{ErrorCode::InvalidInput, "The data set given to the loader holds no " + what + "."};
  return Error{ErrorCode::InvalidInput, "None of the " + std::to_string(items) + " " + what +
                                            " of the data set holding '" + example +
                                            "' could be read; the last error was: " + last.message};
}

torch::Tensor int64Tensor(const std::vector<std::int64_t>& values) {
  return torch::tensor(values, torch::kInt64).view({static_cast<std::int64_t>(values.size())});
}

torch::Tensor attributeTensor(const std::vector<std::vector<float>>& rows, std::size_t k) {
  torch::Tensor t = torch::zeros({static_cast<std::int64_t>(rows.size()), static_cast<std::int64_t>(k)});
  auto a = t.accessor<float, 2>();
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t j = 0; j < std::min(k, rows[i].size()); ++j)
      a[static_cast<std::int64_t>(i)][static_cast<std::int64_t>(j)] = rows[i][j];
  return t;
}

}  // namespace spact::data
