// The Train page, offscreen, driven through its controls: bad data folders and impossible
// hyper-parameters are refused in the form with a message; a tiny run on the in-memory synthetic
// benchmark starts from the page, its curves receive points, it pauses (no step meanwhile) and
// resumes, and stops with a checkpoint; the run read back shows the same curves, a run written
// elsewhere is followed as it grows, the run resumes from the page, its checkpoints are listed with
// their validation and exported; closing while it trains asks; the trade-off plot shows a point
// on its 100 % edge whole. The page's screenshot
// (`spact-studio --screenshot --page train --run`) is kept in the build folder to be looked at.
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "compare_controller.h"
#include "config_form.h"
#include "data_picker.h"
#include "language.h"
#include "main_window.h"
#include "qcustomplot_include.h"
#include "nn/runtime.h"
#include "run_browser.h"
#include "run_presenter.h"
#include "studio_settings.h"
#include "test_media.h"
#include "train_controller.h"
#include "train_page.h"
#include "train_setup_view.h"
#include "train_workspace.h"
#include "training_curves.h"
#include "training_monitor.h"

using namespace spact;
using namespace spact::studio;
using widgets::LossCurve;

namespace {

const QString kSynth =
    "synth:actions=3,attributes=3,size=16,frames=8,videos_per_class=4,test_videos_per_class=2,images=32,test_images=16";

// The tiny preset made tinier still, typed into the form: a step takes a fraction of a second.
const QList<QPair<QString, QString>> kSmall = {
    {"data.size", "16"}, {"data.frames", "4"}, {"data.skip", "1"}, {"data.action_batch", "4"}, {"data.privacy_batch", "8"},
    {"data.val_clips_per_video", "1"}, {"networks.anonymizer.width", "0.0625"}, {"networks.action.width", "0.0625"},
    {"networks.privacy.width", "0.0625"}, {"networks.attributes.width", "0.0625"}, {"networks.privacy.head_hidden", "16"},
    {"networks.privacy.head_out", "8"}, {"init.anonymizer.epochs", "1"}, {"init.anonymizer.steps_per_epoch", "2"},
    {"init.action.epochs", "1"}, {"init.action.steps_per_epoch", "2"}, {"init.privacy.epochs", "1"},
    {"init.privacy.steps_per_epoch", "2"}, {"init.attributes.epochs", "1"}, {"init.attributes.steps_per_epoch", "2"},
    {"minimax.steps_per_epoch", "3"}, {"schedule.log_every", "1"}};

struct Counts {
  int a = 0, t = 0, b = 0, validation = 0;
  QStringList phases;
  bool operator==(const Counts&) const = default;
};

Counts countsOf(const widgets::TrainingCurves& c) {
  return {c.lossPointCount(LossCurve::Anonymizer), c.lossPointCount(LossCurve::Action), c.lossPointCount(LossCurve::Privacy),
          static_cast<int>(c.validationPoints().size()), c.phaseNames()};
}

char* describe(const Counts& c) {
  return qstrdup(qPrintable(QString("L_A %1, L_T %2, L_B %3, validation %4, phases %5")
                                .arg(c.a).arg(c.t).arg(c.b).arg(c.validation).arg(c.phases.join(","))));
}

QString lastEventType(const QString& run) {
  QFile f(run + "/events.jsonl");
  if (!f.open(QIODevice::ReadOnly)) return {};
  const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
  return QJsonDocument::fromJson(lines.back()).object().value("type").toString();
}

void closeMessageBoxes() {
  for (QWidget* w : QApplication::topLevelWidgets())
    if (auto* box = qobject_cast<QMessageBox*>(w)) box->close();
}

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

}  // namespace

namespace QTest {
template <>
char* toString(const Counts& c) {
  return describe(c);
}
}  // namespace QTest

class TestTrainPage : public QObject {
  Q_OBJECT

