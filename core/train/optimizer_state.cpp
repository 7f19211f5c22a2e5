#include "train/optimizer_state.h"

#include <c10/util/string_utils.h>
#include <fmt/format.h>

#include <map>

namespace spact::train {

namespace {

const std::vector<torch::Tensor>& params(const torch::optim::Adam& optimizer) {
  return optimizer.param_groups().at(0).params();
}

}  // namespace

// The TensorImpl's address: as a string up to LibTorch 1.13 (Debian's), the pointer itself from 2.0.
AdamStateKey adamStateKey(const torch::Tensor& param) {
#if TORCH_VERSION_MAJOR >= 2
  return param.unsafeGetTensorImpl();
#else
  return c10::guts::to_string(param.unsafeGetTensorImpl());
#endif
}

nn::NamedTensors adamState(const torch::optim::Adam& optimizer) {
  nn::NamedTensors out;
  const auto& all = params(optimizer);
  for (std::size_t i = 0; i < all.size(); ++i) {
    auto it = optimizer.state().find(adamStateKey(all[i]));
    if (it == optimizer.state().end()) continue;
    const auto& s = static_cast<const torch::optim::AdamParamState&>(*it->second);
    out.emplace_back(fmt::format("{}.step", i), torch::tensor({s.step()}, torch::kInt64));
    out.emplace_back(fmt::format("{}.exp_avg", i), s.exp_avg().detach().to(torch::kCPU).clone());
    out.emplace_back(fmt::format("{}.exp_avg_sq", i), s.exp_avg_sq().detach().to(torch::kCPU).clone());
  }
  return out;
}

Status loadAdamState(torch::optim::Adam& optimizer, const nn::NamedTensors& state, const std::string& source) {
  const auto& all = params(optimizer);
  struct Entry {
    torch::Tensor step, avg, avgSq;
  };
  std::map<std::size_t, Entry> entries;
  for (const auto& [key, tensor] : state) {
    const auto dot = key.find('.');
    std::size_t index = 0;
    try {
      index = std::stoul(key.substr(0, dot));
    } catch (const std::exception&) {
      return fail(ErrorCode::InvalidInput, source + ": optimizer state key '" + key + "' is not '<index>.<name>'.");
    }
    if (dot == std::string::npos || index >= all.size())
      return fail(ErrorCode::InvalidInput,
                  fmt::format("{}: optimizer state '{}' names parameter {}, but the network has {}.", source, key, index, all.size()));
    const std::string name = key.substr(dot + 1);
    Entry& e = entries[index];
    if (name == "step") e.step = tensor;
    else if (name == "exp_avg") e.avg = tensor;
    else if (name == "exp_avg_sq") e.avgSq = tensor;
    else return fail(ErrorCode::InvalidInput, source + ": unknown optimizer state '" + key + "'.");
  }
  for (const auto& [index, e] : entries) {
    if (!e.step.defined() || !e.avg.defined() || !e.avgSq.defined() || e.step.numel() != 1)
      return fail(ErrorCode::InvalidInput, fmt::format("{}: optimizer state of parameter {} is incomplete.", source, index));
    if (e.avg.sizes() != all[index].sizes() || e.avgSq.sizes() != all[index].sizes())
      return fail(ErrorCode::InvalidInput, fmt::format("{}: optimizer state of parameter {} has shape {}, the parameter {}.",
                                                       source, index, fmt::join(e.avg.sizes(), "×"),
                                                       fmt::join(all[index].sizes(), "×")));
  }
  auto& live = optimizer.state();
  for (const auto& p : all) live.erase(adamStateKey(p));
  for (const auto& [index, e] : entries) {
    const auto& p = all[index];
    auto s = std::make_unique<torch::optim::AdamParamState>();
    s->step(e.step.to(torch::kCPU).item<std::int64_t>());
    s->exp_avg(e.avg.to(p.options()).clone());
    s->exp_avg_sq(e.avgSq.to(p.options()).clone());
    live[adamStateKey(p)] = std::move(s);
  }
  return {};
}

}  // namespace spact::train
