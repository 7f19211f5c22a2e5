// probe() in a build without FFmpeg/OpenCV (a GPU training node): a clear "not in this build".
#include "media/probe.h"

namespace spact::media {

Result<MediaInfo> probe(const std::string& path) {
  return fail(ErrorCode::Unsupported, "'" + path + "' cannot be read: this build of SPAct has no media support (FFmpeg/OpenCV).");
}
std::string ffmpegVersion() { return {}; }
std::string opencvVersion() { return {}; }
bool mediaSupported() { return false; }

}  // namespace spact::media
