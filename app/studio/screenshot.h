#pragma once
#include <QString>

namespace spact::studio {

class MainWindow;

// What a screenshot waits for before it renders.
struct ScreenshotWait {
  bool video = false;  // a video was opened: its current frame is shown on both sides
  int timeoutMs = 120000;
};

// Waits (bounded) until the window has finished loading what it was asked to show — the file,
// the model, the original and the anonymized frame — or until loading failed, then renders it to
// a PNG. Returns false with `error` set when rendering or saving failed.
bool renderScreenshot(MainWindow& window, const QString& path, QString* error, const ScreenshotWait& wait = {});

}  // namespace spact::studio
