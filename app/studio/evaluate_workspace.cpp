#include "evaluate_workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtConcurrent>

#include "config_form.h"
#include "data_picker.h"
#include "eval/evaluate.h"
#include "evaluate_controller.h"
#include "evaluate_form.h"
#include "evaluate_page.h"
#include "evaluation_results.h"
#include "export_queue_view.h"
#include "train/train_data.h"
#include "train_workspace.h"

namespace spact::studio {
namespace {

QString absolute(const QString& spec) {
  if (spec.isEmpty() || train::isSynthSpec(spec.toStdString())) return spec;
  return QDir::cleanPath(QFileInfo(spec).absoluteFilePath());
}

QString percent(const QJsonValue& v) {
  return v.isDouble() ? QString::number(100 * v.toDouble(), 'f', 1) : QStringLiteral("–");
}

bool copyAtomically(const QString& source, const QString& destination, QString* error) {
  QFile in(source);
  if (!in.open(QIODevice::ReadOnly)) {
    *error = EvaluateWorkspace::tr("Cannot read %1: %2.").arg(source, in.errorString());
    return false;
  }
  QSaveFile out(destination);  // a temporary file, renamed when complete
  if (!out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit()) {
    *error = EvaluateWorkspace::tr("Cannot write %1: %2.").arg(destination, out.errorString());
    return false;
  }
  return true;
}

}  // namespace

EvaluateWorkspace::EvaluateWorkspace(widgets::EvaluatePage& page, QObject* parent) : QObject(parent), page_(page) {
  controller_ = new EvaluateController(this);
  page_.budget()->setFields(EvaluateForm::fields(eval::EvalConfig{}));
  page_.setOutputFolder(newOutputFolder());
  page_.setReportFolder(QString());

  connect(page_.actionData(), &widgets::DataPicker::specChanged, this,
          [this](const QString& spec) { inspect(true, spec); });
  connect(page_.privacyData(), &widgets::DataPicker::specChanged, this,
          [this](const QString& spec) { inspect(false, spec); });
  connect(&page_, &widgets::EvaluatePage::modelsChanged, this, &EvaluateWorkspace::refreshBudget);
  connect(&page_, &widgets::EvaluatePage::startRequested, this, &EvaluateWorkspace::start);
  connect(&page_, &widgets::EvaluatePage::stopRequested, this, &EvaluateWorkspace::stop);
  connect(&page_, &widgets::EvaluatePage::openReportRequested, this, &EvaluateWorkspace::chooseReport);
  connect(&page_, &widgets::EvaluatePage::exportRequested, this, &EvaluateWorkspace::chooseExport);
  connect(controller_, &EvaluateController::runningChanged, &page_, &widgets::EvaluatePage::setRunning);
  connect(controller_, &EvaluateController::eventLogged, this, &EvaluateWorkspace::onEvent);
  connect(controller_, &EvaluateController::progress, this, &EvaluateWorkspace::onProgress);
  connect(controller_, &EvaluateController::finished, this,
          [this](EvaluateEngine::End end, const QString& message, const QJsonObject&) { onFinished(end, message); });
}

EvaluateWorkspace::~EvaluateWorkspace() = default;

QString EvaluateWorkspace::newOutputFolder() const {
  const QString base = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                           .filePath(QStringLiteral("evaluations"));
  const QString stem = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  QString folder = QDir(base).filePath(stem);
  for (int n = 2; QFileInfo::exists(folder); ++n) folder = QDir(base).filePath(stem + QStringLiteral("-%1").arg(n));
  return folder;
}

void EvaluateWorkspace::setCurrentModel(const QString& path) {
  if (page_.models().isEmpty() && !path.isEmpty()) page_.addModels({path});
}

// ---- the set-up ----------------------------------------------------------------------------

void EvaluateWorkspace::inspect(bool action, const QString& spec) {
  widgets::DataPicker& picker = action ? *page_.actionData() : *page_.privacyData();
  const quint64 generation = ++generation_[action ? 0 : 1];
  if (spec.isEmpty()) return;
  picker.setChecking();
  ++busy_;
  auto* watcher = new QFutureWatcher<TrainWorkspace::Inspection>(this);
  connect(watcher, &QFutureWatcher<TrainWorkspace::Inspection>::finished, this,
          [this, watcher, action, generation, &picker] {
            watcher->deleteLater();
            --busy_;
            if (generation != generation_[action ? 0 : 1]) return;  // the spec changed meanwhile
            const auto found = watcher->result();
            if (found.usable)
              picker.setSummary(found.summary);
            else
              picker.setProblem(found.problem);
          });
  watcher->setFuture(
      QtConcurrent::run([spec = absolute(spec), action] { return TrainWorkspace::inspectData(spec, action); }));
}

// The budget the first model's training implies (its targets' architectures and initialisation
// budgets), as `spact evaluate` starts from; the user's edits of the form go when the models change.
void EvaluateWorkspace::refreshBudget() {
  const quint64 generation = ++generation_[2];
  std::vector<std::string> models;
  for (const QString& m : page_.models()) models.push_back(m.toStdString());
  ++busy_;
  auto* watcher = new QFutureWatcher<QVariantMap>(this);
  connect(watcher, &QFutureWatcher<QVariantMap>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    --busy_;
    if (generation != generation_[2] || controller_->isRunning()) return;
    page_.budget()->setValues(watcher->result());
  });
  watcher->setFuture(QtConcurrent::run([models] {
    auto cards = eval::readCards(models);
    return EvaluateForm::values(EvaluateForm::baseConfig(cards ? *cards : std::vector<config::Json>{}));
  }));
}

