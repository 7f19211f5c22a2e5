// DataParallel over c10d: a TCPStore hosted by rank 0 for the rendezvous, a Gloo (CPU) or NCCL
// (CUDA) process group for the collectives. c10d throws; every call is caught here and turned
// into an Error that names the rank and the cause.
#include "train/distributed.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <thread>
#include <utility>

// LibTorch's CMake target defines USE_C10D_GLOO (every Linux build, Debian's too) and, in a CUDA
// build, USE_C10D_NCCL. Those c10d headers also need the libraries' own headers, Gloo's (Debian:
// libgloo-dev) and nccl.h; without them the back end is reported missing at run time.
#if defined(USE_C10D_GLOO) && __has_include(<gloo/config.h>)
#define SPACT_C10D_GLOO 1
#endif
#if defined(USE_C10D_NCCL) && __has_include(<nccl.h>)
#define SPACT_C10D_NCCL 1
#endif

#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/version.h>
#ifdef SPACT_C10D_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#ifdef SPACT_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include "util/log.h"

namespace spact::train {

namespace {

// LibTorch 2.0 split c10d's ProcessGroup into a front end and per-device back ends; Gloo and NCCL
// are back ends there, and each carries the collectives used here.
#if TORCH_VERSION_MAJOR >= 2
using Collectives = c10d::Backend;
#else
using Collectives = c10d::ProcessGroup;
#endif

constexpr bool kHaveGloo =
#ifdef SPACT_C10D_GLOO
    true;
#else
    false;
#endif
constexpr bool kHaveNccl =
#ifdef SPACT_C10D_NCCL
    true;
#else
    false;
#endif

// The first line of an exception's message, without c10's backtrace or a final period.
std::string detailOf(const std::exception& e) {
  const auto* c10Error = dynamic_cast<const c10::Error*>(&e);
  std::string text = c10Error ? c10Error->what_without_backtrace() : e.what();
  text = text.substr(0, text.find('\n'));
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return text.empty() ? "unknown error" : text;
}

bool contains(const std::string& text, const char* needle) { return text.find(needle) != std::string::npos; }

std::string seconds(std::chrono::seconds s) { return std::to_string(s.count()) + " s"; }

bool isLoopback(const std::string& addr) { return addr.starts_with("127.") || addr == "localhost" || addr == "::1"; }

// Tensors of one dtype and device, flattened into one all-reduce or broadcast of at most
// `capBytes` (one larger tensor goes alone). Order is kept, so every rank builds the same list.
using Bucket = std::vector<torch::Tensor>;
std::vector<Bucket> bucketsOf(const std::vector<torch::Tensor>& tensors, std::size_t capBytes) {
  std::vector<std::pair<std::string, std::vector<torch::Tensor>>> kinds;
  for (const auto& t : tensors) {
    const std::string key = std::string(c10::toString(t.scalar_type())) + "@" + t.device().str();
    auto it = std::find_if(kinds.begin(), kinds.end(), [&](const auto& kind) { return kind.first == key; });
    if (it == kinds.end()) it = kinds.insert(kinds.end(), {key, {}});
    it->second.push_back(t);
  }
  std::vector<Bucket> buckets;
  for (const auto& kind : kinds) {
    Bucket current;
    std::size_t bytes = 0;
    for (const auto& t : kind.second) {
      const std::size_t size = static_cast<std::size_t>(t.numel()) * t.element_size();
      if (!current.empty() && bytes + size > capBytes) {
        buckets.push_back(std::move(current));
        current = {};
        bytes = 0;
      }
      current.push_back(t);
      bytes += size;
    }
    if (!current.empty()) buckets.push_back(std::move(current));
  }
  return buckets;
}

enum class Collective { Average, BroadcastFromRank0 };

}  // namespace

struct DataParallel::Impl {
  DistributedEnv env;
  std::string backend = "local";
  std::chrono::seconds timeout{0};
  std::size_t bucketBytes = kDefaultBucketBytes;
  torch::Device scalarDevice = torch::kCPU;  // where small bookkeeping tensors live (CUDA for NCCL)
  c10::intrusive_ptr<c10d::Store> store;     // declared before the group, so destroyed after it
  c10::intrusive_ptr<Collectives> group;

