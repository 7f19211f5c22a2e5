#include "pipeline/model_anonymizer.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <opencv2/imgproc.hpp>

#include "nn/fuse.h"
#include "nn/io/model_import.h"
#include "nn/io/scripted_anonymizer.h"
#include "nn/state.h"

namespace spact::pipeline {
namespace {

// A network's forward pass on N×3×H×W frames in [0,1]; throws like LibTorch does.
using Forward = std::function<torch::Tensor(const torch::Tensor&)>;

// Runs any f_A (our UNet, folded or not, or a TorchScript anonymizer) over frames: resizing to
// the processing resolution and back, batching, and errors as values.
class ModelAnonymizer final : public Anonymizer {
public:
  ModelAnonymizer(std::string name, Forward forward, ModelAnonymizerOptions options, torch::Device device)
      : name_(std::move(name)), forward_(std::move(forward)), options_(std::move(options)), device_(device) {}

  std::string name() const override { return name_; }
  int batchSize() const override { return std::max(1, options_.batch); }

  Status process(std::vector<media::Image>& frames) override {
    try {
      for (std::size_t start = 0; start < frames.size(); start += static_cast<std::size_t>(batchSize()))
        runBatch(frames, start, std::min(frames.size(), start + static_cast<std::size_t>(batchSize())));
    } catch (const c10::Error& e) {
      const std::string what = e.what_without_backtrace();
      if (what.find("out of memory") != std::string::npos)
        return fail(ErrorCode::OutOfMemory, "The anonymizer ran out of memory; try a smaller --res or batch.");
      return fail(ErrorCode::Internal, "The anonymizer failed: " + what);
    } catch (const cv::Exception& e) {
      return fail(ErrorCode::Internal, std::string("Resizing frames for the anonymizer failed: ") + e.what());
    } catch (const std::bad_alloc&) {
      return fail(ErrorCode::OutOfMemory, "The anonymizer ran out of memory.");
    } catch (const std::exception& e) {
      return fail(ErrorCode::Internal, std::string("The anonymizer failed: ") + e.what());
    }
    return {};
  }

private:
  cv::Size processingSize(const media::Image& frame) const {
    const int shorter = std::min(frame.width, frame.height);
    if (options_.resolution <= 0 || shorter <= 0) return {frame.width, frame.height};
    const double scale = static_cast<double>(options_.resolution) / shorter;
    return {std::max(1, static_cast<int>(std::lround(frame.width * scale))),
            std::max(1, static_cast<int>(std::lround(frame.height * scale)))};
  }

  // Frames of one batch share a size: frames of one video do; the rest go one group at a time.
  void runBatch(std::vector<media::Image>& frames, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end;) {
      std::size_t j = i + 1;
      while (j < end && frames[j].width == frames[i].width && frames[j].height == frames[i].height) ++j;
      runGroup(frames, i, j);
      i = j;
    }
  }

  void runGroup(std::vector<media::Image>& frames, std::size_t begin, std::size_t end) {
    const cv::Size size = processingSize(frames[begin]);
    const auto n = static_cast<int64_t>(end - begin);
    auto input = torch::empty({n, size.height, size.width, 3}, torch::kUInt8);
    for (std::size_t k = begin; k < end; ++k) {
      cv::Mat src(frames[k].height, frames[k].width, CV_8UC3, frames[k].rgb.data());
      cv::Mat dst(size.height, size.width, CV_8UC3, input[static_cast<int64_t>(k - begin)].data_ptr<uint8_t>());
      if (src.size() == size) src.copyTo(dst);
      else cv::resize(src, dst, size, 0, 0, cv::INTER_AREA);
    }
    torch::InferenceMode guard;
    // NHWC uint8 is already channels-last memory: permute is a view, no copy.
    auto x = input.to(device_).permute({0, 3, 1, 2}).to(torch::kFloat).div_(255.0);
    x = options_.channelsLast ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x.contiguous();
    auto y = forward_(x);
    auto out = y.mul(255.0).round_().clamp_(0, 255).to(torch::kUInt8).permute({0, 2, 3, 1}).contiguous().cpu();
    for (std::size_t k = begin; k < end; ++k) {
      cv::Mat result(size.height, size.width, CV_8UC3, out[static_cast<int64_t>(k - begin)].data_ptr<uint8_t>());
      cv::Mat dst(frames[k].height, frames[k].width, CV_8UC3, frames[k].rgb.data());
      if (result.size() == dst.size()) result.copyTo(dst);
      else cv::resize(result, dst, dst.size(), 0, 0, cv::INTER_LINEAR);
    }
  }

  std::string name_;
  Forward forward_;
  ModelAnonymizerOptions options_;
  torch::Device device_;
};

}  // namespace

