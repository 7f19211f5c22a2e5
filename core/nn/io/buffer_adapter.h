#pragma once
// Internal: lets PyTorchStreamReader read a zip held in memory, never past its end (miniz asks
// for whatever a damaged zip claims).
#include <caffe2/serialize/read_adapter_interface.h>
#include <algorithm>
#include <cstring>
#include <string_view>

namespace spact::nn::io {

class BufferAdapter final : public caffe2::serialize::ReadAdapterInterface {
 public:
  explicit BufferAdapter(std::string_view bytes) : bytes_(bytes) {}
  size_t size() const override { return bytes_.size(); }
  size_t read(uint64_t pos, void* buf, size_t n, const char* /*what*/) const override {
    if (pos >= bytes_.size()) return 0;
    const size_t count = std::min<size_t>(n, bytes_.size() - static_cast<size_t>(pos));
    std::memcpy(buf, bytes_.data() + pos, count);
    return count;
  }

 private:
  std::string_view bytes_;
};

}  // namespace spact::nn::io
