#pragma once
// What a training run is doing, live or read back: its name and state, pause/resume/stop, the
// phase and position, throughput and ETA, the curves, the latest original/anonymized sample grid
// and the run's log. A view: the application fills it in from the run's events.
#include <QImage>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace spact::widgets {

class FrameView;
class TrainingCurves;

class TrainingMonitor : public QWidget {
  Q_OBJECT
 public:
  enum class RunState {
    None,       // no run shown
    Starting,   // opening the data, building the networks
    Running,
    Pausing,    // asked to pause: the step under way finishes first
    Paused,
    Stopping,   // asked to stop: the step under way finishes, then a checkpoint is written
    Finished,
    Stopped,    // stopped with a checkpoint; it can be resumed
    Failed,
    Elsewhere,  // a run another process (spact train) is writing; followed as it goes
    Interrupted // the run ended without saying so (killed): it resumes from its last checkpoint
  };
  Q_ENUM(RunState)

  explicit TrainingMonitor(QWidget* parent = nullptr);

  void setRun(const QString& name, const QString& path);
  void setRunState(RunState state, const QString& detail = QString());
  RunState runState() const { return state_; }
  QString stateText() const;
  // Free text the application composes: "Minimax (phase 5 of 5)", "Epoch 3 of 6 · step 120", …
  void setPhase(const QString& text);
  void setPosition(const QString& text);
  void setThroughput(const QString& text);
  void setEta(const QString& text);
  QString etaText() const;
  QString throughputText() const;
  void setProgress(double fraction);  // in [0, 1]; negative hides the bar
  void setSamples(const QImage& grid, const QString& caption);
  QImage samples() const;
  void appendLog(const QString& line);
  void clearLog();
  QString logText() const;

  TrainingCurves* curves() const { return curves_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* resumeButton() const { return resume_; }
  QPushButton* stopButton() const { return stop_; }

 Q_SIGNALS:
  void pauseRequested();
  void resumeRequested();
  void stopRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateButtons();

  QLabel* title_ = nullptr;
  QLabel* stateLabel_ = nullptr;
  QPushButton* pause_ = nullptr;
  QPushButton* resume_ = nullptr;
  QPushButton* stop_ = nullptr;
  QLabel* phase_ = nullptr;
  QLabel* position_ = nullptr;
  QLabel* throughput_ = nullptr;
  QLabel* eta_ = nullptr;
  QProgressBar* progress_ = nullptr;
  TrainingCurves* curves_ = nullptr;
  FrameView* samples_ = nullptr;
  QLabel* samplesCaption_ = nullptr;
  QLabel* samplesTitle_ = nullptr;
  QLabel* logTitle_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  RunState state_ = RunState::None;
  QString detail_;
  QString name_, path_;
};

}  // namespace spact::widgets
