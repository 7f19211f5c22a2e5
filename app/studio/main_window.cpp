#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>

#include "about.h"
#include "anonymizer_choice.h"
#include "compare_controller.h"
#include "compare_page.h"
#include "compare_view.h"
#include "export_dialog.h"
#include "export_queue.h"
#include "language.h"
#include "log_bridge.h"
#include "log_pane.h"
#include "media_rows.h"
#include "model_manager.h"
#include "model_manager_view.h"
#include "model_panel.h"
#include "privacy_controller.h"
#include "privacy_panel.h"
#include "nn/io/model_files.h"
#include "nn/runtime.h"
#include "property_panel.h"
#include "studio_settings.h"
#include "evaluate_page.h"
#include "evaluate_workspace.h"
#include "train_page.h"
#include "train_workspace.h"
#include "util/log.h"

namespace spact::studio {

MainWindow::MainWindow(StudioSettings& settings, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent), settings_(settings), languages_(languages) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/spact-studio.svg")));
  setAcceptDrops(true);
  loader_ = new MediaLoader(this);
  logBridge_ = new LogBridge(this);

  controller_ = new CompareController(this);
  exportQueue_ = new ExportQueue(this);
  comparePage_ = new ComparePage(*controller_, this);
  comparePage_->setObjectName(QStringLiteral("comparePage"));
  trainPage_ = new widgets::TrainPage(this);
  trainPage_->setObjectName(QStringLiteral("trainPage"));
  evaluatePage_ = new widgets::EvaluatePage(this);
  evaluatePage_->setObjectName(QStringLiteral("evaluatePage"));
  pages_ = new QTabWidget(this);
  pages_->setObjectName(QStringLiteral("pages"));
  pages_->setDocumentMode(true);
  pages_->addTab(comparePage_, QString());
  pages_->addTab(trainPage_, QString());
  pages_->addTab(evaluatePage_, QString());
  setCentralWidget(pages_);
  createDocks();
  createActions();
  createMenus();

  deviceLabel_ = new QLabel(QString::fromStdString(nn::deviceDescription()), this);
  statusBar()->addPermanentWidget(deviceLabel_);

  connect(logBridge_, &LogBridge::message, logPane_, &widgets::LogPane::append);
  connect(loader_, &MediaLoader::started, this, [this](const QString& path) {
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
  });
  connect(loader_, &MediaLoader::loaded, this, &MainWindow::showMedia);
  connect(loader_, &MediaLoader::failed, this, &MainWindow::showError);
  connect(controller_, &CompareController::openFailed, this, &MainWindow::showError);
  connect(controller_, &CompareController::anonymizerChanged, this, [this](const pipeline::AnonymizerConfig& config) {
    showAnonymizerConfig(*modelPanel_, config);
    modelPanel_->setStatus(tr("In use: %1").arg(anonymizerName(config)));
    // Remembered for the next start (the panel's ids, which name down-sampling's factor).
    settings_.setAnonymizer({modelPanel_->method(), modelPanel_->modelFile(), modelPanel_->resolution(),
                             modelPanel_->device(), modelPanel_->precision()});
    if (config.method == "model") {
      settings_.addRecentModel(QString::fromStdString(config.modelPath));
      modelManager_->refreshRecent();
    }
    if (exportDialog_ && !exportQueue_->isRunning()) exportDialog_->setAnonymizer(anonymizerConfig(*modelPanel_));
    log::get("studio")->info("Anonymizing with {} ({}{})", config.method,
                             config.method == "model" ? config.modelPath + ", " : std::string(),
                             config.method == "model" ? std::to_string(config.resolution) + " px, " + config.device + ", " + config.precision
                                                      : std::string("full frame"));
  });
  connect(controller_, &CompareController::anonymizerFailed, this, [this](const QString& message) {
    showAnonymizerConfig(*modelPanel_, controller_->anonymizer());  // the method in force stays
    modelPanel_->setStatus(tr("In use: %1").arg(anonymizerName(controller_->anonymizer())));
    showMessageBox(QStringLiteral("modelErrorBox"), tr("Could not use the model"), message);
  });
  connect(controller_, &CompareController::engineFailed, this, [this](const QString& message) {
    showMessageBox(QStringLiteral("engineErrorBox"), tr("Playback stopped"), message);
  });
  connect(modelPanel_, &widgets::ModelPanel::changed, this, &MainWindow::applyModelPanel);
  connect(modelPanel_, &widgets::ModelPanel::openModelRequested, this, &MainWindow::chooseModel);
  modelPanel_->setCudaUsable(nn::cudaAvailable());
  showAnonymizerConfig(*modelPanel_, controller_->anonymizer());
  modelManager_ = new ModelManager(settings_, *modelManagerView_, this);
  privacyController_ = new PrivacyController(*controller_, *privacyPanel_, this);
  connect(modelManager_, &ModelManager::useRequested, this, &MainWindow::loadModel);
  trainWorkspace_ = new TrainWorkspace(settings_, *trainPage_, this);
  connect(trainWorkspace_, &TrainWorkspace::useModelRequested, this, [this](const QString& path) {
    loadModel(path);
    showPage(Page::Compare);
  });
  evaluateWorkspace_ = new EvaluateWorkspace(*evaluatePage_, this);
  // The model in use is the Evaluate page's default.
  connect(controller_, &CompareController::anonymizerChanged, this, [this](const pipeline::AnonymizerConfig& config) {
    if (config.method == "model") evaluateWorkspace_->setCurrentModel(QString::fromStdString(config.modelPath));
  });
  connect(pages_, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);
  restoreAnonymizer();

