#include "train_workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent>

#include "config_form.h"
#include "data/data_report.h"
#include "nn/runtime.h"
#include "run_browser.h"
#include "run_presenter.h"
#include "studio_settings.h"
#include "train/train_data.h"
#include "train_controller.h"
#include "train_form.h"
#include "train_page.h"
#include "train_setup_view.h"
#include "training_curves.h"
#include "util/log.h"

namespace spact::studio {
namespace {

// A run whose events grew this recently, with no end logged, is taken to be training elsewhere.
constexpr qint64 kElsewhereSeconds = 600;

QString absolute(const QString& spec) {
  if (spec.isEmpty() || train::isSynthSpec(spec.toStdString())) return spec;
  return QDir::cleanPath(QFileInfo(spec).absoluteFilePath());
}

bool holdsRun(const QString& folder) {
  const QDir dir(folder);
  return dir.exists(QStringLiteral("config.json")) || dir.exists(QStringLiteral("events.jsonl")) ||
         dir.exists(QStringLiteral("checkpoints"));
}

QString percent(double v) { return QLocale().toString(100 * v, 'f', 1); }

}  // namespace

TrainWorkspace::TrainWorkspace(StudioSettings& settings, widgets::TrainPage& page, QObject* parent)
    : QObject(parent), settings_(settings), page_(page) {
  controller_ = new TrainController(this);
  presenter_ = new RunPresenter(*page_.monitor(), this);
  follow_.setInterval(1000);
  connect(&follow_, &QTimer::timeout, this, &TrainWorkspace::poll);

  widgets::TrainSetupView& setup = *page_.setup();
  fillChoices();
  const StudioSettings::Training saved = settings_.trainingChoices();
  setup.setPreset(saved.preset);
  setup.setDevice(saved.device);
  setup.setPrecision(saved.precision);
  applyPreset(setup.preset());
  setup.setRunFolder(newRunFolder());

  connect(setup.actionData(), &widgets::DataPicker::specChanged, this, [this](const QString& spec) { inspect(true, spec); });
  connect(setup.privacyData(), &widgets::DataPicker::specChanged, this, [this](const QString& spec) { inspect(false, spec); });
  connect(&setup, &widgets::TrainSetupView::presetChosen, this, [this](const QString& id) {
    applyPreset(id);
    saveChoices();
  });
  connect(&setup, &widgets::TrainSetupView::deviceChosen, this, [this] {
    validateSetup();
    saveChoices();
  });
  connect(&setup, &widgets::TrainSetupView::changed, this, &TrainWorkspace::validateSetup);
  connect(setup.form(), &widgets::ConfigForm::edited, this, [this](const QString& key) {
    lastEdited_ = key;
    validateSetup();
  });
  connect(&setup, &widgets::TrainSetupView::startRequested, this, &TrainWorkspace::start);

  widgets::TrainingMonitor& monitor = *page_.monitor();
  connect(&monitor, &widgets::TrainingMonitor::pauseRequested, controller_, &TrainController::pause);
  connect(&monitor, &widgets::TrainingMonitor::resumeRequested, controller_, &TrainController::resume);
  connect(&monitor, &widgets::TrainingMonitor::stopRequested, controller_, &TrainController::stop);
  connect(monitor.curves(), &widgets::TrainingCurves::epochPicked, this, [this](int epoch) { page_.runs()->selectEpoch(epoch); });

  widgets::RunBrowser& runs = *page_.runs();
  connect(&runs, &widgets::RunBrowser::openRequested, this, &TrainWorkspace::openRun);
  connect(&runs, &widgets::RunBrowser::runActivated, this, &TrainWorkspace::openRun);
  connect(&runs, &widgets::RunBrowser::removeRequested, this, [this](const QString& root) {
    settings_.removeRecentRun(root);
    refreshRuns();
  });
  connect(&runs, &widgets::RunBrowser::resumeRequested, this, &TrainWorkspace::resumeRun);
  connect(&runs, &widgets::RunBrowser::checkpointChosen, this,
          [this](const QString&, int epoch) { page_.monitor()->curves()->setSelectedEpoch(epoch); });
  connect(&runs, &widgets::RunBrowser::useRequested, this, &TrainWorkspace::useModelRequested);
  connect(&runs, &widgets::RunBrowser::exportRequested, this, &TrainWorkspace::chooseExport);

  connect(controller_, &TrainController::stateChanged, this, [this](TrainController::State state) {
    if (state == TrainController::State::Paused || state == TrainController::State::Running) presenter_->pauseChanged(state == TrainController::State::Paused);
    updateMonitorState();
  });
  // The trainer writes and flushes each event before it reports it: read it from the file, as
  // for any other run, so that a run shown live and read back show the same.
  connect(controller_, &TrainController::eventLogged, this, [this] {
    if (shown_ == live_) poll();
  });
  connect(controller_, &TrainController::progress, this, [this](const QString& stage, qint64 done, qint64 total) {
    if (shown_ == live_) presenter_->progress(stage, done, total);
  });
  connect(controller_, &TrainController::finished, this, &TrainWorkspace::onFinished);

  page_.installEventFilter(this);
  setup.actionData()->setSpec(saved.actionData);
  setup.privacyData()->setSpec(saved.privacyData);
  refreshRuns();
  updateMonitorState();
  validateSetup();
}

TrainWorkspace::~TrainWorkspace() = default;

void TrainWorkspace::fillChoices() {
  widgets::TrainSetupView& setup = *page_.setup();
  setup.setPresets({QStringLiteral("tiny"), QStringLiteral("paper")},
                   {tr("tiny (a CPU, minutes, the synthetic benchmark)"), tr("paper (CVPR 2022: UCF101 + VISPR on a GPU)")});
  QStringList devices = {QStringLiteral("cpu")}, deviceNames = {tr("CPU")};
  if (nn::cudaAvailable()) {
    const int count = nn::cudaDeviceCount();
    for (int i = 0; i < count; ++i) {
      devices << (count == 1 ? QStringLiteral("cuda") : QStringLiteral("cuda:%1").arg(i));
      deviceNames << tr("CUDA GPU %1").arg(i);
    }
  }
  setup.setDevices(devices, deviceNames);
  setup.setPrecisions({QStringLiteral("fp32"), QStringLiteral("bf16")}, {tr("fp32"), tr("bf16 (CUDA)")});
}

void TrainWorkspace::applyPreset(const QString& id) {
  auto preset = train::presetConfig(id.toStdString());
  if (!preset) return;
  widgets::ConfigForm& form = *page_.setup()->form();
  if (form.keys().isEmpty()) form.setFields(TrainForm::fields(*preset));
  else form.setValues(TrainForm::values(*preset));
  problemKey_.clear();
  validateSetup();
}

void TrainWorkspace::saveChoices() {
  const widgets::TrainSetupView& setup = *page_.setup();
  settings_.setTrainingChoices({setup.actionData()->spec(), setup.privacyData()->spec(), setup.preset(), setup.device(), setup.precision()});
}

QString TrainWorkspace::newRunFolder() const {
  const QString base = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("runs"));
  const QString stem = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-') + page_.setup()->preset();
  QString folder = QDir(base).filePath(stem);
  for (int n = 2; QFileInfo::exists(folder); ++n) folder = QDir(base).filePath(stem + QStringLiteral("-%1").arg(n));
  return folder;
}

