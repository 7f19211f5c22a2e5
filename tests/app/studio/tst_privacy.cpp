// The privacy panel and its controller, offscreen, with tiny models built here (f_A, an attribute
// classifier and f_T; f_A alone): the panel fills segment by segment with exactly what
// eval::scoreVideo reports (bars of the segment under the play head, a growing timeline, the
// action top-5), follows the play head, restarts when the model or method changes (a baseline is
// judged by the loaded model's classifiers), and says what is needed when there is nothing to
// score with. Export with the score report writes `spact score`'s JSON beside the output. The
// compare page's screenshot with the panel is kept in the build folder to be looked at.
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "compare_controller.h"
#include "eval/score.h"
#include "export_dialog.h"
#include "export_queue.h"
#include "nn/io/spact_checkpoint.h"
#include "nn/networks.h"
#include "nn/state.h"
#include "privacy_controller.h"
#include "privacy_panel.h"
#include "qcustomplot_include.h"
#include "studio_settings.h"
#include "test_media.h"

using namespace spact;
using namespace spact::studio;
using widgets::PrivacyPanel;
using Side = PrivacyPanel::Side;
using PanelState = PrivacyPanel::State;

namespace {

const QStringList kAttributes = {"face", "skin colour", "gender"};
const QStringList kClasses = {"walk", "wave", "jump", "sit"};

// A .spact with f_A and, as asked, an attribute classifier and f_T, all at 1/16 width; the card
// gives 32-pixel inputs and clips of 4 frames. The attribute head's biases differ and its weights
// are strong, so the bars differ and follow the pictures.
bool makeModel(const QString& path, bool classifiers) {
  nn::io::ModelBundle bundle;
  auto add = [&](nn::NetworkKind kind, nn::NetworkSpec spec) {
    spec.width = 1.0 / 16;
    auto net = nn::makeNetwork(spec);
    if (!net) return false;
    auto state = nn::stateOf(net->base());
    if (kind == nn::NetworkKind::Attributes) {
      for (auto& [key, tensor] : state) {
        if (key == "fc.bias") tensor = torch::tensor({1.5f, -0.5f, 0.3f});
        if (key == "fc.weight") tensor = tensor * 40;  // so that what the pictures show moves the probabilities
      }
    }
    bundle.networks.push_back({kind, spec, std::move(state)});
    return true;
  };
  if (!add(nn::NetworkKind::Anonymizer, nn::paperSpec(nn::NetworkKind::Anonymizer))) return false;
  if (classifiers) {
    nn::NetworkSpec attributes = nn::paperSpec(nn::NetworkKind::Attributes);
    attributes.arch = "resnet18";
    attributes.attributes = static_cast<int>(kAttributes.size());
    nn::NetworkSpec action = nn::paperSpec(nn::NetworkKind::Action);
    action.classes = static_cast<int>(kClasses.size());
    if (!add(nn::NetworkKind::Attributes, attributes) || !add(nn::NetworkKind::Action, action)) return false;
  }
  std::vector<std::string> attributeNames, classNames;
  for (const QString& a : kAttributes) attributeNames.push_back(a.toStdString());
  for (const QString& c : kClasses) classNames.push_back(c.toStdString());
  bundle.card = {{"input_resolution", 32},
                 {"clip", {{"frames", 4}, {"skip", 1}}},
                 {"attribute_names", attributeNames},
                 {"class_names", classNames}};
  auto written = nn::io::writeSpactCheckpoint(path.toStdString(), bundle);
  if (!written) qWarning("%s", written.error().message.c_str());
  return static_cast<bool>(written);
}

pipeline::AnonymizerConfig method(const char* name, const QString& model = {}) {
  pipeline::AnonymizerConfig config;
  config.method = name;
  config.modelPath = model.toStdString();
  config.batch = 4;
  return config;
}

config::Json score(const QString& video, const QString& model, const std::string& baseline = {}) {
  eval::ScoreOptions options;
  options.baseline = baseline;
  JobControl job;
  auto s = eval::scoreVideo(video.toStdString(), model.toStdString(), options, job);
  if (!s) qWarning("%s", s.error().message.c_str());
  return s ? *s : config::Json();
}

QVector<double> values(const QCPBars* bars) {
  QVector<double> out;
  for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) out << it->value;
  return out;
}

