// spact-studio: the SPAct Studio desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

#include "compare_controller.h"
#include "language.h"
#include "log_bridge.h"
#include "main_window.h"
#include "nn/runtime.h"
#include "run_events.h"
#include "screenshot.h"
#include "studio_settings.h"
#include "evaluate_workspace.h"
#include "train_workspace.h"
#include "util/version.h"

int main(int argc, char** argv) {
  using namespace spact::studio;
  // Screenshots render without a display: pick the offscreen platform before Qt starts,
  // unless the caller chose one.
  for (int i = 1; i < argc; ++i)
    if (QByteArray(argv[i]) == "--screenshot" && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
      qputenv("QT_QPA_PLATFORM", "offscreen");

  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("SPAct Studio"));
  QApplication::setOrganizationName(QStringLiteral("SPAct Studio"));
  QApplication::setApplicationVersion(QStringLiteral(SPACT_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("io.github.spact_studio.SpactStudio"));
  LogBridge::routeQtMessages();
  spact::nn::configureThreads();
  spact::nn::keepFreedMemory();

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("SPAct Studio: privacy-preserving video anonymization"));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                QStringLiteral("Render the window to a PNG file (offscreen) and exit."), QStringLiteral("FILE"));
  QCommandLineOption language(QStringLiteral("language"), QStringLiteral("User interface language: en, de or zh_CN."),
                              QStringLiteral("CODE"));
  QCommandLineOption page(QStringLiteral("page"), QStringLiteral("The page to show: compare (the default), train or evaluate."),
                          QStringLiteral("PAGE"), QStringLiteral("compare"));
  QCommandLineOption run(QStringLiteral("run"), QStringLiteral("A training run folder to show on the Train page."),
                         QStringLiteral("RUN_DIR"));
  QCommandLineOption model(QStringLiteral("model"), QStringLiteral("An anonymizer model file to use (default method: blur)."),
                           QStringLiteral("FILE"));
  QCommandLineOption report(QStringLiteral("report"),
                            QStringLiteral("An evaluation folder (spact evaluate --out) to show on the Evaluate page."),
                            QStringLiteral("DIR"));
  parser.addOption(screenshot);
  parser.addOption(report);
  parser.addOption(page);
  parser.addOption(model);
  parser.addOption(run);
  parser.addOption(language);
  parser.addPositionalArgument(QStringLiteral("VIDEO"), QStringLiteral("A video to open."));
  parser.process(app);
  const QStringList pages = {QStringLiteral("compare"), QStringLiteral("train"), QStringLiteral("evaluate")};
  if (!pages.contains(parser.value(page))) {
    std::fprintf(stderr, "spact-studio: unknown page '%s'; the pages are: compare, train, evaluate.\n", qPrintable(parser.value(page)));
    return 2;
  }
  const QString runDir = parser.isSet(run) ? QFileInfo(parser.value(run)).absoluteFilePath() : QString();
  if (!runDir.isEmpty() && !isRunFolder(runDir)) {
    std::fprintf(stderr, "spact-studio: '%s' is not a training run: it holds neither config.json nor events.jsonl.\n",
                 qPrintable(runDir));
    return 1;
  }

  StudioSettings settings;
  LanguageManager languages;
  const QString lang = parser.isSet(language) ? parser.value(language) : settings.language();
  if (!languages.setLanguage(lang)) std::fprintf(stderr, "spact-studio: no translation for '%s'; using English.\n", qPrintable(lang));

  MainWindow window(settings, languages);
  if (parser.isSet(model)) window.loadModel(QFileInfo(parser.value(model)).absoluteFilePath());
  const QStringList videos = parser.positionalArguments();
  if (!videos.isEmpty()) window.openFile(QFileInfo(videos.first()).absoluteFilePath());
  if (parser.value(page) == QLatin1String("train")) window.showPage(MainWindow::Page::Train);
  if (!runDir.isEmpty()) window.trainWorkspace()->openRun(runDir);
  if (parser.value(page) == QLatin1String("evaluate")) window.showPage(MainWindow::Page::Evaluate);
  if (parser.isSet(report)) {
    const QString dir = QFileInfo(parser.value(report)).absoluteFilePath();
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("report.json")))) {
      std::fprintf(stderr, "spact-studio: '%s' is not an evaluation: it holds no report.json.\n", qPrintable(dir));
      return 1;
    }
    window.evaluateWorkspace()->openReport(dir);
  }

  if (parser.isSet(screenshot)) {
    int status = 0;
    QObject::connect(&window, &MainWindow::mediaFailed, [&status](const QString&, const QString& message) {
      std::fprintf(stderr, "spact-studio: %s\n", qPrintable(message));
      status = 1;
    });
    const auto* controller = window.compareController();
    auto reportFailure = [&status](const QString& message) {
      std::fprintf(stderr, "spact-studio: %s\n", qPrintable(message));
      status = 1;
    };
    QObject::connect(controller, &CompareController::openFailed, [&](const QString&, const QString& m) { reportFailure(m); });
    QObject::connect(controller, &CompareController::anonymizerFailed, reportFailure);
    QObject::connect(controller, &CompareController::engineFailed, reportFailure);
    window.show();
    QString error;
    if (!renderScreenshot(window, parser.value(screenshot), &error, {.video = !videos.isEmpty(), .scores = !videos.isEmpty() && parser.isSet(model)})) {
      std::fprintf(stderr, "spact-studio: %s\n", qPrintable(error));
      return 1;
    }
    return status;
  }
  window.show();
  return QApplication::exec();
}
