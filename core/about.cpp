#include "about.h"

#include "media/probe.h"
#include "nn/runtime.h"
#include "util/version.h"

namespace spact {

About about() {
  About a;
  a.spact = SPACT_VERSION;
  a.libtorch = nn::torchVersion();
  a.ffmpeg = media::ffmpegVersion();
  a.opencv = media::opencvVersion();
  a.cudaUsable = nn::cudaAvailable();
  a.cudaDevices = a.cudaUsable ? nn::cudaDeviceCount() : 0;
  a.device = nn::deviceDescription();
  return a;
}

config::Json toJson(const About& a) {
  return {{"spact", a.spact},         {"libtorch", a.libtorch},     {"ffmpeg", a.ffmpeg.empty() ? config::Json() : config::Json(a.ffmpeg)},
          {"opencv", a.opencv.empty() ? config::Json() : config::Json(a.opencv)},
          {"cuda", a.cudaUsable},     {"cuda_devices", a.cudaDevices}, {"device", a.device}};
}

std::string toText(const About& a) {
  const std::string off = "not in this build";
  return "SPAct Studio " + a.spact + "\n" + "LibTorch " + a.libtorch + "\n" + "FFmpeg " + (a.ffmpeg.empty() ? off : a.ffmpeg) +
         "\n" + "OpenCV " + (a.opencv.empty() ? off : a.opencv) + "\n" + "CUDA " +
         (a.cudaUsable ? "usable (" + std::to_string(a.cudaDevices) + " device" + (a.cudaDevices == 1 ? ")" : "s)") : std::string("not usable")) +
         "\n" + "Device: " + a.device + "\n";
}

}  // namespace spact