  resize(1200, 760);
  // Once the window has its size: room for the privacy panel's plots under the pictures.
  resizeDocks({privacyDock_}, {280}, Qt::Vertical);
  resizeDocks({privacyDock_, modelsDock_}, {780, 420}, Qt::Horizontal);
  restoreGeometry(settings_.windowGeometry());
  restoreState(settings_.windowState());
  setLogLevel(settings_.logLevel());
  retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
  modelPanel_ = new widgets::ModelPanel(this);
  modelPanel_->setObjectName(QStringLiteral("modelPanel"));
  modelDock_ = new QDockWidget(this);
  modelDock_->setObjectName(QStringLiteral("modelDock"));
  modelDock_->setWidget(modelPanel_);
  addDockWidget(Qt::RightDockWidgetArea, modelDock_);

  properties_ = new widgets::PropertyPanel(this);
  properties_->setObjectName(QStringLiteral("propertyPanel"));
  propertiesDock_ = new QDockWidget(this);
  propertiesDock_->setObjectName(QStringLiteral("propertiesDock"));
  propertiesDock_->setWidget(properties_);
  addDockWidget(Qt::RightDockWidgetArea, propertiesDock_);

  // The privacy scores under the pictures, where the analyst looks; the models and the log beside them.
  privacyPanel_ = new widgets::PrivacyPanel(this);
  privacyPanel_->setObjectName(QStringLiteral("privacyPanel"));
  privacyDock_ = new QDockWidget(this);
  privacyDock_->setObjectName(QStringLiteral("privacyDock"));
  privacyDock_->setWidget(privacyPanel_);
  addDockWidget(Qt::BottomDockWidgetArea, privacyDock_);

  modelManagerView_ = new widgets::ModelManagerView(this);
  modelManagerView_->setObjectName(QStringLiteral("modelManager"));
  modelsDock_ = new QDockWidget(this);
  modelsDock_->setObjectName(QStringLiteral("modelsDock"));
  modelsDock_->setWidget(modelManagerView_);
  addDockWidget(Qt::BottomDockWidgetArea, modelsDock_, Qt::Horizontal);

  logPane_ = new widgets::LogPane(this);
  logPane_->setObjectName(QStringLiteral("logPane"));
  logDock_ = new QDockWidget(this);
  logDock_->setObjectName(QStringLiteral("logDock"));
  logDock_->setWidget(logPane_);
  addDockWidget(Qt::BottomDockWidgetArea, logDock_);
  tabifyDockWidget(modelsDock_, logDock_);

  resizeDocks({propertiesDock_, modelDock_}, {340, 340}, Qt::Horizontal);
  resizeDocks({modelDock_, propertiesDock_}, {220, 400}, Qt::Vertical);
}

