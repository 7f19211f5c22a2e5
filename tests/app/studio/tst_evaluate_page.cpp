// The Evaluate page, offscreen, driven through its controls: no method, or a data folder that is
// not there, is refused with a message; a tiny evaluation (a model trained by `spact train`, two
// baselines, the in-memory synthetic benchmark) starts from the page, its rows arrive, Stop keeps
// the finished row and Start resumes with it; the page's report is the one `spact evaluate`
// writes for the same choices (the CLI, run on a copy of the folder, reuses every row: the same
// configuration, data, methods and models; and its report's table is the page's); the folder
// reopened shows the same rows; the exports (HTML, CSV, PDF) are written. The page's screenshot
// (`spact-studio --screenshot --page evaluate --report`) is kept in the build folder to be looked at.
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "config_form.h"
#include "data_picker.h"
#include "evaluate_controller.h"
#include "evaluate_page.h"
#include "evaluate_workspace.h"
#include "evaluation_results.h"
#include "qcustomplot_include.h"
#include "nn/runtime.h"
#include "test_media.h"

using namespace spact;
using namespace spact::studio;

namespace {

const QString kSynth =
    "synth:actions=3,attributes=3,size=16,frames=8,videos_per_class=4,test_videos_per_class=2,images=32,test_images=16";

QStringList trainArgs(const QString& out) {
  QStringList args = {"train", "--out",          out,    "--preset", "tiny", "--action-data",
                      kSynth,  "--privacy-data", kSynth, "--json"};
  const QStringList sets = {"data.size=16",
                            "data.frames=4",
                            "data.skip=1",
                            "data.action_batch=4",
                            "data.privacy_batch=8",
                            "data.val_clips_per_video=1",
                            "networks.anonymizer.width=0.0625",
                            "networks.action.width=0.0625",
                            "networks.privacy.width=0.0625",
                            "networks.attributes.width=0.0625",
                            "networks.privacy.head_hidden=16",
                            "networks.privacy.head_out=8",
                            "init.anonymizer.steps_per_epoch=2",
                            "init.action.steps_per_epoch=2",
                            "init.privacy.steps_per_epoch=2",
                            "init.attributes.steps_per_epoch=2",
                            "init.anonymizer.epochs=1",
                            "init.action.epochs=1",
                            "init.privacy.epochs=1",
                            "init.attributes.epochs=1",
                            "minimax.epochs=1",
                            "minimax.steps_per_epoch=2"};
  for (const auto& s : sets) args << "--set" << s;
  return args;
}

QJsonObject readJson(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

// A report's table: every row's numbers, less how long it took and when it finished.
QJsonArray table(const QJsonObject& report) {
  QJsonArray out;
  for (const auto& v : report["rows"].toArray()) {
    QJsonObject r = v.toObject();
    for (const char* k : {"seconds", "finished", "model"}) r.remove(k);
    out << r;
  }
  return out;
}

// report.csv less its last column (seconds).
QStringList csvLessSeconds(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  QStringList out;
  for (const QString& line : QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts))
    out << line.section(',', 0, -2);
  return out;
}

bool copyTree(const QString& from, const QString& to) {
  QDir().mkpath(to);
  for (const QFileInfo& fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
    const QString target = QDir(to).filePath(fi.fileName());
    if (fi.isDir() ? !copyTree(fi.filePath(), target) : !QFile::copy(fi.filePath(), target)) return false;
  }
  return true;
}

}  // namespace

class TestEvaluatePage : public QObject {
  Q_OBJECT

  struct Studio {
    widgets::EvaluatePage page;
    EvaluateWorkspace workspace{page};
    Studio() {
      page.resize(1300, 800);
      page.show();
    }
    bool settle() {
      return QTest::qWaitFor([this] { return !workspace.isBusy(); }, 30000);
    }
  };