QString EvaluateWorkspace::refusal() const {
  if (page_.baselines().isEmpty() && page_.models().isEmpty())
    return tr("Choose at least one method: a baseline or a model file.");
  for (const QString& m : page_.models())
    if (!QFileInfo(m).isFile()) return tr("The model file %1 does not exist.").arg(m);
  const QString action = page_.actionData()->spec().trimmed();
  if (action.isEmpty()) return tr("Choose the action data: a folder, or synth:… for the synthetic benchmark.");
  for (const QString& spec : {action, page_.privacyData()->spec().trimmed()}) {
    if (spec.isEmpty() || train::isSynthSpec(spec.toStdString())) continue;
    if (!QFileInfo(spec).isDir()) return tr("The data folder %1 does not exist.").arg(spec);
  }
  for (const widgets::DataPicker* picker : {page_.actionData(), page_.privacyData()})
    if (picker->state() == widgets::DataPicker::State::Invalid) return picker->statusText();
  if (!page_.budget()->isValid()) return page_.budget()->problems().join(QLatin1Char('\n'));
  if (page_.outputFolder().isEmpty()) return tr("Choose an output folder.");
  auto config = EvaluateForm::configOf(eval::EvalConfig{}, page_.protocol(), page_.budget()->values());
  if (!config) return QString::fromStdString(config.error().message);
  return {};
}

bool EvaluateWorkspace::start() {
  if (controller_->isRunning()) return false;
  if (const QString why = refusal(); !why.isEmpty()) {
    page_.setStatus(why, true);
    return false;
  }
  EvalJob job;
  job.models = page_.models();
  job.baselines = page_.baselines();
  job.protocol = page_.protocol();
  job.actionData = absolute(page_.actionData()->spec().trimmed());
  job.privacyData = absolute(page_.privacyData()->spec().trimmed());
  job.budget = page_.budget()->values();
  job.outDir = QDir::cleanPath(QFileInfo(page_.outputFolder()).absoluteFilePath());
  running_ = job.outDir;
  report_ = {};
  shown_.clear();
  page_.setReportFolder(QString());
  page_.results()->clear();
  clock_.start();
  firstDone_ = -1;
  page_.setProgress(0, tr("Starting"), QString());
  page_.setStatus(tr("Evaluating into %1…").arg(job.outDir));
  return controller_->start(job);
}

void EvaluateWorkspace::stop() {
  if (!controller_->isRunning()) return;
  controller_->stop();
  page_.setStatus(tr("Stopping after the current step…"));
}

// ---- progress --------------------------------------------------------------------------------

void EvaluateWorkspace::onEvent(const QJsonObject& event) {
  const QString type = event.value(QStringLiteral("type")).toString();
  const QString method = event.value(QStringLiteral("method")).toString();
  if (type != QLatin1String("row_finished") && type != QLatin1String("row_reused")) return;
  QJsonObject row = event;
  if (type == QLatin1String("row_reused")) {
    // A finished row of an earlier run: its numbers are in its row file.
    QFile f(QDir(running_).filePath(QStringLiteral("rows/%1.json").arg(method)));
    if (f.open(QIODevice::ReadOnly)) row = QJsonDocument::fromJson(f.readAll()).object();
  }
  if (!row.contains(QStringLiteral("kind")))
    row.insert(QStringLiteral("kind"), method == QLatin1String("raw") ? QStringLiteral("raw")
                                       : widgets::EvaluatePage::baselineNames().contains(method)
                                           ? QStringLiteral("baseline")
                                           : QStringLiteral("model"));
  if (!row.contains(QStringLiteral("method"))) row.insert(QStringLiteral("method"), method);
  page_.results()->addRow(row);
  Q_EMIT rowArrived(method);
}

