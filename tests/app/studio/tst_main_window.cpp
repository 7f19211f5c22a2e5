// The main window, offscreen: opening videos (menu path, drag and drop) into the compare player,
// properties shown, bad files and models reported without losing what was shown, models loaded
// from the panel or by dropping them, the player's keys, the log dock fed by the engine's and
// Qt's messages, language switching, and the --screenshot mode (its compare-page screenshots are
// kept in the build folder to be looked at).
#include <QComboBox>
#include <QDropEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "compare_controller.h"
#include "compare_page.h"
#include "compare_view.h"
#include "export_dialog.h"
#include "frame_index.h"
#include "language.h"
#include "log_bridge.h"
#include "log_pane.h"
#include "main_window.h"
#include "model_manager_view.h"
#include "model_panel.h"
#include "property_panel.h"
#include "studio_settings.h"
#include "test_media.h"
#include "transport_bar.h"
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

QString scriptedModel() {
  return qEnvironmentVariable("SPACT_SOURCE_DIR") + "/tests/reference/fixtures/io/scripted_anonymizer.pt";
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
    indexed_ = dir_.filePath("indexed.mp4");
    QVERIFY(test::makeVideo(indexed_, {.width = 320, .height = 240, .frames = 30, .audio = false, .pattern = "index"}));
  }

  void init() {
    StudioSettings().clearRecentFiles();
    StudioSettings().setAnonymizer({});  // each test starts with the default method
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
    QTRY_VERIFY_WITH_TIMEOUT(window_->compareController()->isSettled(), 30000);
    const QImage frame = window_->comparePage()->view()->original();
    QCOMPARE(frame.size(), QSize(160, 120));
    QVERIFY2(contrast(frame) > 20, "the first frame is blank");
    QCOMPARE(window_->comparePage()->view()->anonymized().size(), QSize(160, 120));  // blurred by default
    QVERIFY(window_->comparePage()->view()->label(widgets::CompareView::Side::Anonymized).contains("Blur"));
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
    QTRY_VERIFY_WITH_TIMEOUT(window_->compareController()->isSettled(), 30000);
    const QImage frame = window_->comparePage()->view()->original();
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
    QTRY_VERIFY_WITH_TIMEOUT(window_->compareController()->isSettled(), 30000);

    const QString bad = dir_.filePath(QString("bad-%1.mp4").arg(QTest::currentDataTag()).replace(' ', '-'));
    if (create) test::writeFile(bad, bytes);
    QSignalSpy failed(window_.get(), &MainWindow::mediaFailed);
    window_->openFile(bad);
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.first().at(1).toString().contains(bad), qPrintable(failed.first().at(1).toString()));
    // The error is shown to the user, and what was shown before stays.
    QTRY_VERIFY(window_->findChild<QMessageBox*>("openErrorBox") != nullptr);
    QCOMPARE(window_->currentFile(), video_);
    QVERIFY(!window_->comparePage()->view()->original().isNull());
    QCOMPARE(window_->compareController()->path(), video_);
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

  void playerKeysDriveThePlayer() {
    window_->openFile(indexed_);
    auto* controller = window_->compareController();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled() && controller->path() == indexed_, 30000);
    auto settledAt = [controller](qint64 index) {
      return QTest::qWaitFor([&] { return controller->isSettled() && controller->current().index == index; }, 30000);
    };
    QTest::keyClick(window_.get(), Qt::Key_Right);
    QVERIFY(settledAt(1));
    QTest::keyClick(window_.get(), Qt::Key_End);
    QVERIFY(settledAt(29));
    QTest::keyClick(window_.get(), Qt::Key_Left);
    QVERIFY(settledAt(28));
    QTest::keyClick(window_.get(), Qt::Key_Home);
    QVERIFY(settledAt(0));
    QTest::keyClick(window_.get(), Qt::Key_Space);
    QVERIFY(controller->isPlaying());
    QTest::keyClick(window_.get(), Qt::Key_K);
    QVERIFY(!controller->isPlaying());
    QTest::keyClick(window_.get(), Qt::Key_L);
    QVERIFY(controller->isPlaying());
    QTest::keyClick(window_.get(), Qt::Key_L);
    QCOMPARE(controller->speed(), 2.0);
    QTRY_VERIFY_WITH_TIMEOUT(controller->current().index >= 5, 30000);
    QTest::keyClick(window_.get(), Qt::Key_J);
    QCOMPARE(controller->direction(), -1);
    QTest::keyClick(window_.get(), Qt::Key_K);
    QVERIFY(!controller->isPlaying());
    // The view shows what the controller shows, on both sides, and the transport bar says where.
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled(), 30000);
    const qint64 at = controller->current().index;
    QCOMPARE(test::frameIndexIn(window_->comparePage()->view()->original()), at);
    QCOMPARE(test::frameIndexIn(window_->comparePage()->view()->anonymized()), at);
    QCOMPARE(window_->comparePage()->transport()->position(), at);
    // Help lists the player's keys.
    const QString help = window_->shortcutsTable();
    for (const char* expected : {"<b>Space</b>", "<b>J</b>", "<b>K</b>", "<b>L</b>", "<b>Left</b>", "<b>Right</b>",
                                 "<b>Home</b>", "<b>End</b>", "Play Backward (Faster)", "Next Frame", "Zoom In"})
      QVERIFY2(help.contains(expected), expected);
    // Zoom keys reach the view.
    QTest::keyClick(window_.get(), Qt::Key_Plus);
    QVERIFY(window_->comparePage()->view()->zoom() > 1.0);
    QTest::keyClick(window_.get(), Qt::Key_0);
    QCOMPARE(window_->comparePage()->view()->zoom(), 1.0);
  }

  void modelPanelChangesTheMethod() {
    window_->openFile(indexed_);
    auto* controller = window_->compareController();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled() && controller->path() == indexed_, 30000);
    auto* box = window_->modelPanel()->findChild<QComboBox*>("methodBox");
    QSignalSpy changed(controller, &CompareController::anonymizerChanged);
    box->setCurrentIndex(box->findData("identity"));
    Q_EMIT box->activated(box->currentIndex());  // as the user picks it
    QVERIFY(changed.wait(30000));
    QCOMPARE(controller->anonymizer().method, std::string("identity"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled(), 30000);
    QCOMPARE(window_->comparePage()->view()->anonymized(), window_->comparePage()->view()->original());
    QVERIFY(window_->comparePage()->view()->label(widgets::CompareView::Side::Anonymized).contains("Identity"));
    QVERIFY(window_->modelPanel()->status().contains("Identity"));
  }

  void theMethodIsRestoredAtTheNextStart() {
    auto* controller = window_->compareController();
    QCOMPARE(controller->anonymizer().method, std::string("blur"));
    auto* box = window_->modelPanel()->findChild<QComboBox*>("methodBox");
    QSignalSpy changed(controller, &CompareController::anonymizerChanged);
    box->setCurrentIndex(box->findData("downsample2"));
    Q_EMIT box->activated(box->currentIndex());
    QVERIFY(changed.wait(30000));
    QCOMPARE(settings_.anonymizer().method, QString("downsample2"));

    window_.reset();  // quit, and start again
    window_ = std::make_unique<MainWindow>(settings_, *languages_);
    QCOMPARE(window_->modelPanel()->method(), QString("downsample2"));
    QTRY_COMPARE_WITH_TIMEOUT(window_->compareController()->anonymizer().method, std::string("downsample"), 30000);
    QCOMPARE(window_->compareController()->anonymizer().downsampleFactor, 2);

    // A model is restored with its resolution, and joins the model manager's recent models.
    QSignalSpy loaded(window_->compareController(), &CompareController::anonymizerChanged);
    auto* resolution = window_->modelPanel()->findChild<QComboBox*>("resolutionBox");
    resolution->setCurrentIndex(resolution->findData(224));
    window_->loadModel(scriptedModel());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(settings_.anonymizer().modelFile, scriptedModel());
    QVERIFY(settings_.recentModels().contains(scriptedModel()));
    window_.reset();
    window_ = std::make_unique<MainWindow>(settings_, *languages_);
    QCOMPARE(window_->modelPanel()->method(), QString("model"));
    QCOMPARE(window_->modelPanel()->resolution(), 224);
    QTRY_COMPARE_WITH_TIMEOUT(window_->compareController()->anonymizer().modelPath, scriptedModel().toStdString(), 30000);
    QVERIFY(window_->modelManagerView()->recentModels().contains(scriptedModel()));
  }

  void aModelRunsAtTheResolutionItWasTrainedAt() {
    // The shipped default model's card says 32 pixels: loading it picks 32, a size the panel
    // did not offer before, while a model without a card keeps the panel's choice.
    const QString model = qEnvironmentVariable("SPACT_SOURCE_DIR") + "/models/default.spact";
    QSignalSpy changed(window_->compareController(), &CompareController::anonymizerChanged);
    window_->loadModel(model);
    QVERIFY(changed.wait(30000));
    QCOMPARE(window_->compareController()->anonymizer().resolution, 32);
    QCOMPARE(window_->modelPanel()->resolution(), 32);
    auto* box = window_->modelPanel()->findChild<QComboBox*>("resolutionBox");
    QCOMPARE(box->currentText(), QString("32 px (shorter side)"));
    QCOMPARE(box->itemData(0).toInt(), 32);  // in order, before 112

    auto* resolution = window_->modelPanel()->findChild<QComboBox*>("resolutionBox");
    resolution->setCurrentIndex(resolution->findData(224));
    window_->loadModel(scriptedModel());
    QVERIFY(changed.wait(30000));
    QCOMPARE(window_->compareController()->anonymizer().resolution, 224);
  }

  void exportIsInTheFileMenuAndTheShortcutList() {
    auto* exportAction = window_->findChild<QAction*>("exportAction");
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(window_->shortcutsTable().contains("Export"));
    window_->openFile(video_);
    QTRY_VERIFY_WITH_TIMEOUT(window_->currentFile() == video_, 30000);
    exportAction->trigger();
    auto* dialog = window_->findChild<ExportDialog*>("exportDialog");
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->inputs(), QStringList{video_});
    QCOMPARE(dialog->request().anonymizer.method, window_->compareController()->anonymizer().method);
    dialog->close();
  }

  void droppedModelsAreLoadedAndBadOnesReported() {
    window_->openFile(indexed_);
    auto* controller = window_->compareController();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled() && controller->path() == indexed_, 30000);
    auto drop = [this](const QString& path) {
      QMimeData mime;
      mime.setUrls({QUrl::fromLocalFile(path)});
      QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
      QApplication::sendEvent(window_.get(), &enter);
      QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
      QApplication::sendEvent(window_.get(), &event);
    };
    // A bad model: a message the user sees, and the method in force stays.
    const QString bad = dir_.filePath("broken.spact");
    test::writeFile(bad, "this is not a checkpoint");
    QSignalSpy failed(controller, &CompareController::anonymizerFailed);
    drop(bad);
    QVERIFY(failed.wait(30000));
    QTRY_VERIFY(window_->findChild<QMessageBox*>("modelErrorBox") != nullptr);
    QVERIFY(window_->findChild<QMessageBox*>("modelErrorBox")->text().contains("broken.spact"));
    QCOMPARE(controller->anonymizer().method, std::string("blur"));
    QCOMPARE(window_->modelPanel()->method(), QString("blur"));
    closeMessageBoxes();
    // A good one becomes the method, shown in the panel.
    QSignalSpy changed(controller, &CompareController::anonymizerChanged);
    drop(scriptedModel());
    QVERIFY(changed.wait(30000));
    QCOMPARE(window_->modelPanel()->method(), QString("model"));
    QCOMPARE(window_->modelPanel()->modelFile(), scriptedModel());
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled(), 30000);
    QVERIFY(window_->comparePage()->view()->label(widgets::CompareView::Side::Anonymized).contains("scripted_anonymizer.pt"));
    // And a video dropped after it still opens as a video.
    drop(video_);
    QTRY_VERIFY_WITH_TIMEOUT(controller->path() == video_ && controller->isSettled(), 30000);
  }

  // The split view, zoomed in on a model's output, as a user sees it (a test artefact).
  void splitViewScreenshot() {
    window_->resize(1200, 760);
    QSignalSpy changed(window_->compareController(), &CompareController::anonymizerChanged);
    window_->loadModel(scriptedModel());
    QVERIFY(changed.wait(30000));
    window_->openFile(indexed_);
    auto* controller = window_->compareController();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled() && controller->path() == indexed_, 30000);
    controller->seek(20);
    QTRY_VERIFY_WITH_TIMEOUT(controller->isSettled(), 30000);
    auto* view = window_->comparePage()->view();
    view->setMode(widgets::CompareView::Mode::Split);
    view->setSplitPosition(0.45);
    view->setZoom(2.0);
    QCOMPARE(window_->comparePage()->transport()->frameText(), QString("Frame 20 / 29"));
    const QString artefacts = qEnvironmentVariable("SPACT_BINARY_DIR", dir_.path()) + "/test-artefacts";
    QVERIFY(QDir().mkpath(artefacts));
    const QImage shot = window_->grab().toImage();
    QVERIFY(shot.save(artefacts + "/compare-page-split.png"));
    QVERIFY(contrast(shot) > 20);
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

  // Screenshots of the compare page, kept in the build folder as test artefacts to look at.
  void screenshotModeRendersTheComparePage_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("blur (the default)") << "compare-page-blur.png" << QStringList{};
    QTest::newRow("a model") << "compare-page-model.png" << QStringList{"--model", scriptedModel()};
  }

  void screenshotModeRendersTheComparePage() {
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const QString artefacts = qEnvironmentVariable("SPACT_BINARY_DIR", dir_.path()) + "/test-artefacts";
    QVERIFY(QDir().mkpath(artefacts));
    const QString png = artefacts + "/" + name;
    QFile::remove(png);
    const QString demo = dir_.filePath("demo.mp4");
    if (!QFile::exists(demo)) QVERIFY(test::makeVideo(demo, {.width = 640, .height = 360, .frames = 50, .audio = false}));
    QByteArray out, err;
    const int rc = test::run(qEnvironmentVariable("SPACT_STUDIO"),
                             QStringList{"--screenshot", png, "--page", "compare", "--language", "en"} + options + QStringList{demo},
                             &out, &err);
    QVERIFY2(rc == 0, err.constData());
    const QImage shot(png);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 640 && shot.height() >= 400);
    QVERIFY2(contrast(shot) > 20, "the screenshot is blank");
    qInfo("screenshot: %s", qPrintable(png));
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

    // A model that cannot be loaded: a clear message and exit status 1.
    const QString badModel = dir_.filePath("bad.pt");
    test::writeFile(badModel, "not a model");
    QCOMPARE(test::run(qEnvironmentVariable("SPACT_STUDIO"), {"--screenshot", png, "--model", badModel, video_}, &out, &err), 1);
    QVERIFY2(err.contains("bad.pt"), err.constData());
    // An unknown page is a usage error.
    QCOMPARE(test::run(qEnvironmentVariable("SPACT_STUDIO"), {"--screenshot", png, "--page", "nope", video_}, &out, &err), 2);

    // A video that cannot be opened: a clear message and exit status 1.
    const QString bad = dir_.filePath("bad.mp4");
    test::writeFile(bad, "not a video");
    QCOMPARE(test::run(qEnvironmentVariable("SPACT_STUDIO"), {"--screenshot", png, bad}, &out, &err), 1);
    QVERIFY2(err.contains("bad.mp4"), err.constData());
  }

private:
  QTemporaryDir dir_;
  QString video_, rotated_, indexed_;
  StudioSettings settings_;
  std::unique_ptr<LanguageManager> languages_;
  std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