void MainWindow::restoreAnonymizer() {
  const StudioSettings::Anonymizer saved = settings_.anonymizer();
  const bool modelThere = !saved.modelFile.isEmpty() && QFileInfo::exists(saved.modelFile);
  if (modelThere) modelPanel_->setModelFile(saved.modelFile, QFileInfo(saved.modelFile).fileName());
  if (saved.method != QLatin1String("model") || modelThere) modelPanel_->setMethod(saved.method);
  modelPanel_->setResolution(saved.resolution);
  modelPanel_->setDevice(saved.device);  // CUDA only where it is usable
  modelPanel_->setPrecision(saved.precision);
  const pipeline::AnonymizerConfig config = anonymizerConfig(*modelPanel_);
  const pipeline::AnonymizerConfig& active = controller_->anonymizer();
  if (config.method != active.method || config.modelPath != active.modelPath ||
      config.downsampleFactor != active.downsampleFactor || config.resolution != active.resolution ||
      config.device != active.device || config.precision != active.precision) {
    modelPanel_->setStatus(tr("Preparing %1…").arg(anonymizerName(config)));
    controller_->setAnonymizer(config);
  }
}

ExportDialog* MainWindow::showExportDialog() {
  if (!exportDialog_) {
    exportDialog_ = new ExportDialog(*exportQueue_, settings_, this);
    connect(exportDialog_, &ExportDialog::exportFinished, this, [this](const ExportQueue::Summary& summary) {
      statusBar()->showMessage(summary.error.isEmpty()
                                   ? tr("Export finished: %1 exported, %2 failed").arg(summary.done).arg(summary.failed)
                                   : tr("Export failed: %1").arg(summary.error));
    });
  }
  if (!exportQueue_->isRunning()) {
    exportDialog_->setAnonymizer(anonymizerConfig(*modelPanel_));
    if (!currentFile().isEmpty() && exportDialog_->inputs() != QStringList{currentFile()})
      exportDialog_->setInputs({currentFile()});
  }
  exportDialog_->show();
  exportDialog_->raise();
  exportDialog_->activateWindow();
  return exportDialog_;
}

void MainWindow::createActions() {
  openAction_ = new QAction(this);
  openAction_->setShortcut(QKeySequence::Open);
  connect(openAction_, &QAction::triggered, this, &MainWindow::chooseFile);
  openModelAction_ = new QAction(this);
  openModelAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  connect(openModelAction_, &QAction::triggered, this, &MainWindow::chooseModel);
  exportAction_ = new QAction(this);
  exportAction_->setObjectName(QStringLiteral("exportAction"));
  exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(exportAction_, &QAction::triggered, this, &MainWindow::showExportDialog);
  comparePage_->addPageAction(exportAction_);

  clearRecentAction_ = new QAction(this);
  connect(clearRecentAction_, &QAction::triggered, this, [this] {
    settings_.clearRecentFiles();
    updateRecentMenu();
  });

  quitAction_ = new QAction(this);
  quitAction_->setShortcut(QKeySequence::Quit);
  quitAction_->setMenuRole(QAction::QuitRole);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);

  aboutAction_ = new QAction(this);
  aboutAction_->setMenuRole(QAction::AboutRole);
  connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
  aboutQtAction_ = new QAction(this);
  aboutQtAction_->setMenuRole(QAction::AboutQtRole);
  connect(aboutQtAction_, &QAction::triggered, qApp, &QApplication::aboutQt);
  shortcutsAction_ = new QAction(this);
  shortcutsAction_->setShortcut(QKeySequence::HelpContents);
  connect(shortcutsAction_, &QAction::triggered, this, &MainWindow::showShortcuts);

  languageGroup_ = new QActionGroup(this);
  for (const auto& lang : LanguageManager::available()) {
    auto* action = new QAction(lang.nativeName, languageGroup_);
    action->setCheckable(true);
    action->setData(lang.code);
    action->setChecked(lang.code == languages_.current());
  }
  connect(languageGroup_, &QActionGroup::triggered, this, [this](QAction* action) {
    const QString code = action->data().toString();
    if (!languages_.setLanguage(code)) log::get("studio")->warn("The translation '{}' could not be loaded.", code.toStdString());
    settings_.setLanguage(languages_.current());
  });

  logLevelGroup_ = new QActionGroup(this);
  for (const char* level : {"debug", "info", "warning"}) {
    auto* action = new QAction(logLevelGroup_);
    action->setCheckable(true);
    action->setData(QString::fromLatin1(level));
  }
  connect(logLevelGroup_, &QActionGroup::triggered, this, [this](QAction* action) {
    setLogLevel(action->data().toString());
  });
}