void EvaluateWorkspace::onProgress(const QString& stage, qint64 done, qint64 total) {
  if (total <= 0) return;
  if (firstDone_ < 0) {
    firstDone_ = done;
    clock_.restart();
  }
  QString eta;
  const double seconds = clock_.elapsed() / 1000.0;
  if (done > firstDone_ && seconds > 1) {
    const double rate = static_cast<double>(done - firstDone_) / seconds;
    eta = tr("ETA %1").arg(widgets::ExportQueueView::formatEta(static_cast<double>(total - done) / rate));
  }
  page_.setProgress(static_cast<int>(1000 * done / total), stage, eta);
}

void EvaluateWorkspace::onFinished(EvaluateEngine::End end, const QString& message) {
  switch (end) {
    case EvaluateEngine::End::Finished:
      page_.setProgress(1000, tr("Finished"), QString());
      if (openReport(running_))
        page_.setStatus(tr("Finished: %1 rows. The report is in %2.").arg(page_.results()->rowCount()).arg(running_));
      break;
    case EvaluateEngine::End::Stopped:
      page_.setProgress(0, tr("Stopped"), QString());
      page_.setStatus(tr("Stopped. The finished rows are kept in %1/rows; Start resumes with them.").arg(running_));
      break;
    case EvaluateEngine::End::Failed:
      page_.setProgress(0, tr("Failed"), QString());
      page_.setStatus(tr("The evaluation failed: %1").arg(message), true);
      break;
  }
  Q_EMIT evaluationFinished(end, message);
}

// ---- reports ---------------------------------------------------------------------------------

bool EvaluateWorkspace::openReport(const QString& folder) {
  const QString dir = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
  QFile f(QDir(dir).filePath(QStringLiteral("report.json")));
  if (!f.open(QIODevice::ReadOnly)) {
    page_.setStatus(tr("%1 holds no report.json: it is not a finished evaluation.").arg(dir), true);
    return false;
  }
  QJsonParseError parseError{};
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
  if (doc.isNull() || doc.object().value(QStringLiteral("format")).toString() != QLatin1String("spact-evaluation")) {
    page_.setStatus(tr("%1/report.json is not an evaluation report.").arg(dir), true);
    return false;
  }
  report_ = doc.object();
  shown_ = dir;
  if (!controller_->isRunning()) {
    page_.setProgress(1000, tr("Finished"), QString());
    showSetupOf(report_, dir);
  }
  page_.results()->setReport(report_);
  page_.setReportFolder(dir);
  page_.setStatus(tr("%1 rows, protocol %2, created %3.")
                      .arg(page_.results()->rowCount())
                      .arg(report_.value(QStringLiteral("protocol")).toString(),
                           report_.value(QStringLiteral("created")).toString()));
  Q_EMIT reportShown(dir);
  return true;
}

// The set-up the report was made with, so that Start reruns it (and reuses its rows).
void EvaluateWorkspace::showSetupOf(const QJsonObject& report, const QString& folder) {
  QStringList models, baselines;
  for (const auto& m : report.value(QStringLiteral("models")).toArray())
    models << m.toObject().value(QStringLiteral("path")).toString();
  for (const auto& r : report.value(QStringLiteral("rows")).toArray()) {
    const QJsonObject row = r.toObject();
    if (row.value(QStringLiteral("kind")).toString() != QLatin1String("model"))
      baselines << row.value(QStringLiteral("method")).toString();
  }
  page_.setModels(models);
  ++generation_[2];  // the report's budget, not the card's
  page_.setBaselines(baselines);
  page_.setProtocol(report.value(QStringLiteral("protocol")).toString());
  const QJsonObject data = report.value(QStringLiteral("data")).toObject();
  const QJsonObject privacy = data.value(QStringLiteral("privacy")).toObject();
  page_.actionData()->setSpec(
      data.value(QStringLiteral("action")).toObject().value(QStringLiteral("source")).toString());
  page_.privacyData()->setSpec(privacy.value(QStringLiteral("from_videos")).toBool()
                                   ? QString()
                                   : privacy.value(QStringLiteral("source")).toString());
  const QByteArray configText =
      QJsonDocument(report.value(QStringLiteral("config")).toObject()).toJson(QJsonDocument::Compact);
  const auto json = config::Json::parse(configText.toStdString(), nullptr, false);
  if (!json.is_discarded())
    if (auto config = eval::evalConfigFromJson(json, "report.json"); config)
      page_.budget()->setValues(EvaluateForm::values(*config));
  page_.setOutputFolder(folder);
}

