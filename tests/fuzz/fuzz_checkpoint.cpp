// libFuzzer target for the checkpoint readers (core/nn/io): the torch.save zip reader and the
// state-dict search behind it, the pickle reader on its own (inputs that are not zips), and the
// safetensors / .spact readers. Every input must end in a value or an error: no crash, no leak,
// no out-of-bounds access, no unbounded allocation. See README.md for how to run it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nn/io/model_import.h"
#include "nn/io/pickle.h"
#include "nn/io/safetensors.h"
#include "nn/io/spact_checkpoint.h"
#include "nn/io/torch_archive.h"

using namespace spact::nn::io;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (size >= 2 && bytes.substr(0, 2) == "PK") {
    if (auto doc = readTorchBytes(bytes, "fuzz")) {
      if (auto contents = findStateDicts(*doc, "fuzz")) (void)bundleFromCheckpoint(*contents, "fuzz");
    }
    return 0;
  }
  // A bare pickle: storages are zeros of the declared size, capped so the fuzzer explores the
  // pickle reader rather than the allocator.
  const StorageLoader loader = [](const std::string&, c10::ScalarType dtype,
                                  std::int64_t numel) -> spact::Result<torch::Tensor> {
    if (numel > (1 << 16)) return spact::fail(spact::ErrorCode::InvalidInput, "storage too large");
    return torch::zeros({numel}, torch::TensorOptions().dtype(dtype));
  };
  if (auto doc = unpickle(bytes, loader, "fuzz")) {
    if (auto contents = findStateDicts(*doc, "fuzz")) (void)bundleFromCheckpoint(*contents, "fuzz");
  }
  (void)readSafetensorsBytes(bytes, "fuzz");
  (void)readSpactCheckpointBytes(bytes, "fuzz");
  return 0;
}
