#include "nn/io/pickle_globals.h"

namespace spact::nn::io::detail {

const std::map<std::string, GlobalInfo>& allowedGlobals() {
  static const std::map<std::string, GlobalInfo> table = [] {
    std::map<std::string, GlobalInfo> t;
    t["collections.OrderedDict"] = {Callable::OrderedDict, {}};
    t["torch._utils._rebuild_tensor_v2"] = {Callable::RebuildTensorV2, {}};
    t["torch._utils._rebuild_tensor"] = {Callable::RebuildTensor, {}};
    t["torch._utils._rebuild_parameter"] = {Callable::RebuildParameter, {}};
    t["torch._utils._rebuild_parameter_with_state"] = {Callable::RebuildParameterWithState, {}};
    t["torch.device"] = {Callable::Device, {}};
    t["torch.Size"] = {Callable::Size, {}};
    t["_codecs.encode"] = {Callable::CodecsEncode, {}};
    for (const char* m : {"builtins", "__builtin__"}) {
      t[std::string(m) + ".set"] = {Callable::Set, {}};
      t[std::string(m) + ".frozenset"] = {Callable::Set, {}};
    }
    for (const char* m : {"numpy.core.multiarray", "numpy._core.multiarray"}) {
      t[std::string(m) + "._reconstruct"] = {Callable::NumpyData, {}};
      t[std::string(m) + ".scalar"] = {Callable::NumpyData, {}};
    }
    t["numpy.dtype"] = {Callable::NumpyData, {}};
    t["numpy.ndarray"] = {Callable::NumpyData, {}};
    const std::pair<const char*, c10::ScalarType> storages[] = {
        {"FloatStorage", c10::kFloat},
        {"DoubleStorage", c10::kDouble},
        {"HalfStorage", c10::kHalf},
        {"BFloat16Storage", c10::kBFloat16},
        {"LongStorage", c10::kLong},
        {"IntStorage", c10::kInt},
        {"ShortStorage", c10::kShort},
        {"CharStorage", c10::kChar},
        {"ByteStorage", c10::kByte},
        {"BoolStorage", c10::kBool},
        {"ComplexFloatStorage", c10::kComplexFloat},
        {"ComplexDoubleStorage", c10::kComplexDouble},
    };
    for (const auto& [name, type] : storages) t[std::string("torch.") + name] = {Callable::Constant, type};
    for (const char* dtype : {"float32", "float", "float64", "double", "float16", "half", "bfloat16", "int64", "long",
                              "int32", "int", "int16", "short", "int8", "uint8", "bool", "complex64", "complex128"})
      t[std::string("torch.") + dtype] = {Callable::Constant, {}};
    return t;
  }();
  return table;
}

}  // namespace spact::nn::io::detail
