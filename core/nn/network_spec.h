#pragma once
// What network to build: its kind (the role it plays in SPAct), architecture, width and head
// sizes. A plain configuration struct (util/config.h) so that it round-trips JSON -- in run
// configurations, model cards and the .spact checkpoint. No Torch here: the GUI may include it.
// C++17 (no util/config.h): core/nn/io includes it, and that code also builds in the C++17 fuzz
// target; the JSON round trip is specToJson / specFromJson, defined with util/config.h.
#include <optional>
#include <string>
#include <tuple>

#include "util/config_field.h"
#include "util/result.h"

namespace spact::nn {

enum class NetworkKind { Anonymizer, Action, Privacy, Attributes };
inline constexpr NetworkKind kAllKinds[] = {NetworkKind::Anonymizer, NetworkKind::Action, NetworkKind::Privacy,
                                            NetworkKind::Attributes};

const char* kindName(NetworkKind kind);  // "anonymizer", "action", "privacy", "attributes"
Result<NetworkKind> parseKind(const std::string& name);

struct NetworkSpec {
  std::string kind = "anonymizer";
  // Empty: the paper's architecture for the kind (unet, r3d18_spact, resnet50, resnet50).
  std::string arch;
  double width = 1.0;
  // action, privacy, attributes: "imagenet" (the paper's and torchvision's stem: ResNet's 7x7
  // stride-2 convolution and max pool, R3D's spatial stride 2), "small" for inputs of a few
  // dozen pixels (ResNet: one 3x3 stride-1 convolution, no pool, as for CIFAR; video: a 3x3
  // spatial kernel at stride 1), or "small_pooled": the small convolution, then a 3x3 max pool at
  // stride 2 (nn/stem.h). The anonymizer has no stem and ignores it.
  std::string stem = "imagenet";
  int inChannels = 3;   // anonymizer
  int outChannels = 3;  // anonymizer
  int classes = 102;    // action: UCF101's 101 classes + 1, as in the paper's f_T
  int attributes = 7;   // attributes: VISPR's a4 a9 a10 a12 a17 a64 a65
  int headHidden = 0;   // privacy: 0 = the backbone's feature width (2048; 512 for ResNet-18)
  int headOut = 128;    // privacy: the embedding NT-Xent compares

  static auto fields() {
    using config::field;
    return std::make_tuple(
        field("kind", &NetworkSpec::kind, "The network's role", {"anonymizer", "action", "privacy", "attributes"}),
        field("arch", &NetworkSpec::arch,
              "Architecture: unet; r3d18_spact, r3d18, r2plus1d18; resnet50, resnet18 (empty: the paper's)"),
        field("width", &NetworkSpec::width, "Width multiplier of every layer", 1.0 / 64, 4.0),
        field("stem", &NetworkSpec::stem,
              "First layers: imagenet (the paper's, stride 4 in ResNet), small (stride 1, for inputs of ~32 pixels) "
              "or small_pooled (the small convolution, then a stride-2 max pool)",
              {"imagenet", "small", "small_pooled"}),
        field("in_channels", &NetworkSpec::inChannels, "Anonymizer input channels", 1, 64),
        field("out_channels", &NetworkSpec::outChannels, "Anonymizer output channels", 1, 64),
        field("classes", &NetworkSpec::classes, "Action classes", 1, 100000),
        field("attributes", &NetworkSpec::attributes, "Privacy attributes (one logit each)", 1, 10000),
        field("head_hidden", &NetworkSpec::headHidden, "Projection head hidden width (0: the backbone's)", 0, 65536),
        field("head_out", &NetworkSpec::headOut, "Projection head output width", 1, 65536));
  }

  // The architecture, with the kind's default filled in.
  std::string resolvedArch() const;
  // The arch must belong to the kind.
  std::optional<std::string> check() const;

  // Spelled out rather than defaulted: this header stays C++17.
  auto tied() const {
    return std::tie(kind, arch, width, stem, inChannels, outChannels, classes, attributes, headHidden, headOut);
  }
  bool operator==(const NetworkSpec& o) const { return tied() == o.tied(); }
  bool operator!=(const NetworkSpec& o) const { return !(*this == o); }
};

// config::toJson / load for NetworkSpec, callable from C++17 code. specFromJson validates
// (bounds, arch of the kind); `where` starts its error messages.
config::Json specToJson(const NetworkSpec& spec);
Result<NetworkSpec> specFromJson(const config::Json& json, const std::string& where);
Status validateSpec(const NetworkSpec& spec, const std::string& where);

// The paper's configuration of each network (DESIGN.md, "The method").
NetworkSpec paperSpec(NetworkKind kind);

}  // namespace spact::nn