// The panel's bars for its current segment against the report's segment `index`.
void compareBars(const PrivacyPanel& panel, const config::Json& report, int index) {
  const auto& segment = report["segments"][static_cast<std::size_t>(index)];
  for (Side side : {Side::Original, Side::Anonymized}) {
    const auto expected = segment["attributes"][side == Side::Original ? "original" : "anonymized"];
    const QVector<double> shown = values(panel.bars(side));
    QCOMPARE(shown.size(), kAttributes.size());
    for (int a = 0; a < shown.size(); ++a) {
      QVERIFY(shown[a] >= 0 && shown[a] <= 1);
      QVERIFY2(
          qAbs(shown[a] - expected[static_cast<std::size_t>(a)].get<double>()) < 1e-6,
          qPrintable(QString("attribute %1: %2 shown, %3 scored").arg(a).arg(shown[a]).arg(expected[a].get<double>())));
    }
  }
}

}  // namespace

class TestPrivacy : public QObject {
  Q_OBJECT

 private:
  bool openAndSettle(const QString& path) {
    QSignalSpy opened(compare_.get(), &CompareController::opened);
    compare_->open(path);
    return opened.wait(30000) && QTest::qWaitFor([this] { return compare_->isSettled(); }, 30000);
  }

  bool setMethod(const pipeline::AnonymizerConfig& config) {
    compare_->setAnonymizer(config);
    return QTest::qWaitFor([this] { return !compare_->isAnonymizerPending(); }, 60000);
  }

 private Q_SLOTS:
  void initTestCase() {
    if (test::run("ffmpeg", {"-version"}) != 0) QSKIP("the ffmpeg tool is not installed");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    video_ = dir_.filePath("clip.mp4");
    // 22 frames at 25 frames/s: five segments of 4 frames and one of 2.
    QVERIFY(test::makeVideo(video_, {.width = 96, .height = 64, .frames = 22, .audio = false}));
    full_ = dir_.filePath("full.spact");
    bare_ = dir_.filePath("anonymizer-only.spact");
    QVERIFY(makeModel(full_, true));
    QVERIFY(makeModel(bare_, false));
  }

  void init() {
    compare_ = std::make_unique<CompareController>();
    panel_ = std::make_unique<PrivacyPanel>();
    panel_->resize(900, 260);
    panel_->show();
    privacy_ = std::make_unique<PrivacyController>(*compare_, *panel_);
  }

  void cleanup() {
    privacy_.reset();
    panel_.reset();
    compare_.reset();
  }

  // The view alone: bars, a timeline that grows, the top-5, following the play head.
  void panelShowsWhatItIsGiven() {
    PrivacyPanel panel;  // not fed by a controller
    panel.resize(900, 260);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.state(), PanelState::NoVideo);
    panel.begin(kAttributes, true, 2.0);
    panel.setState(PanelState::Scoring);
    QCOMPARE(panel.timeline(0, Side::Anonymized)->dataCount(), 0);
    for (int i = 0; i < 4; ++i) {
      widgets::PrivacySegment s;
      s.start = 0.5 * i;
      s.end = 0.5 * (i + 1);
      s.original = {0.9, 0.8, 0.7};
      s.anonymized = {0.1 * i, 0.2, 0.3};
      s.actionOriginal = {{"walk", 0.7}, {"wave", 0.2}};
      s.actionAnonymized = {{i == 3 ? "sit" : "walk", 0.5}, {"wave", 0.3}};
      panel.addSegment(s);
      QCOMPARE(panel.segmentCount(), i + 1);
      QCOMPARE(panel.timeline(2, Side::Original)->dataCount(), i + 2);  // a step per segment and its end
    }
    panel.setPosition(1.2);
    QCOMPARE(panel.currentSegment(), 2);
    QCOMPARE(values(panel.bars(Side::Anonymized)), (QVector<double>{0.2, 0.2, 0.3}));
    QCOMPARE(values(panel.bars(Side::Original)), (QVector<double>{0.9, 0.8, 0.7}));
    QCOMPARE(panel.actionRows(Side::Original), (QStringList{"walk  70 %", "wave  20 %"}));
    QVERIFY(panel.findChild<QLabel*>("privacyActionVerdict")->text().contains("kept"));
    panel.setPosition(1.9);
    QCOMPARE(panel.currentSegment(), 3);
    QVERIFY(panel.findChild<QLabel*>("privacyActionVerdict")->text().contains("walk → sit"));
    panel.setPosition(5.0);  // past the scored stretch
    QCOMPARE(panel.currentSegment(), -1);
    QVERIFY(values(panel.bars(Side::Anonymized)).isEmpty());
    // A click on the timeline asks for that moment.
    QSignalSpy seek(&panel, &PrivacyPanel::seekRequested);
    QCustomPlot* plot = panel.timelinePlot();
    plot->replot();
    const QPoint at(static_cast<int>(plot->xAxis->coordToPixel(1.0)), plot->axisRect()->center().y());
    QTest::mouseClick(plot, Qt::LeftButton, {}, at);
    QCOMPARE(seek.size(), 1);
    QVERIFY(qAbs(seek.at(0).at(0).toDouble() - 1.0) < 0.05);