void EvaluateWorkspace::chooseReport() {
  const QString dir = QFileDialog::getExistingDirectory(page_.window(), tr("Open an Evaluation Folder"), shown_);
  if (!dir.isEmpty()) openReport(dir);
}

void EvaluateWorkspace::chooseExport(const QString& format) {
  if (shown_.isEmpty()) return;
  const QString filter = format == QLatin1String("pdf")   ? tr("PDF (*.pdf)")
                         : format == QLatin1String("csv") ? tr("CSV (*.csv)")
                                                          : tr("HTML (*.html)");
  const QString file =
      QFileDialog::getSaveFileName(page_.window(), tr("Export the Report"),
                                   QDir(shown_).filePath(QStringLiteral("report-export.") + format), filter);
  if (file.isEmpty()) return;
  QString error;
  if (exportReport(format, file, &error))
    page_.setStatus(tr("Exported %1.").arg(file));
  else
    page_.setStatus(error, true);
}

bool EvaluateWorkspace::exportReport(const QString& format, const QString& destination, QString* error) {
  QString ignored;
  if (!error) error = &ignored;
  if (shown_.isEmpty()) {
    *error = tr("No report is shown.");
    return false;
  }
  if (format == QLatin1String("html"))
    return copyAtomically(QDir(shown_).filePath(QStringLiteral("report.html")), destination, error);
  if (format == QLatin1String("csv"))
    return copyAtomically(QDir(shown_).filePath(QStringLiteral("report.csv")), destination, error);
  if (format == QLatin1String("pdf")) return writePdf(destination, error);
  *error = tr("Unknown format %1.").arg(format);
  return false;
}

// The table and the two plots as the page shows them, laid out by QTextDocument and printed to PDF.
bool EvaluateWorkspace::writePdf(const QString& destination, QString* error) {
  QTextDocument doc;
  doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("spact:tradeoff")),
                  page_.results()->tradeoffPicture(900, 560).toImage());
  doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("spact:ap")),
                  page_.results()->apPicture(900, 560).toImage());
  QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                     .arg(tr("SPAct evaluation").toHtmlEscaped(),
                          tr("Protocol %1, created %2, folder %3")
                              .arg(report_.value(QStringLiteral("protocol")).toString(),
                                   report_.value(QStringLiteral("created")).toString(), shown_)
                              .toHtmlEscaped());
  html += QStringLiteral(
              "<table border=\"1\" cellspacing=\"0\" "
              "cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
              .arg(tr("Method"), tr("Kind"), tr("Action top-1 %"), tr("Privacy cMAP %"), tr("Macro F1 %"));
  for (const auto& v : report_.value(QStringLiteral("rows")).toArray()) {
    const QJsonObject r = v.toObject();
    html += QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td "
                "align=\"right\">%5</td></tr>")
                .arg(r.value(QStringLiteral("method")).toString().toHtmlEscaped(),
                     r.value(QStringLiteral("kind")).toString(), percent(r.value(QStringLiteral("action_top1"))),
                     percent(r.value(QStringLiteral("privacy_cmap"))),
                     percent(r.value(QStringLiteral("privacy_macro_f1"))));
  }
  html += QStringLiteral(
              "</table><h3>%1</h3><p><img src=\"spact:tradeoff\" width=\"600\"></p><h3>%2</h3><p><img src=\"spact:ap\" "
              "width=\"600\"></p>")
              .arg(tr("Trade-off: action top-1 against privacy cMAP").toHtmlEscaped(),
                   tr("Per-attribute AP").toHtmlEscaped());
  doc.setHtml(html);

  QSaveFile file(destination);  // a temporary file, renamed when complete
  if (!file.open(QIODevice::WriteOnly)) {
    *error = tr("Cannot write %1: %2.").arg(destination, file.errorString());
    return false;
  }
  {
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(tr("SPAct evaluation"));
    writer.setCreator(QStringLiteral("SPAct Studio"));
    doc.print(&writer);
  }
  if (!file.commit()) {
    *error = tr("Cannot write %1: %2.").arg(destination, file.errorString());
    return false;
  }
  return true;
}

}  // namespace spact::studio
