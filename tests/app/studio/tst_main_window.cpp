// The main window, offscreen: opening videos (menu path, drag and drop), the first frame and
// properties shown, bad files reported without losing what was shown, the log dock fed by the
// engine's and Qt's messages, language switching, and the --screenshot mode.
#include <QDropEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "frame_view.h"
#include "language.h"
#include "log_bridge.h"
#include "log_pane.h"
#include "main_window.h"
#include "property_panel.h"
#include "studio_settings.h"
#include "test_media.h"
#include "util/log.h"

using namespace spact;
using namespace spact::studio;

namespace {

// Standard deviation of the grey levels: a blank picture has none.
double contrast(const QImage& image) {
  const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
  double sum = 0, sq = 0;
  const double n = static_cast<double>(grey.width()) * grey.height();
  for (int y = 0; y < grey.height(); ++y)
    for (int x = 0; x < grey.width(); ++x) {
      const double v = grey.constScanLine(y)[x];
      sum += v;
      sq += v * v;
    }
  return std::sqrt(std::max(0.0, sq / n - (sum / n) * (sum / n)));
}

void closeMessageBoxes() {
  for (QWidget* w : QApplication::topLevelWidgets())
    if (auto* box = qobject_cast<QMessageBox*>(w)) box->close();
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    video_ = dir_.filePath("clip.mp4");
    rotated_ = dir_.filePath("rotated.mp4");
    QVERIFY(test::makeVideo(video_, {.width = 160, .height = 120, .frames = 10}));
    QVERIFY(test::makeVideo(rotated_, {.width = 160, .height = 120, .frames = 5, .audio = false, .rotation = 90}));
  }

  void init() {
    StudioSettings().clearRecentFiles();
    languages_ = std::make_unique<LanguageManager>();
    QVERIFY(languages_->setLanguage("en"));
    window_ = std::make_unique<MainWindow>(settings_, *languages_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
  }

  void cleanup() {
    closeMessageBoxes();
    window_.reset();
    languages_.reset();
  }

  void opensAVideoAndShowsItsFirstFrame() {
    QSignalSpy shown(window_.get(), &MainWindow::mediaShown);
    window_->openFile(video_);
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.first().first().toString(), video_);
    const QImage frame = window_->frameView()->image();
    QCOMPARE(frame.size(), QSize(160, 120));
    QVERIFY2(contrast(frame) > 20, "the first frame is blank");
    QCOMPARE(window_->propertyPanel()->value("Video stream 0", "Resolution"), QString("160 × 120"));
    QCOMPARE(window_->propertyPanel()->value("Video stream 0", "Frames"), QString("10"));
    QVERIFY(!window_->propertyPanel()->value("Audio stream 1", "Sample rate").isEmpty());
    QVERIFY(window_->windowTitle().contains("clip.mp4"));
    QCOMPARE(StudioSettings().recentFiles().value(0), QFileInfo(video_).absoluteFilePath());
  }

  void showsRotatedVideoUpright() {
    QSignalSpy shown(window_.get(), &MainWindow::mediaShown);
    window_->openFile(rotated_);
    QVERIFY(shown.wait(30000));
    const QImage frame = window_->frameView()->image();
    QCOMPARE(frame.width(), 120);  // turned a quarter: stored 160×120, shown 120×160
    QCOMPARE(frame.height(), 160);
  }

  void reportsBadFilesAndKeepsWorking_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::newRow("zero bytes") << QByteArray() << true;
    QTest::newRow("not a video") << QByteArray("just some text, not a video\n") << true;
    QTest::newRow("missing") << QByteArray() << false;
  }

  void reportsBadFilesAndKeepsWorking() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QSignalSpy shown(window_.get(), &MainWindow::mediaShown);
    QVERIFY(shown.isValid());
    window_->openFile(video_);
    QVERIFY(shown.wait(30000));

    const QString bad = dir_.filePath(QString("bad-%1.mp4").arg(QTest::currentDataTag()).replace(' ', '-'));
    if (create) test::writeFile(bad, bytes);
    QSignalSpy failed(window_.get(), &MainWindow::mediaFailed);
    window_->openFile(bad);
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.first().at(1).toString().contains(bad), qPrintable(failed.first().at(1).toString()));
    // The error is shown to the user, and what was shown before stays.
    QTRY_VERIFY(window_->findChild<QMessageBox*>("openErrorBox") != nullptr);
    QCOMPARE(window_->currentFile(), video_);
    QVERIFY(!window_->frameView()->image().isNull());
    closeMessageBoxes();

    window_->openFile(rotated_);  // and the next file opens normally
    QVERIFY(shown.wait(30000));
    QCOMPARE(window_->currentFile(), rotated_);
  }

  void opensDroppedFiles() {
    QSignalSpy shown(window_.get(), &MainWindow::mediaShown);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(video_)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_.get(), &drop);
    QVERIFY(shown.wait(30000));
    QCOMPARE(window_->currentFile(), video_);
  }

  void logDockShowsEngineAndQtMessages() {
    const int before = window_->logPane()->lineCount();
    log::get("media")->warn("a message from the engine thread {}", 42);
    const QtMessageHandler qtest = LogBridge::routeQtMessages();  // as main() does; QTest had its own
    qWarning("a message from Qt");
    qInstallMessageHandler(qtest);
    QTRY_VERIFY(window_->logPane()->toPlainText().contains("a message from the engine thread 42"));
    QTRY_VERIFY(window_->logPane()->toPlainText().contains("a message from Qt"));
    QVERIFY(window_->logPane()->lineCount() >= before + 2);
  }

  void switchesLanguage() {
    auto fileMenuTitle = [this] { return window_->menuBar()->actions().value(0)->text(); };
    QCOMPARE(fileMenuTitle(), QString("&File"));
    QVERIFY(languages_->setLanguage("de"));
    QTRY_COMPARE(fileMenuTitle(), QString("&Datei"));
    QCOMPARE(window_->logPane()->parentWidget()->windowTitle(), QString("Protokoll"));
    QVERIFY(languages_->setLanguage("zh_CN"));
    QTRY_COMPARE(fileMenuTitle(), QString("文件(&F)"));
    QVERIFY(languages_->setLanguage("en"));
    QTRY_COMPARE(fileMenuTitle(), QString("&File"));
  }

  void screenshotModeRendersTheWindow() {
    const QString png = dir_.filePath("shot.png");
    QByteArray out, err;
    const int rc = test::run(qEnvironmentVariable("SPACT_STUDIO"), {"--screenshot", png, video_}, &out, &err);
    QVERIFY2(rc == 0, err.constData());
    QImage shot(png);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 640 && shot.height() >= 400);
    QVERIFY2(contrast(shot) > 20, "the screenshot is blank");

    // A video that cannot be opened: a clear message and exit status 1.
    const QString bad = dir_.filePath("bad.mp4");
    test::writeFile(bad, "not a video");
    QCOMPARE(test::run(qEnvironmentVariable("SPACT_STUDIO"), {"--screenshot", png, bad}, &out, &err), 1);
    QVERIFY2(err.contains("bad.mp4"), err.constData());
  }

private:
  QTemporaryDir dir_;
  QString video_, rotated_;
  StudioSettings settings_;
  std::unique_ptr<LanguageManager> languages_;
  std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
