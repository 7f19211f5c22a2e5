#include "evaluate_controller.h"

namespace spact::studio {

EvaluateController::EvaluateController(QObject* parent) : QObject(parent) {
  engine_ = new EvaluateEngine;  // no parent: it moves to the engine thread, deleted in ~EvaluateController
  engine_->moveToThread(&thread_);
  thread_.setObjectName(QStringLiteral("spact-eval-engine"));
  connect(engine_, &EvaluateEngine::eventLogged, this, &EvaluateController::eventLogged);
  connect(engine_, &EvaluateEngine::progress, this, &EvaluateController::progress);
  connect(engine_, &EvaluateEngine::finished, this,
          [this](EvaluateEngine::End end, const QString& message, const QJsonObject& report) {
            running_ = false;
            Q_EMIT runningChanged(false);
            Q_EMIT finished(end, message, report);
          });
  thread_.start();
}

EvaluateController::~EvaluateController() {
  stop_.request_stop();
  thread_.quit();
  thread_.wait();  // the row under way ends at its next progress report
  delete engine_;
}

bool EvaluateController::start(const EvalJob& job) {
  if (running_) return false;
  stop_ = std::stop_source();
  running_ = true;
  Q_EMIT runningChanged(true);
  QMetaObject::invokeMethod(
      engine_, [e = engine_, job, token = stop_.get_token()] { e->run(job, token); }, Qt::QueuedConnection);
  return true;
}

void EvaluateController::stop() {
  if (running_) stop_.request_stop();
}

}  // namespace spact::studio
