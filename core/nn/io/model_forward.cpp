#include "nn/io/model_forward.h"

#include <fmt/format.h>
#include <torch/torch.h>

#include "nn/io/model_import.h"
#include "nn/io/safetensors.h"
#include "nn/networks.h"
#include "nn/state.h"

namespace spact::nn::io {
namespace {

std::string shapeOf(const torch::Tensor& t) { return fmt::format("[{}]", fmt::join(t.sizes(), ", ")); }

// The input layout each kind takes (core/nn/networks.h), its rank and channel count.
struct InputLayout {
  std::string text;
  int64_t rank;
  int64_t channels;
};

InputLayout layoutOf(const NetworkSpec& spec) {
  if (spec.kind == "anonymizer") return {fmt::format("(N, {}, H, W) in [0, 1]", spec.inChannels), 4, spec.inChannels};
  if (spec.kind == "action") return {"(N, 3, T, H, W)", 5, 3};
  return {"(N, 3, H, W)", 4, 3};
}

Result<torch::Tensor> inputTensor(const std::string& path, const NetworkSpec& spec) {
  auto file = readSafetensors(path);
  if (!file) return tl::unexpected(file.error());
  torch::Tensor x;
  std::string name = "input";
  if (file->tensors.size() == 1) {
    name = file->tensors.front().first;
    x = file->tensors.front().second;
  } else if (auto found = find(file->tensors, "input")) {
    x = *found;
  } else {
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}' holds {} tensors and none named 'input'; give it one tensor, or name the input "
                            "'input'.",
                            path, file->tensors.size()));
  }
  const InputLayout layout = layoutOf(spec);
  if (!x.is_floating_point())
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}': tensor '{}' is {}; the {} network takes floating-point {}.", path, name,
                            c10::toString(x.scalar_type()), spec.kind, layout.text));
  if (x.dim() != layout.rank || x.size(1) != layout.channels || x.numel() == 0)
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}': tensor '{}' has shape {}; the {} network ({}) takes {}.", path, name, shapeOf(x),
                            spec.kind, spec.resolvedArch(), layout.text));
  return x.to(torch::kFloat);
}

}  // namespace

Result<config::Json> forwardModelFile(const std::string& weights, const std::string& network, const std::string& input,
                                      const std::string& output) {
  auto kind = parseKind(network);
  if (!kind) return tl::unexpected(kind.error());
  auto bundle = importModel(weights);
  if (!bundle) return tl::unexpected(bundle.error());
  const NetworkWeights* net = bundle->network(*kind);
  if (!net) {
    std::string present;
    for (const auto& n : bundle->networks) present += std::string(present.empty() ? "" : ", ") + kindName(n.kind);
    return fail(ErrorCode::NotFound, fmt::format("'{}' holds no {} network (it holds: {}).", weights, network,
                                                 present.empty() ? "none" : present));
  }
  if (!net->spec) {
    auto why = inferSpec(*kind, net->tensors, weights);
    std::string reason = why ? std::string() : why.error().message;
    if (!reason.empty() && reason.back() == '.') reason.pop_back();
    return fail(ErrorCode::Unsupported, fmt::format("The {} weights in '{}' fit no network SPAct Studio builds{}.",
                                                    network, weights, reason.empty() ? "" : " (" + reason + ")"));
  }
  auto x = inputTensor(input, *net->spec);
  if (!x) return tl::unexpected(x.error());
  auto built = makeNetwork(*net->spec);
  if (!built) return tl::unexpected(built.error());
  if (auto st = loadState(built->base(), net->tensors, weights); !st) return tl::unexpected(st.error());
  torch::Tensor y;
  try {
    built->base().eval();
    torch::InferenceMode inference;
    y = built->forward(*x).contiguous();
  } catch (const c10::Error& e) {
    return fail(ErrorCode::InvalidInput, fmt::format("Running the {} network on '{}' (shape {}) failed: {}", network,
                                                     input, shapeOf(*x), e.what_without_backtrace()));
  }
  const config::Json spec = specToJson(*net->spec);
  if (auto st = writeSafetensors(output, {{"output", y}}, {{"network", network}, {"spec", spec.dump()}}); !st)
    return tl::unexpected(st.error());
  return config::Json{
      {"path", output}, {"network", network}, {"spec", spec}, {"input", x->sizes().vec()}, {"output", y.sizes().vec()}};
}

}  // namespace spact::nn::io
