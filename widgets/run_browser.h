#pragma once
// The training runs the studio knows (opened or started here, remembered between sessions) and
// the checkpoints of the run shown: each with its validation action top-1 and privacy cMAP, so
// one can be chosen on the trade-off and used as the current model or exported. A view: the
// application lists the runs and checkpoints and acts on the requests.
#include <QList>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace spact::widgets {

struct RunRow {
  QString path;
  QString name;
  QString status;   // "finished", "stopped at step 120", … as the application words it
  QString metrics;  // the latest validation, e.g. "top-1 62 %, cMAP 48 %"
  bool resumable = false;
};

struct CheckpointRow {
  QString path;
  QString label;  // "epoch 3", "last", …
  int epoch = -1;  // the minimax epoch it was written after; -1: not an epoch checkpoint
  qint64 step = 0;
  std::optional<double> actionTop1, privacyCmap;  // in [0, 1]
  bool best = false;
};

class RunBrowser : public QWidget {
  Q_OBJECT
 public:
  explicit RunBrowser(QWidget* parent = nullptr);

  void setRuns(const QList<RunRow>& runs);  // the selection stays on the same path
  int runCount() const;
  QString selectedRun() const;
  void selectRun(const QString& path);  // without runActivated
  // The run whose checkpoints are listed (and whose curves the page shows).
  void setCheckpoints(const QString& run, const QList<CheckpointRow>& checkpoints);
  int checkpointCount() const;
  QString selectedCheckpoint() const;
  void selectCheckpoint(const QString& path);
  bool selectEpoch(int epoch);  // the checkpoint written after that epoch; false: none
  // Whether a run is training here (no second run is started or resumed meanwhile).
  void setBusy(bool busy);

  QPushButton* openButton() const { return open_; }
  QPushButton* resumeButton() const { return resume_; }
  QPushButton* useButton() const { return use_; }
  QPushButton* exportButton() const { return export_; }

 Q_SIGNALS:
  void openRequested(const QString& folder);  // from Open Run…
  void runActivated(const QString& path);
  void removeRequested(const QString& path);
  void resumeRequested(const QString& path);
  void checkpointChosen(const QString& path, int epoch);
  void useRequested(const QString& path);
  void exportRequested(const QString& path);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateButtons();

  QLabel* runsTitle_ = nullptr;
  QTreeWidget* runs_ = nullptr;
  QPushButton* open_ = nullptr;
  QPushButton* remove_ = nullptr;
  QPushButton* resume_ = nullptr;
  QLabel* checkpointsTitle_ = nullptr;
  QTreeWidget* checkpoints_ = nullptr;
  QPushButton* use_ = nullptr;
  QPushButton* export_ = nullptr;
  QList<RunRow> runRows_;
  QList<CheckpointRow> checkpointRows_;
  QString checkpointRun_;
  bool busy_ = false;
};

}  // namespace spact::widgets