Result<std::unique_ptr<Anonymizer>> makeModelAnonymizer(nn::Network network, const ModelAnonymizerOptions& options) {
  if (network.spec.kind != "anonymizer")
    return fail(ErrorCode::InvalidInput, "The network is a " + network.spec.kind + " network, not an anonymizer.");
  if (network.spec.inChannels != 3 || network.spec.outChannels != 3)
    return fail(ErrorCode::Unsupported, "The anonymizer must map 3 colour channels to 3; this one has " +
                                            std::to_string(network.spec.inChannels) + " in and " +
                                            std::to_string(network.spec.outChannels) + " out.");
  torch::Device device(torch::kCPU);
  if (options.device == "cuda") {
    if (!torch::cuda::is_available()) return fail(ErrorCode::Unsupported, "CUDA was asked for, but no CUDA device is usable.");
    device = torch::Device(torch::kCUDA);
  } else if (options.device != "cpu") {
    return fail(ErrorCode::InvalidInput, "Unknown device '" + options.device + "' (use cpu or cuda).");
  }
  if (options.precision != "fp32" && options.precision != "bf16")
    return fail(ErrorCode::InvalidInput, "Unknown precision '" + options.precision + "' (use fp32 or bf16).");
  std::unique_ptr<nn::FusedUNet> fused;
  try {
    auto& module = network.base();
    module.eval();
    module.to(device);
    const auto dtype = options.precision == "bf16" ? torch::kBFloat16 : torch::kFloat;
    if (options.fuse || dtype != torch::kFloat)
      fused = nn::FusedUNet::from(module, {.device = device, .dtype = dtype, .channelsLast = options.channelsLast});
    if (!fused && dtype != torch::kFloat)
      return fail(ErrorCode::Unsupported, "bf16 inference is available for the UNet f_A only.");
    if (!fused && options.channelsLast) {
      torch::NoGradGuard noGrad;
      for (auto& p : module.parameters())
        if (p.dim() == 4) p.set_data(p.data().contiguous(torch::MemoryFormat::ChannelsLast));
    }
  } catch (const c10::Error& e) {
    return fail(ErrorCode::Internal, std::string("The anonymizer could not be moved to ") + options.device + ": " +
                                         e.what_without_backtrace());
  }
  const std::string name = "f_A (" + network.spec.resolvedArch() + ")";
  Forward forward;
  if (fused) {
    std::shared_ptr<nn::FusedUNet> copy = std::move(fused);  // the inference copy
    forward = [copy](const torch::Tensor& x) { return copy->forward(x); };
  } else {
    auto net = std::make_shared<nn::Network>(std::move(network));
    forward = [net](const torch::Tensor& x) { return net->forward(x); };
  }
  return std::unique_ptr<Anonymizer>(new ModelAnonymizer(name, std::move(forward), options, device));
}

Result<nn::Network> loadAnonymizerNetwork(const std::string& path) {
  auto bundle = nn::io::importModel(path);
  if (!bundle) return tl::unexpected(bundle.error());
  const auto* weights = bundle->network(nn::NetworkKind::Anonymizer);
  if (!weights) return fail(ErrorCode::InvalidInput, "'" + path + "' holds no anonymizer (f_A) weights.");
  if (!weights->spec)
    return fail(ErrorCode::Unsupported, "'" + path + "' holds anonymizer weights of an architecture SPAct Studio cannot run.");
  auto network = nn::makeNetwork(*weights->spec);
  if (!network) return tl::unexpected(network.error());
  if (auto ok = nn::loadState(network->base(), weights->tensors, "'" + path + "'"); !ok) return tl::unexpected(ok.error());
  return network;
}

Result<std::unique_ptr<Anonymizer>> loadModelAnonymizer(const std::string& path,
                                                        const ModelAnonymizerOptions& options) {
  auto network = loadAnonymizerNetwork(path);
  if (network) return makeModelAnonymizer(std::move(*network), options);
  // Not weights of a network we build: a TorchScript anonymizer runs as it is (on the CPU).
  auto scripted = nn::io::loadScriptedAnonymizer(path);
  if (!scripted) return tl::unexpected(network.error());
  if (options.device != "cpu" || options.precision != "fp32")
    return fail(ErrorCode::Unsupported, "'" + path + "' is a TorchScript anonymizer: it runs on the CPU in fp32 only.");
  std::shared_ptr<nn::io::FrameAnonymizer> model = std::move(*scripted);
  Forward forward = [model](const torch::Tensor& x) {
    auto y = model->anonymize(x.contiguous());
    if (!y) throw std::runtime_error(y.error().message);
    return *y;
  };
  return std::unique_ptr<Anonymizer>(new ModelAnonymizer("f_A (TorchScript)", std::move(forward), options, torch::Device(torch::kCPU)));
}

}  // namespace spact::pipeline
