#pragma once
// 'name' for messages. Built by appending: GCC 12 reports a false -Wstringop-overflow for
// "'" + <temporary string> once inlined, and warnings are errors here.
#include <string>
#include <string_view>

namespace spact::data {

inline std::string inQuotes(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '\'';
  out += s;
  out += '\'';
  return out;
}

}  // namespace spact::data