  struct Studio {
    StudioSettings settings;
    widgets::TrainPage page;
    TrainWorkspace workspace{settings, page};
    Studio() {
      page.resize(1300, 800);
      page.show();
    }
    widgets::TrainSetupView& setup() { return *page.setup(); }
    widgets::TrainingMonitor& monitor() { return *page.monitor(); }
    widgets::TrainingCurves& curves() { return *page.monitor()->curves(); }
    TrainController& controller() { return *workspace.controller(); }
  };

  // Names both data sets and waits until they are inspected.
  static bool chooseData(Studio& s, const QString& action, const QString& privacy) {
    s.setup().actionData()->setSpec(action);
    s.setup().privacyData()->setSpec(privacy);
    return QTest::qWaitFor([&] { return !s.workspace.isBusy(); }, 20000);
  }

  static bool typeSmallConfig(Studio& s, int minimaxEpochs) {
    for (const auto& [key, value] : kSmall)
      if (!s.setup().form()->enter(key, value)) return false;
    return s.setup().form()->enter("minimax.epochs", QString::number(minimaxEpochs));
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    nn::configureThreads();
    QVERIFY(dir_.isValid());
    StudioSettings settings;
    for (const QString& run : settings.recentRuns()) settings.removeRecentRun(run);
    settings.setTrainingChoices({});
  }

  void cleanup() { closeMessageBoxes(); }

  void theFormIsGeneratedFromTheConfiguration() {
    Studio s;
    widgets::ConfigForm& form = *s.setup().form();
    QVERIFY(form.keys().contains("minimax.omega"));
    QVERIFY(form.keys().contains("networks.privacy.head_out"));
    QVERIFY(!form.keys().contains("networks.action.classes"));  // fixed by the data
    QVERIFY(!form.keys().contains("device"));                   // a control of its own
    // The preset's values, the paper's in the tooltip.
    QCOMPARE(s.setup().preset(), QString("tiny"));
    QCOMPARE(form.value("data.size").toLongLong(), 32);
    QVERIFY2(form.editor("minimax.temperature")->toolTip().contains("paper"), qPrintable(form.editor("minimax.temperature")->toolTip()));
    QVERIFY(form.editor("minimax.lr_action")->toolTip().contains("0.0001"));
    s.setup().presetBox()->setCurrentIndex(s.setup().presetBox()->findData("paper"));
    Q_EMIT s.setup().presetBox()->activated(s.setup().presetBox()->currentIndex());
    QCOMPARE(form.value("data.size").toLongLong(), 112);
    QCOMPARE(form.value("data.action_batch").toLongLong(), 24);
  }

