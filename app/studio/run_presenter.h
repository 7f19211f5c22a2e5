#pragma once
// Turns a run's events (events.jsonl, as the trainer logs them) into what the Train page shows:
// loss and validation points and phase markers on the curves, the per-attribute AP, the sample
// grid, the phase, position, throughput and ETA, the run's log, and its checkpoints with their
// validation results. The same for a run trained here, one read back and one followed while
// `spact train` writes it: the page is fed from the file in every case.
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <optional>

#include "run_browser.h"
#include "run_events.h"

namespace spact::widgets {
class TrainingMonitor;
}

namespace spact::studio {

class RunPresenter : public QObject {
  Q_OBJECT
 public:
  explicit RunPresenter(widgets::TrainingMonitor& monitor, QObject* parent = nullptr);

  // Shows another run (or the same one from its start): everything shown goes.
  void reset(const QString& root);
  QString root() const { return root_; }
  void add(const QJsonObject& event);
  // Live progress within the phase (throttled by the engine).
  void progress(const QString& stage, qint64 done, qint64 total);
  // The ETA's clock restarts after a pause.
  void pauseChanged(bool paused);

  RunDigest::Status status() const { return status_; }
  QString failure() const { return failure_; }
  qint64 step() const { return step_; }
  int eventCount() const { return events_; }
  QList<widgets::CheckpointRow> checkpoints() const;

 private:
  struct Validation {
    qint64 step = 0;
    double top1 = 0;
    std::optional<double> cmap;
  };
  struct Checkpoint {
    int epoch = -1;
    qint64 step = 0;
    QString file;  // the kept file's name in checkpoints/
  };
  void log(const QJsonObject& e, const QString& text);
  void updateEta(qint64 done, qint64 total, double now);
  QString phaseTitle(const QString& phase) const;
  QString phaseMarker(const QString& phase) const;

  widgets::TrainingMonitor& monitor_;
  QString root_;
  int events_ = 0;
  RunDigest::Status status_ = RunDigest::Status::NoEvents;
  QString failure_;
  qint64 step_ = 0;
  QString phase_;
  qint64 phaseEpochs_ = 0, stepsPerEpoch_ = 0;
  double etaAnchorTime_ = -1;
  qint64 etaAnchorDone_ = 0;
  QHash<int, Validation> validations_;  // by minimax epoch
  QHash<QString, double> rawAp_;        // by attribute, on raw data
  QList<Checkpoint> kept_;
  int bestEpoch_ = -1;
  qint64 lastCheckpointStep_ = -1;
  QString lastCheckpointPhase_;
};

}  // namespace spact::studio
