#include "nn/io/spact_checkpoint.h"

#include <fmt/format.h>
#include <algorithm>
#include <cstring>

#include "nn/io/safetensors.h"
#include "nn/spec_inference.h"
#include "util/version.h"

namespace spact::nn::io {
namespace {

constexpr const char* kNetworks = "networks/";
constexpr const char* kOptimizers = "optimizers/";
constexpr const char* kState = "state/";

tl::unexpected<Error> bad(const std::string& source, const std::string& cause) {
  return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a valid SPAct checkpoint: {}.", source, cause));
}

Result<config::Json> jsonEntry(const SafetensorsFile& file, const char* key, const std::string& source,
                               bool (config::Json::*isType)() const noexcept) {
  auto it = file.metadata.find(key);
  if (it == file.metadata.end()) return config::Json::object();
  auto json = config::Json::parse(it->second, nullptr, false);
  if (json.is_discarded() || !(json.*isType)())
    return bad(source, fmt::format("its '{}' entry is not valid JSON", key));
  return json;
}

Result<ModelBundle> fromSafetensors(SafetensorsFile file, const std::string& source) {
  auto format = file.metadata.find("format");
  if (format == file.metadata.end() || format->second != kSpactFormatName)
    return bad(source, "its header does not say format \"spact-checkpoint\"");
  int version = 0;
  try {
    version = std::stoi(file.metadata.at("format_version"));
  } catch (const std::exception&) {
    return bad(source, "it has no readable format_version");
  }
  if (version < 1) return bad(source, fmt::format("format_version {} does not exist", version));
  if (version > kSpactFormatVersion) {
    const auto software =
        file.metadata.count("software") ? file.metadata.at("software") : std::string("a newer version");
    return fail(ErrorCode::Unsupported,
                fmt::format("'{}' was written by {} in checkpoint format {}, newer than this SPAct Studio ({}) reads "
                            "(up to format {}); update SPAct Studio to open it.",
                            source, software, version, SPACT_VERSION, kSpactFormatVersion));
  }
  auto networks = jsonEntry(file, "networks", source, &config::Json::is_object);
  if (!networks) return tl::unexpected(networks.error());
  auto counters = jsonEntry(file, "counters", source, &config::Json::is_object);
  if (!counters) return tl::unexpected(counters.error());
  auto card = jsonEntry(file, "card", source, &config::Json::is_object);
  if (!card) return tl::unexpected(card.error());

  ModelBundle bundle;
  bundle.card = std::move(*card);
  for (const auto& [name, json] : networks->items()) {
    auto kind = parseKind(name);
    if (!kind) return bad(source, fmt::format("it lists an unknown network '{}'", name));
    if (bundle.network(*kind)) return bad(source, fmt::format("it lists the {} network twice", name));
    if (!json.is_object() && !json.is_null())
      return bad(source, fmt::format("the spec of network '{}' is not an object", name));
    std::optional<NetworkSpec> spec;
    if (version >= 2 && json.is_object()) {
      auto parsed = specFromJson(json, fmt::format("'{}', the spec of its {} network", source, name));
      if (!parsed) return tl::unexpected(parsed.error());
      if (parsed->kind != name)
        return bad(source, fmt::format("the spec of network '{}' is of kind '{}'", name, parsed->kind));
      spec = std::move(*parsed);
    }
    bundle.networks.push_back({*kind, std::move(spec), {}});
  }
  for (const auto& [name, value] : counters->items()) {
    if (!value.is_number_integer()) return bad(source, fmt::format("counter '{}' is not an integer", name));
    bundle.counters.emplace_back(name, value.get<std::int64_t>());
  }
  for (auto& entry : file.tensors) {
    const std::string& key = entry.first;
    torch::Tensor& tensor = entry.second;
    auto split = [&key](const char* prefix, std::string* group, std::string* rest) {
      const std::string p = prefix;
      if (key.rfind(p, 0) != 0) return false;
      const auto slash = key.find('/', p.size());
      if (slash == std::string::npos) return false;
      *group = key.substr(p.size(), slash - p.size());
      *rest = key.substr(slash + 1);
      return !rest->empty();
    };
    std::string group, rest;
    if (split(kNetworks, &group, &rest)) {
      auto kind = parseKind(group);
      NetworkWeights* net = kind ? bundle.network(*kind) : nullptr;
      if (!net) return bad(source, fmt::format("tensor '{}' belongs to no listed network", key));
      net->tensors.emplace_back(rest, std::move(tensor));
    } else if (split(kOptimizers, &group, &rest)) {
      auto it = std::find_if(bundle.optimizers.begin(), bundle.optimizers.end(),
                             [&group](const auto& o) { return o.first == group; });
      if (it == bundle.optimizers.end()) it = bundle.optimizers.insert(bundle.optimizers.end(), {group, {}});
      it->second.emplace_back(rest, std::move(tensor));
    } else if (key.rfind(kState, 0) == 0 && key.size() > std::strlen(kState)) {
      bundle.state.emplace_back(key.substr(std::strlen(kState)), std::move(tensor));
    } else if (version <= kSpactFormatVersion) {
      return bad(source, fmt::format("tensor '{}' has a name this format does not use", key));
    }
  }
  // Format 1 stored the io code's own {"architecture": ...} description: infer the spec instead.
  if (version == 1)
    for (auto& net : bundle.networks)
      if (auto spec = inferSpec(net.kind, net.tensors, source)) net.spec = std::move(*spec);
  return bundle;
}

}  // namespace

Status writeSpactCheckpoint(const std::string& path, const ModelBundle& bundle) {
  NamedTensors tensors;
  config::Json networks = config::Json::object();
  for (const auto& net : bundle.networks) {
    const std::string kind = kindName(net.kind);
    if (networks.contains(kind))
      return fail(ErrorCode::InvalidInput,
                  fmt::format("Cannot write '{}': it would hold two {} networks.", path, kind));
    networks[kind] = net.spec ? specToJson(*net.spec) : config::Json(nullptr);
    for (const auto& [key, tensor] : net.tensors) tensors.emplace_back(kNetworks + kind + "/" + key, tensor);
  }
  for (const auto& [name, state] : bundle.optimizers)
    for (const auto& [key, tensor] : state) tensors.emplace_back(kOptimizers + name + "/" + key, tensor);
  for (const auto& [key, tensor] : bundle.state) tensors.emplace_back(kState + key, tensor);
  config::Json counters = config::Json::object();
  for (const auto& [name, value] : bundle.counters) counters[name] = value;
  config::Json card = bundle.card.is_object() ? bundle.card : config::Json::object();
  card["software_version"] = SPACT_VERSION;
  const std::map<std::string, std::string> metadata = {
      {"format", kSpactFormatName},
      {"format_version", std::to_string(kSpactFormatVersion)},
      {"software", std::string("SPAct Studio ") + SPACT_VERSION},
      {"networks", networks.dump()},
      {"counters", counters.dump()},
      {"card", card.dump()},
  };
  return writeSafetensors(path, tensors, metadata);
}

Result<ModelBundle> readSpactCheckpoint(const std::string& path) {
  auto file = readSafetensors(path);
  if (!file) return tl::unexpected(file.error());
  return fromSafetensors(std::move(*file), path);
}

Result<ModelBundle> readSpactCheckpointBytes(std::string_view bytes, const std::string& source) {
  auto file = readSafetensorsBytes(bytes, source);
  if (!file) return tl::unexpected(file.error());
  return fromSafetensors(std::move(*file), source);
}

}  // namespace spact::nn::io
