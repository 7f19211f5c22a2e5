#pragma once
// The synthetic benchmark on disk (media builds), read back by the same readers as the real
// data sets:
//   OUT/action/UCF-101/<Class>/v_<Class>_gXX_cYY.avi   (FFV1, lossless: decodes to the in-memory pixels)
//   OUT/action/ucfTrainTestlist/classInd.txt, trainlist01.txt, testlist01.txt
//   OUT/privacy/images/{train2017,test2017}/<id>.png
//   OUT/privacy/annotations/{train2017,test2017}/<id>.json   {"id", "image_path", "labels"}
//   OUT/action/attributes.json   per-video attributes, PA-HMDB51 style (extra; readers may ignore it)
//   OUT/synth.json, OUT/README.txt   options, seed, classes and attributes
// Everything is written into a temporary sibling folder that is renamed to OUT only when
// complete, so a cancelled or failed run leaves nothing that looks like a data set.
#include <string>

#include "data/synth.h"
#include "util/progress.h"

namespace spact::data {

// `outDir` must not exist, or be an empty folder; with `replace`, an earlier synthetic
// benchmark there (a folder holding synth.json) is replaced once the new one is complete. Any
// other non-empty folder is refused. `threads` 0: one per core.
Status writeSynth(const std::string& outDir, const SynthOptions& options, JobControl& job, bool replace = false,
                  int threads = 0);

}  // namespace spact::data
