#pragma once
// Data sets as their publishers ship them: which layout a folder holds, and what one split of
// it lists (classes, videos or images, labels, attributes, and what is missing or unreadable),
// before any media file is opened. Media-free: folders, split lists and JSON annotations only;
// data/readers.h opens the listed files.
//
// Layouts (detected in this order):
//  - UCF101: a folder holding classInd.txt, trainlist0N.txt, testlist0N.txt (ucfTrainTestlist/)
//    beside the videos (UCF-101/<Class>/*.avi; "UCF101/" or the root itself also work).
//    Optional attributes.json at the root (spact synth's): {"attributes": [names],
//    "videos": {"<Class>/<file>": [0/1, …]}} gives the videos privacy attributes.
//  - VISPR: images/<split>/*.jpg and annotations/<split>/*.json, each annotation an object with
//    "labels": ["a4_gender", "a17_color", …]. Attributes are matched by their "aN" prefix.
//  - PA-HMDB51: HMDB51's class folders plus the publisher's PrivacyAttributes/<class>.json (or a
//    *privacy*.json at the root): {"video.avi": {"face": [[start, end, value], …], …}, …}. A value
//    (a number or a list of numbers) above 0 anywhere in the video makes the attribute present.
//    Splits: HMDB51's split files when present, else per class the first 70 % by name to train.
//  - HMDB51: <class>/*.avi plus a folder of <class>_test_split<N>.txt files
//    ("video.avi 1|2|0": train, test, unused), found by that file name pattern.
//  - Generic: <split>/<class>/<file>, the split folders named train…, val… or test…; videos make
//    an action set, images an image set whose attributes are the one-hot class folder. Classes
//    are gathered over every split, so labels agree between splits.
//
// Annotation files with broken JSON are skipped with a warning naming the file and line and
// recorded as unreadable; when every annotation file of the split is broken, that is an error.
#include <string>
#include <vector>

#include "util/result.h"

namespace spact::data {

enum class Layout { Unknown, Ucf101, Hmdb51, PaHmdb51, Vispr, GenericVideos, GenericImages };

// "ucf101", "hmdb51", "pa-hmdb51", "vispr", "generic-videos", "generic-images", "unknown".
const char* layoutName(Layout layout);

// The seven VISPR attributes of this line of work (DESIGN.md).
const std::vector<std::string>& visprDefaultAttributes();

struct ReaderOptions {
  // UCF101 and HMDB51 ship three train/test splits; "train2"/"test3" as the split name override this.
  int split = 1;
  // VISPR attributes to read, matched by their "aN" prefix ("a4" and "a4_gender" both work).
  std::vector<std::string> attributes = visprDefaultAttributes();
};

struct VideoEntry {
  std::string path;
  int label = 0;                  // index into Listing::classes
  std::vector<float> attributes;  // 0/1 per Listing::attributes (PA-HMDB51)
};

struct ImageEntry {
  std::string path;
  std::vector<float> attributes;  // 0/1 per Listing::attributes
};

struct Problem {
  std::string path;
  std::string reason;  // one sentence
};

// One split of one data set, as listed on disk.
struct Listing {
  Layout layout = Layout::Unknown;
  std::string root;
  std::string split;                // as asked ("train"), with what it resolved to on disk
  std::vector<std::string> splits;  // the splits the folder offers
  std::vector<std::string> classes;
  std::vector<std::string> attributes;
  std::vector<VideoEntry> videos;
  std::vector<ImageEntry> images;
  std::vector<Problem> missing;     // named by a split or annotation file but not on disk
  std::vector<Problem> unreadable;  // on disk but not usable (an annotation with broken JSON)
};

// The layout of `dir` from its folder and file names (Unknown when none fits or `dir` is not a folder).
Layout detectLayout(const std::string& dir);

// Lists split `split` ("train", "val", "test", "all", or a split folder's own name) of the data
// set in `dir`. Errors: a missing, empty or unrecognised folder; a missing split or split file;
// every annotation broken. Missing videos and broken annotations are warnings (logged on the
// "data" logger) and are recorded in the listing.
Result<Listing> listDataSet(const std::string& dir, const std::string& split, const ReaderOptions& options = {});

}  // namespace spact::data
