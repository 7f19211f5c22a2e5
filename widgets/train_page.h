#pragma once
// The Train page: on the left a new run's set-up and the list of runs with their checkpoints, on
// the right the monitor of the run shown (live, or read back). Composition only: the parts are
// views the application drives.
#include <QWidget>

class QSplitter;
class QTabWidget;

namespace spact::widgets {

class RunBrowser;
class TrainSetupView;
class TrainingMonitor;

class TrainPage : public QWidget {
  Q_OBJECT
 public:
  explicit TrainPage(QWidget* parent = nullptr);

  TrainSetupView* setup() const { return setup_; }
  RunBrowser* runs() const { return runs_; }
  TrainingMonitor* monitor() const { return monitor_; }
  void showSetup();
  void showRuns();
  bool isShowingRuns() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QSplitter* split_ = nullptr;
  QTabWidget* side_ = nullptr;
  TrainSetupView* setup_ = nullptr;
  RunBrowser* runs_ = nullptr;
  TrainingMonitor* monitor_ = nullptr;
};

}  // namespace spact::widgets
