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
// With ScoreOptions::baseline the anonymized side is that baseline's output instead of f_A's (the
// model then needs no f_A), and the header says so: "anonymizer": "<baseline>". Baselines have no
// classifiers of their own; the model's classifiers judge what the baseline leaves.
#include <functional>
#include <string>

#include "util/config.h"
#include "util/progress.h"

namespace spact::eval {

struct ScoreOptions {
  double segmentSeconds = 0;  // 0: one clip (frames × skip of the card) per segment
  std::string device = "cpu";
  int topK = 5;
  // Empty: f_A of the model makes the anonymized side. Otherwise a baseline: identity (or raw),
  // blur, pixelate, downsampleK (any factor K), faceblur -- eval/transforms.h's, at the model's
  // input resolution (their strengths are relative to the shorter side).
  std::string baseline;
  std::string cascadePath = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";  // faceblur
  // For displays that fill in while the video is scored (the studio's privacy panel). Both are
  // called on the scoring thread. onStart: once the networks are loaded and the video is open,
  // before the first frame, with the report's header -- every key but "segments" and "overall",
  // "frames" and "duration_s" as the video's header announces them; returning false stops the
  // scoring (a Cancelled error). onSegment: after each segment, with its JSON as it will appear
  // in "segments".
  std::function<bool(const config::Json& header)> onStart;
  std::function<void(const config::Json& segment)> onSegment;
};

Result<config::Json> scoreVideo(const std::string& video, const std::string& model, const ScoreOptions& options, JobControl& job);

// Where an export puts the score report of a video it wrote: "<output>.score.json" beside it.
std::string scoreReportPath(const std::string& output);
// `report` as `spact score --json` prints it, written atomically (temporary file, rename).
Status writeScoreReport(const config::Json& report, const std::string& path);

}  // namespace spact::eval
