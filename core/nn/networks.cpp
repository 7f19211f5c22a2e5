#include "nn/networks.h"

#include <torch/torch.h>

#include "nn/privacy_net.h"
#include "nn/resnet.h"
#include "nn/state.h"
#include "nn/unet.h"
#include "nn/video_resnet.h"
#include "util/config.h"

namespace spact::nn {

namespace {

torch::nn::AnyModule build(const NetworkSpec& spec) {
  const std::string arch = spec.resolvedArch();
  // config::validate has checked the name.
  const Stem stem = parseStem(spec.stem).value_or(Stem::ImageNet);
  if (spec.kind == "anonymizer")
    return torch::nn::AnyModule(
        UNet(UNetOptions().inChannels(spec.inChannels).outChannels(spec.outChannels).width(spec.width)));
  if (spec.kind == "action") {
    VideoArch video = VideoArch::R3D18Spact;
    parseVideoArch(arch, video);
    return torch::nn::AnyModule(
        VideoResNet(VideoResNetOptions().arch(video).numClasses(spec.classes).width(spec.width).stem(stem)));
  }
  ResNetDepth depth = ResNetDepth::R50;
  parseResNet(arch, depth);
  if (spec.kind == "privacy")
    return torch::nn::AnyModule(PrivacyNet(PrivacyNetOptions()
                                               .depth(depth)
                                               .width(spec.width)
                                               .stem(stem)
                                               .headHidden(spec.headHidden)
                                               .headOut(spec.headOut)));
  // attributes: the classifier of the evaluation protocol, fc with one logit per attribute.
  return torch::nn::AnyModule(
      ResNet(ResNetOptions().depth(depth).width(spec.width).stem(stem).numClasses(spec.attributes)));
}

}  // namespace

Result<Network> makeNetwork(const NetworkSpec& spec) {
  if (auto st = config::validate(spec, "network"); !st) return tl::unexpected(st.error());
  try {
    return Network{spec, build(spec)};
  } catch (const c10::Error& e) {
    return fail(ErrorCode::Internal,
                std::string("Building the ") + spec.kind + " network failed: " + e.what_without_backtrace());
  } catch (const std::bad_alloc&) {
    return fail(ErrorCode::OutOfMemory, std::string("Out of memory building the ") + spec.kind + " network.");
  }
}

}  // namespace spact::nn
