#pragma once
// safetensors (https://github.com/huggingface/safetensors): 8-byte little-endian header length,
// a JSON header {"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {str: str}},
// then the raw little-endian tensor bytes. Reading validates the header against the file: known
// dtypes, sizes that match shapes, offsets inside the data and covering it without overlap.
#include <map>
#include <string>
#include <string_view>

#include "nn/named_tensors.h"
#include "util/result.h"

namespace spact::nn::io {

struct SafetensorsFile {
  NamedTensors tensors;  // in header order
  std::map<std::string, std::string> metadata;
};

Result<SafetensorsFile> readSafetensors(const std::string& path);
Result<SafetensorsFile> readSafetensorsBytes(std::string_view bytes, const std::string& source);
// Only the header (metadata and each tensor's dtype and shape): cheap even for large files.
Result<std::map<std::string, std::string>> readSafetensorsMetadata(const std::string& path);

// Written atomically; tensors in the order given, made contiguous and little-endian on the way.
// Dtypes: F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL.
Status writeSafetensors(const std::string& path, const NamedTensors& tensors,
                        const std::map<std::string, std::string>& metadata = {});
Result<std::string> safetensorsBytes(const NamedTensors& tensors,
                                     const std::map<std::string, std::string>& metadata = {});

}  // namespace spact::nn::io
