// `spact info FILE...`: what a video (or audio, or image) file, a model file or a data set folder
// holds, as text or JSON.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include <filesystem>

#include "commands.h"
#include "data/data_report.h"
#include "media/media_info_json.h"
#include "media/probe.h"
#include "nn/io/model_files.h"

namespace spact::cli {
namespace {

std::string humanSize(std::int64_t bytes) {
  char buf[64];
  if (bytes >= 1 << 20) std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  else if (bytes >= 1 << 10) std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(bytes) / (1 << 10));
  else std::snprintf(buf, sizeof buf, "%lld bytes", static_cast<long long>(bytes));
  return buf;
}

std::string describe(const media::MediaInfo& info) {
  std::ostringstream out;
  char buf[256];
  out << info.path << '\n';
  out << "  container  " << info.containerLongName << " (" << info.container << ")\n";
  std::snprintf(buf, sizeof buf, "%.3f s, %s, %lld kb/s", info.duration, humanSize(info.sizeBytes).c_str(),
                static_cast<long long>(info.bitRate / 1000));
  out << "  duration   " << buf << '\n';
  for (const auto& s : info.streams) {
    out << "  " << s.type << " #" << s.index << (s.type.size() < 5 ? std::string(5 - s.type.size(), ' ') : " ") << s.codec;
    if (s.type == "video") {
      std::snprintf(buf, sizeof buf, ", %dx%d %s, %.3f fps%s, ", s.width, s.height, s.pixelFormat.c_str(), s.frameRate,
                    s.variableFrameRate ? " (variable)" : "");
      out << buf << (s.frameCount > 0 ? std::to_string(s.frameCount) : std::string("unknown")) << " frames";
      if (s.rotation != 0) out << ", rotated " << s.rotation << "° clockwise for display";
    } else if (s.type == "audio") {
      out << ", " << s.sampleRate << " Hz, " << (s.channelLayout.empty() ? std::to_string(s.channels) + " channels" : s.channelLayout)
          << ", " << s.sampleFormat;
    }
    out << '\n';
  }
  return out.str();
}

}  // namespace

Command addInfoCommand(CLI::App& app, const Globals& globals) {
  auto* cmd = app.add_subcommand("info", "Describe video, audio or image files (container, streams, duration, frames, "
                                         "rotation, audio), model files (networks, architectures, parameters, card) "
                                         "and data set folders (layout, classes, videos, images, attributes)");
  auto files = std::make_shared<std::vector<std::string>>();
  cmd->add_option("FILE", *files, "Files to describe")->required();
  return {cmd, [&globals, files] {
    const bool json = globals.json;
    int exitCode = 0;
    config::Json all = config::Json::array();
    for (const auto& path : *files) {
      std::error_code ec;
      if (std::filesystem::is_directory(path, ec)) {  // a data set: its training split, listed (not probed)
        auto report = data::inspect(path);
        if (!report) {
          printError(report.error().message);
          exitCode = 1;
          all.push_back({{"path", path}, {"error", report.error().message}});
        } else if (json) {
          all.push_back(config::Json::parse(data::toJson(*report).dump()));
        } else {
          std::cout << data::toText(*report);
        }
        continue;
      }
      if (nn::io::isModelFile(path)) {
        auto model = nn::io::describeModelFile(path);
        if (!model) {
          printError(model.error().message);
          exitCode = 1;
          all.push_back({{"path", path}, {"error", model.error().message}});
        } else if (json) {
          all.push_back(*model);
        } else {
          std::cout << describeModel(*model);
        }
        continue;
      }
      auto info = media::probe(path);
      if (!info) {
        printError(info.error().message);
        exitCode = 1;
        all.push_back({{"path", path}, {"error", info.error().message}});
        continue;
      }
      if (json) all.push_back(media::toJson(*info));
      else std::cout << describe(*info);
    }
    if (json) std::cout << (files->size() == 1 ? all.at(0) : all).dump(2) << '\n';
    return exitCode;
  }};
}

}  // namespace spact::cli