  Status guarded(const std::string& what, const std::function<void()>& body) const {
    try {
      body();
      return {};
    } catch (const std::exception& e) {
      const std::string detail = detailOf(e);
      std::string message = "Distributed " + what + " failed on rank " + std::to_string(env.rank) + " of " +
                            std::to_string(env.worldSize) + " (" + backend + "): " + detail + ".";
      if (contains(detail, "imeout") || contains(detail, "timed out")) {
        message +=
            " Another process did not take part within " + seconds(timeout) + ": it may have stopped or be stuck.";
      } else if (contains(detail, "losed") || contains(detail, "reset by peer") || contains(detail, "roken pipe")) {
        message += " Another process has stopped.";
      }
      return fail(ErrorCode::Io, message);
    }
  }

  // Runs the collective over `tensors` bucket by bucket: every bucket is sent before the first
  // is waited for, so the transfers overlap. Throws what c10d throws.
  void run(const std::vector<torch::Tensor>& tensors, Collective op) const {
    torch::NoGradGuard noGrad;
    struct InFlight {
      Bucket bucket;
      std::vector<torch::Tensor> io;  // the one flat tensor c10d works on
      c10::intrusive_ptr<c10d::Work> work;
    };
    std::vector<InFlight> inFlight;
    std::vector<torch::Tensor> nonEmpty;
    for (const auto& t : tensors) {
      if (t.numel() > 0) nonEmpty.push_back(t);
    }
    for (auto& bucket : bucketsOf(nonEmpty, bucketBytes)) {
      InFlight f{std::move(bucket), {}, {}};
      if (f.bucket.size() == 1 && f.bucket.front().is_contiguous()) {
        f.io = {f.bucket.front()};  // in place, no copy
      } else {
        std::vector<torch::Tensor> flat;
        flat.reserve(f.bucket.size());
        for (const auto& t : f.bucket) flat.push_back(t.reshape(-1));
        f.io = {torch::cat(flat)};
      }
      if (op == Collective::Average) {
        f.work = group->allreduce(f.io);
      } else {
        c10d::BroadcastOptions options;
        options.rootRank = 0;
        f.work = group->broadcast(f.io, options);
      }
      inFlight.push_back(std::move(f));
    }
    for (auto& f : inFlight) {
      f.work->wait();
      torch::Tensor flat = f.io.front();
      if (op == Collective::Average) flat.div_(env.worldSize);
      if (flat.is_same(f.bucket.front())) continue;
      if (op == Collective::BroadcastFromRank0 && env.rank == 0) continue;
      std::int64_t offset = 0;
      for (auto& t : f.bucket) {
        t.copy_(flat.narrow(0, offset, t.numel()).view(t.sizes()));
        offset += t.numel();
      }
    }
  }

  torch::Tensor allreduceInPlace(torch::Tensor t, c10d::ReduceOp op) const {
    std::vector<torch::Tensor> io{std::move(t)};
    c10d::AllreduceOptions options;
    options.reduceOp = op;
    group->allreduce(io, options)->wait();
    return io.front();
  }

  // Every rank learns the smallest and largest tensor count, value count and shape hash over
  // all ranks, so a network built differently on one rank gives every rank the same error
  // instead of a collective that hangs or mixes tensors.
  Status checkSameStructure(const std::vector<torch::Tensor>& tensors, const char* what) const {
    std::int64_t count = static_cast<std::int64_t>(tensors.size()), values = 0, shapes = 17;
    for (const auto& t : tensors) {
      values += t.numel();
      for (auto d : t.sizes()) shapes = (shapes * 31 + d) % (std::int64_t{1} << 40);
    }
    torch::Tensor range;
    auto ok = guarded("check of the networks", [&] {
      auto local = torch::tensor({count, values, shapes, -count, -values, -shapes}, torch::kInt64);
      range = allreduceInPlace(local.to(scalarDevice), c10d::ReduceOp::MAX).cpu();
    });
    if (!ok) return ok;
    const auto r = range.accessor<std::int64_t, 1>();
    if (r[0] == -r[3] && r[1] == -r[4] && r[2] == -r[5]) return {};
    const std::string how = (r[0] == -r[3] && r[1] == -r[4])
                                ? std::string(what) + " have different shapes"
                                : std::string(what) + " number from " + std::to_string(-r[3]) + " to " +
                                      std::to_string(r[0]) + " tensors and from " + std::to_string(-r[4]) + " to " +
                                      std::to_string(r[1]) + " values";
    return fail(ErrorCode::InvalidInput, "The networks differ between the " + std::to_string(env.worldSize) +
                                             " processes: " + how + "; every rank must build the same networks.");
  }

