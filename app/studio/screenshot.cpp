#include "screenshot.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QPixmap>
#include <QThread>

#include "compare_controller.h"
#include "main_window.h"
#include "privacy_controller.h"
#include "evaluate_workspace.h"
#include "train_workspace.h"

namespace spact::studio {

bool renderScreenshot(MainWindow& window, const QString& path, QString* error, const ScreenshotWait& wait) {
  bool failed = false;
  const CompareController* controller = window.compareController();
  QObject guard;  // disconnects the lambdas below when this function returns
  QObject::connect(&window, &MainWindow::mediaFailed, &guard, [&failed] { failed = true; });
  QObject::connect(controller, &CompareController::openFailed, &guard, [&failed] { failed = true; });
  QObject::connect(controller, &CompareController::engineFailed, &guard, [&failed] { failed = true; });
  const PrivacyController* privacy = window.privacyController();
  QElapsedTimer sinceFirstScore;
  auto scored = [&] {
    if (!privacy->isScoring()) return true;
    if (privacy->segmentCount() == 0) return false;
    if (!sinceFirstScore.isValid()) sinceFirstScore.start();
    return sinceFirstScore.hasExpired(wait.scoresMs);
  };
  auto done = [&] {
    if (failed) return true;
    if (window.loader()->isBusy() || controller->isOpening() || controller->isAnonymizerPending()) return false;
    if (window.trainWorkspace()->isBusy()) return false;  // the Train page's data sets are being inspected
    if (window.evaluateWorkspace()->isBusy()) return false;  // the Evaluate page's too, or its model cards
    if (wait.video && !controller->isSettled()) return false;
    return !wait.scores || scored();
  };
  QDeadlineTimer deadline(wait.timeoutMs);
  while (!done() && !deadline.hasExpired()) {
    QApplication::processEvents(QEventLoop::AllEvents, 50);
    QThread::msleep(5);
  }
  // Let queued results, layouts and paints settle.
  for (int i = 0; i < 5; ++i) QApplication::processEvents();
  const QPixmap pixmap = window.grab();
  if (pixmap.isNull()) {
    *error = QStringLiteral("The window could not be rendered.");
    return false;
  }
  QImageWriter writer(path, "png");
  if (!writer.write(pixmap.toImage())) {
    *error = QStringLiteral("Could not write the screenshot '%1': %2.").arg(path, writer.errorString());
    return false;
  }
  return true;
}

}  // namespace spact::studio
