#include "nn/io/model_import.h"

#include <fmt/format.h>

#include "nn/io/format.h"
#include "nn/io/network_kind.h"
#include "nn/io/safetensors.h"
#include "nn/io/scripted_anonymizer.h"
#include "nn/io/spact_checkpoint.h"
#include "nn/io/torch_export.h"
#include "nn/spec_inference.h"

namespace spact::nn::io {
namespace {

std::optional<NetworkKind> officialKind(const std::string& name) {
  if (name == "fa_model_state_dict") return NetworkKind::Anonymizer;
  if (name == "ft_model_state_dict") return NetworkKind::Action;
  if (name == "fb_model_state_dict") return NetworkKind::Privacy;
  if (name == "attributes_model_state_dict") return NetworkKind::Attributes;
  return std::nullopt;
}

std::string firstKeys(const NamedTensors& tensors) {
  std::string out;
  for (std::size_t i = 0; i < tensors.size() && i < 3; ++i) out += (i ? ", " : "") + tensors[i].first;
  return out.empty() ? "none" : out;
}

// Adds a network, placed by its keys; `hint` is the kind its name in the file suggests. The one
// place a network's spec is filled on import: nn::inferSpec, or none when the weights fit no
// network SPAct Studio builds.
Status addNetwork(ModelBundle& bundle, NamedTensors tensors, std::optional<NetworkKind> hint, const std::string& where,
                  const std::string& source) {
  tensors = stripModulePrefix(std::move(tensors));
  const std::optional<NetworkKind> byKeys = classifyStateDict(tensors);
  std::optional<NetworkKind> kind = byKeys ? byKeys : hint;
  // fb_model_state_dict is the privacy branch in training checkpoints and the attribute
  // classifier in the official evaluation ones: the head decides.
  if (hint && byKeys && *hint != *byKeys && !(*hint == NetworkKind::Privacy && *byKeys == NetworkKind::Attributes))
    kind = hint;
  if (!kind)
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}' holds a state dict{} whose keys match no SPAct network (first keys: {}).", source,
                            where.empty() ? "" : " '" + where + "'", firstKeys(tensors)));
  if (bundle.network(*kind))
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' holds two {} networks{}; keep one.", source, kindName(*kind),
                                                     where.empty() ? "" : " (the second is '" + where + "')"));
  std::optional<NetworkSpec> spec;
  try {
    if (auto inferred = inferSpec(*kind, tensors, source)) spec = std::move(*inferred);
  } catch (const std::exception&) {  // a malformed tensor: the weights stay, without a spec
  }
  bundle.networks.push_back({*kind, std::move(spec), std::move(tensors)});
  return {};
}

void fillCard(ModelBundle& bundle, const std::string& source, FileFormat format) {
  config::Json& card = bundle.card;
  if (!card.is_object()) card = config::Json::object();
  config::Json architecture = config::Json::object();
  for (const auto& net : bundle.networks)
    architecture[kindName(net.kind)] = net.spec ? config::Json(net.spec->resolvedArch()) : config::Json(nullptr);
  card["architecture"] = architecture;
  if (!card.contains("input_resolution")) card["input_resolution"] = nullptr;
  if (!card.contains("class_names")) card["class_names"] = config::Json::array();
  if (!card.contains("attribute_names")) card["attribute_names"] = config::Json::array();
  if (!card.contains("training_data_fingerprint")) card["training_data_fingerprint"] = nullptr;
  if (!card.contains("metrics")) card["metrics"] = config::Json::object();
  card["imported_from"] = {{"file", source}, {"format", formatName(format)}};
}

Result<ModelBundle> fromSafetensors(SafetensorsFile file, const std::string& source) {
  ModelBundle bundle;
  // Several networks are stored as "<kind>/<key>"; a single one with plain keys.
  bool grouped = !file.tensors.empty();
  for (const auto& [key, t] : file.tensors) {
    const auto slash = key.find('/');
    if (slash == std::string::npos || !parseKind(key.substr(0, slash))) grouped = false;
  }
  if (grouped) {
    for (NetworkKind kind : kAllKinds) {
      const std::string prefix = std::string(kindName(kind)) + "/";
      NamedTensors part;
      for (const auto& [key, t] : file.tensors)
        if (key.rfind(prefix, 0) == 0) part.emplace_back(key.substr(prefix.size()), t);
      if (!part.empty())
        if (auto st = addNetwork(bundle, std::move(part), kind, kindName(kind), source); !st)
          return tl::unexpected(st.error());
    }
  } else {
    std::optional<NetworkKind> hint;
    if (auto it = file.metadata.find("network"); it != file.metadata.end())
      if (auto kind = parseKind(it->second)) hint = *kind;
    if (auto st = addNetwork(bundle, std::move(file.tensors), hint, "", source); !st) return tl::unexpected(st.error());
  }
  return bundle;
}

}  // namespace