// ---- the data sets -------------------------------------------------------------------------

TrainWorkspace::Inspection TrainWorkspace::inspectData(const QString& spec, bool action) {
  Inspection out;
  const std::string s = spec.toStdString();
  if (train::isSynthSpec(s)) {
    // The benchmark in memory: its sources describe it without rendering a frame.
    auto data = action ? train::openTrainData(s, "synth", 1) : train::openTrainData("synth", s, 1);
    if (!data) {
      out.problem = QString::fromStdString(data.error().message);
      return out;
    }
    out.summary.layout = tr("Synthetic benchmark (in memory)");
    if (action) {
      for (const auto& c : data->actionTrain->classNames()) out.summary.classes << QString::fromStdString(c);
      out.summary.videos = static_cast<qint64>(data->actionTrain->size());
    } else {
      for (const auto& a : data->privacyTrain->attributeNames()) out.summary.attributes << QString::fromStdString(a);
      out.summary.images = static_cast<qint64>(data->privacyTrain->size());
    }
    out.usable = true;
    return out;
  }
  if (!QFileInfo(spec).isDir()) {
    out.problem = QFileInfo::exists(spec) ? tr("'%1' is a file, not a data set folder.").arg(spec) : tr("'%1' does not exist.").arg(spec);
    return out;
  }
  auto report = data::inspect(s);
  if (!report) {
    out.problem = QString::fromStdString(report.error().message);
    return out;
  }
  widgets::DataSummary& d = out.summary;
  d.layout = QString::fromStdString(report->layout);
  d.split = QString::fromStdString(report->split);
  for (const auto& c : report->classes) d.classes << QString::fromStdString(c);
  d.videos = report->videos;
  d.images = report->images;
  const double items = static_cast<double>(std::max<std::int64_t>(1, report->videos + report->images));
  for (std::size_t i = 0; i < report->attributes.size(); ++i) {
    d.attributes << QString::fromStdString(report->attributes[i]);
    d.attributeFrequencies << static_cast<double>(report->attributeCounts[i]) / items;
  }
  d.problems = static_cast<qint64>(report->missing.size() + report->unreadable.size());
  if (action && d.videos == 0)
    out.problem = tr("No videos here: the action data needs videos in class folders (UCF101, HMDB51 or <split>/<class>/<video>); found %1.")
                      .arg(d.layout);
  else if (action && d.classes.size() < 2)
    out.problem = tr("The action data needs at least two classes; this %1 folder has %2.").arg(d.layout).arg(d.classes.size());
  else if (!action && d.images == 0)
    out.problem = tr("No images here: the privacy data needs images (VISPR, or <split>/<attribute>/<image>); found %1.").arg(d.layout);
  else if (!action && d.attributes.isEmpty())
    out.problem = tr("The privacy data labels no attributes.");
  out.usable = out.problem.isEmpty();
  return out;
}

