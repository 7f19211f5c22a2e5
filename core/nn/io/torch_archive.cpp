#include "nn/io/torch_archive.h"

#include <caffe2/serialize/inline_container.h>
#include <fmt/format.h>
#include <cstring>
#include <set>

#include "nn/io/buffer_adapter.h"
#include "nn/io/format.h"
#include "util/files.h"

namespace spact::nn::io {
namespace {

std::string firstLine(const std::string& what) {
  const auto end = what.find('\n');
  std::string line = what.substr(0, end);
  while (!line.empty() && (line.back() == '.' || line.back() == ' ')) line.pop_back();
  return line;
}

Result<PickleDocument> readArchive(caffe2::serialize::PyTorchStreamReader& reader, const std::string& source) {
  if (reader.hasRecord("constants.pkl") || reader.hasRecord("code/__torch__.py"))
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}' is a TorchScript model, not a torch.save checkpoint.", source));
  if (!reader.hasRecord("data.pkl"))
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}' is a zip archive but not a PyTorch checkpoint: it has no data.pkl.", source));
  if (reader.hasRecord("byteorder")) {
    auto [ptr, size] = reader.getRecord("byteorder");
    const std::string order(static_cast<const char*>(ptr.get()), size);
    if (order != "little")
      return fail(ErrorCode::Unsupported,
                  fmt::format("'{}' stores its tensors big-endian, which is not supported.", source));
  }
  auto [pickle, pickleSize] = reader.getRecord("data.pkl");
  const std::string_view bytes(static_cast<const char*>(pickle.get()), pickleSize);
  StorageLoader loader = [&reader, &source](const std::string& key, c10::ScalarType dtype,
                                            std::int64_t numel) -> Result<torch::Tensor> {
    const std::string record = "data/" + key;
    if (!reader.hasRecord(record))
      return fail(ErrorCode::InvalidInput,
                  fmt::format("'{}' is incomplete: tensor data '{}' is missing.", source, record));
    const auto elementSize = static_cast<std::int64_t>(c10::elementSize(dtype));
    std::int64_t expected = 0;
    if (__builtin_mul_overflow(numel, elementSize, &expected))
      return fail(ErrorCode::InvalidInput, fmt::format("'{}' declares a storage too large to exist.", source));
    auto [data, size] = reader.getRecord(record);
    if (static_cast<std::int64_t>(size) != expected)
      return fail(ErrorCode::InvalidInput,
                  fmt::format("'{}' is corrupt: tensor data '{}' holds {} bytes where {} were declared.", source,
                              record, size, expected));
    torch::Tensor storage = torch::empty({numel}, torch::TensorOptions().dtype(dtype));
    if (size > 0) std::memcpy(storage.data_ptr(), data.get(), size);
    return storage;
  };
  return unpickle(bytes, loader, source);
}

template <class MakeReader>
Result<PickleDocument> guarded(const std::string& source, MakeReader&& makeReader) {
  try {
    caffe2::serialize::PyTorchStreamReader reader = makeReader();
    return readArchive(reader, source);
  } catch (const std::bad_alloc&) {
    return fail(ErrorCode::OutOfMemory, fmt::format("Ran out of memory while reading '{}'.", source));
  } catch (const c10::Error& e) {
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a readable PyTorch checkpoint: {}.", source,
                                                     firstLine(e.what_without_backtrace())));
  } catch (const std::exception& e) {
    return fail(ErrorCode::InvalidInput,
                fmt::format("'{}' is not a readable PyTorch checkpoint: {}.", source, firstLine(e.what())));
  }
}

Status checkZip(std::string_view head, const std::string& source) {
  const FileFormat format = detectFormat(head);
  if (format == FileFormat::TorchLegacy)
    return fail(ErrorCode::Unsupported,
                fmt::format("'{}' uses PyTorch's unsupported legacy (pre-1.6, non-zip) format; re-save it in Python "
                            "with torch.save(torch.load(path), path), which writes the zip format.",
                            source));
  if (head.size() < 4 || head.substr(0, 2) != "PK")
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is not a PyTorch checkpoint (not a zip archive).", source));
  return {};
}

}  // namespace

Result<PickleDocument> readTorchBytes(std::string_view bytes, const std::string& source) {
  if (auto st = checkZip(bytes, source); !st) return tl::unexpected(st.error());
  return guarded(source,
                 [&] { return caffe2::serialize::PyTorchStreamReader(std::make_shared<BufferAdapter>(bytes)); });
}

Result<PickleDocument> readTorchFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return fail(ErrorCode::NotFound, fmt::format("'{}' does not exist.", path));
  if (std::filesystem::is_directory(path, ec))
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is a folder, not a file.", path));
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return fail(ErrorCode::Io, files::describeErrno(path, "read", errno));
  char head[64] = {};
  const std::size_t got = std::fread(head, 1, sizeof head, f);
  std::fclose(f);
  if (auto st = checkZip(std::string_view(head, got), path); !st) return tl::unexpected(st.error());
  return guarded(path, [&] { return caffe2::serialize::PyTorchStreamReader(path); });
}

Result<CheckpointContents> findStateDicts(const PickleDocument& doc, const std::string& source) {
  using Kind = PickleNode::Kind;
  CheckpointContents out;
  if (doc.root < 0) return fail(ErrorCode::InvalidInput, fmt::format("'{}' holds nothing.", source));
  const PickleNode& root = doc.at(doc.root);
  if (root.kind == Kind::Dict)
    for (std::size_t i = 0; i + 1 < root.items.size(); i += 2) {
      const PickleNode& k = doc.at(root.items[i]);
      const PickleNode& v = doc.at(root.items[i + 1]);
      if (k.kind == Kind::String && v.kind == Kind::Int) out.counters.emplace_back(k.text, v.integer);
    }
  // Breadth first through dicts, each visited once (a hostile pickle can make cycles).
  std::set<NodeId> seen;
  std::vector<std::pair<NodeId, std::string>> level = {{doc.root, ""}};
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::vector<std::pair<NodeId, std::string>> next;
    for (const auto& [id, path] : level) {
      if (!seen.insert(id).second) continue;
      const PickleNode& node = doc.at(id);
      if (node.kind != Kind::Dict || node.items.empty()) continue;
      bool allTensors = true;
      for (std::size_t i = 0; i + 1 < node.items.size(); i += 2)
        if (doc.at(node.items[i]).kind != Kind::String || doc.at(node.items[i + 1]).kind != Kind::Tensor)
          allTensors = false;
      if (allTensors) {
        FoundStateDict found{path, {}};
        for (std::size_t i = 0; i + 1 < node.items.size(); i += 2)
          found.tensors.emplace_back(doc.at(node.items[i]).text, doc.at(node.items[i + 1]).tensor);
        out.stateDicts.push_back(std::move(found));
        continue;
      }
      for (std::size_t i = 0; i + 1 < node.items.size(); i += 2) {
        const PickleNode& k = doc.at(node.items[i]);
        if (k.kind == Kind::String && doc.at(node.items[i + 1]).kind == Kind::Dict)
          next.emplace_back(node.items[i + 1], path.empty() ? k.text : path + "." + k.text);
      }
    }
    level = std::move(next);
  }
  return out;
}

}  // namespace spact::nn::io
