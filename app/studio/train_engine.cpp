#include "train_engine.h"

#include <QJsonDocument>
#include <chrono>
#include <exception>

#include "train/train_data.h"
#include "train/trainer.h"
#include "util/log.h"

namespace spact::studio {

void TrainSwitches::pause() {
  const std::lock_guard lock(mutex_);
  paused_ = true;
}

void TrainSwitches::resume() {
  {
    const std::lock_guard lock(mutex_);
    paused_ = false;
  }
  wake_.notify_all();
}

void TrainSwitches::stop() {
  {
    const std::lock_guard lock(mutex_);
    stop_.request_stop();
  }
  wake_.notify_all();
}

bool TrainSwitches::pauseRequested() const {
  const std::lock_guard lock(mutex_);
  return paused_;
}

bool TrainSwitches::between(const std::function<void(bool)>& onPause) {
  std::unique_lock lock(mutex_);
  if (paused_ && !stop_.stop_requested()) {
    lock.unlock();
    onPause(true);
    lock.lock();
    wake_.wait(lock, [this] { return !paused_ || stop_.stop_requested(); });
    lock.unlock();
    onPause(false);
    lock.lock();
  }
  return !stop_.stop_requested();
}

namespace {

QJsonObject toQt(const config::Json& event) {
  return QJsonDocument::fromJson(QByteArray::fromStdString(event.dump(-1, ' ', false, config::Json::error_handler_t::replace)))
      .object();
}

}  // namespace

void TrainEngine::run(const TrainJob& job, const std::shared_ptr<TrainSwitches>& switches) {
  // No exception leaves this thread: what the engine does not turn into an error value is caught here.
  try {
    auto data = train::openTrainData(job.actionData.toStdString(), job.privacyData.toStdString(), job.config.data.split);
    if (!data) {
      Q_EMIT finished(End::Failed, QString::fromStdString(data.error().message));
      return;
    }
    train::TrainRequest request;
    request.config = job.config;
    request.data = std::move(*data);
    request.runDir = job.runDir.toStdString();
    request.resume = job.resume;
    request.onEvent = [this](const config::Json& e) { Q_EMIT eventLogged(toQt(e)); };

    using Clock = std::chrono::steady_clock;
    Clock::time_point lastProgress{};
    // No stop token: a stop is answered from this callback, after a step, where the trainer writes
    // a checkpoint first. (Validation polls the token and, stopped there, would end the run
    // without one.)
    JobControl control(std::stop_token{}, [&](const Progress& p) {
      const auto now = Clock::now();
      if (now - lastProgress >= std::chrono::milliseconds(100) || p.done == p.total) {
        lastProgress = now;
        Q_EMIT progress(QString::fromStdString(p.stage), p.done, p.total);
      }
      return switches->between([this](bool paused) { Q_EMIT pauseChanged(paused); });
    });
    auto outcome = train::runTraining(request, control);
    if (outcome) Q_EMIT finished(End::Finished, QString());
    else if (outcome.error().isCancelled()) Q_EMIT finished(End::Stopped, QString::fromStdString(outcome.error().message));
    else Q_EMIT finished(End::Failed, QString::fromStdString(outcome.error().message));
  } catch (const std::exception& e) {
    log::get("train")->error("Training failed: {}", e.what());
    Q_EMIT finished(End::Failed, QString::fromUtf8(e.what()));
  }
}

}  // namespace spact::studio
