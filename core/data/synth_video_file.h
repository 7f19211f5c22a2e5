#pragma once
// A video file written from pictures made on the spot, without a source file to copy timing and
// streams from (media::Encoder carries a source's audio and timestamps over, which generated
// data does not have): FFV1 in AVI, lossless RGB, constant frame rate. The generated data set
// reads back bit for bit, so in-memory and on-disk training see the same pixels.
#include <functional>
#include <string>

#include "media/image.h"
#include "util/result.h"

namespace spact::data {

// Writes `frames` pictures of width × height, picture i from `frame(i)`, to `path` (.avi).
Status writeLosslessVideo(const std::string& path, int width, int height, int frames, int fps,
                          const std::function<media::Image(int)>& frame);

}  // namespace spact::data
