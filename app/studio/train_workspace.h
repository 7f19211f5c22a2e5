#pragma once
// The Train page's controller: it fills the set-up from the configuration (presets, devices, the
// generated form) and checks it as it is edited — the data sets are inspected in the background
// as soon as they are named, impossible values are refused in the form — starts, pauses, resumes
// and stops runs through TrainController, remembers runs in the settings, shows a run (its own,
// one read back, one `spact train` is writing) by following its events.jsonl, and acts on the
// checkpoints: use one as the current model, export it. Closing the window while a run trains
// asks what to do with it.
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include "data_picker.h"
#include "run_events.h"
#include "train_engine.h"
#include "training_monitor.h"

class QWidget;

namespace spact::widgets {
class TrainPage;
}

namespace spact::studio {

class RunPresenter;
class StudioSettings;
class TrainController;

class TrainWorkspace : public QObject {
  Q_OBJECT
 public:
  TrainWorkspace(StudioSettings& settings, widgets::TrainPage& page, QObject* parent = nullptr);
  ~TrainWorkspace() override;

  TrainController* controller() const { return controller_; }
  RunPresenter* presenter() const { return presenter_; }

  // Starts a run with the page's data, preset, device, precision, folder and form; false with the
  // reason on the page.
  bool start();
  // Continues a stopped or interrupted run from its last checkpoint, with its own configuration
  // and data; false with the reason in a message.
  bool resumeRun(const QString& root);
  // Shows a run: its curves, log and checkpoints, read from its events and followed while they grow.
  bool openRun(const QString& root);
  QString shownRun() const { return shown_; }
  // Copies a checkpoint to `destination` in the background; exported() tells how it went.
  void exportCheckpoint(const QString& source, const QString& destination);
  // Where a new run goes unless the user says otherwise: a fresh, dated folder.
  QString newRunFolder() const;
  void refreshRuns();
  // Inspecting a data set or exporting: a screenshot waits for it.
  bool isBusy() const { return inspecting_ > 0 || exporting_ > 0; }
  // The window is closing: while a run trains, asks whether to stop it with a checkpoint, keep it
  // training in the background (the application quits when it ends) or not close. True: close.
  bool confirmClose(QWidget* parent);

  // What a data set holds, or why it cannot be used (on any thread; the Evaluate page uses it too).
  struct Inspection {
    bool usable = false;
    widgets::DataSummary summary;
    QString problem;
  };
  static Inspection inspectData(const QString& spec, bool action);

 Q_SIGNALS:
  void useModelRequested(const QString& path);
  void runShown(const QString& root);
  void dataChecked(bool action, bool usable);
  void exported(const QString& destination, bool ok, const QString& message);
  void trainingFinished(spact::studio::TrainEngine::End end, const QString& message);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void inspect(bool action, const QString& spec);
  void fillChoices();
  void applyPreset(const QString& id);
  void validateSetup();
  void saveChoices();
  void poll();
  void updateMonitorState();
  void updateCheckpoints();
  void onFinished(TrainEngine::End end, const QString& message);
  void chooseExport(const QString& checkpoint);
  void showMessage(const QString& title, const QString& text);
  bool isLive(const QString& root) const;

  StudioSettings& settings_;
  widgets::TrainPage& page_;
  TrainController* controller_ = nullptr;
  RunPresenter* presenter_ = nullptr;
  EventReader reader_;
  QTimer follow_;
  QString shown_;       // the run the monitor shows
  QString live_;        // the run training here (or the last one)
  std::optional<TrainEngine::End> liveEnd_;
  QString liveEndMessage_;
  quint64 generation_[2] = {0, 0};  // per picker: action, privacy
  int inspecting_ = 0;
  int exporting_ = 0;
  QString problemKey_;  // the form field the last configuration check marked
  QString lastEdited_;  // the form field edited last
};

}  // namespace spact::studio