void TrainWorkspace::inspect(bool action, const QString& spec) {
  widgets::DataPicker& picker = action ? *page_.setup()->actionData() : *page_.setup()->privacyData();
  const quint64 generation = ++generation_[action ? 0 : 1];
  saveChoices();
  if (spec.isEmpty()) {
    validateSetup();
    return;
  }
  picker.setChecking();
  validateSetup();
  ++inspecting_;
  auto* watcher = new QFutureWatcher<Inspection>(this);
  connect(watcher, &QFutureWatcher<Inspection>::finished, this, [this, watcher, action, generation, &picker] {
    watcher->deleteLater();
    --inspecting_;
    if (generation != generation_[action ? 0 : 1]) return;  // the spec changed meanwhile
    const Inspection found = watcher->result();
    if (found.usable) picker.setSummary(found.summary);
    else picker.setProblem(found.problem);
    validateSetup();
    Q_EMIT dataChecked(action, found.usable);
  });
  watcher->setFuture(QtConcurrent::run([spec = absolute(spec), action] { return inspectData(spec, action); }));
}

// ---- the set-up ----------------------------------------------------------------------------

void TrainWorkspace::validateSetup() {
  widgets::TrainSetupView& setup = *page_.setup();
  widgets::ConfigForm& form = *setup.form();
  if (!problemKey_.isEmpty()) form.setProblem(problemKey_, QString());
  problemKey_.clear();
  auto refuse = [&setup](const QString& why) {
    setup.setMessage(why, true);
    setup.setStartEnabled(false);
  };
  if (controller_->isRunning()) {
    setup.setMessage(tr("A run is training; a new one can start when it ends."), false);
    setup.setStartEnabled(false);
    return;
  }
  const widgets::DataPicker* pickers[] = {setup.actionData(), setup.privacyData()};
  for (int i = 0; i < 2; ++i) {
    const bool action = i == 0;
    switch (pickers[i]->state()) {
      case widgets::DataPicker::State::Empty: return refuse(action ? tr("Choose the action data.") : tr("Choose the privacy data."));
      case widgets::DataPicker::State::Checking:
        return refuse(action ? tr("Looking at the action data…") : tr("Looking at the privacy data…"));
      case widgets::DataPicker::State::Invalid:
        return refuse(action ? tr("The action data cannot be used (see above).") : tr("The privacy data cannot be used (see above)."));
      case widgets::DataPicker::State::Valid: break;
    }
  }
  if (!form.isValid()) return refuse(form.problems().join(QLatin1Char('\n')));
  const QString folder = setup.runFolder();
  if (folder.isEmpty()) return refuse(tr("Choose a folder for the run."));
  if (holdsRun(folder))
    return refuse(tr("'%1' already holds a run: resume it from the Runs list, or choose another folder.").arg(folder));
  auto base = train::presetConfig(setup.preset().toStdString());
  if (!base) return refuse(QString::fromStdString(base.error().message));
  base->device = setup.device().toStdString();
  base->precision = setup.precision().toStdString();
  QString key;
  auto config = TrainForm::configOf(*base, form.values(), &key);
  if (!config) {
    const QString message = QString::fromStdString(config.error().message);
    // A nested struct's check names its own key ('arch'): the field just edited, when it ends so.
    if (!form.keys().contains(key) && !key.isEmpty() && lastEdited_.endsWith(QLatin1Char('.') + key)) key = lastEdited_;
    if (form.keys().contains(key)) {
      form.setProblem(key, message);
      problemKey_ = key;
    }
    return refuse(message);
  }
  const int epochs = config->minimax.epochs;
  setup.setMessage((epochs == 1 ? tr("Ready: the initialisation, then 1 minimax epoch, on %1.")
                                : tr("Ready: the initialisation, then %1 minimax epochs, on %2.").arg(epochs))
                       .arg(setup.deviceBox()->currentText()),
                   false);
  setup.setStartEnabled(true);
}

