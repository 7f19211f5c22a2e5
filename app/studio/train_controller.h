#pragma once
// The training facade on the GUI thread: it starts the engine worker (TrainEngine) on its own
// thread, hands it one run at a time, and relays what it reports as signals; pause, resume and
// stop go straight to the run's switches (atomics and a condition variable, never the queue).
// Destroying it stops a run under way with a checkpoint and waits for it.
#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <memory>

#include "train_engine.h"

namespace spact::studio {

class TrainController : public QObject {
  Q_OBJECT
 public:
  enum class State { Idle, Starting, Running, Pausing, Paused, Stopping };
  Q_ENUM(State)

  explicit TrainController(QObject* parent = nullptr);
  ~TrainController() override;

  // False (and nothing happens) while a run is under way.
  bool start(const TrainJob& job);
  void pause();
  void resume();
  void stop();  // with a checkpoint, after the step under way

  State state() const { return state_; }
  bool isRunning() const { return state_ != State::Idle; }
  QString runDir() const { return runDir_; }

 Q_SIGNALS:
  void stateChanged(spact::studio::TrainController::State state);
  void eventLogged(const QJsonObject& event);
  void progress(const QString& stage, qint64 done, qint64 total);
  void finished(spact::studio::TrainEngine::End end, const QString& message);

 private:
  void setState(State state);

  QThread thread_;
  TrainEngine* engine_ = nullptr;  // lives on thread_; deleted after it stops
  std::shared_ptr<TrainSwitches> switches_;
  State state_ = State::Idle;
  QString runDir_;
};

}  // namespace spact::studio
