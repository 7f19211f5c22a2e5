#include "nn/io/scripted_anonymizer.h"

#include <fmt/format.h>
#include <torch/script.h>

namespace spact::nn::io {
namespace {

std::string firstLine(const std::string& what) {
  std::string line = what.substr(0, what.find('\n'));
  while (!line.empty() && (line.back() == '.' || line.back() == ' ')) line.pop_back();
  return line;
}

class ScriptedAnonymizer final : public FrameAnonymizer {
 public:
  ScriptedAnonymizer(torch::jit::Module module, std::string path)
      : module_(std::move(module)), path_(std::move(path)) {}

  Result<torch::Tensor> anonymize(const torch::Tensor& frames) override {
    try {
      torch::NoGradGuard noGrad;
      const torch::IValue out = module_.forward({frames});
      if (!out.isTensor())
        return fail(ErrorCode::InvalidInput,
                    fmt::format("The TorchScript anonymizer '{}' returned a {}, not a tensor.", path_, out.tagKind()));
      torch::Tensor result = out.toTensor();
      if (result.sizes() != frames.sizes())
        return fail(ErrorCode::InvalidInput,
                    fmt::format("The TorchScript anonymizer '{}' turned {} frames into {}; it must keep the shape.",
                                path_, c10::str(frames.sizes()), c10::str(result.sizes())));
      return result;
    } catch (const std::bad_alloc&) {
      return fail(ErrorCode::OutOfMemory, fmt::format("Ran out of memory running '{}'.", path_));
    } catch (const c10::Error& e) {
      return fail(ErrorCode::InvalidInput, fmt::format("The TorchScript anonymizer '{}' failed: {}.", path_,
                                                       firstLine(e.what_without_backtrace())));
    } catch (const std::exception& e) {
      return fail(ErrorCode::InvalidInput, fmt::format("The TorchScript anonymizer '{}' failed: {}.", path_, e.what()));
    }
  }

 private:
  torch::jit::Module module_;
  std::string path_;
};

Result<torch::jit::Module> load(const std::string& path) {
  try {
    auto module = torch::jit::load(path, torch::kCPU);
    module.eval();
    return module;
  } catch (const c10::Error& e) {
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a loadable TorchScript model: {}.", path,
                                                     firstLine(e.what_without_backtrace())));
  } catch (const std::exception& e) {
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a loadable TorchScript model: {}.", path, e.what()));
  }
}

}  // namespace

Result<std::unique_ptr<FrameAnonymizer>> loadScriptedAnonymizer(const std::string& path) {
  auto module = load(path);
  if (!module) return tl::unexpected(module.error());
  auto anonymizer = std::make_unique<ScriptedAnonymizer>(std::move(*module), path);
  auto probe = anonymizer->anonymize(torch::full({1, 3, 32, 32}, 0.5f));
  if (!probe)
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}' is not an anonymizer: on a 1×3×32×32 input, {}", path, probe.error().message));
  return std::unique_ptr<FrameAnonymizer>(std::move(anonymizer));
}

Result<NamedTensors> scriptedStateDict(const std::string& path) {
  auto module = load(path);
  if (!module) return tl::unexpected(module.error());
  try {
    NamedTensors out;
    for (const auto& sub : module->named_modules()) {
      const std::string prefix = sub.name.empty() ? "" : sub.name + ".";
      for (const auto& p : sub.value.named_parameters(false)) out.emplace_back(prefix + p.name, p.value.detach());
      for (const auto& b : sub.value.named_buffers(false)) out.emplace_back(prefix + b.name, b.value.detach());
    }
    return out;
  } catch (const std::exception& e) {
    return fail(ErrorCode::InvalidInput, fmt::format("Could not read the weights of '{}': {}.", path, e.what()));
  }
}

}  // namespace spact::nn::io
