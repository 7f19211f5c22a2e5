#pragma once
// The part of util/config.h that declares a configuration struct: the JSON type and field().
// Kept free of C++20 so that headers of such structs (nn/network_spec.h) also compile in the
// C++17 fuzz build (tests/fuzz/README.md); the JSON round trip, validation and description
// that use these declarations are in util/config.h.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace spact::config {

using Json = nlohmann::ordered_json;

template <class S, class T>
struct Field {
  const char* key;
  T S::*member;
  const char* help;
  std::optional<double> min = {};  // numbers: inclusive bounds
  std::optional<double> max = {};
  std::vector<std::string> choices = {};  // strings: the allowed values, when fixed
};

template <class S, class T>
Field<S, T> field(const char* key, T S::*member, const char* help) {
  return {key, member, help};
}
template <class S, class T>
Field<S, T> field(const char* key, T S::*member, const char* help, double min, double max) {
  return {key, member, help, min, max};
}
template <class S>
Field<S, std::string> field(const char* key, std::string S::*member, const char* help,
                            std::vector<std::string> choices) {
  return {key, member, help, {}, {}, std::move(choices)};
}

}  // namespace spact::config
