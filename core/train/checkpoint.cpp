#include "train/checkpoint.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/core/Generator.h>

#include <bit>

#include "nn/state.h"
#include "train/optimizer_state.h"

namespace spact::train {

namespace {

struct Slot {
  nn::NetworkKind kind;
  nn::Network Nets::*net;
  std::unique_ptr<torch::optim::Adam> Optimizers::*optimizer;
};
constexpr Slot kSlots[] = {
    {nn::NetworkKind::Anonymizer, &Nets::anonymizer, &Optimizers::anonymizer},
    {nn::NetworkKind::Action, &Nets::action, &Optimizers::action},
    {nn::NetworkKind::Privacy, &Nets::privacy, &Optimizers::privacy},
    {nn::NetworkKind::Attributes, &Nets::attributes, &Optimizers::attributes},
};

nn::NamedTensors cpuCopy(const nn::NamedTensors& state) {
  nn::NamedTensors out;
  out.reserve(state.size());
  for (const auto& [k, t] : state) out.emplace_back(k, t.detach().to(torch::kCPU).clone());
  return out;
}

}  // namespace

const char* phaseName(Phase phase) {
  switch (phase) {
    case Phase::InitAnonymizer: return "init_anonymizer";
    case Phase::InitAction: return "init_action";
    case Phase::InitPrivacy: return "init_privacy";
    case Phase::InitAttributes: return "init_attributes";
    case Phase::Minimax: return "minimax";
    case Phase::Done: return "done";
  }
  return "?";
}

nn::io::ModelBundle makeBundle(const Nets& nets, const Optimizers& optimizers, const Cursor& cursor,
                               config::Json card) {
  nn::io::ModelBundle b;
  for (const auto& slot : kSlots) {
    const auto& net = nets.*slot.net;
    b.networks.push_back({slot.kind, net.spec, cpuCopy(nn::stateOf(net.base()))});
    if (const auto& opt = optimizers.*slot.optimizer) b.optimizers.emplace_back(nn::kindName(slot.kind), adamState(*opt));
  }
  b.counters = {{"phase", static_cast<std::int64_t>(cursor.phase)},
                {"epoch", cursor.epoch},
                {"batch", cursor.batch},
                {"step", cursor.step},
                {"privacy_epoch", cursor.privacyEpoch},
                {"privacy_batch", cursor.privacyBatch},
                {"events_bytes", static_cast<std::int64_t>(cursor.eventsBytes)},
                {"best_score_bits", std::bit_cast<std::int64_t>(cursor.bestScore)}};
  auto generator = at::detail::getDefaultCPUGenerator();
  {
    std::lock_guard<std::mutex> lock(generator.mutex());
    b.state.emplace_back("cpu_rng", generator.get_state());
  }
  b.card = std::move(card);
  return b;
}

Result<Cursor> restoreBundle(const nn::io::ModelBundle& bundle, Nets& nets, Optimizers& optimizers,
                             const std::string& source) {
  for (const auto& slot : kSlots) {
    const auto* weights = bundle.network(slot.kind);
    if (!weights)
      return fail(ErrorCode::InvalidInput, source + " has no " + nn::kindName(slot.kind) + " network to resume from.");
    if (auto st = nn::loadState((nets.*slot.net).base(), weights->tensors, source); !st) return tl::unexpected(st.error());
  }
  for (const auto& [name, state] : bundle.optimizers)
    for (const auto& slot : kSlots)
      if (name == nn::kindName(slot.kind) && optimizers.*slot.optimizer)
        if (auto st = loadAdamState(*(optimizers.*slot.optimizer), state, source); !st) return tl::unexpected(st.error());
  Cursor c;
  std::int64_t found = 0;
  for (const auto& [name, value] : bundle.counters) {
    ++found;
    if (name == "phase") c.phase = static_cast<Phase>(std::clamp<std::int64_t>(value, 0, kPhaseCount));
    else if (name == "epoch") c.epoch = value;
    else if (name == "batch") c.batch = value;
    else if (name == "step") c.step = value;
    else if (name == "privacy_epoch") c.privacyEpoch = value;
    else if (name == "privacy_batch") c.privacyBatch = value;
    else if (name == "events_bytes") c.eventsBytes = static_cast<std::uint64_t>(value);
    else if (name == "best_score_bits") c.bestScore = std::bit_cast<double>(value);
    else --found;
  }
  if (found < 8) return fail(ErrorCode::InvalidInput, source + " is a model, not a training checkpoint: it does not say where the run stood.");
  if (auto rng = nn::find(bundle.state, "cpu_rng")) {
    auto generator = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    generator.set_state(*rng);
  }
  return c;
}

}  // namespace spact::train
