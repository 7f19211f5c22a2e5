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
    const auto& spec = net["spec"];
    out << spec.value("architecture", "unknown");
    for (const auto& [key, value] : spec.items())
      if (key != "architecture") out << ", " << key << ' ' << value.dump();
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
