#include "nn/io/format.h"

#include <caffe2/serialize/inline_container.h>
#include <fmt/format.h>
#include <cstring>
#include <fstream>

#include "nn/io/buffer_adapter.h"
#include "nn/io/safetensors.h"
#include "nn/io/spact_checkpoint.h"
#include "util/files.h"

namespace spact::nn::io {
namespace {

bool isLegacyTorch(std::string_view head) {
  // A pickle (protocol 2+) as the first thing in the file: the legacy torch.save layout starts
  // with the pickled magic number 0x1950a86a20f9469cfc6c. Very old files are tar archives.
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x80 && head[1] >= 2 && head[1] <= 5) return true;
  return head.size() >= 262 && head.substr(257, 5) == "ustar";
}

bool looksLikeSafetensors(std::string_view head, std::uint64_t fileSize) {
  if (head.size() < 9) return false;
  std::uint64_t length = 0;
  for (int i = 7; i >= 0; --i) length = (length << 8) | static_cast<unsigned char>(head[static_cast<std::size_t>(i)]);
  return length >= 2 && length <= fileSize - 8 && head[8] == '{';
}

bool hasScriptEntries(caffe2::serialize::PyTorchStreamReader& reader) {
  if (reader.hasRecord("constants.pkl")) return true;
  for (const auto& name : reader.getAllRecords())
    if (name.find("/code/") != std::string::npos || name.rfind("code/", 0) == 0) return true;
  return false;
}

}  // namespace

const char* formatName(FileFormat format) {
  switch (format) {
    case FileFormat::TorchZip:
      return "PyTorch checkpoint (torch.save)";
    case FileFormat::TorchLegacy:
      return "legacy PyTorch checkpoint";
    case FileFormat::TorchScript:
      return "TorchScript model";
    case FileFormat::Safetensors:
      return "safetensors";
    case FileFormat::SpactCheckpoint:
      return "SPAct checkpoint";
    case FileFormat::Unknown:
      return "unknown";
  }
  return "unknown";
}

FileFormat detectFormat(std::string_view bytes) {
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    try {
      caffe2::serialize::PyTorchStreamReader reader(std::make_shared<BufferAdapter>(bytes));
      return hasScriptEntries(reader) ? FileFormat::TorchScript : FileFormat::TorchZip;
    } catch (const std::exception&) {
      return FileFormat::TorchZip;  // a damaged zip: the checkpoint reader says what is wrong with it
    }
  }
  // safetensors first: its length prefix can begin like a pickle (0x80 0x02 is 640).
  if (looksLikeSafetensors(bytes, bytes.size())) {
    auto file = readSafetensorsBytes(bytes, "");
    if (file && file->metadata.count("format") && file->metadata.at("format") == kSpactFormatName)
      return FileFormat::SpactCheckpoint;
    return FileFormat::Safetensors;
  }
  if (isLegacyTorch(bytes)) return FileFormat::TorchLegacy;
  return FileFormat::Unknown;
}

Result<FileFormat> detectFileFormat(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return fail(ErrorCode::NotFound, fmt::format("'{}' does not exist.", path));
  if (std::filesystem::is_directory(path, ec))
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is a folder, not a file.", path));
  const auto size = std::filesystem::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (!in || ec) return fail(ErrorCode::Io, files::describeErrno(path, "read", errno));
  std::string head(512, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.size() >= 4 && head.substr(0, 4) == std::string("PK\x03\x04", 4)) {
    try {
      caffe2::serialize::PyTorchStreamReader reader(path);
      return hasScriptEntries(reader) ? FileFormat::TorchScript : FileFormat::TorchZip;
    } catch (const std::exception&) {
      return FileFormat::TorchZip;
    }
  }
  if (looksLikeSafetensors(head, size)) {
    auto metadata = readSafetensorsMetadata(path);
    if (metadata && metadata->count("format") && metadata->at("format") == kSpactFormatName)
      return FileFormat::SpactCheckpoint;
    return FileFormat::Safetensors;
  }
  if (isLegacyTorch(head)) return FileFormat::TorchLegacy;
  return FileFormat::Unknown;
}

}  // namespace spact::nn::io