bool TrainWorkspace::start() {
  validateSetup();
  widgets::TrainSetupView& setup = *page_.setup();
  if (!setup.startButton()->isEnabled()) return false;
  auto base = train::presetConfig(setup.preset().toStdString());
  base->device = setup.device().toStdString();
  base->precision = setup.precision().toStdString();
  auto config = TrainForm::configOf(*base, setup.form()->values());
  if (!config) return false;  // validateSetup said why
  TrainJob job;
  job.config = *config;
  job.actionData = absolute(setup.actionData()->spec());
  job.privacyData = absolute(setup.privacyData()->spec());
  job.runDir = QDir::cleanPath(QFileInfo(setup.runFolder()).absoluteFilePath());
  if (!controller_->start(job)) return false;
  log::get("studio")->info("Training into '{}'", job.runDir.toStdString());
  saveChoices();
  live_ = job.runDir;
  liveEnd_.reset();
  settings_.addRecentRun(live_);
  shown_ = live_;
  presenter_->reset(live_);
  reader_.reset(eventsPath(live_));
  follow_.stop();
  setup.setEditable(false);
  page_.runs()->setBusy(true);
  refreshRuns();
  page_.runs()->selectRun(live_);
  updateCheckpoints();
  updateMonitorState();
  validateSetup();
  return true;
}

