#include "nn/flop_counter.h"

#include <ATen/record_function.h>
#include <torch/torch.h>

#include <atomic>
#include <cstring>
#include <stdexcept>

namespace spact::nn {

namespace {

std::atomic<double> counted{0};
std::atomic<bool> active{false};

double product(c10::IntArrayRef v, std::size_t from = 0) {
  double p = 1;
  for (std::size_t i = from; i < v.size(); ++i) p *= static_cast<double>(v[i]);
  return p;
}

// One convolution's multiply-adds × 2. `out` is the output's shape; for a transposed
// convolution the work is counted over the input instead (weight is (Cin, Cout/g, k...)).
double convolutionFlops(c10::IntArrayRef in, c10::IntArrayRef weight, c10::IntArrayRef out, bool transposed) {
  const double perPosition = product(weight, 1);  // (C/g) × kernel volume
  return 2.0 * perPosition * (transposed ? product(in) : product(out));
}

// Output shape of a (non-transposed) convolution from its arguments.
std::vector<std::int64_t> convolutionOutput(c10::IntArrayRef in, c10::IntArrayRef weight, c10::IntArrayRef stride,
                                            c10::IntArrayRef padding, c10::IntArrayRef dilation) {
  std::vector<std::int64_t> out{in[0], weight[0]};
  for (std::size_t d = 2; d < in.size(); ++d) {
    const auto i = d - 2;
    const auto s = stride.size() > i ? stride[i] : stride[0];
    const auto p = padding.size() > i ? padding[i] : padding[0];
    const auto dl = dilation.size() > i ? dilation[i] : dilation[0];
    out.push_back((in[d] + 2 * p - dl * (weight[d] - 1) - 1) / s + 1);
  }
  return out;
}

void add(double f) {
  double now = counted.load();
  while (!counted.compare_exchange_weak(now, now + f)) {
  }
}

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction& fn) {
  const char* name = fn.name();
  if (!name || std::strncmp(name, "aten::", 6) != 0) return nullptr;
  const char* op = name + 6;
  const auto in = fn.inputs();
  auto shape = [&](std::size_t i) { return in[i].toTensor().sizes(); };
  auto ints = [&](std::size_t i) { return in[i].toIntVector(); };
  try {
    if (std::strcmp(op, "convolution") == 0 && in.size() >= 9) {
      const bool transposed = in[6].toBool();
      const auto out = transposed ? std::vector<std::int64_t>{} : convolutionOutput(shape(0), shape(1), ints(3), ints(4), ints(5));
      add(convolutionFlops(shape(0), shape(1), out, transposed));
    } else if (std::strcmp(op, "convolution_backward") == 0 && in.size() >= 11) {
      // (grad_output, input, weight, bias_sizes, stride, padding, dilation, transposed, output_padding, groups, output_mask)
      const auto mask = in[10].toBoolList();
      const double passes = (mask.get(0) ? 1 : 0) + (mask.get(1) ? 1 : 0);
      add(passes * convolutionFlops(shape(1), shape(2), shape(0), in[7].toBool()));
    } else if (std::strcmp(op, "mm") == 0 && in.size() >= 2) {
      add(2.0 * product(shape(0)) * static_cast<double>(shape(1)[1]));
    } else if (std::strcmp(op, "addmm") == 0 && in.size() >= 3) {
      add(2.0 * product(shape(1)) * static_cast<double>(shape(2)[1]));
    } else if (std::strcmp(op, "bmm") == 0 && in.size() >= 2) {
      add(2.0 * product(shape(0)) * static_cast<double>(shape(1)[2]));
    }
  } catch (const std::exception&) {
    // An overload with other arguments than counted here: not counted.
  }
  return nullptr;
}

}  // namespace

FlopCounter::FlopCounter() {
  if (active.exchange(true)) throw std::logic_error("only one FlopCounter at a time");
  counted = 0;
  handle_ = at::addGlobalCallback(at::RecordFunctionCallback(&onStart).needsInputs(true).scopes({at::RecordScope::FUNCTION}));
}

FlopCounter::~FlopCounter() {
  at::removeCallback(handle_);
  active = false;
}

double FlopCounter::flops() const { return counted.load(); }

}  // namespace spact::nn