Result<ModelBundle> bundleFromCheckpoint(const CheckpointContents& contents, const std::string& source) {
  if (contents.stateDicts.empty())
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' holds no state dict (no dict of named tensors).", source));
  ModelBundle bundle;
  for (const auto& found : contents.stateDicts) {
    // The last path component names the entry: "fa_model_state_dict", "checkpoint.state_dict".
    const auto dot = found.path.rfind('.');
    const std::string name = dot == std::string::npos ? found.path : found.path.substr(dot + 1);
    if (auto st = addNetwork(bundle, found.tensors, officialKind(name), found.path, source); !st)
      return tl::unexpected(st.error());
  }
  for (const auto& [name, value] : contents.counters)
    if (name == "epoch" || name == "step" || name == "global_step" || name == "iteration")
      bundle.counters.emplace_back(name, value);
  return bundle;
}

Result<ModelBundle> importModel(const std::string& path) {
  auto format = detectFileFormat(path);
  if (!format) return tl::unexpected(format.error());
  Result<ModelBundle> bundle;
  switch (*format) {
    case FileFormat::SpactCheckpoint:
      return readSpactCheckpoint(path);
    case FileFormat::TorchLegacy:
      return fail(ErrorCode::Unsupported,
                  fmt::format("'{}' uses PyTorch's unsupported legacy (pre-1.6, non-zip) format; re-save it in Python "
                              "with torch.save(torch.load(path), path), which writes the zip format.",
                              path));
    case FileFormat::Unknown:
      return fail(ErrorCode::InvalidInput,
                  fmt::format("'{}' is not a model file SPAct Studio reads (a .spact checkpoint, a torch.save "
                              "checkpoint, safetensors or TorchScript).",
                              path));
    case FileFormat::Safetensors: {
      auto file = readSafetensors(path);
      if (!file) return tl::unexpected(file.error());
      bundle = fromSafetensors(std::move(*file), path);
      break;
    }
    case FileFormat::TorchZip: {
      auto doc = readTorchFile(path);
      if (!doc) return tl::unexpected(doc.error());
      auto contents = findStateDicts(*doc, path);
      if (!contents) return tl::unexpected(contents.error());
      bundle = bundleFromCheckpoint(*contents, path);
      break;
    }
    case FileFormat::TorchScript: {
      auto tensors = scriptedStateDict(path);
      if (!tensors) return tl::unexpected(tensors.error());
      ModelBundle b;
      if (auto st = addNetwork(b, std::move(*tensors), std::nullopt, "", path); !st)
        return fail(ErrorCode::InvalidInput,
                    fmt::format("'{}' is a TorchScript model whose weights match no SPAct network; it can still be "
                                "used as an anonymizer directly.",
                                path));
      bundle = std::move(b);
      break;
    }
  }
  if (bundle) fillCard(*bundle, path, *format);
  return bundle;
}

Status exportModel(const ModelBundle& bundle, const std::string& path, const std::string& network) {
  ModelBundle selected = bundle;
  if (!network.empty()) {
    auto kind = parseKind(network);
    if (!kind) return tl::unexpected(kind.error());
    const NetworkWeights* net = bundle.network(*kind);
    if (!net)
      return fail(ErrorCode::NotFound, fmt::format("The model has no {} network to export to '{}'.", network, path));
    selected.networks = {*net};
  }
  if (selected.networks.empty())
    return fail(ErrorCode::InvalidInput, fmt::format("There are no networks to export to '{}'.", path));
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".spact") {
    // An exported model is weights and card: the Adam moments (twice the weights' size) and RNG
    // states only matter to resuming, which reads the run's own checkpoints.
    selected.optimizers.clear();
    selected.state.clear();
    return writeSpactCheckpoint(path, selected);
  }
  if (ext == ".pth" || ext == ".pt" || ext == ".ckpt") return writeTorchCheckpoint(path, officialLayout(selected));
  if (ext == ".safetensors") {
    if (selected.networks.size() == 1) {
      const auto& net = selected.networks.front();
      std::map<std::string, std::string> metadata = {{"network", kindName(net.kind)}};
      if (net.spec) metadata["spec"] = specToJson(*net.spec).dump();
      return writeSafetensors(path, net.tensors, metadata);
    }
    NamedTensors all;
    config::Json specs = config::Json::object();
    for (const auto& net : selected.networks) {
      specs[kindName(net.kind)] = net.spec ? specToJson(*net.spec) : config::Json(nullptr);
      for (const auto& [key, t] : net.tensors) all.emplace_back(std::string(kindName(net.kind)) + "/" + key, t);
    }
    return writeSafetensors(path, all, {{"networks", specs.dump()}});
  }
  return fail(ErrorCode::InvalidInput,
              fmt::format("Cannot tell which format to write '{}' in; use .spact, .safetensors or .pth.", path));
}

}  // namespace spact::nn::io