bool TrainWorkspace::resumeRun(const QString& rootIn) {
  const QString root = QDir::cleanPath(QFileInfo(rootIn).absoluteFilePath());
  if (controller_->isRunning()) return false;
  auto saved = config::readJsonFile(QDir(root).filePath(QStringLiteral("config.json")).toStdString());
  if (!saved) {
    showMessage(tr("Cannot Resume"), QString::fromStdString(saved.error().message));
    return false;
  }
  auto config = train::trainConfigFromJson(saved->value("config", config::Json::object()), QDir(root).filePath(QStringLiteral("config.json")).toStdString());
  const config::Json data = saved->value("data", config::Json::object());
  const QString action = QString::fromStdString(data.value("action", config::Json::object()).value("source", ""));
  const QString privacy = QString::fromStdString(data.value("privacy", config::Json::object()).value("source", ""));
  if (!config || action.isEmpty() || privacy.isEmpty()) {
    showMessage(tr("Cannot Resume"), config ? tr("'%1' does not say which data the run trained on.").arg(root)
                                            : QString::fromStdString(config.error().message));
    return false;
  }
  if (!QFileInfo::exists(QDir(root).filePath(QStringLiteral("checkpoints/last.spact")))) {
    showMessage(tr("Cannot Resume"), tr("'%1' has no checkpoint to resume from.").arg(root));
    return false;
  }
  TrainJob job{*config, action, privacy, root, true};
  if (!controller_->start(job)) return false;
  log::get("studio")->info("Resuming the run '{}'", root.toStdString());
  live_ = root;
  liveEnd_.reset();
  settings_.addRecentRun(root);
  shown_ = root;
  // The trainer cuts events.jsonl back to the checkpoint before it logs "resumed": read it afresh then.
  presenter_->reset(root);
  reader_.reset(eventsPath(root));
  follow_.stop();
  page_.setup()->setEditable(false);
  page_.runs()->setBusy(true);
  refreshRuns();
  page_.runs()->selectRun(root);
  updateCheckpoints();
  updateMonitorState();
  validateSetup();
  return true;
}

void TrainWorkspace::onFinished(TrainEngine::End end, const QString& message) {
  if (shown_ == live_) poll();
  liveEnd_ = end;
  liveEndMessage_ = message;
  if (end == TrainEngine::End::Failed) log::get("studio")->error("Training failed: {}", message.toStdString());
  else log::get("studio")->info("Training {}", end == TrainEngine::End::Finished ? "finished" : "stopped");
  page_.setup()->setEditable(true);
  page_.runs()->setBusy(false);
  page_.setup()->setRunFolder(newRunFolder());
  refreshRuns();
  updateCheckpoints();
  updateMonitorState();
  validateSetup();
  Q_EMIT trainingFinished(end, message);
}

// ---- showing runs --------------------------------------------------------------------------

bool TrainWorkspace::isLive(const QString& root) const { return controller_->isRunning() && root == live_; }

bool TrainWorkspace::openRun(const QString& rootIn) {
  const QString root = QDir::cleanPath(QFileInfo(rootIn).absoluteFilePath());
  if (!isRunFolder(root)) {
    showMessage(tr("Not a Training Run"), tr("'%1' is not a training run: it holds neither config.json nor events.jsonl.").arg(root));
    return false;
  }
  settings_.addRecentRun(root);
  refreshRuns();
  page_.runs()->selectRun(root);
  page_.showRuns();
  shown_ = root;
  presenter_->reset(root);
  reader_.reset(eventsPath(root));
  poll();
  if (!isLive(root) && presenter_->status() == RunDigest::Status::Open) follow_.start();
  else follow_.stop();
  updateCheckpoints();
  // The best checkpoint is where one usually starts; it is ringed on the trade-off curve.
  for (const widgets::CheckpointRow& row : presenter_->checkpoints())
    if (row.best) page_.runs()->selectCheckpoint(row.path);
  updateMonitorState();
  Q_EMIT runShown(root);
  return true;
}

void TrainWorkspace::poll() {
  if (shown_.isEmpty()) return;
  EventReader::Chunk chunk = reader_.read();
  if (chunk.restarted) presenter_->reset(shown_);
  for (const QJsonObject& e : chunk.events) presenter_->add(e);
  if (!chunk.error.isEmpty()) page_.monitor()->appendLog(chunk.error);
  if (chunk.events.isEmpty() && !chunk.restarted) return;
  updateCheckpoints();
  updateMonitorState();
  if (!isLive(shown_) && presenter_->status() != RunDigest::Status::Open) follow_.stop();
}