  void impossibleValuesAreRefused_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative learning rate") << "minimax.lr_action" << "-1e-4" << "must be between 1e-09 and 1";
    QTest::newRow("not a number") << "minimax.omega" << "strong" << "Enter a number";
    QTest::newRow("fractional epochs") << "minimax.epochs" << "2.5" << "whole number";
    QTest::newRow("one image pair") << "data.privacy_batch" << "1" << "must be between 2 and";
    QTest::newRow("zero-width network") << "networks.action.width" << "0" << "not possible";
    QTest::newRow("an architecture of another role") << "networks.anonymizer.arch" << "resnet50" << "anonymizer";
  }

  void impossibleValuesAreRefused() {
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, message);
    Studio s;
    QVERIFY(chooseData(s, kSynth, kSynth));
    s.setup().setRunFolder(dir_.filePath("never"));
    s.setup().form()->enter("data.size", "32");  // any edit re-checks the set-up
    QVERIFY2(s.setup().startButton()->isEnabled(), qPrintable(s.setup().message()));
    const QString before = s.setup().form()->value(key).toString();
    QVERIFY(s.setup().form()->enter(key, text));
    QVERIFY2(s.setup().form()->problem(key).contains(message), qPrintable(s.setup().form()->problem(key)));
    QVERIFY(!s.setup().startButton()->isEnabled());
    QVERIFY2(s.setup().message().contains(message), qPrintable(s.setup().message()));
    QVERIFY(!s.workspace.start());
    QVERIFY(!s.controller().isRunning());
    // Corrected, it is accepted again.
    QVERIFY(s.setup().form()->enter(key, before));
    QCOMPARE(s.setup().form()->problem(key), QString());
    QVERIFY2(s.setup().startButton()->isEnabled(), qPrintable(s.setup().message()));
  }

  void badDataIsRefused_data() {
    QTest::addColumn<bool>("action");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << true << "missing" << "does not exist";
    QTest::newRow("a file") << false << "file.txt" << "is a file";
    QTest::newRow("empty folder") << true << "empty" << "empty";
    QTest::newRow("images for actions") << true << "images" << "No videos here";
    QTest::newRow("a misspelt benchmark") << false << "synth:atributes=3" << "atributes";
  }

  void badDataIsRefused() {
    QFETCH(bool, action);
    QFETCH(QString, spec);
    QFETCH(QString, message);
    QDir(dir_.path()).mkpath("empty");
    test::writeFile(dir_.filePath("file.txt"), "not a data set");
    // A class-folder image set: privacy data, not action data.
    for (const char* cls : {"a4_gender", "a17_color"}) {
      QDir(dir_.path()).mkpath(QString("images/train/%1").arg(cls));
      QImage image(8, 8, QImage::Format_RGB888);
      image.fill(Qt::gray);
      QVERIFY(image.save(dir_.filePath(QString("images/train/%1/one.png").arg(cls))));
    }
    Studio s;
    QVERIFY(chooseData(s, kSynth, kSynth));
    QVERIFY2(s.setup().startButton()->isEnabled(), qPrintable(s.setup().message()));
    widgets::DataPicker& picker = action ? *s.setup().actionData() : *s.setup().privacyData();
    const QString named = spec.startsWith("synth") ? spec : dir_.filePath(spec);
    QSignalSpy checked(&s.workspace, &TrainWorkspace::dataChecked);
    picker.setSpec(named);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
    QCOMPARE(checked.first().at(1).toBool(), false);
    QCOMPARE(picker.state(), widgets::DataPicker::State::Invalid);
    QVERIFY2(picker.statusText().contains(message, Qt::CaseInsensitive), qPrintable(picker.statusText()));
    QVERIFY(!s.setup().startButton()->isEnabled());
    QVERIFY2(s.setup().message().contains("cannot be used"), qPrintable(s.setup().message()));
  }

  void theDataFoundIsShown() {
    Studio s;
    QVERIFY(chooseData(s, kSynth, kSynth));
    QCOMPARE(s.setup().actionData()->state(), widgets::DataPicker::State::Valid);
    QVERIFY2(s.setup().actionData()->statusText().contains("3 classes"), qPrintable(s.setup().actionData()->statusText()));
    QVERIFY2(s.setup().actionData()->statusText().contains("12 videos"), qPrintable(s.setup().actionData()->statusText()));
    QVERIFY2(s.setup().privacyData()->statusText().contains("32 images"), qPrintable(s.setup().privacyData()->statusText()));
    QVERIFY2(s.setup().privacyData()->statusText().contains("a4_gender"), qPrintable(s.setup().privacyData()->statusText()));
  }

  // The run the later tests read back, resume and export.
  void aRunTrainsPausesResumesAndStops() {
    Studio s;
    QVERIFY(chooseData(s, kSynth, kSynth));
    run_ = dir_.filePath("run");
    s.setup().setRunFolder(run_);
    QVERIFY(typeSmallConfig(s, 40));
    QVERIFY2(s.setup().startButton()->isEnabled(), qPrintable(s.setup().message()));

    QSignalSpy losses(&s.curves(), &widgets::TrainingCurves::lossAdded);
    QSignalSpy validations(&s.curves(), &widgets::TrainingCurves::validationAdded);
    QSignalSpy finished(&s.workspace, &TrainWorkspace::trainingFinished);
    s.setup().startButton()->click();
    QVERIFY(s.controller().isRunning());
    QVERIFY(!s.setup().startButton()->isEnabled());  // one run at a time
    QTRY_VERIFY_WITH_TIMEOUT(validations.count() >= 1, 120000);  // through the initialisation into the game
    QVERIFY(losses.count() >= 8);
    QCOMPARE(s.monitor().runState(), widgets::TrainingMonitor::RunState::Running);
    QVERIFY(s.curves().lossPointCount(LossCurve::Privacy) > 0);
    QVERIFY(s.curves().lossPointCount(LossCurve::Action) > 0);
    QVERIFY(s.curves().lossPointCount(LossCurve::Anonymizer) > 0);
    QVERIFY(std::isfinite(s.curves().smoothedLoss(LossCurve::Action)));
    QVERIFY(s.curves().phaseNames().size() == 5);
    QVERIFY2(!s.monitor().throughputText().isEmpty(), "no throughput");

    // Pause: the step under way ends, then nothing moves until resumed.
    QVERIFY(s.monitor().pauseButton()->isEnabled());
    s.monitor().pauseButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(s.controller().state(), TrainController::State::Paused, 60000);
    QCOMPARE(s.monitor().runState(), widgets::TrainingMonitor::RunState::Paused);
    QVERIFY(s.monitor().resumeButton()->isEnabled());
    QVERIFY(!s.monitor().pauseButton()->isEnabled());
    const int atPause = static_cast<int>(losses.count());
    QTest::qWait(1500);
    QCOMPARE(static_cast<int>(losses.count()), atPause);
    s.monitor().resumeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(losses.count() > atPause + 2, 60000);
    QCOMPARE(s.controller().state(), TrainController::State::Running);

    // Stop: a checkpoint to resume from.
    s.monitor().stopButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().at(0).value<TrainEngine::End>(), TrainEngine::End::Stopped);
    QVERIFY(QFile::exists(run_ + "/checkpoints/last.spact"));
    QCOMPARE(lastEventType(run_), QString("stopped"));
    QCOMPARE(s.monitor().runState(), widgets::TrainingMonitor::RunState::Stopped);
    QVERIFY(s.monitor().logText().contains("Stopped at step"));
    QVERIFY(s.page.runs()->checkpointCount() >= 1);
    QVERIFY(s.setup().actionData()->lineEdit()->isReadOnly() == false);  // the set-up is editable again
    live_ = countsOf(s.curves());
    liveValidation_ = s.curves().validationPoints().size();
    QVERIFY(s.setup().runFolder() != run_);  // a new folder is proposed for the next run
  }

  void theRunReadBackShowsTheSameCurves() {
    QVERIFY(!run_.isEmpty());
    Studio s;
    QVERIFY(s.page.runs()->runCount() >= 1);  // remembered in the settings
    QVERIFY(s.workspace.openRun(run_));
    QCOMPARE(countsOf(s.curves()), live_);
    QCOMPARE(s.monitor().runState(), widgets::TrainingMonitor::RunState::Stopped);
    QVERIFY(s.page.runs()->resumeButton()->isEnabled());
    QCOMPARE(s.page.runs()->selectedRun(), QDir::cleanPath(run_));
  }

  void aRunWrittenElsewhereIsFollowed() {
    // Its events arrive in two halves, as from `spact train` in another process.
    QFile source(run_ + "/events.jsonl");
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().split('\n');
    const QString other = dir_.filePath("elsewhere");
    QVERIFY(QDir().mkpath(other));
    QVERIFY(QFile::copy(run_ + "/config.json", other + "/config.json"));
    QByteArray firstHalf, secondHalf;
    for (qsizetype i = 0; i < lines.size(); ++i) {
      if (lines[i].isEmpty() || lines[i].contains("\"stopped\"")) continue;
      (i < lines.size() / 2 ? firstHalf : secondHalf) += lines[i] + '\n';
    }
    test::writeFile(other + "/events.jsonl", firstHalf + secondHalf.left(7));  // a torn line at the end
    Studio s;
    QVERIFY(s.workspace.openRun(other));
    QCOMPARE(s.monitor().runState(), widgets::TrainingMonitor::RunState::Elsewhere);
    const int before = s.curves().lossPointCount(LossCurve::Action);
    QVERIFY(before > 0);
    test::writeFile(other + "/events.jsonl", firstHalf + secondHalf);
    QTRY_COMPARE_WITH_TIMEOUT(s.curves().lossPointCount(LossCurve::Action), live_.t, 5000);
    QVERIFY(s.curves().lossPointCount(LossCurve::Action) > before);
  }

  void theRunResumesFromThePage() {
    Studio s;
    QVERIFY(s.workspace.openRun(run_));
    const int before = s.curves().lossPointCount(LossCurve::Action);
    QSignalSpy finished(&s.workspace, &TrainWorkspace::trainingFinished);
    QSignalSpy losses(&s.curves(), &widgets::TrainingCurves::lossAdded);
    s.page.runs()->resumeButton()->click();
    QVERIFY(s.controller().isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(s.curves().lossPointCount(LossCurve::Action) > before + 2, 120000);
    QVERIFY(s.monitor().logText().contains("Resumed at step"));
    s.controller().stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().at(0).value<TrainEngine::End>(), TrainEngine::End::Stopped);
    QCOMPARE(lastEventType(run_), QString("stopped"));
    live_ = countsOf(s.curves());
    Studio again;
    QVERIFY(again.workspace.openRun(run_));
    QCOMPARE(countsOf(again.curves()), live_);
  }

  void checkpointsAreListedUsedAndExported() {
    Studio s;
    QVERIFY(s.workspace.openRun(run_));
    widgets::RunBrowser& runs = *s.page.runs();
    QVERIFY(runs.checkpointCount() >= 2);  // epoch checkpoints and the last
    // Picking epoch 1 on the trade-off curve picks its checkpoint.
    QVERIFY(runs.selectEpoch(1));
    QVERIFY2(runs.selectedCheckpoint().endsWith("checkpoints/epoch-0001.spact"), qPrintable(runs.selectedCheckpoint()));
    QCOMPARE(s.curves().selectedEpoch(), 1);
    QSignalSpy use(&s.workspace, &TrainWorkspace::useModelRequested);
    runs.useButton()->click();
    QCOMPARE(use.count(), 1);
    QCOMPARE(use.first().at(0).toString(), runs.selectedCheckpoint());

    QSignalSpy exported(&s.workspace, &TrainWorkspace::exported);
    const QString destination = dir_.filePath("exported.spact");
    s.workspace.exportCheckpoint(runs.selectedCheckpoint(), destination);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
    QCOMPARE(QFileInfo(destination).size(), QFileInfo(runs.selectedCheckpoint()).size());
    QVERIFY(!QFile::exists(destination + ".part"));
  }

  // The window's pages: Compare (with its docks) and Train; a checkpoint used goes to Compare.
  void theWindowSwitchesPages() {
    StudioSettings settings;
    LanguageManager languages;
    MainWindow window(settings, languages);
    window.show();
    QCOMPARE(window.currentPage(), MainWindow::Page::Compare);
    QList<QDockWidget*> shown;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
      if (dock->isVisible()) shown << dock;
    QVERIFY(!shown.isEmpty());
    window.showPage(MainWindow::Page::Train);
    QVERIFY(window.trainPage()->isVisible());
    for (QDockWidget* dock : shown) QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(window.trainWorkspace()->openRun(run_));
    widgets::RunBrowser& runs = *window.trainPage()->runs();
    QVERIFY(runs.selectEpoch(2));
    runs.useButton()->click();
    QCOMPARE(window.currentPage(), MainWindow::Page::Compare);
    for (QDockWidget* dock : shown) QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
    QTRY_COMPARE_WITH_TIMEOUT(window.compareController()->anonymizer().method, std::string("model"), 30000);
    QVERIFY(window.compareController()->anonymizer().modelPath.ends_with("epoch-0002.spact"));
  }

  void closingWhileTrainingAsks() {
    Studio s;
    QVERIFY(chooseData(s, kSynth, kSynth));
    const QString run = dir_.filePath("closing");
    s.setup().setRunFolder(run);
    QVERIFY(typeSmallConfig(s, 40));
    QVERIFY(s.workspace.start());
    QTRY_VERIFY_WITH_TIMEOUT(s.curves().lossPointCount(LossCurve::Anonymizer) > 0, 60000);
    auto answer = [](const QString& button) {
      QTimer::singleShot(200, [button] {
        for (QWidget* w : QApplication::topLevelWidgets())
          if (w->objectName() == "closeWhileTrainingBox")
            if (auto* b = w->findChild<QPushButton*>(button)) b->click();
      });
    };
    // Cancel: the window stays, the run goes on.
    QTimer::singleShot(200, [] {
      for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->objectName() == "closeWhileTrainingBox")
          box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!s.workspace.confirmClose(&s.page));
    QVERIFY(s.controller().isRunning());
    // Stop with a checkpoint: it returns once the checkpoint is written.
    answer("stopAndClose");
    QVERIFY(s.workspace.confirmClose(&s.page));
    QVERIFY(!s.controller().isRunning());
    QVERIFY(QFile::exists(run + "/checkpoints/last.spact"));
    QCOMPARE(lastEventType(run), QString("stopped"));
  }

  void theTradeoffShowsAPointOnTheEdgeWhole() {
    // Raw data's action top-1 is often 100 %: its star must not be cut in half by the axis.
    widgets::TrainingCurves curves;
    curves.setReference(1.0, 0.928);
    curves.addValidation({1, 10, 0.78, 0.572});
    curves.addValidation({2, 20, 0.89, 0.523});
    const QCPRange x = curves.tradeoffPlot()->xAxis->range(), y = curves.tradeoffPlot()->yAxis->range();
    QVERIFY2(y.upper > 101 && y.upper <= 102, qPrintable(QString::number(y.upper)));
    QVERIFY2(y.lower > 60 && y.lower < 78, qPrintable(QString::number(y.lower)));
    QVERIFY2(x.lower < 52.3 && x.upper > 92.8 && x.upper <= 102, qPrintable(QString("%1-%2").arg(x.lower).arg(x.upper)));
  }

  void screenshotOfThePage() {
    QVERIFY(!run_.isEmpty());
    const QString artefacts = qEnvironmentVariable("SPACT_BINARY_DIR", dir_.path()) + "/test-artefacts";
    QVERIFY(QDir().mkpath(artefacts));
    QByteArray out, err;
    // The studio started here keeps its settings (recent runs) out of the user's.
    qputenv("XDG_CONFIG_HOME", dir_.filePath("config").toLocal8Bit());
    // With a run: its curves, log and checkpoints; without: a new run's set-up.
    for (const QString& name : {QString("train-page-run.png"), QString("train-page-setup.png")}) {
      const QString png = artefacts + "/" + name;
      QFile::remove(png);
      QStringList args = {"--screenshot", png, "--page", "train", "--language", "en"};
      if (name.contains("run")) args << "--run" << run_;
      const int rc = test::run(qEnvironmentVariable("SPACT_STUDIO"), args, &out, &err);
      QVERIFY2(rc == 0, err.constData());
      const QImage shot(png);
      QVERIFY(!shot.isNull());
      QVERIFY(shot.width() >= 900 && shot.height() >= 600);
      QVERIFY2(contrast(shot) > 20, "the screenshot is blank");
      qInfo("screenshot: %s", qPrintable(png));
    }
    const QString png = artefacts + "/not-a-run.png";
    // Not a run folder: a clear message and exit status 1.
    QCOMPARE(test::run(qEnvironmentVariable("SPACT_STUDIO"), {"--screenshot", png, "--page", "train", "--run", dir_.filePath("empty")}, &out, &err), 1);
    QVERIFY2(err.contains("not a training run"), err.constData());
  }

private:
  QTemporaryDir dir_;
  QString run_;
  Counts live_;
  qsizetype liveValidation_ = 0;
};

QTEST_MAIN(TestTrainPage)
#include "tst_train_page.moc"
