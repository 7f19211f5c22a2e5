#pragma once
// The studio's main window: menus, the picture, the privacy scores, the file's properties, the log,
// the status bar.
#include <QMainWindow>
#include <memory>
#include <optional>

#include "media_loader.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace spact::widgets {
class LogPane;
class ModelManagerView;
class ModelPanel;
class PrivacyPanel;
class PropertyPanel;
class EvaluatePage;
class TrainPage;
}  // namespace spact::widgets

namespace spact::studio {

class CompareController;
class ComparePage;
class ExportDialog;
class ExportQueue;
class ModelManager;
class LanguageManager;
class PrivacyController;
class LogBridge;
class StudioSettings;
class TrainWorkspace;
class EvaluateWorkspace;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  MainWindow(StudioSettings& settings, LanguageManager& languages, QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens a video (or audio) file: loads it in the background, shows its properties and plays
  // it in the compare player; a file that cannot be read is reported, and what was shown stays.
  void openFile(const QString& path);
  // Makes a model file's anonymizer the method; a file that cannot be loaded is reported and the
  // method in force stays.
  void loadModel(const QString& path);

  ComparePage* comparePage() const { return comparePage_; }
  CompareController* compareController() const { return controller_; }
  widgets::ModelPanel* modelPanel() const { return modelPanel_; }
  widgets::PropertyPanel* propertyPanel() const { return properties_; }
  widgets::LogPane* logPane() const { return logPane_; }
  MediaLoader* loader() const { return loader_; }
  ExportQueue* exportQueue() const { return exportQueue_; }
  // File ▸ Export…: the dialog, with the video shown and the model panel's method filled in.
  ExportDialog* showExportDialog();
  ModelManager* modelManager() const { return modelManager_; }
  widgets::ModelManagerView* modelManagerView() const { return modelManagerView_; }
  QDockWidget* modelsDock() const { return modelsDock_; }
  // The privacy panel (a dock under the pictures) and its controller, which scores in the background.
  widgets::PrivacyPanel* privacyPanel() const { return privacyPanel_; }
  PrivacyController* privacyController() const { return privacyController_; }
  QDockWidget* privacyDock() const { return privacyDock_; }
  // What Help ▸ Keyboard Shortcuts lists: each key and what it does, as an HTML table.
  QString shortcutsTable() const;
  QString currentFile() const { return current_ ? current_->path : QString(); }

  // The pages, as tabs over the window's middle: Compare (the default, with its docks), Train and
  // Evaluate.
  enum class Page { Compare, Train, Evaluate };
  void showPage(Page page);
  Page currentPage() const;
  widgets::TrainPage* trainPage() const { return trainPage_; }
  TrainWorkspace* trainWorkspace() const { return trainWorkspace_; }
  widgets::EvaluatePage* evaluatePage() const { return evaluatePage_; }
  EvaluateWorkspace* evaluateWorkspace() const { return evaluateWorkspace_; }

Q_SIGNALS:
  void mediaShown(const QString& path);
  void mediaFailed(const QString& path, const QString& message);

protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

private:
  void createActions();
  void createMenus();
  void createDocks();
  void retranslate();
  void updateRecentMenu();
  void updateWindowTitle();
  void showMedia(const std::shared_ptr<const LoadedMedia>& media);
  void showError(const QString& path, const QString& message);
  void showMessageBox(const QString& objectName, const QString& title, const QString& message);
  void chooseModel();
  void applyModelPanel();
  void restoreAnonymizer();
  void chooseFile();
  void setLogLevel(const QString& level);
  void showAbout();
  void showShortcuts();
  void pageChanged();

  StudioSettings& settings_;
  LanguageManager& languages_;
  MediaLoader* loader_ = nullptr;
  LogBridge* logBridge_ = nullptr;
  std::shared_ptr<const LoadedMedia> current_;

  CompareController* controller_ = nullptr;
  ComparePage* comparePage_ = nullptr;
  widgets::ModelPanel* modelPanel_ = nullptr;
  QDockWidget* modelDock_ = nullptr;
  widgets::ModelManagerView* modelManagerView_ = nullptr;
  ModelManager* modelManager_ = nullptr;
  QDockWidget* modelsDock_ = nullptr;
  widgets::PrivacyPanel* privacyPanel_ = nullptr;
  PrivacyController* privacyController_ = nullptr;
  QDockWidget* privacyDock_ = nullptr;
  ExportQueue* exportQueue_ = nullptr;
  ExportDialog* exportDialog_ = nullptr;
  widgets::PropertyPanel* properties_ = nullptr;
  widgets::LogPane* logPane_ = nullptr;
  QDockWidget* propertiesDock_ = nullptr;
  QDockWidget* logDock_ = nullptr;
  QLabel* deviceLabel_ = nullptr;
  QTabWidget* pages_ = nullptr;
  widgets::TrainPage* trainPage_ = nullptr;
  TrainWorkspace* trainWorkspace_ = nullptr;
  widgets::EvaluatePage* evaluatePage_ = nullptr;
  EvaluateWorkspace* evaluateWorkspace_ = nullptr;
  QList<QDockWidget*> pageHiddenDocks_;  // the compare page's docks, hidden while another page shows

  QMenu* fileMenu_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QMenu* settingsMenu_ = nullptr;
  QMenu* languageMenu_ = nullptr;
  QMenu* logLevelMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* playbackMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  QAction* openAction_ = nullptr;
  QAction* openModelAction_ = nullptr;
  QAction* exportAction_ = nullptr;
  QAction* clearRecentAction_ = nullptr;
  QAction* quitAction_ = nullptr;
  QAction* aboutAction_ = nullptr;
  QAction* aboutQtAction_ = nullptr;
  QAction* shortcutsAction_ = nullptr;
  QActionGroup* languageGroup_ = nullptr;
  QActionGroup* logLevelGroup_ = nullptr;
};

}  // namespace spact::studio
