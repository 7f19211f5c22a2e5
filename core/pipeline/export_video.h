#pragma once
// Anonymizing a whole video: decode (upright RGB with timestamps) → an Anonymizer in batches →
// encode next to the source's audio, metadata and rotation (media::Encoder), the three stages on
// their own threads with bounded queues between them. Progress and cancellation through JobControl
// (on the calling thread); a cancel or failure leaves nothing under the output name.
#include <cstdint>
#include <string>

#include "media/encoder.h"
#include "pipeline/anonymizer.h"
#include "util/progress.h"
#include "util/result.h"

namespace spact::pipeline {

struct ExportOptions {
  media::EncoderOptions encoder;
  bool codecFromExtension = true;  // FFV1 for .mkv outputs, H.264 otherwise
  int decoderThreads = 0;
  // Height of the written pictures (upright); the width follows the aspect ratio, rounded to an
  // even number. 0 keeps the source's size.
  int outputHeight = 0;
};

struct ExportSummary {
  std::int64_t frames = 0;
  double seconds = 0;  // wall time
};

// The checks an export makes before it starts: the output is not the input, its folder exists
// and is writable, its extension names a container we write.
Status checkOutputPath(const std::string& input, const std::string& output);

Result<ExportSummary> exportAnonymized(const std::string& input, const std::string& output, Anonymizer& anonymizer,
                                       const ExportOptions& options, JobControl& job);

}  // namespace spact::pipeline
