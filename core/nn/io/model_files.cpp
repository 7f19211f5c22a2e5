#include "nn/io/model_files.h"

#include <fmt/format.h>
#include <set>

#include "nn/io/format.h"
#include "nn/io/model_import.h"
#include "nn/io/safetensors.h"
#include "nn/io/spact_checkpoint.h"

namespace spact::nn::io {
namespace {

std::string dtypeName(c10::ScalarType type) {
  switch (type) {
    case c10::kFloat:
      return "float32";
    case c10::kDouble:
      return "float64";
    case c10::kHalf:
      return "float16";
    case c10::kBFloat16:
      return "bfloat16";
    case c10::kLong:
      return "int64";
    case c10::kInt:
      return "int32";
    case c10::kShort:
      return "int16";
    case c10::kChar:
      return "int8";
    case c10::kByte:
      return "uint8";
    case c10::kBool:
      return "bool";
    default:
      return c10::toString(type);
  }
}

config::Json describe(const ModelBundle& bundle, const std::string& path, FileFormat format) {
  config::Json out = config::Json::object();
  out["path"] = path;
  out["format"] = formatName(format);
  if (format == FileFormat::SpactCheckpoint) out["format_version"] = kSpactFormatVersion;
  if (format == FileFormat::TorchScript) out["scripted"] = true;
  config::Json networks = config::Json::array();
  for (const auto& net : bundle.networks) {
    std::set<std::string> dtypes;
    for (const auto& [key, t] : net.tensors) dtypes.insert(dtypeName(t.scalar_type()));
    networks.push_back({{"role", kindName(net.kind)},
                        {"spec", net.spec ? specToJson(*net.spec) : config::Json(nullptr)},
                        {"parameters", parameterCount(net.tensors)},
                        {"tensors", net.tensors.size()},
                        {"dtypes", dtypes}});
  }
  out["networks"] = networks;
  config::Json counters = config::Json::object();
  for (const auto& [name, value] : bundle.counters) counters[name] = value;
  out["counters"] = counters;
  config::Json optimizers = config::Json::array();
  for (const auto& [name, state] : bundle.optimizers) optimizers.push_back(name);
  out["optimizers"] = optimizers;
  out["card"] = bundle.card;
  return out;
}

}  // namespace

bool isModelFile(const std::string& path) {
  auto format = detectFileFormat(path);
  if (format) return *format != FileFormat::Unknown;
  const std::string ext = std::filesystem::path(path).extension().string();
  for (const char* e : {".spact", ".pth", ".pt", ".ckpt", ".safetensors", ".bin"})
    if (ext == e) return true;
  return false;
}

Result<config::Json> importModelFile(const std::string& source, const std::string& destination) {
  auto bundle = importModel(source);
  if (!bundle) return tl::unexpected(bundle.error());
  if (auto st = writeSpactCheckpoint(destination, *bundle); !st) return tl::unexpected(st.error());
  return describe(*bundle, destination, FileFormat::SpactCheckpoint);
}

Result<config::Json> exportModelFile(const std::string& source, const std::string& destination,
                                     const std::string& network) {
  auto bundle = importModel(source);
  if (!bundle) return tl::unexpected(bundle.error());
  if (auto st = exportModel(*bundle, destination, network); !st) return tl::unexpected(st.error());
  auto format = detectFileFormat(destination);
  return describe(*bundle, destination, format ? *format : FileFormat::Unknown);
}

Result<config::Json> describeModelFile(const std::string& path) {
  auto format = detectFileFormat(path);
  if (!format) return tl::unexpected(format.error());
  auto bundle = importModel(path);
  if (!bundle) return tl::unexpected(bundle.error());
  return describe(*bundle, path, *format);
}

int trainedResolution(const std::string& path) {
  auto format = detectFileFormat(path);
  if (!format || *format != FileFormat::SpactCheckpoint) return 0;
  auto metadata = readSafetensorsMetadata(path);
  if (!metadata) return 0;
  const auto card = metadata->find("card");
  if (card == metadata->end()) return 0;
  const auto json = config::Json::parse(card->second, nullptr, /*allow_exceptions=*/false);
  const auto r = json.is_object() ? json.find("input_resolution") : json.end();
  return r != json.end() && r->is_number_integer() ? std::max(0, r->get<int>()) : 0;
}

}  // namespace spact::nn::io
