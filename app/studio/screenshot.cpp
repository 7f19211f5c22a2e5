#include "screenshot.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QImageWriter>
#include <QPixmap>
#include <QThread>

#include "main_window.h"

namespace spact::studio {

bool renderScreenshot(MainWindow& window, const QString& path, QString* error) {
  QDeadlineTimer deadline(60000);
  while (window.loader()->isBusy() && !deadline.hasExpired()) {
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
