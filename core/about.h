#pragma once
// What this build is and runs on: shown by `spact --version` and the studio's About box.
#include <string>

#include "util/config.h"

namespace spact {

struct About {
  std::string spact;
  std::string libtorch;
  std::string ffmpeg;  // "" when media support is compiled out
  std::string opencv;
  bool cudaUsable = false;
  int cudaDevices = 0;
  std::string device;
};

About about();
config::Json toJson(const About& a);
std::string toText(const About& a);

}  // namespace spact
