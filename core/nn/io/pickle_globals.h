#pragma once
// Internal to the pickle reader: the globals a weights file may name, and what each stands for.
// Every entry is implemented by pickle.cpp on plain values; nothing is looked up or executed.
#include <torch/types.h>
#include <map>
#include <optional>
#include <string>

namespace spact::nn::io::detail {

// The callables a weights file may name.
enum class Callable {
  OrderedDict,
  RebuildTensorV2,
  RebuildTensor,
  RebuildParameter,
  RebuildParameterWithState,
  Device,
  Size,
  CodecsEncode,
  Set,
  NumpyData,  // numpy arrays, scalars and dtypes: data only, kept as an opaque value
  Constant,   // a value, not a callable (torch.float32, a storage type)
};

struct GlobalInfo {
  Callable callable;
  std::optional<c10::ScalarType> storageType;
};

const std::map<std::string, GlobalInfo>& allowedGlobals();

}  // namespace spact::nn::io::detail