void TrainWorkspace::updateCheckpoints() {
  page_.runs()->setCheckpoints(shown_, shown_.isEmpty() ? QList<widgets::CheckpointRow>() : presenter_->checkpoints());
}

void TrainWorkspace::updateMonitorState() {
  using RS = widgets::TrainingMonitor::RunState;
  widgets::TrainingMonitor& monitor = *page_.monitor();
  if (shown_.isEmpty()) return monitor.setRunState(RS::None);
  if (isLive(shown_)) {
    switch (controller_->state()) {
      case TrainController::State::Starting: return monitor.setRunState(RS::Starting);
      case TrainController::State::Running: return monitor.setRunState(RS::Running);
      case TrainController::State::Pausing: return monitor.setRunState(RS::Pausing);
      case TrainController::State::Paused: return monitor.setRunState(RS::Paused);
      case TrainController::State::Stopping: return monitor.setRunState(RS::Stopping);
      case TrainController::State::Idle: break;
    }
  }
  if (shown_ == live_ && liveEnd_) {
    switch (*liveEnd_) {
      case TrainEngine::End::Finished: return monitor.setRunState(RS::Finished);
      case TrainEngine::End::Stopped: return monitor.setRunState(RS::Stopped);
      case TrainEngine::End::Failed: return monitor.setRunState(RS::Failed, liveEndMessage_);
    }
  }
  switch (presenter_->status()) {
    case RunDigest::Status::Finished: return monitor.setRunState(RS::Finished);
    case RunDigest::Status::Stopped: return monitor.setRunState(RS::Stopped);
    case RunDigest::Status::Failed: return monitor.setRunState(RS::Failed, presenter_->failure());
    case RunDigest::Status::Open:
    case RunDigest::Status::NoEvents: {
      const QFileInfo events(eventsPath(shown_));
      const bool recent = events.exists() && events.lastModified().secsTo(QDateTime::currentDateTime()) < kElsewhereSeconds;
      if (!recent) monitor.setEta(QString());
      return monitor.setRunState(recent ? RS::Elsewhere : RS::Interrupted);
    }
  }
}

void TrainWorkspace::refreshRuns() {
  QList<widgets::RunRow> rows;
  for (const QString& root : settings_.recentRuns()) {
    widgets::RunRow row;
    row.path = root;
    row.name = QFileInfo(root).fileName();
    if (!QFileInfo(root).isDir()) {
      row.status = tr("missing");
      rows << row;
      continue;
    }
    const RunDigest d = digestRun(root);
    const QString step = QLocale().toString(d.step);
    switch (d.status) {
      case RunDigest::Status::Finished: row.status = tr("finished, step %1").arg(step); break;
      case RunDigest::Status::Stopped: row.status = tr("stopped at step %1").arg(step); break;
      case RunDigest::Status::Failed: row.status = tr("failed at step %1").arg(step); break;
      case RunDigest::Status::NoEvents: row.status = tr("no events yet"); break;
      case RunDigest::Status::Open:
        if (isLive(root)) row.status = tr("training, step %1").arg(step);
        else if (d.modified.secsTo(QDateTime::currentDateTime()) < kElsewhereSeconds) row.status = tr("training elsewhere, step %1").arg(step);
        else row.status = tr("interrupted at step %1").arg(step);
        break;
    }
    if (d.actionTop1)
      row.metrics = tr("top-1 %1 %, cMAP %2").arg(percent(*d.actionTop1), d.privacyCmap ? tr("%1 %").arg(percent(*d.privacyCmap)) : tr("n/a"));
    row.resumable = d.status != RunDigest::Status::Finished && !isLive(root) &&
                    QFileInfo::exists(QDir(root).filePath(QStringLiteral("checkpoints/last.spact")));
    rows << row;
  }
  page_.runs()->setRuns(rows);
}

// ---- checkpoints ---------------------------------------------------------------------------

