#include "nn/io/safetensors.h"

#include <fmt/format.h>
#include <algorithm>
#include <cstring>
#include <functional>
#include <set>

#include "nn/io/json.h"
#include "util/files.h"

namespace spact::nn::io {
namespace {

constexpr std::uint64_t kMaxHeader = 100u << 20;  // the limit the reference implementation uses

struct DtypeName {
  const char* name;
  c10::ScalarType type;
};
constexpr DtypeName kDtypes[] = {
    {"F64", c10::kDouble}, {"F32", c10::kFloat}, {"F16", c10::kHalf}, {"BF16", c10::kBFloat16}, {"I64", c10::kLong},
    {"I32", c10::kInt},    {"I16", c10::kShort}, {"I8", c10::kChar},  {"U8", c10::kByte},       {"BOOL", c10::kBool},
};

std::optional<c10::ScalarType> dtypeFromName(const std::string& name) {
  for (const auto& d : kDtypes)
    if (name == d.name) return d.type;
  return std::nullopt;
}
const char* nameOfDtype(c10::ScalarType type) {
  for (const auto& d : kDtypes)
    if (type == d.type) return d.name;
  return nullptr;
}

struct Entry {
  std::string name;
  c10::ScalarType dtype;
  std::vector<std::int64_t> shape;
  std::uint64_t begin = 0, end = 0;
};

struct Header {
  std::vector<Entry> entries;
  std::map<std::string, std::string> metadata;
};

tl::unexpected<Error> bad(const std::string& source, const std::string& cause) {
  return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a valid safetensors file: {}.", source, cause));
}

// Nesting depth of a JSON text, strings skipped: refuses headers that would recurse deeply.
int jsonDepth(std::string_view text) {
  int depth = 0, most = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      most = std::max(most, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return most;
}

Result<Header> parseHeader(std::string_view text, std::uint64_t dataSize, const std::string& source) {
  if (text.empty() || text.front() != '{') return bad(source, "its header is not a JSON object");
  if (jsonDepth(text) > 4) return bad(source, "its header is nested too deeply");
  const auto json = config::Json::parse(text.begin(), text.end(), nullptr, false);
  if (json.is_discarded() || !json.is_object()) return bad(source, "its header is not valid JSON");
  Header header;
  std::set<std::string> names;
  for (const auto& [name, value] : json.items()) {
    if (name == "__metadata__") {
      if (!value.is_object()) return bad(source, "__metadata__ is not an object");
      for (const auto& [k, v] : value.items()) {
        if (!v.is_string()) return bad(source, fmt::format("metadata '{}' is not a string", k));
        header.metadata[k] = v.get<std::string>();
      }
      continue;
    }
    if (!names.insert(name).second) return bad(source, fmt::format("tensor '{}' appears twice", name));
    if (!value.is_object()) return bad(source, fmt::format("tensor '{}' is not described by an object", name));
    Entry e;
    e.name = name;
    const auto dtype = value.find("dtype");
    if (dtype == value.end() || !dtype->is_string()) return bad(source, fmt::format("tensor '{}' has no dtype", name));
    const auto type = dtypeFromName(dtype->get<std::string>());
    if (!type)
      return fail(ErrorCode::Unsupported, fmt::format("'{}' holds tensor '{}' of dtype {}, which is not supported.",
                                                      source, name, dtype->get<std::string>()));
    e.dtype = *type;
    const auto shape = value.find("shape");
    if (shape == value.end() || !shape->is_array() || shape->size() > 64)
      return bad(source, fmt::format("tensor '{}' has no valid shape", name));
    std::uint64_t numel = 1;
    for (const auto& d : *shape) {
      if (!d.is_number_unsigned()) return bad(source, fmt::format("tensor '{}' has a shape that is not sizes", name));
      const auto size = d.get<std::uint64_t>();
      if (size > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) ||
          __builtin_mul_overflow(numel, size, &numel))
        return bad(source, fmt::format("tensor '{}' is too large", name));
      e.shape.push_back(static_cast<std::int64_t>(size));
    }
    const auto offsets = value.find("data_offsets");
    if (offsets == value.end() || !offsets->is_array() || offsets->size() != 2 || !(*offsets)[0].is_number_unsigned() ||
        !(*offsets)[1].is_number_unsigned())
      return bad(source, fmt::format("tensor '{}' has no valid data_offsets", name));
    e.begin = (*offsets)[0].get<std::uint64_t>();
    e.end = (*offsets)[1].get<std::uint64_t>();
    std::uint64_t bytes = 0;
    if (e.begin > e.end || e.end > dataSize)
      return bad(source, fmt::format("tensor '{}' lies outside the file's data", name));
    if (__builtin_mul_overflow(numel, c10::elementSize(e.dtype), &bytes) || bytes != e.end - e.begin)
      return bad(source, fmt::format("tensor '{}' has {} bytes of data, but its shape and dtype need {}", name,
                                     e.end - e.begin, bytes));
    header.entries.push_back(std::move(e));
  }
  std::vector<const Entry*> byOffset;
  for (const auto& e : header.entries) byOffset.push_back(&e);
  std::sort(byOffset.begin(), byOffset.end(), [](const Entry* a, const Entry* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
  });
  std::uint64_t cursor = 0;
  for (const Entry* e : byOffset) {
    if (e->begin != cursor) return bad(source, fmt::format("tensor '{}' overlaps another or leaves a gap", e->name));
    cursor = e->end;
  }
  if (cursor != dataSize) return bad(source, "its data has bytes no tensor uses");
  return header;
}

using ReadAt = std::function<bool(std::uint64_t offset, void* into, std::size_t size)>;

Result<Header> readHeader(std::uint64_t fileSize, const ReadAt& readAt, const std::string& source,
                          std::uint64_t* dataStart) {
  unsigned char prefix[8];
  if (fileSize < 8 || !readAt(0, prefix, 8)) return bad(source, "it is shorter than its 8-byte header length");
  std::uint64_t length = 0;
  for (int i = 7; i >= 0; --i) length = (length << 8) | prefix[i];
  if (length > kMaxHeader) return bad(source, fmt::format("its header claims {} bytes", length));
  if (length > fileSize - 8) return bad(source, "its header runs past the end of the file");
  std::string text(static_cast<std::size_t>(length), '\0');
  if (length > 0 && !readAt(8, text.data(), text.size())) return bad(source, "its header could not be read");
  *dataStart = 8 + length;
  return parseHeader(text, fileSize - *dataStart, source);
}

Result<SafetensorsFile> load(std::uint64_t fileSize, const ReadAt& readAt, const std::string& source) {
  try {
    std::uint64_t dataStart = 0;
    auto header = readHeader(fileSize, readAt, source, &dataStart);
    if (!header) return tl::unexpected(header.error());
    SafetensorsFile out;
    out.metadata = std::move(header->metadata);
    for (const auto& e : header->entries) {
      torch::Tensor t = torch::empty(e.shape, torch::TensorOptions().dtype(e.dtype));
      if (e.end > e.begin && !readAt(dataStart + e.begin, t.data_ptr(), static_cast<std::size_t>(e.end - e.begin)))
        return fail(ErrorCode::Io, fmt::format("Could not read tensor '{}' from '{}'.", e.name, source));
      out.tensors.emplace_back(e.name, std::move(t));
    }
    return out;
  } catch (const std::bad_alloc&) {
    return fail(ErrorCode::OutOfMemory, fmt::format("Ran out of memory while reading '{}'.", source));
  } catch (const std::exception& e) {
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' could not be read: {}.", source, e.what()));
  }
}

struct FileHandle {
  std::FILE* f = nullptr;
  ~FileHandle() {
    if (f) std::fclose(f);
  }
};

template <class Use>
auto withFile(const std::string& path, Use&& use) -> decltype(use(std::uint64_t{}, ReadAt{})) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is a folder, not a file.", path));
  FileHandle file{std::fopen(path.c_str(), "rb")};
  if (!file.f) {
    const int err = errno;
    return fail(err == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, files::describeErrno(path, "read", err));
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return fail(ErrorCode::Io, fmt::format("Could not read '{}': {}.", path, ec.message()));
  ReadAt readAt = [&file](std::uint64_t offset, void* into, std::size_t n) {
    return std::fseek(file.f, static_cast<long>(offset), SEEK_SET) == 0 && std::fread(into, 1, n, file.f) == n;
  };
  return use(size, readAt);
}

Result<std::string> headerFor(const NamedTensors& tensors, const std::map<std::string, std::string>& metadata,
                              std::vector<torch::Tensor>* contiguous) {
  config::Json header = config::Json::object();
  if (!metadata.empty()) {
    config::Json meta = config::Json::object();
    for (const auto& [k, v] : metadata) meta[k] = v;
    header["__metadata__"] = meta;
  }
  std::uint64_t offset = 0;
  std::set<std::string> names;
  for (const auto& [name, tensor] : tensors) {
    if (name == "__metadata__" || !names.insert(name).second)
      return fail(ErrorCode::InvalidInput, fmt::format("Tensor name '{}' is used twice or reserved.", name));
    if (!tensor.defined()) return fail(ErrorCode::InvalidInput, fmt::format("Tensor '{}' is undefined.", name));
    const char* dtype = nameOfDtype(tensor.scalar_type());
    if (!dtype)
      return fail(ErrorCode::Unsupported, fmt::format("Tensor '{}' has dtype {}, which safetensors files here do not "
                                                      "store.",
                                                      name, c10::toString(tensor.scalar_type())));
    torch::Tensor t = tensor.detach().to(torch::kCPU).contiguous();
    const auto bytes = static_cast<std::uint64_t>(t.numel()) * t.element_size();
    header[name] = {{"dtype", dtype}, {"shape", t.sizes().vec()}, {"data_offsets", {offset, offset + bytes}}};
    offset += bytes;
    contiguous->push_back(std::move(t));
  }
  std::string text = header.dump();
  text.append((8 - (text.size() % 8)) % 8, ' ');  // data starts 8-byte aligned
  return text;
}

std::string lengthPrefix(std::uint64_t n) {
  std::string out(8, '\0');
  for (int i = 0; i < 8; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((n >> (8 * i)) & 0xff);
  return out;
}

}  // namespace

Result<SafetensorsFile> readSafetensorsBytes(std::string_view bytes, const std::string& source) {
  return load(
      bytes.size(),
      [bytes](std::uint64_t offset, void* into, std::size_t n) {
        if (offset > bytes.size() || n > bytes.size() - offset) return false;
        std::memcpy(into, bytes.data() + offset, n);
        return true;
      },
      source);
}

Result<SafetensorsFile> readSafetensors(const std::string& path) {
  return withFile(path, [&path](std::uint64_t size, const ReadAt& readAt) { return load(size, readAt, path); });
}

Result<std::map<std::string, std::string>> readSafetensorsMetadata(const std::string& path) {
  return withFile(path,
                  [&path](std::uint64_t size, const ReadAt& readAt) -> Result<std::map<std::string, std::string>> {
                    std::uint64_t dataStart = 0;
                    auto header = readHeader(size, readAt, path, &dataStart);
                    if (!header) return tl::unexpected(header.error());
                    return header->metadata;
                  });
}

Result<std::string> safetensorsBytes(const NamedTensors& tensors, const std::map<std::string, std::string>& metadata) {
  try {
    std::vector<torch::Tensor> data;
    auto header = headerFor(tensors, metadata, &data);
    if (!header) return tl::unexpected(header.error());
    std::string out = lengthPrefix(header->size()) + *header;
    for (const auto& t : data) out.append(static_cast<const char*>(t.data_ptr()), t.numel() * t.element_size());
    return out;
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal, fmt::format("Could not serialise tensors: {}.", e.what()));
  }
}

Status writeSafetensors(const std::string& path, const NamedTensors& tensors,
                        const std::map<std::string, std::string>& metadata) {
  try {
    std::vector<torch::Tensor> data;
    auto header = headerFor(tensors, metadata, &data);
    if (!header) return tl::unexpected(header.error());
    files::AtomicFile file(path);
    if (auto st = file.open(); !st) return st;
    const std::string prefix = lengthPrefix(header->size());
    if (auto st = file.write(prefix.data(), prefix.size()); !st) return st;
    if (auto st = file.write(header->data(), header->size()); !st) return st;
    for (const auto& t : data)
      if (auto st = file.write(t.data_ptr(), static_cast<std::size_t>(t.numel()) * t.element_size()); !st) return st;
    return file.commit();
  } catch (const std::bad_alloc&) {
    return fail(ErrorCode::OutOfMemory, fmt::format("Ran out of memory while writing '{}'.", path));
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal, fmt::format("Could not write '{}': {}.", path, e.what()));
  }
}

}  // namespace spact::nn::io