void MainWindow::createMenus() {
  fileMenu_ = menuBar()->addMenu(QString());
  fileMenu_->addAction(openAction_);
  recentMenu_ = fileMenu_->addMenu(QString());
  fileMenu_->addAction(openModelAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(exportAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(quitAction_);

  viewMenu_ = menuBar()->addMenu(QString());
  viewMenu_->addActions(comparePage_->viewActions());
  viewMenu_->addSeparator();
  viewMenu_->addAction(modelDock_->toggleViewAction());
  viewMenu_->addAction(privacyDock_->toggleViewAction());
  viewMenu_->addAction(modelsDock_->toggleViewAction());
  viewMenu_->addAction(propertiesDock_->toggleViewAction());
  viewMenu_->addAction(logDock_->toggleViewAction());

  playbackMenu_ = menuBar()->addMenu(QString());
  playbackMenu_->addActions(comparePage_->playbackActions());

  settingsMenu_ = menuBar()->addMenu(QString());
  languageMenu_ = settingsMenu_->addMenu(QString());
  languageMenu_->addActions(languageGroup_->actions());
  logLevelMenu_ = settingsMenu_->addMenu(QString());
  logLevelMenu_->addActions(logLevelGroup_->actions());

  helpMenu_ = menuBar()->addMenu(QString());
  helpMenu_->addAction(shortcutsAction_);
  helpMenu_->addSeparator();
  helpMenu_->addAction(aboutAction_);
  helpMenu_->addAction(aboutQtAction_);
  updateRecentMenu();
}

void MainWindow::retranslate() {
  pages_->setTabText(pages_->indexOf(comparePage_), tr("Compare"));
  pages_->setTabText(pages_->indexOf(trainPage_), tr("Train"));
  pages_->setTabText(pages_->indexOf(evaluatePage_), tr("Evaluate"));
  fileMenu_->setTitle(tr("&File"));
  recentMenu_->setTitle(tr("Open &Recent"));
  viewMenu_->setTitle(tr("&View"));
  playbackMenu_->setTitle(tr("&Playback"));
  settingsMenu_->setTitle(tr("&Settings"));
  languageMenu_->setTitle(tr("&Language"));
  logLevelMenu_->setTitle(tr("Log &Level"));
  helpMenu_->setTitle(tr("&Help"));
  openAction_->setText(tr("&Open…"));
  openAction_->setStatusTip(tr("Open a video file"));
  openModelAction_->setText(tr("Open &Model…"));
  openModelAction_->setStatusTip(tr("Load an anonymizer model to compare with the original"));
  modelDock_->setWindowTitle(tr("Anonymizer"));
  modelsDock_->setWindowTitle(tr("Models"));
  privacyDock_->setWindowTitle(tr("Privacy"));
  exportAction_->setText(tr("&Export…"));
  exportAction_->setStatusTip(tr("Export anonymized copies of videos or folders"));
  clearRecentAction_->setText(tr("&Clear List"));
  quitAction_->setText(tr("&Quit"));
  aboutAction_->setText(tr("&About SPAct Studio"));
  aboutQtAction_->setText(tr("About &Qt"));
  shortcutsAction_->setText(tr("&Keyboard Shortcuts"));
  propertiesDock_->setWindowTitle(tr("Properties"));
  logDock_->setWindowTitle(tr("Log"));
  const QStringList levelNames = {tr("Debug"), tr("Info"), tr("Warning")};
  for (int i = 0; i < logLevelGroup_->actions().size(); ++i) logLevelGroup_->actions()[i]->setText(levelNames[i]);
  for (QAction* action : languageGroup_->actions()) action->setChecked(action->data().toString() == languages_.current());
  modelPanel_->setStatus(tr("In use: %1").arg(anonymizerName(controller_->anonymizer())));
  if (current_) properties_->setRows(mediaRows(current_->info));
  updateRecentMenu();
  updateWindowTitle();
}

void MainWindow::updateWindowTitle() {
  setWindowTitle(current_ ? tr("%1 — SPAct Studio").arg(QFileInfo(current_->path).fileName()) : tr("SPAct Studio"));
}

void MainWindow::updateRecentMenu() {
  recentMenu_->clear();
  const QStringList files = settings_.recentFiles();
  for (int i = 0; i < files.size(); ++i) {
    const QString path = files[i];
    auto* action = recentMenu_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
    action->setToolTip(path);
    action->setStatusTip(path);
    connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
  }
  if (!files.isEmpty()) recentMenu_->addSeparator();
  recentMenu_->addAction(clearRecentAction_);
  clearRecentAction_->setEnabled(!files.isEmpty());
}

void MainWindow::chooseFile() {
  const QString filter = tr("Videos (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;All files (*)");
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Video"), settings_.lastOpenFolder(), filter);
  if (path.isEmpty()) return;
  settings_.setLastOpenFolder(QFileInfo(path).absolutePath());
  openFile(path);
}

void MainWindow::openFile(const QString& path) {
  log::get("studio")->info("Opening '{}'", path.toStdString());
  loader_->load(path);
}

void MainWindow::showMedia(const std::shared_ptr<const LoadedMedia>& media) {
  current_ = media;
  if (media->info.videoStream) controller_->open(media->path);
  properties_->setRows(mediaRows(media->info));
  settings_.addRecentFile(QFileInfo(media->path).absoluteFilePath());
  updateRecentMenu();
  updateWindowTitle();
  const auto* video = media->info.video();
  const QString summary =
      video ? tr("%1: %2 × %3, %4 frames/s, %5")
                  .arg(QFileInfo(media->path).fileName())
                  .arg(media->info.displayWidth())
                  .arg(media->info.displayHeight())
                  .arg(QLocale().toString(video->frameRate, 'f', 2), formatDuration(media->info.duration))
            : tr("%1: audio only, %2").arg(QFileInfo(media->path).fileName(), formatDuration(media->info.duration));
  statusBar()->showMessage(summary);
  log::get("studio")->info("Opened '{}'", media->path.toStdString());
  Q_EMIT mediaShown(media->path);
}

void MainWindow::showError(const QString& path, const QString& message) {
  log::get("studio")->error("{}", message.toStdString());
  statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
  showMessageBox(QStringLiteral("openErrorBox"), tr("Could not open the file"), message);
  Q_EMIT mediaFailed(path, message);
}

void MainWindow::showMessageBox(const QString& objectName, const QString& title, const QString& message) {
  // Window-modal but not blocking: the event loop (and playback, and tests) go on while it is shown.
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setObjectName(objectName);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

void MainWindow::chooseModel() {
  const QString filter = tr("Models (*.spact *.pth *.pt *.safetensors *.ckpt);;All files (*)");
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), settings_.lastOpenFolder(), filter);
  if (path.isEmpty()) return;
  settings_.setLastOpenFolder(QFileInfo(path).absolutePath());
  loadModel(path);
}

void MainWindow::loadModel(const QString& path) {
  log::get("studio")->info("Loading the model '{}'", path.toStdString());
  pipeline::AnonymizerConfig config = anonymizerConfig(*modelPanel_);
  config.method = "model";
  config.modelPath = path.toStdString();
  // A model runs at the size it was trained at unless the user picks another afterwards.
  if (const int trained = nn::io::trainedResolution(path.toStdString()); trained > 0) config.resolution = trained;
  modelPanel_->setStatus(tr("Loading %1…").arg(QFileInfo(path).fileName()));
  controller_->setAnonymizer(config);
}

void MainWindow::applyModelPanel() {
  const pipeline::AnonymizerConfig config = anonymizerConfig(*modelPanel_);
  modelPanel_->setStatus(tr("Preparing %1…").arg(anonymizerName(config)));
  controller_->setAnonymizer(config);
}

void MainWindow::setLogLevel(const QString& level) {
  const spdlog::level::level_enum spd = level == QLatin1String("debug")     ? spdlog::level::debug
                                        : level == QLatin1String("warning") ? spdlog::level::warn
                                                                            : spdlog::level::info;
  log::setLevel(spd);
  for (QAction* action : logLevelGroup_->actions()) action->setChecked(action->data().toString() == level);
  settings_.setLogLevel(level);
}

void MainWindow::showAbout() {
  const About a = about();
  const QString notBuilt = tr("not in this build");
  const QString text =
      tr("<h3>SPAct Studio %1</h3>"
         "<p>Privacy-preserving action recognition: a learned anonymizer removes private attributes "
         "from video while keeping what an action recogniser needs (Dave, Chen and Shah, "
         "<i>SPAct: Self-supervised Privacy Preservation for Action Recognition</i>, CVPR 2022).</p>"
         "<table><tr><td>LibTorch</td><td>%2</td></tr><tr><td>FFmpeg</td><td>%3</td></tr>"
         "<tr><td>OpenCV</td><td>%4</td></tr><tr><td>Qt</td><td>%5</td></tr>"
         "<tr><td>CUDA</td><td>%6</td></tr><tr><td>%7</td><td>%8</td></tr></table>"
         "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
          .arg(QString::fromStdString(a.spact), QString::fromStdString(a.libtorch),
               a.ffmpeg.empty() ? notBuilt : QString::fromStdString(a.ffmpeg),
               a.opencv.empty() ? notBuilt : QString::fromStdString(a.opencv), QString::fromLatin1(qVersion()),
               a.cudaUsable ? tr("usable (%n device(s))", nullptr, a.cudaDevices) : tr("not usable"), tr("Device"),
               QString::fromStdString(a.device));
  QMessageBox::about(this, tr("About SPAct Studio"), text);
}

QString MainWindow::shortcutsTable() const {
  QString rows;
  QList<QAction*> actions = {openAction_, openModelAction_, exportAction_, quitAction_, shortcutsAction_};
  actions += comparePage_->playbackActions();
  actions += comparePage_->viewActions();
  static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&"));  // "&Open", "打开(&O)"
  for (QAction* action : actions) {
    QString name = action->text();
    name.remove(mnemonic);
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts()) keys << key.toString(QKeySequence::NativeText);
    keys.removeDuplicates();
    rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(), name.toHtmlEscaped());
  }
  rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
              .arg(tr("Wheel, drag").toHtmlEscaped(), tr("Zoom and pan both pictures together").toHtmlEscaped());
  return QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows);
}