    panel.setState(PanelState::Scored);
    QCOMPARE(panel.stateText(), QString("Segments scored: 4"));
    panel.setState(PanelState::NoClassifiers);
    QCOMPARE(panel.segmentCount(), 0);
    QVERIFY(panel.stateText().contains("no attribute classifier: privacy scores need one"));
  }

  // What the controller builds on: scoreVideo's header before the first segment and each segment
  // as it is done, exactly as the report has them; the baselines it judges, by name.
  void scoringReportsEachSegment_data() {
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<QString>("error");
    QTest::newRow("f_A") << ""
                         << "";
    QTest::newRow("identity") << "identity"
                              << "";
    QTest::newRow("down-sampling ×3") << "downsample3"
                                      << "";
    QTest::newRow("blur") << "blur"
                          << "";
    QTest::newRow("unknown") << "sepia"
                             << "Unknown baseline 'sepia'";
  }

  void scoringReportsEachSegment() {
    QFETCH(QString, baseline);
    QFETCH(QString, error);
    eval::ScoreOptions options;
    options.baseline = baseline.toStdString();
    config::Json header, segments = config::Json::array();
    options.onStart = [&](const config::Json& h) {
      header = h;
      return true;
    };
    options.onSegment = [&](const config::Json& s) {
      QVERIFY(!header.is_null());  // the header came first
      segments.push_back(s);
    };
    JobControl job;
    auto report = eval::scoreVideo(video_.toStdString(), full_.toStdString(), options, job);
    if (!error.isEmpty()) {
      QVERIFY(!report);
      QVERIFY2(QString::fromStdString(report.error().message).contains(error), report.error().message.c_str());
      return;
    }
    QVERIFY2(report, report ? "" : report.error().message.c_str());
    QCOMPARE(segments, (*report)["segments"]);
    QCOMPARE(header.size() + 2, report->size());  // all but "segments" and "overall"
    for (const auto& [key, value] : header.items())
      if (key != "frames" && key != "duration_s") QCOMPARE(value, (*report)[key]);
    QCOMPARE(report->contains("anonymizer"), !baseline.isEmpty());
    if (baseline == "identity")  // nothing removed: the two sides score alike
      for (const auto& s : segments)
        for (std::size_t a = 0; a < 3; ++a)
          QVERIFY(qAbs(s["attributes"]["original"][a].get<double>() - s["attributes"]["anonymized"][a].get<double>()) <
                  1e-6);
    // A stop from the header callback is a cancel.
    options.onStart = [](const config::Json&) { return false; };
    auto stopped = eval::scoreVideo(video_.toStdString(), full_.toStdString(), options, job);
    QVERIFY(!stopped && stopped.error().isCancelled());
  }

  // The controller scores in the background; what fills the panel is what scoreVideo reports.
  void panelFillsWithTheScores() {
    QSignalSpy started(privacy_.get(), &PrivacyController::scoringStarted);
    QSignalSpy header(privacy_.get(), &PrivacyController::headerReady);
    QSignalSpy scored(privacy_.get(), &PrivacyController::segmentScored);
    QSignalSpy finished(privacy_.get(), &PrivacyController::scoringFinished);
    QList<int> timelineSizes;
    connect(privacy_.get(), &PrivacyController::segmentScored, this, [&] {
      if (auto* g = panel_->timeline(0, Side::Anonymized)) timelineSizes << g->dataCount();
    });
    QVERIFY(setMethod(method("model", full_)));
    QVERIFY(openAndSettle(video_));
    // The scoring may have finished while the player settled: wait() waits for a new emission.
    QVERIFY(!finished.isEmpty() || finished.wait(120000));
    QVERIFY(started.size() >= 1);
    QCOMPARE(started.last().at(1).toString(), full_);
    QCOMPARE(header.last().at(0).toStringList(), kAttributes);
    QCOMPARE(header.last().at(1).toBool(), true);
    QCOMPARE(finished.last().at(0).toInt(), 6);
    QCOMPARE(scored.size(), 6);
    for (int i = 0; i < 6; ++i) QCOMPARE(scored.at(i).at(0).toInt(), i);
    QCOMPARE(timelineSizes, (QList<int>{2, 3, 4, 5, 6, 7}));  // grew with each segment
    QCOMPARE(panel_->state(), PanelState::Scored);
    QCOMPARE(privacy_->isScoring(), false);

    const config::Json report = score(video_, full_);
    QCOMPARE(report["segments"].size(), std::size_t{6});
    QCOMPARE(panel_->currentSegment(), 0);  // the play head is on the first frame
    compareBars(*panel_, report, 0);
    QCOMPARE(panel_->actionRows(Side::Original).size(), kClasses.size());
    QVERIFY(kClasses.contains(panel_->actionRows(Side::Anonymized).front().section("  ", 0, 0)));
    // Each timeline point is its segment's value.
    const auto* graph = panel_->timeline(1, Side::Anonymized);
    QCOMPARE(graph->dataCount(), 7);
    for (int i = 0; i < 6; ++i)
      QVERIFY(qAbs(graph->data()->at(i)->value -
                   report["segments"][static_cast<std::size_t>(i)]["attributes"]["anonymized"][1].get<double>()) <
              1e-6);

    // The play head moves to frame 13 (segment 3: frames 12-15): the bars follow.
    compare_->seek(13);
    QTRY_COMPARE_WITH_TIMEOUT(panel_->currentSegment(), 3, 30000);
    compareBars(*panel_, report, 3);
  }

  // A new method or model stops the scoring under way and starts again; a baseline is judged by the
  // loaded model's classifiers.
  void switchingRestartsScoring() {
    QVERIFY(openAndSettle(video_));
    QTRY_COMPARE(panel_->state(), PanelState::NeedsModel);  // blur and no model: nothing to score with
    QVERIFY(panel_->stateText().contains("Baselines such as blur have none of their own"));
    // Segments counted per scoring started; the finishes by the scoring they belong to.
    QList<int> segmentsOf, finishedOf;
    connect(privacy_.get(), &PrivacyController::scoringStarted, this, [&] { segmentsOf << 0; });
    connect(privacy_.get(), &PrivacyController::segmentScored, this, [&] { ++segmentsOf.last(); });
    connect(privacy_.get(), &PrivacyController::scoringFinished, this, [&] { finishedOf << segmentsOf.size(); });
    QSignalSpy started(privacy_.get(), &PrivacyController::scoringStarted);
    compare_->setAnonymizer(method("model", full_));
    QVERIFY(started.wait(60000));
    compare_->setAnonymizer(method("pixelate", full_));  // while the first may still be going
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 60000);
    QCOMPARE(privacy_->baseline(), QString("pixelate"));
    QTRY_VERIFY_WITH_TIMEOUT(!finishedOf.isEmpty() && finishedOf.last() == 2, 120000);
    QTest::qWait(300);
    QVERIFY2(finishedOf == QList<int>{2} || finishedOf == (QList<int>{1, 2}), "a stale scoring finished late");
    QCOMPARE(segmentsOf.value(1), 6);  // nothing of the first scoring leaked into the second
    QVERIFY(segmentsOf.value(0) <= 6);
    QVERIFY2(panel_->sourceText().contains("Pixelation") && panel_->sourceText().contains("full.spact"),
             qPrintable(panel_->sourceText()));
    const config::Json report = score(video_, full_, "pixelate");
    QCOMPARE(report.value("anonymizer", std::string()), std::string("pixelate"));
    QCOMPARE(panel_->segmentCount(), 6);
    compareBars(*panel_, report, panel_->currentSegment());

    // A model with f_A alone: the panel says what is missing.
    QSignalSpy unavailable(privacy_.get(), &PrivacyController::scoringUnavailable);
    compare_->setAnonymizer(method("model", bare_));
    QVERIFY(unavailable.wait(60000));
    QCOMPARE(panel_->state(), PanelState::NoClassifiers);
    QVERIFY2(panel_->stateText().contains("This model carries no attribute classifier: privacy scores need one"),
             qPrintable(panel_->stateText()));
    QVERIFY(panel_->findChild<QLabel*>("privacyMessage")->isVisible());
    // A TorchScript anonymizer: the player runs it, and the panel says the same (not why f_A's weights
    // would not fit a network scoring could build).
    compare_->setAnonymizer(method(
        "model", qEnvironmentVariable("SPACT_SOURCE_DIR") + "/tests/reference/fixtures/io/scripted_anonymizer.pt"));
    QVERIFY(unavailable.wait(60000));
    QCOMPARE(panel_->state(), PanelState::NoClassifiers);
  }

  // File ▸ Export with the report: `<output>.score.json`, the scores of the source.
  void exportWritesTheScoreReport() {
    const QString out = dir_.filePath("exported.mp4");
    ExportRequest r;
    r.inputs = {video_};
    r.output = out;
    r.anonymizer = method("model", full_);
    r.scoreReport = true;
    ExportQueue queue;
    QSignalSpy finished(&queue, &ExportQueue::finished);
    QVERIFY(queue.start(r));
    QVERIFY(finished.wait(180000));
    auto summary = finished.takeFirst().at(0).value<ExportQueue::Summary>();
    QVERIFY2(summary.error.isEmpty() && summary.failures.isEmpty(),
             qPrintable(summary.error + summary.failures.join("; ")));
    QCOMPARE(summary.done, 1);
    QVERIFY(QFile::exists(out));
    QFile file(out + ".score.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject s = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(s["format"].toString(), QString("spact-score"));
    QCOMPARE(s["video"].toString(), video_);  // the source, not the output
    QCOMPARE(s["model"].toString(), full_);
    QCOMPARE(s["segments"].toArray().size(), 6);
    const QJsonArray expected = QJsonDocument::fromJson(QByteArray::fromStdString(score(video_, full_).dump()))
                                    .object()["overall"]
                                    .toObject()["attributes"]
                                    .toObject()["anonymized"]
                                    .toArray();
    const QJsonArray written = s["overall"].toObject()["attributes"].toObject()["anonymized"].toArray();
    QCOMPARE(written.size(), expected.size());
    for (int a = 0; a < written.size(); ++a) QVERIFY(qAbs(written[a].toDouble() - expected[a].toDouble()) < 1e-6);
    QVERIFY(QDir(dir_.path()).entryList({"*.part-*"}, QDir::Files | QDir::Hidden).isEmpty());

    // A report that cannot be made is a failure in the summary; the video itself is written.
    const QString corrupt = dir_.filePath("corrupt.spact");
    test::writeFile(corrupt, "not a model");
    r.output = dir_.filePath("blurred.mp4");
    r.anonymizer = method("blur", corrupt);  // blur needs no model; the report does
    QVERIFY(queue.start(r));
    QVERIFY(finished.wait(180000));
    summary = finished.takeFirst().at(0).value<ExportQueue::Summary>();
    QCOMPARE(summary.failed, 1);
    QVERIFY2(summary.failures.value(0).contains(
                 "blurred.mp4 was exported, but its privacy score report could not be written"),
             qPrintable(summary.failures.value(0)));
    QVERIFY(QFile::exists(r.output));
    QVERIFY(!QFile::exists(r.output + ".score.json"));

    // No model at all: nothing starts, and the summary says why.
    r.anonymizer = method("blur");
    QVERIFY(queue.start(r));
    QVERIFY(finished.wait(30000));
    summary = finished.takeFirst().at(0).value<ExportQueue::Summary>();
    QVERIFY2(summary.error.contains("needs a model with an attribute classifier"), qPrintable(summary.error));
  }

  // The dialog's option: off by default, only with a model, and in the request.
  void exportDialogOffersTheReport() {
    StudioSettings settings;
    settings.setExportChoices({});
    ExportQueue queue;
    ExportDialog dialog(queue, settings);
    auto* box = dialog.findChild<QCheckBox*>("scoreReportBox");
    QVERIFY(box);
    dialog.setAnonymizer(method("blur"));
    QVERIFY(!box->isChecked());
    QVERIFY(!box->isEnabled());
    dialog.setAnonymizer(method("model", full_));
    QVERIFY(box->isEnabled());
    QVERIFY(!dialog.request().scoreReport);
    box->setChecked(true);
    QVERIFY(dialog.request().scoreReport);
  }

  // `spact-studio --screenshot` with a model waits for the scores; the picture is kept to be looked at.
  void screenshotShowsThePanel() {
    const QString artefacts = qEnvironmentVariable("SPACT_BINARY_DIR", dir_.path()) + "/test-artefacts";
    QVERIFY(QDir().mkpath(artefacts));
    const QString png = artefacts + "/compare-page-privacy.png";
    QFile::remove(png);
    const QString demo = dir_.filePath("demo.mp4");
    QVERIFY(test::makeVideo(demo, {.width = 640, .height = 360, .frames = 60, .audio = false}));
    QByteArray out, err;
    const int rc = test::run(qEnvironmentVariable("SPACT_STUDIO"),
                             {"--screenshot", png, "--language", "en", "--model", full_, demo}, &out, &err, 240000);
    QVERIFY2(rc == 0, err.constData());
    const QImage shot(png);
    QVERIFY(!shot.isNull());
    qInfo("screenshot: %s", qPrintable(png));
  }

 private:
  QTemporaryDir dir_;
  QString video_, full_, bare_;
  std::unique_ptr<CompareController> compare_;
  std::unique_ptr<PrivacyPanel> panel_;
  std::unique_ptr<PrivacyController> privacy_;
};

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
