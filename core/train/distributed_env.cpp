// Which rank this process is, from the variables launchers set (torchrun, SLURM). No Torch.
#include <charconv>
#include <cstdlib>
#include <limits>

#include "train/distributed.h"

namespace spact::train {

namespace {

std::optional<std::string> nonEmpty(const EnvLookup& lookup, const std::string& name) {
  auto value = lookup(name);
  if (value && value->empty()) return std::nullopt;
  return value;
}

// A whole number in [min, max], the whole string and nothing else.
Result<int> parseInt(const std::string& name, const std::string& text, int min, int max, const char* what) {
  long long value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value < min || value > max) {
    return fail(ErrorCode::InvalidInput, name + " is \"" + text + "\": it must be " + what + ".");
  }
  return static_cast<int>(value);
}

Result<int> readInt(const EnvLookup& lookup, const std::string& name, int min, int max, const char* what) {
  const auto text = nonEmpty(lookup, name);
  if (!text) return fail(ErrorCode::InvalidInput, name + " is not set.");
  return parseInt(name, *text, min, max, what);
}

constexpr int kIntMax = std::numeric_limits<int>::max();
constexpr const char* kRankWhat = "a whole number, 0 or more";
constexpr const char* kSizeWhat = "a whole number of processes, 1 or more";

Status checkRank(const std::string& rankName, const std::string& sizeName, int rank, int worldSize) {
  if (rank < worldSize) return {};
  return fail(ErrorCode::InvalidInput, rankName + " is " + std::to_string(rank) + " but " + sizeName + " is " +
                                           std::to_string(worldSize) + ": ranks go from 0 to " +
                                           std::to_string(worldSize - 1) + ".");
}

}  // namespace

Result<DistributedEnv> distributedEnvFrom(const EnvLookup& lookup) {
  DistributedEnv env;
  const bool torchrun = nonEmpty(lookup, "RANK") || nonEmpty(lookup, "WORLD_SIZE");
  const bool slurm = !torchrun && nonEmpty(lookup, "SLURM_NTASKS") && nonEmpty(lookup, "SLURM_PROCID");
  if (torchrun) {
    // torchrun sets all five; RANK without WORLD_SIZE (or the reverse) is a launch mistake.
    for (const char* name : {"RANK", "WORLD_SIZE"}) {
      if (!nonEmpty(lookup, name)) {
        return fail(ErrorCode::InvalidInput, std::string(name) +
                                                 " is not set but RANK or WORLD_SIZE is: set both (torchrun sets "
                                                 "RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT).");
      }
    }
    auto worldSize = readInt(lookup, "WORLD_SIZE", 1, kIntMax, kSizeWhat);
    if (!worldSize) return tl::unexpected(worldSize.error());
    auto rank = readInt(lookup, "RANK", 0, kIntMax, kRankWhat);
    if (!rank) return tl::unexpected(rank.error());
    if (auto ok = checkRank("RANK", "WORLD_SIZE", *rank, *worldSize); !ok) return tl::unexpected(ok.error());
    env.rank = *rank;
    env.worldSize = *worldSize;
    // Without LOCAL_RANK, a hand-started group on one machine: the rank is the local index.
    env.localRank = env.rank;
    if (nonEmpty(lookup, "LOCAL_RANK")) {
      auto local = readInt(lookup, "LOCAL_RANK", 0, kIntMax, kRankWhat);
      if (!local) return tl::unexpected(local.error());
      env.localRank = *local;
    }
    env.launcher = "torchrun";
  } else if (slurm) {
    auto worldSize = readInt(lookup, "SLURM_NTASKS", 1, kIntMax, kSizeWhat);
    if (!worldSize) return tl::unexpected(worldSize.error());
    auto rank = readInt(lookup, "SLURM_PROCID", 0, kIntMax, kRankWhat);
    if (!rank) return tl::unexpected(rank.error());
    if (auto ok = checkRank("SLURM_PROCID", "SLURM_NTASKS", *rank, *worldSize); !ok) {
      return tl::unexpected(ok.error());
    }
    env.rank = *rank;
    env.worldSize = *worldSize;
    env.localRank = 0;
    if (nonEmpty(lookup, "SLURM_LOCALID")) {
      auto local = readInt(lookup, "SLURM_LOCALID", 0, kIntMax, kRankWhat);
      if (!local) return tl::unexpected(local.error());
      env.localRank = *local;
    }
    env.launcher = "slurm";
    // SLURM does not say where rank 0 listens; on one node that is this machine.
    int nodes = 1;
    if (auto text = nonEmpty(lookup, "SLURM_NNODES")) {
      auto parsed = parseInt("SLURM_NNODES", *text, 1, kIntMax, "a whole number of nodes, 1 or more");
      if (!parsed) return tl::unexpected(parsed.error());
      nodes = *parsed;
    }
    if (env.worldSize > 1 && nodes > 1 && !nonEmpty(lookup, "MASTER_ADDR")) {
      return fail(ErrorCode::InvalidInput,
                  "SLURM runs " + std::to_string(env.worldSize) + " tasks on " + std::to_string(nodes) +
                      " nodes but MASTER_ADDR is not set: set it to the first node's host name, e.g. "
                      "MASTER_ADDR=$(scontrol show hostnames \"$SLURM_JOB_NODELIST\" | head -n 1).");
    }
  } else {
    return env;  // one process
  }

  if (auto addr = nonEmpty(lookup, "MASTER_ADDR")) env.masterAddr = *addr;
  if (auto text = nonEmpty(lookup, "MASTER_PORT")) {
    auto port = parseInt("MASTER_PORT", *text, 1, 65535, "a port number from 1 to 65535");
    if (!port) return tl::unexpected(port.error());
    env.masterPort = *port;
  }
  if (auto ifname = nonEmpty(lookup, "GLOO_SOCKET_IFNAME")) env.glooInterface = *ifname;
  return env;
}

Result<DistributedEnv> distributedEnvFromEnvironment() {
  return distributedEnvFrom([](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (!value) return std::nullopt;
    return std::string(value);
  });
}

}  // namespace spact::train
