// What `spact info` prints for a model file: its format, each network with its architecture and
// parameter count, counters and the model card.
#include <sstream>

#include "commands.h"

namespace spact::cli {
namespace {

std::string grouped(std::int64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// The spec's architecture and the sizes that matter for its kind (nn::NetworkSpec's JSON).
std::string specText(const config::Json& spec) {
  if (!spec.is_object()) return "not a network SPAct Studio builds";
  const std::string kind = spec.value("kind", "");
  std::ostringstream out;
  out << spec.value("arch", "") << ", width " << spec.value("width", 1.0);
  if (spec.value("stem", "imagenet") != "imagenet") out << ", " << spec.value("stem", "") << " stem";
  if (kind == "anonymizer")
    out << ", channels " << spec.value("in_channels", 0) << "→" << spec.value("out_channels", 0);
  else if (kind == "action")
    out << ", classes " << spec.value("classes", 0);
  else if (kind == "privacy")
    out << ", head " << (spec.value("head_hidden", 0) ? std::to_string(spec.value("head_hidden", 0)) : "backbone")
        << "→" << spec.value("head_out", 0);
  else if (kind == "attributes")
    out << ", attributes " << spec.value("attributes", 0);
  return out.str();
}

}  // namespace

std::string describeModel(const config::Json& model) {
  std::ostringstream out;
  out << model.value("path", "") << '\n';
  out << "  format      " << model.value("format", "unknown");
  if (model.contains("format_version")) out << " (format " << model["format_version"].get<int>() << ')';
  out << '\n';
  for (const auto& net : model.value("networks", config::Json::array())) {
    const std::string role = net.value("role", "network");
    out << "  " << role << std::string(role.size() < 12 ? 12 - role.size() : 1, ' ');
    out << specText(net["spec"]);
    out << " — " << grouped(net.value("parameters", std::int64_t{0})) << " parameters in "
        << net.value("tensors", std::int64_t{0}) << " tensors";
    std::string dtypes;
    for (const auto& d : net.value("dtypes", config::Json::array()))
      dtypes += (dtypes.empty() ? "" : ", ") + d.get<std::string>();
    if (!dtypes.empty()) out << " (" << dtypes << ')';
    out << '\n';
  }
  const auto counters = model.value("counters", config::Json::object());
  if (!counters.empty()) {
    out << "  counters   ";
    for (const auto& [key, value] : counters.items()) out << ' ' << key << ' ' << value.dump();
    out << '\n';
  }
  if (model.contains("card") && !model["card"].empty()) out << "  card        " << model["card"].dump() << '\n';
  return out.str();
}

}  // namespace spact::cli
