#pragma once
#include <string>

namespace spact::system {

// Cores this process may run on (its CPU affinity, so containers and taskset are respected).
int availableCores();
// The CPU's model name, e.g. "AMD EPYC 7B13", or "" when unknown.
std::string cpuModel();

// CPU seconds this process has used so far, all its threads, in user and kernel mode.
struct CpuTime {
  double user = 0, system = 0;
};
CpuTime processCpuTime();

}  // namespace spact::system