void TrainWorkspace::chooseExport(const QString& checkpoint) {
  const QString suggested = QDir(settings_.lastOpenFolder()).filePath(
      QFileInfo(shown_).fileName() + QLatin1Char('-') + QFileInfo(checkpoint).fileName());
  const QString destination = QFileDialog::getSaveFileName(&page_, tr("Export Checkpoint"), suggested, tr("SPAct models (*.spact)"));
  if (destination.isEmpty()) return;
  settings_.setLastOpenFolder(QFileInfo(destination).absolutePath());
  exportCheckpoint(checkpoint, destination);
}

void TrainWorkspace::exportCheckpoint(const QString& source, const QString& destination) {
  ++exporting_;
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, destination] {
    watcher->deleteLater();
    --exporting_;
    const QString error = watcher->result();
    page_.monitor()->appendLog(error.isEmpty() ? tr("Exported the checkpoint to %1.").arg(destination) : error);
    if (!error.isEmpty()) showMessage(tr("Export Failed"), error);
    Q_EMIT exported(destination, error.isEmpty(), error);
  });
  // Copied beside the destination and renamed when complete: no half-written model is left.
  watcher->setFuture(QtConcurrent::run([source, destination]() -> QString {
    const QString temp = destination + QStringLiteral(".part");
    QFile::remove(temp);
    QFile in(source);
    if (!in.copy(temp)) return tr("Could not copy '%1' to '%2': %3.").arg(source, destination, in.errorString());
    QFile::remove(destination);
    if (!QFile::rename(temp, destination)) {
      QFile::remove(temp);
      return tr("Could not write '%1'.").arg(destination);
    }
    return QString();
  }));
}

void TrainWorkspace::showMessage(const QString& title, const QString& text) {
  // Window-modal but not blocking: training and tests go on while it is shown.
  auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, page_.window());
  box->setObjectName(QStringLiteral("trainMessageBox"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

// ---- closing -------------------------------------------------------------------------------

bool TrainWorkspace::confirmClose(QWidget* parent) {
  if (!controller_->isRunning()) return true;
  QMessageBox box(QMessageBox::Question, tr("A Run Is Training"),
                  tr("The run in '%1' is still training. Stop it now with a checkpoint (it can be resumed later), or keep it "
                     "training in the background until it ends?")
                      .arg(live_),
                  QMessageBox::NoButton, parent);
  box.setObjectName(QStringLiteral("closeWhileTrainingBox"));
  QPushButton* stop = box.addButton(tr("Stop with Checkpoint"), QMessageBox::DestructiveRole);
  stop->setObjectName(QStringLiteral("stopAndClose"));
  QPushButton* keep = box.addButton(tr("Keep Training"), QMessageBox::AcceptRole);
  keep->setObjectName(QStringLiteral("keepTraining"));
  box.addButton(QMessageBox::Cancel);
  box.setDefaultButton(stop);
  box.exec();
  if (box.clickedButton() == stop) {
    if (controller_->isRunning()) {
      QEventLoop loop;
      connect(controller_, &TrainController::finished, &loop, &QEventLoop::quit);
      controller_->stop();
      loop.exec();  // the step under way ends, the checkpoint is written
    }
    return true;
  }
  if (box.clickedButton() == keep) {
    log::get("studio")->info("Training goes on in the background into '{}'; the application quits when it ends.", live_.toStdString());
    QApplication::setQuitOnLastWindowClosed(false);
    connect(controller_, &TrainController::finished, qApp, &QCoreApplication::quit);
    return true;
  }
  return false;
}

bool TrainWorkspace::eventFilter(QObject* watched, QEvent* event) {
  if (watched == &page_ && event->type() == QEvent::LanguageChange) {
    // Names, groups and tooltips come from here: made again in the new language, the values kept.
    widgets::TrainSetupView& setup = *page_.setup();
    fillChoices();
    const QVariantMap values = setup.form()->values();
    if (auto preset = train::presetConfig(setup.preset().toStdString())) setup.form()->setFields(TrainForm::fields(*preset));
    setup.form()->setValues(values);
    problemKey_.clear();
    validateSetup();
    refreshRuns();
    updateCheckpoints();
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace spact::studio