  QTemporaryDir dir_;
  QString model_;
  QString out_;

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    nn::configureThreads();
    QVERIFY(dir_.isValid());
    QByteArray out, err;
    QCOMPARE(test::run(test::spactCli(), trainArgs(dir_.filePath("run")), &out, &err, 240000), 0);
    model_ = QJsonDocument::fromJson(out).object()["last_checkpoint"].toString();
    QVERIFY2(QFile::exists(model_), err.constData());
  }

  void refusals_data() {
    QTest::addColumn<bool>("withMethod");
    QTest::addColumn<QString>("actionData");
    QTest::addColumn<QString>("message");
    QTest::newRow("no method") << false << kSynth << "at least one method";
    QTest::newRow("no data") << true << ""
                             << "Choose the action data";
    QTest::newRow("missing folder") << true << "/nonexistent/ucf101"
                                    << "does not exist";
  }

  void refusals() {
    QFETCH(bool, withMethod);
    QFETCH(QString, actionData);
    QFETCH(QString, message);
    Studio s;
    if (!withMethod) s.page.setBaselines({});
    s.page.actionData()->setSpec(actionData);
    s.page.setOutputFolder(dir_.filePath("refused"));
    QVERIFY(s.settle());
    s.page.startButton()->click();
    QVERIFY(!s.workspace.controller()->isRunning());
    QVERIFY2(s.page.statusText().contains(message), qPrintable(s.page.statusText()));
    QVERIFY(!QFileInfo::exists(dir_.filePath("refused")));
  }

  void evaluatesStopsAndResumes() {
    Studio s;
    s.page.setModels({model_});
    s.page.setBaselines({"raw", "blur"});
    QVERIFY(s.page.baselineBox("blur")->isChecked() && !s.page.baselineBox("pixelate")->isChecked());
    s.page.actionData()->setSpec(kSynth);
    s.page.privacyData()->setSpec(kSynth);
    QVERIFY(s.settle());  // the card's budget is in the form, the data inspected
    QCOMPARE(s.page.actionData()->state(), widgets::DataPicker::State::Valid);
    QVERIFY(s.page.budget()->enter("targets.action_budget.steps_per_epoch", "2"));
    QVERIFY(s.page.budget()->enter("targets.attributes_budget.steps_per_epoch", "2"));
    QVERIFY(s.page.budget()->enter("samples", "4"));
    // The card's (the tiny preset normalises the fresh models' input), turned off here: the CLI
    // below must be told the same to reuse every row.
    QCOMPARE(s.page.budget()->value("targets.normalize_input").toBool(), true);
    QVERIFY(s.page.budget()->enter("targets.normalize_input", "false"));
    out_ = dir_.filePath("eval");
    s.page.setOutputFolder(out_);

    QSignalSpy rows(&s.workspace, &EvaluateWorkspace::rowArrived);
    QSignalSpy ends(&s.workspace, &EvaluateWorkspace::evaluationFinished);
    QSignalSpy events(s.workspace.controller(), &EvaluateController::eventLogged);
    s.page.startButton()->click();
    QVERIFY(s.workspace.controller()->isRunning());
    QVERIFY(!s.page.startButton()->isEnabled());
    // Stopped after the first row: it is kept. The rows train side by side (two at once on two
    // cores), so the first may be raw data's or blur's, and the other may finish before the stop.
    QVERIFY(QTest::qWaitFor([&] { return rows.count() >= 1; }, 300000));
    s.page.stopButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return ends.count() == 1; }, 120000));
    QCOMPARE(ends[0][0].value<EvaluateEngine::End>(), EvaluateEngine::End::Stopped);
    const qsizetype kept = QDir(out_ + "/rows").entryList({"*.json"}, QDir::Files).size();
    QVERIFY2(kept >= 1 && kept < 3, qPrintable(QString::number(kept)));
    QVERIFY(!QFile::exists(out_ + "/report.json"));
    QVERIFY2(s.page.statusText().contains("Start resumes"), qPrintable(s.page.statusText()));
    QCOMPARE(s.page.results()->methods().size(), kept);

    // Start again: the finished row is reused, the others computed.
    events.clear();
    rows.clear();
    s.page.startButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return ends.count() == 2; }, 300000));
    QCOMPARE(ends[1][0].value<EvaluateEngine::End>(), EvaluateEngine::End::Finished);
    int reused = 0;
    for (const auto& e : events) reused += e[0].toJsonObject()["type"].toString() == "row_reused";
    QCOMPARE(reused, kept);
    QCOMPARE(rows.count(), 3);
    QCOMPARE(s.page.results()->methods(), (QStringList{"raw", "blur", "f_A last"}));
    QCOMPARE(s.page.results()->table()->rowCount(), 3);
    QCOMPARE(s.workspace.shownReport(), QDir::cleanPath(out_));
    QCOMPARE(s.page.progressValue(), 1000);
    for (const char* f : {"report.json", "report.csv", "report.html"}) QVERIFY(QFile::exists(out_ + "/" + f));
  }

  void theCliWritesTheSameReport() {
    QVERIFY(!out_.isEmpty());
    const QString cli = dir_.filePath("cli");
    QVERIFY(copyTree(out_ + "/rows", cli + "/rows"));
    QByteArray out, err;
    QCOMPARE(test::run(test::spactCli(),
                       {"--json", "evaluate", "--model", model_, "--action-data", kSynth, "--privacy-data", kSynth,
                        "--out", cli, "--baselines", "raw,blur", "--set", "targets.action_budget.steps_per_epoch=2",
                        "--set", "targets.attributes_budget.steps_per_epoch=2", "--set", "samples=4", "--set",
                        "targets.normalize_input=false"},
                       &out, &err, 240000),
             0);
    // Every row reused: the page asked for what the CLI asks for (the rows' fingerprints hold the
    // configuration, the data, the method and the model file).
    const QJsonObject summary = QJsonDocument::fromJson(out).object();
    QCOMPARE(summary["reused"].toInt(), 3);
    QCOMPARE(summary["trained"].toInt(), 0);
    const QJsonObject page = readJson(out_ + "/report.json"), reference = readJson(cli + "/report.json");
    QCOMPARE(page["config"], reference["config"]);
    QCOMPARE(page["attributes"], reference["attributes"]);
    QCOMPARE(table(page), table(reference));
    QCOMPARE(csvLessSeconds(out_ + "/report.csv"), csvLessSeconds(cli + "/report.csv"));
  }

  void thePlotsShowEveryPointWhole() {
    // Raw data's action top-1 is often 100 %: its marker must not be cut in half by the axis.
    QJsonArray aps;
    for (const char* name : {"a4_gender", "a9_face_complete"}) aps.append(QJsonObject{{"name", name}, {"ap", 0.9}});
    const QJsonObject raw{{"method", "raw"}, {"kind", "raw"}, {"action_top1", 1.0}, {"privacy_cmap", 0.87}, {"attributes", aps}};
    const QJsonObject fa{{"method", "f_A"}, {"kind", "model"}, {"action_top1", 0.94}, {"privacy_cmap", 0.65}, {"attributes", aps}};
    widgets::EvaluationResults results;
    results.setReport({{"rows", QJsonArray{raw, fa}}, {"attributes", QJsonArray{"a4_gender", "a9_face_complete"}}});
    const QCPRange y = results.tradeoffPlot()->yAxis->range(), x = results.tradeoffPlot()->xAxis->range();
    QVERIFY2(y.upper > 101 && y.upper <= 102, qPrintable(QString::number(y.upper)));
    QVERIFY2(x.upper > 87 && x.upper <= 102, qPrintable(QString::number(x.upper)));
    // ...and the plot zooms on the points rather than showing the empty 0–60 %.
    QVERIFY2(y.lower > 70 && y.lower < 94, qPrintable(QString::number(y.lower)));
    QVERIFY2(x.lower > 40 && x.lower < 65, qPrintable(QString::number(x.lower)));
    // The AP bars' legend sits below the plot, not over the bars.
    QVERIFY(!results.apPlot()->axisRect()->insetLayout()->elements(false).contains(results.apPlot()->legend));
  }

  void reopensAndExports() {
    QVERIFY(!out_.isEmpty());
    Studio s;
    QVERIFY(!s.page.exportButton("pdf")->isEnabled());
    QVERIFY(!s.workspace.openReport(dir_.filePath("run")));  // a training run, not an evaluation
    QVERIFY2(s.page.statusText().contains("report.json"), qPrintable(s.page.statusText()));
    QVERIFY(s.workspace.openReport(out_));
    QCOMPARE(s.page.results()->methods(), (QStringList{"raw", "blur", "f_A last"}));
    QCOMPARE(
        s.page.results()->table()->item(0, 2)->text(),
        QString::number(100 * table(readJson(out_ + "/report.json"))[0].toObject()["action_top1"].toDouble(), 'f', 1));
    QVERIFY(s.page.exportButton("pdf")->isEnabled());
    // The set-up it was made with: Start reruns it, every row reused.
    QCOMPARE(s.page.models(), QStringList{model_});
    QCOMPARE(s.page.baselines(), (QStringList{"raw", "blur"}));
    QCOMPARE(s.page.actionData()->spec(), kSynth);
    QCOMPARE(s.page.budget()->value("targets.action_budget.steps_per_epoch").toLongLong(), 2);
    QCOMPARE(s.page.budget()->value("samples").toLongLong(), 4);
    QCOMPARE(s.page.budget()->value("targets.normalize_input").toBool(), false);
    QVERIFY(s.settle());
    QCOMPARE(s.page.budget()->value("targets.attributes_budget.steps_per_epoch").toLongLong(), 2);  // not the card's
    QSignalSpy ends(&s.workspace, &EvaluateWorkspace::evaluationFinished);
    QSignalSpy events(s.workspace.controller(), &EvaluateController::eventLogged);
    s.page.startButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return ends.count() == 1; }, 120000));
    QCOMPARE(ends[0][0].value<EvaluateEngine::End>(), EvaluateEngine::End::Finished);
    int reused = 0;
    for (const auto& e : events) reused += e[0].toJsonObject()["type"].toString() == "row_reused";
    QCOMPARE(reused, 3);
    QCOMPARE(table(readJson(out_ + "/report.json")), table(readJson(dir_.filePath("cli") + "/report.json")));

    QString error;
    const QString pdf = dir_.filePath("exports/report.pdf");
    QVERIFY(QDir().mkpath(dir_.filePath("exports")));
    QVERIFY2(s.workspace.exportReport("pdf", pdf, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 10000);  // the table and both plots
    const QString artefacts = qEnvironmentVariable("SPACT_BINARY_DIR", dir_.path()) + "/test-artefacts";
    QVERIFY(QDir().mkpath(artefacts));
    QFile::remove(artefacts + "/evaluate-report.pdf");
    QVERIFY(QFile::copy(pdf, artefacts + "/evaluate-report.pdf"));  // to be looked at
    for (const QString& format : {QString("html"), QString("csv")}) {
      const QString dest = dir_.filePath("exports/report." + format);
      QVERIFY2(s.workspace.exportReport(format, dest, &error), qPrintable(error));
      QFile a(dest), b(out_ + "/report." + format);
      QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
      QCOMPARE(a.readAll(), b.readAll());
    }
    QVERIFY(QDir(dir_.filePath("exports")).entryList(QDir::Files).size() == 3);  // no temporary file left
    QVERIFY(!s.workspace.exportReport("pdf", dir_.filePath("nowhere/x/report.pdf"), &error));
    QVERIFY(!error.isEmpty());
  }

  void screenshotOfThePage() {
    QVERIFY(!out_.isEmpty());
    const QString artefacts = qEnvironmentVariable("SPACT_BINARY_DIR", dir_.path()) + "/test-artefacts";
    QVERIFY(QDir().mkpath(artefacts));
    qputenv("XDG_CONFIG_HOME", dir_.filePath("config").toLocal8Bit());
    const QString png = artefacts + "/evaluate-page-report.png";
    QFile::remove(png);
    QByteArray out, err;
    const int rc =
        test::run(qEnvironmentVariable("SPACT_STUDIO"),
                  {"--screenshot", png, "--page", "evaluate", "--report", out_, "--language", "en"}, &out, &err);
    QVERIFY2(rc == 0, err.constData());
    const QImage shot(png);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 900 && shot.height() >= 600);
    qInfo("screenshot: %s", qPrintable(png));
    QCOMPARE(test::run(qEnvironmentVariable("SPACT_STUDIO"),
                       {"--screenshot", png, "--page", "evaluate", "--report", dir_.filePath("run")}, &out, &err),
             1);
    QVERIFY2(err.contains("report.json"), err.constData());
  }
};

QTEST_MAIN(TestEvaluatePage)
#include "tst_evaluate_page.moc"