  Status broadcast(std::vector<torch::Tensor> tensors, const char* what) const {
    if (!group) return {};
    if (auto ok = checkSameStructure(tensors, what); !ok) return ok;
    return guarded(std::string("broadcast of ") + what, [&] { run(tensors, Collective::BroadcastFromRank0); });
  }
};

namespace {

std::vector<torch::Tensor> buffersOf(torch::nn::Module& module) {
  std::vector<torch::Tensor> out;
  for (const auto& b : module.buffers()) {
    if (b.defined()) out.push_back(b.detach());
  }
  return out;
}

Result<std::string> resolveBackend(const std::string& requested) {
  if (requested == "auto") {
    if (kHaveNccl && torch::cuda::is_available()) return std::string("nccl");
    if (kHaveGloo) return std::string("gloo");
    return fail(ErrorCode::Unsupported,
                "This build has no distributed back end: LibTorch was built without Gloo, or Gloo's headers "
                "(Debian: libgloo-dev) were missing when SPAct Studio was built.");
  }
  if (requested == "gloo") {
    if (kHaveGloo) return requested;
    return fail(ErrorCode::Unsupported,
                "This build has no Gloo: LibTorch was built without it, or Gloo's headers (Debian: "
                "libgloo-dev) were missing when SPAct Studio was built.");
  }
  if (requested == "nccl") {
    if (!kHaveNccl) {
      return fail(ErrorCode::Unsupported,
                  "This build has no NCCL: it needs a CUDA LibTorch, and NCCL's header (nccl.h) when SPAct "
                  "Studio is built; use the gloo back end.");
    }
    if (!torch::cuda::is_available()) {
      return fail(ErrorCode::Unsupported, "The NCCL back end needs a CUDA device, and this process sees none.");
    }
    return requested;
  }
  return fail(ErrorCode::InvalidInput, "Unknown distributed back end \"" + requested + "\": use gloo, nccl or auto.");
}

Status validate(const DistributedEnv& env, std::chrono::seconds timeout) {
  if (env.worldSize < 1 || env.rank < 0 || env.rank >= env.worldSize || env.localRank < 0) {
    return fail(ErrorCode::InvalidInput, "Rank " + std::to_string(env.rank) + " of " + std::to_string(env.worldSize) +
                                             " processes is not a valid place in a group: ranks go from 0 to " +
                                             std::to_string(env.worldSize - 1) + ".");
  }
  if (env.masterPort < 1 || env.masterPort > 65535) {
    return fail(ErrorCode::InvalidInput,
                "MASTER_PORT " + std::to_string(env.masterPort) + " is not a port number: use one from 1 to 65535.");
  }
  if (env.masterAddr.empty()) return fail(ErrorCode::InvalidInput, "MASTER_ADDR is empty: name rank 0's host.");
  if (timeout.count() <= 0) {
    return fail(ErrorCode::InvalidInput, "The distributed timeout must be at least 1 s.");
  }
  return {};
}

// Rank 0 listens; the others retry reaching it until the deadline. Then every rank checks in and
// waits for all the others, so a missing process gives each the same clear error. (TCPStore's own
// wait for workers in LibTorch 1.13 gives up silently and leaves the failure to Gloo's rendezvous.)
Result<c10::intrusive_ptr<c10d::Store>> openStore(const DistributedEnv& env, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  const std::string where = env.masterAddr + ":" + std::to_string(env.masterPort);
  c10d::TCPStoreOptions options;
  options.port = static_cast<std::uint16_t>(env.masterPort);
  options.isServer = env.rank == 0;
  options.waitWorkers = false;
  options.timeout = timeout;
  c10::intrusive_ptr<c10d::Store> store;
  try {
    store = c10::make_intrusive<c10d::TCPStore>(env.masterAddr, options);
  } catch (const std::exception& e) {
    const std::string detail = detailOf(e);
    if (env.rank != 0) {
      return fail(ErrorCode::Io, "Could not reach rank 0 at " + where + " within " + seconds(timeout) +
                                     ": is rank 0 running, and are MASTER_ADDR and MASTER_PORT right? (" + detail +
                                     ")");
    }
    return fail(ErrorCode::Io, "Rank 0 could not listen on port " + std::to_string(env.masterPort) +
                                   " for the other processes: " + detail + ". Choose another MASTER_PORT.");
  }
  std::int64_t joined = 0;
  try {
    store->add("spact/joined", 1);
    while ((joined = store->add("spact/joined", 0)) < env.worldSize) {
      if (std::chrono::steady_clock::now() > deadline) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  } catch (const std::exception& e) {
    return fail(ErrorCode::Io,
                "Lost rank 0's store at " + where + " while the processes gathered: " + detailOf(e) + ".");
  }
  if (joined < env.worldSize) {
    return fail(ErrorCode::Io, "Only " + std::to_string(joined) + " of " + std::to_string(env.worldSize) +
                                   " processes reached rank 0 at " + where + " within " + seconds(timeout) +
                                   ": start every rank with the same MASTER_ADDR, MASTER_PORT and WORLD_SIZE.");
  }
  return store;
}

}  // namespace

std::vector<std::string> availableBackends() {
  std::vector<std::string> out;
  if (kHaveGloo) out.emplace_back("gloo");
  if (kHaveNccl) out.emplace_back("nccl");
  return out;
}

Result<std::unique_ptr<DataParallel>> DataParallel::connect(const DistributedEnv& env, const std::string& backend,
                                                            std::chrono::seconds timeout) {
  if (auto ok = validate(env, timeout); !ok) return tl::unexpected(ok.error());
  auto impl = std::make_unique<Impl>();
  impl->env = env;
  impl->timeout = timeout;
  if (env.worldSize == 1) return std::unique_ptr<DataParallel>(new DataParallel(std::move(impl)));

  auto resolved = resolveBackend(backend);
  if (!resolved) return tl::unexpected(resolved.error());
  impl->backend = *resolved;
  auto store = openStore(env, timeout);
  if (!store) return tl::unexpected(store.error());
  impl->store = *store;

  try {
#ifdef SPACT_C10D_GLOO
    if (impl->backend == "gloo") {
      auto options = c10d::ProcessGroupGloo::Options::create(timeout);
      // Loopback when rank 0 is on this machine's loopback: the host name may not resolve in a
      // container. GLOO_SOCKET_IFNAME picks the interface as it does for PyTorch.
      if (!env.glooInterface.empty()) {
        options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(env.glooInterface));
      } else if (isLoopback(env.masterAddr)) {
        options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
      } else {
        options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
      }
      impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(impl->store, env.rank, env.worldSize, options);
    }
#endif
#ifdef SPACT_C10D_NCCL
    if (impl->backend == "nccl") {
      auto options = c10d::ProcessGroupNCCL::Options::create();
      options->timeout = timeout;
      impl->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(impl->store, env.rank, env.worldSize, options);
      impl->scalarDevice = torch::Device(
          torch::kCUDA, static_cast<c10::DeviceIndex>(env.localRank % std::max<int>(1, torch::cuda::device_count())));
    }
#endif
  } catch (const std::exception& e) {
    return fail(ErrorCode::Io, "The " + std::to_string(env.worldSize) + " processes reached rank 0 but could not " +
                                   "connect to each other with " + impl->backend + " within " + seconds(timeout) +
                                   ": " + detailOf(e) + ".");
  }
  if (!impl->group) return fail(ErrorCode::Internal, "No process group for back end " + impl->backend + ".");
  log::get("train")->info("Rank {} of {} joined the {} group (rank 0 at {}:{}).", env.rank, env.worldSize,
                          impl->backend, env.masterAddr, env.masterPort);
  return std::unique_ptr<DataParallel>(new DataParallel(std::move(impl)));
}

DataParallel::DataParallel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DataParallel::~DataParallel() = default;

int DataParallel::rank() const { return impl_->env.rank; }
int DataParallel::worldSize() const { return impl_->env.worldSize; }
int DataParallel::localRank() const { return impl_->env.localRank; }
const std::string& DataParallel::backend() const { return impl_->backend; }
void DataParallel::setBucketBytes(std::size_t bytes) { impl_->bucketBytes = std::max<std::size_t>(1, bytes); }

Status DataParallel::broadcastParameters(torch::nn::Module& module) {
  std::vector<torch::Tensor> tensors;
  for (const auto& p : module.parameters()) tensors.push_back(p.detach());
  for (auto& b : buffersOf(module)) tensors.push_back(std::move(b));
  return impl_->broadcast(std::move(tensors), "parameters and buffers");
}

Status DataParallel::broadcastBuffers(torch::nn::Module& module) {
  return impl_->broadcast(buffersOf(module), "buffers");
}

Status DataParallel::averageGradients(torch::nn::Module& module) {
  return averageGradients(std::vector<torch::nn::Module*>{&module});
}

Status DataParallel::averageGradients(const std::vector<torch::nn::Module*>& modules) {
  if (!impl_->group) return {};
  std::vector<torch::Tensor> params;
  for (auto* module : modules) {
    for (const auto& p : module->parameters()) {
      if (p.requires_grad()) params.push_back(p);
    }
  }
  for (const auto& p : params) {
    if (p.grad().defined() && p.grad().is_sparse()) {
      return fail(ErrorCode::Unsupported, "Sparse gradients cannot be averaged across processes.");
    }
  }
  // How many ranks have a .grad for each parameter: a branch unused on some ranks counts as zero
  // there (what DDP does with find_unused_parameters), so every rank averages the same list.
  torch::Tensor present;
  auto ok = impl_->guarded("count of gradients", [&] {
    auto local = torch::zeros({static_cast<std::int64_t>(params.size())}, torch::kInt32);
    auto flags = local.accessor<std::int32_t, 1>();
    for (std::size_t i = 0; i < params.size(); ++i) flags[static_cast<std::int64_t>(i)] = params[i].grad().defined();
    present = impl_->allreduceInPlace(local.to(impl_->scalarDevice), c10d::ReduceOp::SUM).cpu();
  });
  if (!ok) return ok;
  const auto counts = present.accessor<std::int32_t, 1>();
  std::vector<torch::Tensor> grads;
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (counts[static_cast<std::int64_t>(i)] == 0) continue;
    auto& p = params[i];
    if (!p.grad().defined()) p.mutable_grad() = torch::zeros_like(p.detach());
    grads.push_back(p.grad());
  }
  return impl_->guarded("gradient average", [&] { impl_->run(grads, Collective::Average); });
}

Result<double> DataParallel::allreduceMean(double value) {
  if (!impl_->group) return value;
  double mean = value;
  auto ok = impl_->guarded("mean of a value", [&] {
    auto t =
        impl_->allreduceInPlace(torch::tensor({value}, torch::kFloat64).to(impl_->scalarDevice), c10d::ReduceOp::SUM);
    mean = t.cpu().item<double>() / impl_->env.worldSize;
  });
  if (!ok) return tl::unexpected(ok.error());
  return mean;
}

Status DataParallel::barrier() {
  if (!impl_->group) return {};
  return impl_->guarded("barrier", [&] { impl_->group->barrier()->wait(); });
}

}  // namespace spact::train
