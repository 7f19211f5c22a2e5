#include "train_controller.h"

namespace spact::studio {

TrainController::TrainController(QObject* parent) : QObject(parent) {
  engine_ = new TrainEngine;  // no parent: it moves to the engine thread, deleted in ~TrainController
  engine_->moveToThread(&thread_);
  thread_.setObjectName(QStringLiteral("spact-train-engine"));
  connect(engine_, &TrainEngine::eventLogged, this, [this](const QJsonObject& e) {
    if (state_ == State::Starting) setState(State::Running);
    Q_EMIT eventLogged(e);
  });
  connect(engine_, &TrainEngine::progress, this, &TrainController::progress);
  connect(engine_, &TrainEngine::pauseChanged, this, [this](bool paused) {
    if (state_ == State::Stopping || state_ == State::Idle) return;
    if (paused) setState(State::Paused);
    else if (state_ == State::Paused) setState(State::Running);
  });
  connect(engine_, &TrainEngine::finished, this, [this](TrainEngine::End end, const QString& message) {
    switches_.reset();
    setState(State::Idle);
    Q_EMIT finished(end, message);
  });
  thread_.start();
}

TrainController::~TrainController() {
  if (switches_) switches_->stop();
  thread_.quit();
  thread_.wait();  // a run under way writes its checkpoint first
  delete engine_;
}

bool TrainController::start(const TrainJob& job) {
  if (isRunning()) return false;
  switches_ = std::make_shared<TrainSwitches>();
  runDir_ = job.runDir;
  setState(State::Starting);
  QMetaObject::invokeMethod(
      engine_, [e = engine_, job, s = switches_] { e->run(job, s); }, Qt::QueuedConnection);
  return true;
}

void TrainController::pause() {
  if (!switches_ || (state_ != State::Running && state_ != State::Starting)) return;
  switches_->pause();
  setState(State::Pausing);
}

void TrainController::resume() {
  if (!switches_ || (state_ != State::Paused && state_ != State::Pausing)) return;
  switches_->resume();
  setState(State::Running);
}

void TrainController::stop() {
  if (!switches_ || state_ == State::Stopping) return;
  switches_->stop();
  setState(State::Stopping);
}

void TrainController::setState(State state) {
  if (state == state_) return;
  state_ = state;
  Q_EMIT stateChanged(state);
}

}  // namespace spact::studio
