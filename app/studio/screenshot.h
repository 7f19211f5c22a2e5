#pragma once
#include <QString>

namespace spact::studio {

class MainWindow;

// Waits (bounded) until the window has finished loading what it was asked to show, then
// renders it to a PNG. Returns false with `error` set when rendering or saving failed.
bool renderScreenshot(MainWindow& window, const QString& path, QString* error);

}  // namespace spact::studio
