// Export from the GUI: the ExportQueue writes the file `spact anonymize` writes for the same
// choices, a batch goes on past a broken file and names it with its reason in the summary, the
// folder mode resumes, a cancel (of all or of one file) leaves nothing behind, the output size
// and audio choices take effect, and the export dialog drives all of it (its screenshot is kept
// in the build folder to be looked at).
#include <QDir>
#include <QFile>
#include <QLayout>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "export_dialog.h"
#include "export_queue.h"
#include "export_queue_view.h"
#include "media/decoder.h"
#include "media/probe.h"
#include "pipeline/folder_export.h"
#include "studio_settings.h"
#include "test_media.h"

using namespace spact;
using namespace spact::studio;
using State = ExportQueue::ItemState;

namespace {

ExportRequest request(const QStringList& inputs, const QString& output, const char* method = "blur") {
  ExportRequest r;
  r.inputs = inputs;
  r.output = output;
  r.anonymizer.method = method;
  return r;
}

// Runs `r` and returns its summary (waits for the finished signal).
ExportQueue::Summary runExport(ExportQueue& queue, const ExportRequest& r, int timeoutMs = 120000) {
  QSignalSpy finished(&queue, &ExportQueue::finished);
  ExportQueue::Summary failed;
  failed.error = QStringLiteral("did not start");
  if (!queue.start(r)) return failed;
  failed.error = QStringLiteral("did not finish");
  if (!finished.wait(timeoutMs)) return failed;
  return finished.takeFirst().at(0).value<ExportQueue::Summary>();
}

QByteArray contents(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every decoded picture of a file, for outputs that need not be byte-identical.
std::vector<media::Image> frames(const QString& path) {
  std::vector<media::Image> out;
  auto decoder = media::Decoder::open(path.toStdString());
  if (!decoder) return out;
  while (true) {
    auto frame = (*decoder)->next();
    if (!frame || !*frame) break;
    out.push_back(std::move((*frame)->image));
  }
  return out;
}

// Files whose names say they are an encoder's temporary output.
QStringList temporaries(const QString& folder) {
  QStringList found;
  QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString f = it.next();
    if (f.contains(QLatin1String(".part-"))) found << f;
  }
  return found;
}

}  // namespace

