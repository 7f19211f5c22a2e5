#include "nn/network_spec.h"

#include <vector>

#include "util/config.h"

namespace spact::nn {

namespace {

std::vector<std::string> archsOf(const std::string& kind) {
  if (kind == "anonymizer") return {"unet"};
  if (kind == "action") return {"r3d18_spact", "r3d18", "r2plus1d18"};
  return {"resnet50", "resnet18"};  // privacy, attributes
}

}  // namespace

const char* kindName(NetworkKind kind) {
  switch (kind) {
    case NetworkKind::Anonymizer:
      return "anonymizer";
    case NetworkKind::Action:
      return "action";
    case NetworkKind::Privacy:
      return "privacy";
    case NetworkKind::Attributes:
      return "attributes";
  }
  return "?";
}

Result<NetworkKind> parseKind(const std::string& name) {
  for (NetworkKind k : kAllKinds)
    if (name == kindName(k)) return k;
  return fail(ErrorCode::InvalidInput,
              "'" + name + "' is not a network kind; use anonymizer, action, privacy or attributes.");
}

std::string NetworkSpec::resolvedArch() const { return arch.empty() ? archsOf(kind).front() : arch; }

std::optional<std::string> NetworkSpec::check() const {
  if (kind == "anonymizer" && stem != "imagenet")
    return "'stem' is \"" + stem + "\", but the anonymizer (a UNet) has no stem to change; leave it \"imagenet\"";
  const std::vector<std::string> archs = archsOf(kind);
  const std::string a = resolvedArch();
  for (const auto& known : archs)
    if (a == known) return std::nullopt;
  std::string list;
  for (const auto& known : archs) list += (list.empty() ? "" : ", ") + known;
  return "'arch' is \"" + a + "\", which is not an architecture of the " + kind + " network (" + list + ")";
}

config::Json specToJson(const NetworkSpec& spec) { return config::toJson(spec); }

Result<NetworkSpec> specFromJson(const config::Json& json, const std::string& where) {
  return config::load<NetworkSpec>(json, where);
}

Status validateSpec(const NetworkSpec& spec, const std::string& where) { return config::validate(spec, where); }

NetworkSpec paperSpec(NetworkKind kind) {
  NetworkSpec spec;
  spec.kind = kindName(kind);
  spec.arch = spec.resolvedArch();
  return spec;
}

}  // namespace spact::nn
