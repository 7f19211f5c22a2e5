#pragma once
// The training worker. It lives on TrainController's thread, opens the data and runs
// train::runTraining there (the thread is the run's for as long as it lasts) and turns what the
// trainer reports into signals, queued to the GUI: every event it logs (events.jsonl is written
// and flushed first), its progress (throttled) and its pauses. Pause and stop are not queued
// calls: the GUI sets them on TrainSwitches, which the trainer's progress callback consults after
// every step; a pause waits right there, between two steps, so nothing is lost, and a stop (also
// from a pause) makes the trainer write a checkpoint and return. Both take effect after the step
// (or the validation) under way.
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>

#include "train/train_config.h"

namespace spact::studio {

class TrainSwitches {
 public:
  void pause();
  void resume();
  void stop();  // ends a pause too
  bool stopRequested() const { return stop_.stop_requested(); }
  bool pauseRequested() const;
  // On the worker, between two steps: waits while a pause is asked for (`onPause(true)` before,
  // `onPause(false)` after); false once a stop is asked for.
  bool between(const std::function<void(bool)>& onPause);

 private:
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool paused_ = false;
  std::stop_source stop_;
};

struct TrainJob {
  train::TrainConfig config;
  QString actionData, privacyData;  // folders or "synth:…" (train/train_data.h)
  QString runDir;
  bool resume = false;  // continue the run in runDir from its last checkpoint
};

class TrainEngine : public QObject {
  Q_OBJECT
 public:
  enum class End { Finished, Stopped, Failed };
  Q_ENUM(End)

  using QObject::QObject;

  // On the engine's thread; returns when the run has finished, stopped or failed.
  void run(const TrainJob& job, const std::shared_ptr<TrainSwitches>& switches);

 Q_SIGNALS:
  void eventLogged(const QJsonObject& event);
  void progress(const QString& stage, qint64 done, qint64 total);
  void pauseChanged(bool paused);
  void finished(spact::studio::TrainEngine::End end, const QString& message);
};

}  // namespace spact::studio
