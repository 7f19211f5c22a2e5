#pragma once
// Which kind of model file a file is, from its first bytes and (for zips) its entries, never
// from its name alone.
#include <string>
#include <string_view>

#include "util/result.h"

namespace spact::nn::io {

enum class FileFormat {
  TorchZip,     // torch.save, zip container (PyTorch >= 1.6)
  TorchLegacy,  // torch.save with _use_new_zipfile_serialization=False, or older
  TorchScript,  // torch.jit.save: a zip with code/ and constants.pkl
  Safetensors,
  SpactCheckpoint,  // a safetensors file whose metadata says format "spact-checkpoint"
  Unknown,
};

const char* formatName(FileFormat format);

// Sniffs bytes already in memory (the whole file, or at least its start for non-zips).
FileFormat detectFormat(std::string_view bytes);

// Reads enough of `path` to decide. Errors: missing, unreadable.
Result<FileFormat> detectFileFormat(const std::string& path);

}  // namespace spact::nn::io
