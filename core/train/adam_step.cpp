#include "train/adam_step.h"

#include <torch/torch.h>

#include <cmath>
#include <map>

#include "train/optimizer_state.h"

namespace spact::train {

namespace {

struct Slice {
  std::vector<torch::Tensor> params, grads, avgs, avgSqs;
};

}  // namespace

void adamStep(torch::optim::Adam& optimizer) {
  torch::NoGradGuard noGrad;
  for (auto& group : optimizer.param_groups()) {
    auto& o = static_cast<torch::optim::AdamOptions&>(group.options());
    if (o.amsgrad()) {
      optimizer.step();
      return;
    }
    // Parameters that missed a step (no gradient) have fewer steps: one slice per step count.
    std::map<std::int64_t, Slice> slices;
    for (auto& p : group.params()) {
      if (!p.grad().defined()) continue;
      auto& slot = optimizer.state()[adamStateKey(p)];
      if (!slot) {
        auto s = std::make_unique<torch::optim::AdamParamState>();
        s->step(0);
        s->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        s->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        slot = std::move(s);
      }
      auto& s = static_cast<torch::optim::AdamParamState&>(*slot);
      s.step(s.step() + 1);
      Slice& slice = slices[s.step()];
      slice.params.push_back(p);
      slice.grads.push_back(p.grad());
      slice.avgs.push_back(s.exp_avg());
      slice.avgSqs.push_back(s.exp_avg_sq());
    }
    const double beta1 = std::get<0>(o.betas()), beta2 = std::get<1>(o.betas());
    for (auto& [step, s] : slices) {
      const double correction1 = 1 - std::pow(beta1, static_cast<double>(step));
      const double correction2 = 1 - std::pow(beta2, static_cast<double>(step));
      auto grads = o.weight_decay() != 0 ? at::_foreach_add(s.grads, s.params, o.weight_decay()) : s.grads;
      at::_foreach_mul_(s.avgs, beta1);
      at::_foreach_add_(s.avgs, grads, 1 - beta1);
      at::_foreach_mul_(s.avgSqs, beta2);
      at::_foreach_addcmul_(s.avgSqs, grads, grads, 1 - beta2);
      auto denom = at::_foreach_sqrt(s.avgSqs);
      at::_foreach_div_(denom, std::sqrt(correction2));
      at::_foreach_add_(denom, o.eps());
      at::_foreach_addcdiv_(s.params, s.avgs, denom, -o.lr() / correction1);
    }
  }
}

}  // namespace spact::train
