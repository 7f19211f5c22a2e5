#pragma once
#include <QString>

namespace spact::studio {

class MainWindow;

// What a screenshot waits for before it renders.
struct ScreenshotWait {
  bool video = false;  // a video was opened: its current frame is shown on both sides
  // A model was given too: the privacy panel has its scores (all of them, or what came in the
  // first scoresMs after the first segment), or says why there are none.
  bool scores = false;
  int scoresMs = 15000;
  int timeoutMs = 120000;
};

// Waits (bounded) until the window has finished loading what it was asked to show — the file,
// the model, the original and the anonymized frame, the privacy scores — or until loading failed, then renders it to
// a PNG. Returns false with `error` set when rendering or saving failed.
bool renderScreenshot(MainWindow& window, const QString& path, QString* error, const ScreenshotWait& wait = {});

}  // namespace spact::studio
