#pragma once
// Data-parallel training over LibTorch's c10d (issue 5, part 4): one process per rank, each
// with a full copy of the networks and its own share of every batch; gradients are averaged
// across processes after backward, so every rank takes the same optimizer step and the result
// is that of one process with the combined batch. Gloo carries CPU tensors; NCCL, where this
// build has it, CUDA tensors. Rank 0 hosts the rendezvous store (a TCPStore at
// MASTER_ADDR:MASTER_PORT) and is the one that writes events and checkpoints.
//
// Every collective must be called by every rank in the same order. Errors are values: c10d's
// exceptions (a peer that died, a timeout) come back as an Error naming the rank and the cause.
// No Torch types here beyond a forward declaration.
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "util/result.h"

namespace torch::nn {
class Module;
}

namespace spact::train {

struct DistributedEnv {
  int rank = 0;
  int worldSize = 1;
  int localRank = 0;  // the process's index on its machine: which GPU it uses
  std::string masterAddr = "127.0.0.1";
  int masterPort = 29500;
  std::string glooInterface;  // GLOO_SOCKET_IFNAME: the network interface Gloo binds, if set
  std::string launcher;       // "torchrun", "slurm", or empty for a single process

  bool isDistributed() const { return worldSize > 1; }
};

// Reads what `torchrun --no-python` sets (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR,
// MASTER_PORT) or, failing that, SLURM's task variables (SLURM_PROCID, SLURM_NTASKS,
// SLURM_LOCALID, with MASTER_ADDR/MASTER_PORT). Neither set: one process (worldSize 1).
// Values that are not numbers or out of range are an InvalidInput error naming the variable.
Result<DistributedEnv> distributedEnvFromEnvironment();

// The same, reading variables through `lookup` (nullopt: not set), for tests.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;
Result<DistributedEnv> distributedEnvFrom(const EnvLookup& lookup);

// The back ends this build can connect with ("gloo", "nccl"), whatever the hardware.
std::vector<std::string> availableBackends();

class DataParallel {
 public:
  // Gradients are flattened into buckets of at most this many bytes per all-reduce (PyTorch
  // DDP's default).
  static constexpr std::size_t kDefaultBucketBytes = std::size_t{25} << 20;

  // Joins the group: rank 0 hosts the store and waits for the others, who retry reaching it;
  // both give up after `timeout`, which also bounds every later collective. `backend` is
  // "gloo", "nccl" or "auto" (NCCL when this build has it and CUDA is available, else Gloo).
  // A worldSize of 1 connects to nothing and makes every collective a local no-op.
  static Result<std::unique_ptr<DataParallel>> connect(const DistributedEnv& env, const std::string& backend,
                                                       std::chrono::seconds timeout);
  ~DataParallel();
  DataParallel(const DataParallel&) = delete;
  DataParallel& operator=(const DataParallel&) = delete;

  int rank() const;
  int worldSize() const;
  int localRank() const;
  bool isMain() const { return rank() == 0; }
  const std::string& backend() const;  // "gloo", "nccl", or "local" for one process

  // Rank 0's parameters and buffers to every rank (once, before training). The networks must
  // have the same structure on every rank; if not, every rank gets the same error.
  Status broadcastParameters(torch::nn::Module& module);
  // Rank 0's buffers (BatchNorm running statistics) to every rank: what PyTorch DDP does before
  // each forward by default, so evaluation and checkpoints see one set of statistics.
  Status broadcastBuffers(torch::nn::Module& module);
  // The mean over ranks of every parameter's .grad, in place, after backward. Parameters that do
  // not require grad are skipped. A parameter with no .grad on some ranks (a branch unused there)
  // counts as zero on those ranks and gets the averaged .grad everywhere; one with no .grad on
  // any rank stays without. So every rank's optimizer sees the same gradients.
  Status averageGradients(torch::nn::Module& module);
  // The same over several networks in one bucketed pass (e.g. f_T and f_B in minimax step 2).
  Status averageGradients(const std::vector<torch::nn::Module*>& modules);
  // The mean of `value` over ranks (losses and metrics for logging).
  Result<double> allreduceMean(double value);
  // Every rank waits for all the others; call it before the end of training, so that no rank
  // (rank 0 hosts the store) leaves while another is still in a collective.
  Status barrier();

  void setBucketBytes(std::size_t bytes);

 private:
  struct Impl;
  explicit DataParallel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spact::train
