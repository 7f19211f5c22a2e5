#pragma once
// `spact score`: what a model's classifiers still see in a video, original against anonymized
// -- the data of the studio's privacy panel. The video is decoded at the model's input
// resolution (its card's input_resolution, square), cut into segments (by default one clip of
// the card's frames × skip frames; or a fixed number of seconds), and for each segment:
// the attribute classifier's per-attribute probabilities (sigmoid), averaged over the
// segment's frames, on original and on f_A's output; f_T's top-5 on one clip of the segment
// (card's frames at its skip, the last frame repeated when the segment is shorter), original
// and anonymized. Media builds only (FFmpeg decodes).
//
// JSON (format "spact-score", format_version 1):
// {"format", "format_version", "video", "model",
//  "input_resolution", "clip": {"frames", "skip"}, "segment_frames", "fps", "frames", "duration_s",
//  "attributes": {"names": [..]} or {"omitted": "<why>"},
//  "action": {"classes": [..]} or {"omitted": "<why>"},
//  "segments": [{"index", "start_s", "end_s", "first_frame", "frames",
//                "attributes": {"original": [p per name], "anonymized": [..]},      (when present)
//                "action": {"original": [{"class", "index", "probability"} × 5, best first],
//                           "anonymized": [..]}}],                                   (when present)
//  "overall": {"attributes": {"original", "anonymized"} (mean over segments),
//              "action": {"original", "anonymized"} (top-5 of the mean class probabilities)}}
// Probabilities are in [0, 1]. f_A is required; a model without the attribute classifier or
// without f_T gets those parts omitted with the reason.
#include <string>

#include "util/config.h"
#include "util/progress.h"

namespace spact::eval {

struct ScoreOptions {
  double segmentSeconds = 0;  // 0: one clip (frames × skip of the card) per segment
  std::string device = "cpu";
  int topK = 5;
};

Result<config::Json> scoreVideo(const std::string& video, const std::string& model, const ScoreOptions& options, JobControl& job);

}  // namespace spact::eval