class TestExport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    clip_ = dir_.filePath("clip.mp4");
    clip2_ = dir_.filePath("second.mp4");
    long_ = dir_.filePath("long.mp4");
    broken_ = dir_.filePath("broken.mp4");
    QVERIFY(test::makeVideo(clip_, {.width = 160, .height = 120, .frames = 12}));
    QVERIFY(test::makeVideo(clip2_, {.width = 128, .height = 96, .frames = 8, .audio = false}));
    QVERIFY(test::makeVideo(long_, {.width = 640, .height = 480, .frames = 250, .audio = false}));
    test::writeFile(broken_, QByteArray("this is not a video file, only text\n").repeated(64));
  }

  void writesWhatTheCliWrites_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("crf");
    QTest::addColumn<QStringList>("cliOptions");
    QTest::newRow("blur, H.264 crf 23") << "blur"
                                        << "h264" << 23 << QStringList{"--method", "blur", "--crf", "23"};
    QTest::newRow("pixelate, H.264 default") << "pixelate"
                                             << "h264" << 18 << QStringList{"--method", "pixelate"};
    QTest::newRow("downsample, FFV1") << "downsample"
                                      << "ffv1" << 18 << QStringList{"--method", "downsample"};
  }

  void writesWhatTheCliWrites() {
    QFETCH(QString, method);
    QFETCH(QString, codec);
    QFETCH(int, crf);
    QFETCH(QStringList, cliOptions);
    const QString suffix = codec == QLatin1String("ffv1") ? ".mkv" : ".mp4";
    const QString gui = dir_.filePath("gui-" + method + suffix), cli = dir_.filePath("cli-" + method + suffix);
    ExportRequest r = request({clip_}, gui, qPrintable(method));
    r.codec = codec;
    r.crf = crf;
    ExportQueue queue;
    QSignalSpy planned(&queue, &ExportQueue::planned);
    const auto summary = runExport(queue, r);
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.done, 1);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.at(0).at(1).toStringList(), QStringList{gui});

    QByteArray err;
    QCOMPARE(test::run(test::spactCli(), QStringList{"anonymize", clip_, "-o", cli} + cliOptions, nullptr, &err), 0);
    const QByteArray a = contents(gui), b = contents(cli);
    QVERIFY(!a.isEmpty());
    if (codec == QLatin1String("h264")) {
      QVERIFY2(a == b, "the GUI's file and the CLI's differ");
    } else {
      // Matroska gives every file a random segment UID: the same pictures, one by one.
      const auto fa = frames(gui), fb = frames(cli);
      QCOMPARE(fa.size(), std::size_t{12});
      QCOMPARE(fa.size(), fb.size());
      for (std::size_t i = 0; i < fa.size(); ++i) QVERIFY(fa[i].rgb == fb[i].rgb);
    }
    auto info = media::probe(gui.toStdString());
    QVERIFY(info);
    QCOMPARE(QString::fromStdString(info->video()->codec),
             codec == QLatin1String("ffv1") ? QString("ffv1") : QString("h264"));
    QCOMPARE(info->video()->frameCount, 12);
  }

  void outputSizeAndAudioChoicesTakeEffect() {
    const QString out = dir_.filePath("small.mp4");
    ExportRequest r = request({clip_}, out);
    r.outputHeight = 60;
    r.keepAudio = false;
    ExportQueue queue;
    const auto summary = runExport(queue, r);
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.done, 1);
    auto info = media::probe(out.toStdString());
    QVERIFY(info);
    QCOMPARE(info->displayHeight(), 60);
    QCOMPARE(info->displayWidth(), 80);
    QCOMPARE(info->audioStreamCount(), 0);
    auto source = media::probe(clip_.toStdString());
    QVERIFY(source && source->audioStreamCount() == 1);  // the source had audio; the choice removed it
  }

  void batchGoesOnPastABrokenFileAndResumes() {
    const QString out = dir_.filePath("batch");
    QVERIFY(QDir().mkpath(out));
    ExportQueue queue;
    QSignalSpy itemFinished(&queue, &ExportQueue::itemFinished);
    QSignalSpy progress(&queue, &ExportQueue::itemProgress);
    auto summary = runExport(queue, request({clip_, broken_, clip2_}, out));
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.done, 2);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.failures.size(), 1);
    QVERIFY2(summary.failures.front().contains("broken.mp4"), qPrintable(summary.failures.front()));
    QCOMPARE(itemFinished.size(), 3);
    QCOMPARE(itemFinished.at(1).at(1).value<State>(), State::Failed);
    QVERIFY(!progress.isEmpty());
    QVERIFY(QFileInfo::exists(out + "/clip.mp4"));
    QVERIFY(QFileInfo::exists(out + "/second.mp4"));
    QVERIFY(!QFileInfo::exists(out + "/broken.mp4"));
    QVERIFY(QFileInfo::exists(out + "/" + pipeline::kManifestName));
    QVERIFY(temporaries(out).isEmpty());

    // Again with the same settings: the finished files are skipped (the folder mode's resume).
    summary = runExport(queue, request({clip_, broken_, clip2_}, out));
    QCOMPARE(summary.skipped, 2);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.done, 0);
  }

  void cancelLeavesNothingBehind() {
    const QString out = dir_.filePath("cancelled.mp4");
    ExportQueue queue;
    connect(&queue, &ExportQueue::itemProgress, &queue, [&queue](int, double fraction) {
      if (fraction < 1) queue.cancelAll();
    });
    const auto summary = runExport(queue, request({long_}, out, "faceblur"));
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.cancelled, 1);
    QCOMPARE(summary.done, 0);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY2(temporaries(dir_.path()).isEmpty(), qPrintable(temporaries(dir_.path()).join(", ")));
  }

  void cancellingOneFileGoesOnWithTheNext() {
    const QString out = dir_.filePath("one-cancelled");
    QVERIFY(QDir().mkpath(out));
    ExportQueue queue;
    connect(&queue, &ExportQueue::itemProgress, &queue, [&queue](int item, double fraction) {
      if (item == 0 && fraction < 1) queue.cancel(0);
    });
    QSignalSpy itemFinished(&queue, &ExportQueue::itemFinished);
    const auto summary = runExport(queue, request({long_, clip2_}, out, "faceblur"));
    QCOMPARE(summary.cancelled, 1);
    QCOMPARE(summary.done, 1);
    QCOMPARE(itemFinished.at(0).at(1).value<State>(), State::Cancelled);
    QCOMPARE(itemFinished.at(1).at(1).value<State>(), State::Done);
    QVERIFY(!QFileInfo::exists(out + "/long.mp4"));
    QVERIFY(QFileInfo::exists(out + "/second.mp4"));
    QVERIFY(temporaries(out).isEmpty());
  }

  void badRequestsSayWhy_data() {
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing output folder") << QStringList{"@clip", "@clip2"} << "@/nope/deeper"
                                           << "blur"
                                           << "does not exist";
    QTest::newRow("output is the input") << QStringList{"@clip"} << "@clip"
                                         << "blur"
                                         << "input file itself";
    QTest::newRow("corrupt model") << QStringList{"@clip"} << "@/m.mp4"
                                   << "model"
                                   << "broken.mp4";
  }

  void badRequestsSayWhy() {
    QFETCH(QStringList, inputs);
    QFETCH(QString, output);
    QFETCH(QString, method);
    QFETCH(QString, words);
    auto resolve = [this](QString s) {
      s.replace("@clip2", clip2_).replace("@clip", clip_);
      return s.startsWith('@') ? dir_.path() + s.mid(1) : s;
    };
    for (QString& s : inputs) s = resolve(s);
    ExportRequest r = request(inputs, resolve(output), qPrintable(method));
    r.anonymizer.modelPath = broken_.toStdString();  // for the model row: not a model
    ExportQueue queue;
    QSignalSpy planned(&queue, &ExportQueue::planned);
    const auto summary = runExport(queue, r);
    QVERIFY2(summary.error.contains(words), qPrintable(summary.error));
    QCOMPARE(planned.size(), 0);
  }

  void dialogRunsABatchAndShowsTheSummary() {
    const QString out = dir_.filePath("dialog");
    StudioSettings settings;
    ExportQueue queue;
    ExportDialog dialog(queue, settings);
    pipeline::AnonymizerConfig panel;
    panel.method = "pixelate";
    dialog.setAnonymizer(panel);
    QCOMPARE(dialog.request().anonymizer.method, std::string("pixelate"));
    QCOMPARE(dialog.request().anonymizer.batch, pipeline::AnonymizerConfig{}.batch);
    dialog.setInputs({clip_});
    QVERIFY(dialog.output().endsWith("clip-anonymized.mp4"));
    dialog.setCodec("ffv1");
    QVERIFY(dialog.output().endsWith("clip-anonymized.mkv"));
    dialog.setCodec("h264");
    dialog.setInputs({clip_, broken_, clip2_});
    dialog.setOutput(out);  // made when the export starts
    dialog.setMethod("blur");
    dialog.resize(760, 560);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.startExport());
    QVERIFY(finished.wait(120000));
    QCOMPARE(dialog.queueView()->rowCount(), 3);
    QCOMPARE(dialog.queueView()->state(0), widgets::ExportQueueView::RowState::Done);
    QCOMPARE(dialog.queueView()->state(1), widgets::ExportQueueView::RowState::Failed);
    QCOMPARE(dialog.queueView()->state(2), widgets::ExportQueueView::RowState::Done);
    QVERIFY2(dialog.summaryText().contains("Failed: 1"), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains("broken.mp4"), qPrintable(dialog.summaryText()));
    QVERIFY(QFileInfo::exists(out + "/clip.mp4"));
    QCOMPARE(settings.exportChoices().outputFolder, out);  // remembered for next time

    const QString artefacts = qEnvironmentVariable("SPACT_BINARY_DIR", dir_.path()) + "/test-artefacts";
    QVERIFY(QDir().mkpath(artefacts));
    const QString png = artefacts + "/export-dialog.png";
    dialog.layout()->activate();
    QTest::qWait(50);  // the summary's new lines laid out
    QVERIFY(dialog.grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
  }

 private:
  QTemporaryDir dir_;
  QString clip_, clip2_, long_, broken_;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
