#include "nn/state.h"

#include <torch/torch.h>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace spact::nn {

namespace {

std::string shapeText(const torch::Tensor& t) {
  std::ostringstream s;
  s << '[';
  for (int64_t i = 0; i < t.dim(); ++i) s << (i ? ", " : "") << t.size(i);
  s << ']';
  return s.str();
}

// "a, b, c and 4 more": error messages stay one readable sentence for any number of keys.
std::string keyList(const std::vector<std::string>& keys) {
  constexpr size_t kShown = 8;
  std::string out;
  for (size_t i = 0; i < keys.size() && i < kShown; ++i) out += (i ? ", " : "") + keys[i];
  if (keys.size() > kShown) out += " and " + std::to_string(keys.size() - kShown) + " more";
  return out;
}

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

bool isBatchCounter(const std::string& key) {
  static const std::string suffix = "num_batches_tracked";
  return key.size() >= suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string stripDataParallelPrefix(const std::string& key) {
  static const std::string prefix = "module.";
  return key.rfind(prefix, 0) == 0 ? key.substr(prefix.size()) : key;
}

NamedTensors stateOf(const torch::nn::Module& module) {
  NamedTensors state;
  // named_modules() walks depth first, the module before its children, as _save_to_state_dict does.
  for (const auto& item : module.named_modules()) {
    const std::string prefix = item.key().empty() ? std::string() : item.key() + ".";
    for (const auto& p : item.value()->named_parameters(/*recurse=*/false))
      if (p.value().defined()) state.emplace_back(prefix + p.key(), p.value().detach());
    for (const auto& b : item.value()->named_buffers(/*recurse=*/false))
      if (b.value().defined()) state.emplace_back(prefix + b.key(), b.value().detach());
  }
  return state;
}

Status loadState(torch::nn::Module& module, const NamedTensors& state, const std::string& sourceName) {
  const NamedTensors target = stateOf(module);
  std::unordered_map<std::string, const torch::Tensor*> source;
  std::vector<std::string> unexpected, missing, mismatched, duplicates;
  for (const auto& [key, tensor] : state) {
    const std::string name = stripDataParallelPrefix(key);
    if (!source.emplace(name, &tensor).second) duplicates.push_back(name);
  }
  std::unordered_map<std::string, bool> wanted;
  for (const auto& [key, tensor] : target) {
    wanted[key] = true;
    auto it = source.find(key);
    if (it == source.end()) {
      // Files from PyTorch before 0.4.1 have no num_batches_tracked; PyTorch loads them with the
      // counter at zero, and so do we (it only matters for BatchNorm with momentum None).
      if (!isBatchCounter(key)) missing.push_back(key);
      continue;
    }
    const torch::Tensor& given = *it->second;
    if (!given.defined() || given.sizes() != tensor.sizes()) {
      mismatched.push_back(key + " is " + (given.defined() ? shapeText(given) : "empty") + ", expected " +
                           shapeText(tensor));
    } else if (given.is_floating_point() != tensor.is_floating_point() || given.is_complex()) {
      mismatched.push_back(key + " is " + std::string(c10::toString(given.scalar_type())) + ", expected " +
                           c10::toString(tensor.scalar_type()));
    }
  }
  for (const auto& [key, tensor] : state)
    if (!wanted.count(stripDataParallelPrefix(key))) unexpected.push_back(key);

  std::vector<std::string> problems;
  if (!missing.empty()) problems.push_back(plural(missing.size(), "missing key") + " (" + keyList(missing) + ")");
  if (!unexpected.empty())
    problems.push_back(plural(unexpected.size(), "unexpected key") + " (" + keyList(unexpected) + ")");
  if (!mismatched.empty())
    problems.push_back(plural(mismatched.size(), "mismatched tensor") + " (" + keyList(mismatched) + ")");
  if (!duplicates.empty())
    problems.push_back(plural(duplicates.size(), "duplicate key") + " (" + keyList(duplicates) + ")");
  if (!problems.empty()) {
    std::string message = sourceName + ": the weights do not fit the network: ";
    for (size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
    return fail(ErrorCode::InvalidInput, message + ".");
  }

  try {
    torch::NoGradGuard noGrad;
    for (const auto& [key, tensor] : target) {
      // `tensor` is a detached view of the module's storage: copying into it sets the parameter.
      torch::Tensor dst = tensor;
      if (auto it = source.find(key); it != source.end())
        dst.copy_(*it->second);
      else
        dst.zero_();
    }
  } catch (const c10::Error& e) {
    return fail(ErrorCode::Internal, sourceName + ": copying the weights failed: " + e.what_without_backtrace());
  }
  return {};
}

int64_t parameterCount(const torch::nn::Module& module) {
  int64_t n = 0;
  for (const auto& p : module.parameters()) n += p.numel();
  return n;
}

}  // namespace spact::nn
