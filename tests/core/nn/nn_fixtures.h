#pragma once
// The parity fixtures of tests/reference/make_nn_fixtures.py (PyTorch/torchvision reference
// networks, random weights, inputs and expected outputs), read with the safetensors reader of
// core/nn/io. Test-only.
#include <QtTest>
#include <filesystem>
#include <string>

#include "nn/io/safetensors.h"
#include "nn/named_tensors.h"

namespace spact::test {

// Under SPACT_SOURCE_DIR (set by CTest), or found from this file's path when run by hand.
inline std::string fixturePath(const std::string& name) {
  const QByteArray root = qgetenv("SPACT_SOURCE_DIR");
  const std::filesystem::path source =
      root.isEmpty() ? std::filesystem::path(__FILE__).parent_path().parent_path().parent_path().parent_path()
                     : std::filesystem::path(root.toStdString());
  return (source / "tests" / "reference" / "fixtures" / name).string();
}

// Reads a fixture file; fails the test (returns an empty file) when it cannot.
inline nn::io::SafetensorsFile readFixture(const std::string& name) {
  auto file = nn::io::readSafetensors(fixturePath(name));
  if (!file) {
    qWarning("%s", file.error().message.c_str());
    return {};
  }
  return *file;
}

inline torch::Tensor tensorOf(const nn::io::SafetensorsFile& file, const std::string& key) {
  auto t = nn::find(file.tensors, key);
  return t ? *t : torch::Tensor();
}

inline double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.to(torch::kDouble) - b.to(torch::kDouble)).abs().max().item<double>();
}

}  // namespace spact::test
