#pragma once
// Configuration is plain structs whose fields are declared once, with their key, help text and
// bounds, in a static fields() tuple; the defaults are the member initialisers. From that one
// declaration come the JSON round trip (unknown keys and wrong types refused with a sentence
// naming the key), validation, "--set key=value" overrides, and the description a GUI form is
// generated from.
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "util/config_field.h"
#include "util/result.h"

namespace spact::config {

template <class T>
concept Configurable = requires { T::fields(); };

// What a form needs to show one field.
struct FieldInfo {
  std::string key;   // dotted path for nested structs, e.g. "optim.lr"
  std::string type;  // "bool", "int", "float", "string", "list"
  Json value;
  std::string help;
  std::optional<double> min, max;
  std::vector<std::string> choices;
};

namespace detail {

template <class T>
const char* typeName() {
  if constexpr (std::is_same_v<T, bool>) return "bool";
  else if constexpr (std::is_integral_v<T>) return "int";
  else if constexpr (std::is_floating_point_v<T>) return "float";
  else if constexpr (std::is_same_v<T, std::string>) return "string";
  else return "list";
}

template <class T>
bool jsonHasType(const Json& j) {
  if constexpr (std::is_same_v<T, bool>) return j.is_boolean();
  else if constexpr (std::is_integral_v<T>) return j.is_number_integer();
  else if constexpr (std::is_floating_point_v<T>) return j.is_number();
  else if constexpr (std::is_same_v<T, std::string>) return j.is_string();
  else {
    if (!j.is_array()) return false;
    for (const auto& e : j)
      if (!jsonHasType<typename T::value_type>(e)) return false;
    return true;
  }
}

inline std::string join(const std::string& prefix, const char* key) {
  return prefix.empty() ? std::string(key) : prefix + "." + key;
}

template <class T>
std::optional<std::string> checkBounds(const std::string& key, const T& value,
                                       const std::optional<double>& min, const std::optional<double>& max,
                                       const std::vector<std::string>& choices) {
  if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
    const double v = static_cast<double>(value);
    if (!std::isfinite(v)) return "'" + key + "' must be a finite number";
    if ((min && v < *min) || (max && v > *max)) {
      Json lo = min ? Json(*min) : Json("-inf"), hi = max ? Json(*max) : Json("inf");
      return "'" + key + "' is " + Json(value).dump() + ", outside the allowed range [" + lo.dump() + ", " +
             hi.dump() + "]";
    }
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!choices.empty()) {
      for (const auto& c : choices)
        if (c == value) return std::nullopt;
      std::string list;
      for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
      return "'" + key + "' is \"" + value + "\", not one of: " + list;
    }
  }
  return std::nullopt;
}

}  // namespace detail

template <Configurable S>
Json toJson(const S& s) {
  Json j = Json::object();
  std::apply([&](const auto&... f) {
    ((j[f.key] = [&] {
       using T = std::remove_cvref_t<decltype(s.*(f.member))>;
       if constexpr (Configurable<T>) return toJson(s.*(f.member));
       else return Json(s.*(f.member));
     }()), ...);
  }, S::fields());
  return j;
}

// Reads what `j` sets into `s` (keys it leaves out keep their defaults). `where` names the
// source in messages, e.g. "run.json".
template <Configurable S>
Status fromJson(const Json& j, S& s, const std::string& where, const std::string& prefix = {}) {
  if (!j.is_object())
    return fail(ErrorCode::InvalidInput, where + ": " + (prefix.empty() ? std::string("the configuration") : "'" + prefix + "'") +
                                             " must be a JSON object.");
  const auto fields = S::fields();
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool known = false;
    std::apply([&](const auto&... f) { ((known = known || it.key() == f.key), ...); }, fields);
    if (!known) return fail(ErrorCode::InvalidInput, where + ": unknown key '" + detail::join(prefix, it.key().c_str()) + "'.");
  }
  Status status;
  std::apply([&](const auto&... f) {
    auto one = [&](const auto& fd) {
      if (!status || !j.contains(fd.key)) return;
      using T = std::remove_cvref_t<decltype(s.*(fd.member))>;
      const std::string key = detail::join(prefix, fd.key);
      const Json& v = j.at(fd.key);
      if constexpr (Configurable<T>) {
        status = fromJson(v, s.*(fd.member), where, key);
      } else {
        if (!detail::jsonHasType<T>(v)) {
          status = fail(ErrorCode::InvalidInput, where + ": '" + key + "' must be of type " + detail::typeName<T>() +
                                                     ", not " + v.dump() + ".");
          return;
        }
        s.*(fd.member) = v.template get<T>();
      }
    };
    (one(f), ...);
  }, fields);
  return status;
}

// Checks every bound and choice; the first violation is the error.
template <Configurable S>
Status validate(const S& s, const std::string& where, const std::string& prefix = {}) {
  Status status;
  std::apply([&](const auto&... f) {
    auto one = [&](const auto& fd) {
      if (!status) return;
      using T = std::remove_cvref_t<decltype(s.*(fd.member))>;
      const std::string key = detail::join(prefix, fd.key);
      if constexpr (Configurable<T>) {
        status = validate(s.*(fd.member), where, key);
      } else if (auto problem = detail::checkBounds(key, s.*(fd.member), fd.min, fd.max, fd.choices)) {
        status = fail(ErrorCode::InvalidInput, where + ": " + *problem + ".");
      }
    };
    (one(f), ...);
  }, S::fields());
  if (status) {
    if constexpr (requires { s.check(); }) {
      if (auto problem = s.check()) status = fail(ErrorCode::InvalidInput, where + ": " + *problem + ".");
    }
  }
  return status;
}

template <Configurable S>
std::vector<FieldInfo> describe(const S& s, const std::string& prefix = {}) {
  std::vector<FieldInfo> out;
  std::apply([&](const auto&... f) {
    auto one = [&](const auto& fd) {
      using T = std::remove_cvref_t<decltype(s.*(fd.member))>;
      const std::string key = detail::join(prefix, fd.key);
      if constexpr (Configurable<T>) {
        auto nested = describe(s.*(fd.member), key);
        out.insert(out.end(), nested.begin(), nested.end());
      } else {
        out.push_back({key, detail::typeName<T>(), Json(s.*(fd.member)), fd.help, fd.min, fd.max, fd.choices});
      }
    };
    (one(f), ...);
  }, S::fields());
  return out;
}

// Parses JSON text; the error names `where` and the line and column.
Result<Json> parseJson(const std::string& text, const std::string& where);
Result<Json> readJsonFile(const std::string& path);

// Applies "a.b=value" to a JSON object (the value is JSON, or else taken as a string), so that
// overrides go through the same checks as a file: fromJson(patched, s, ...).
Status applyOverride(Json& j, const std::string& assignment);

// Reads, overrides, checks: the whole path from a file (or none) to a valid struct.
template <Configurable S>
Result<S> load(const Json& j, const std::string& where) {
  S s;
  if (auto st = fromJson(j, s, where); !st) return tl::unexpected(st.error());
  if (auto st = validate(s, where); !st) return tl::unexpected(st.error());
  return s;
}

}  // namespace spact::config