void MainWindow::showShortcuts() { QMessageBox::information(this, tr("Keyboard Shortcuts"), shortcutsTable()); }

void MainWindow::showPage(Page page) {
  pages_->setCurrentWidget(page == Page::Train      ? static_cast<QWidget*>(trainPage_)
                           : page == Page::Evaluate ? static_cast<QWidget*>(evaluatePage_)
                                                    : comparePage_);
}

MainWindow::Page MainWindow::currentPage() const {
  if (pages_->currentWidget() == trainPage_) return Page::Train;
  if (pages_->currentWidget() == evaluatePage_) return Page::Evaluate;
  return Page::Compare;
}

void MainWindow::pageChanged() {
  // The docks serve the compare page: hidden while another page shows, back as they were after.
  if (currentPage() == Page::Compare) {
    for (QDockWidget* dock : pageHiddenDocks_) dock->show();
    pageHiddenDocks_.clear();
    return;
  }
  for (QDockWidget* dock : findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
    if (!dock->isHidden()) {  // also before the window is first shown
      pageHiddenDocks_ << dock;
      dock->hide();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!trainWorkspace_->confirmClose(this)) {
    event->ignore();
    return;
  }
  for (QDockWidget* dock : pageHiddenDocks_) dock->show();  // the layout saved is the compare page's
  pageHiddenDocks_.clear();
  settings_.setWindowLayout(saveGeometry(), saveState());
  event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  for (const QUrl& url : event->mimeData()->urls()) {
    if (url.isLocalFile()) {
      if (isModelFile(url.toLocalFile())) loadModel(url.toLocalFile());
      else openFile(url.toLocalFile());
      event->acceptProposedAction();
      return;  // one video at a time
    }
  }
}

}  // namespace spact::studio
