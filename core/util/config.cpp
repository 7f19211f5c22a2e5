#include "util/config.h"

#include <fstream>
#include <sstream>

#include "util/files.h"

namespace spact::config {

Result<Json> parseJson(const std::string& text, const std::string& where) {
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    // nlohmann reports a byte offset; people read lines and columns. e.byte counts the
    // characters read, the offending one included, so the columns before it are e.byte - 1.
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
      if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
    }
    std::string what = e.what();
    if (auto pos = what.rfind(": "); pos != std::string::npos) what = what.substr(pos + 2);
    return fail(ErrorCode::InvalidInput, where + " is not valid JSON (line " + std::to_string(line) + ", column " +
                                             std::to_string(column) + "): " + what);
  }
}

Result<Json> readJsonFile(const std::string& path) {
  auto text = files::readText(path);
  if (!text) return tl::unexpected(text.error());
  return parseJson(*text, path);
}

Status applyOverride(Json& j, const std::string& assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0)
    return fail(ErrorCode::InvalidInput, "The override '" + assignment + "' is not of the form key=value.");
  const std::string path = assignment.substr(0, eq);
  const std::string text = assignment.substr(eq + 1);
  Json value;
  try {
    value = Json::parse(text);
  } catch (const Json::parse_error&) {
    value = text;  // a bare word: a string
  }
  Json* node = &j;
  std::stringstream keys(path);
  std::string key;
  std::vector<std::string> parts;
  while (std::getline(keys, key, '.')) parts.push_back(key);
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    if (!node->is_object()) return fail(ErrorCode::InvalidInput, "The override '" + assignment + "' goes into a value that is not an object.");
    node = &(*node)[parts[i]];
    if (node->is_null()) *node = Json::object();
  }
  if (!node->is_object()) return fail(ErrorCode::InvalidInput, "The override '" + assignment + "' goes into a value that is not an object.");
  (*node)[parts.back()] = value;
  return {};
}

}  // namespace spact::config
