#include "compare_controller.h"

#include <algorithm>
#include <cmath>

#include "compare_engine.h"
#include "util/log.h"

namespace spact::studio {
namespace {
constexpr double minSpeed = 0.25, maxSpeed = 4.0;
}  // namespace

CompareController::CompareController(QObject* parent) : QObject(parent) {
  engine_ = new CompareEngine;  // no parent: it moves to the engine thread, deleted in ~CompareController
  engine_->moveToThread(&thread_);
  thread_.setObjectName(QStringLiteral("spact-compare-engine"));
  connect(engine_, &CompareEngine::opened, this, &CompareController::onOpened);
  connect(engine_, &CompareEngine::openFailed, this, [this](quint64, const QString& path, const QString& message) {
    --opening_;
    Q_EMIT openFailed(path, message);
  });
  connect(engine_, &CompareEngine::frameReady, this, &CompareController::onFrameReady);
  connect(engine_, &CompareEngine::anonymizerReady, this, &CompareController::onAnonymizerReady);
  connect(engine_, &CompareEngine::anonymizerFailed, this, &CompareController::onAnonymizerFailed);
  connect(engine_, &CompareEngine::endFound, this, [this](quint64 video, qint64 count) {
    if (video != video_ || count >= frameCount_ || count <= 0) return;
    frameCount_ = count;
    Q_EMIT frameCountChanged(count);
    if (playhead_ >= count) seek(count - 1);
  });
  connect(engine_, &CompareEngine::timeFound, this, [this](quint64 video, qint64 index) {
    if (video == video_) seek(index);
  });
  connect(engine_, &CompareEngine::workFailed, this, [this](const QString& message) {
    pause();
    log::get("studio")->error("{}", message.toStdString());
    Q_EMIT engineFailed(message);
  });
  thread_.start();

  timer_.setTimerType(Qt::PreciseTimer);
  connect(&timer_, &QTimer::timeout, this, &CompareController::tick);
  active_.method = "blur";  // until told otherwise; the engine gets the same below
  setAnonymizer(active_);
}

CompareController::~CompareController() {
  thread_.quit();
  thread_.wait();  // the engine finishes the batch it is on
  delete engine_;
}

void CompareController::open(const QString& path) {
  const quint64 generation = nextGeneration_++;
  lastOpen_ = generation;
  ++opening_;
  QMetaObject::invokeMethod(
      engine_, [e = engine_, generation, path] { e->open(generation, path); }, Qt::QueuedConnection);
}

void CompareController::setAnonymizer(const pipeline::AnonymizerConfig& config) {
  const quint64 generation = nextGeneration_++;
  requested_[generation] = config;
  ++anonymizerRequests_;
  QMetaObject::invokeMethod(
      engine_, [e = engine_, generation, config] { e->setAnonymizer(generation, config); }, Qt::QueuedConnection);
}

bool CompareController::isSettled() const {
  return hasVideo() && opening_ == 0 && anonymizerRequests_ == 0 && current_.index == playhead_ &&
         current_.generation == accepted_;
}

void CompareController::onOpened(quint64 generation, const QString& path, qint64 frameCount, double frameRate,
                                 double duration, int ahead, int behind) {
  --opening_;
  pause();
  path_ = path;
  frameCount_ = frameCount;
  frameRate_ = frameRate;
  duration_ = duration;
  window_ = {ahead, behind};
  accepted_ = video_ = generation;
  cache_.clear();
  current_ = {};
  playhead_ = 0;
  direction_ = 1;
  // Play heads sent for the previous video may have reached the engine after it opened this one.
  QMetaObject::invokeMethod(
      engine_, [e = engine_] { e->setPlayhead(0, 1); }, Qt::QueuedConnection);
  Q_EMIT opened(path, frameCount, frameRate, duration);
  Q_EMIT frameCountChanged(frameCount);
}

void CompareController::onAnonymizerReady(quint64 generation) {
  --anonymizerRequests_;
  active_ = requested_[generation];
  requested_.erase(generation);
  // Everything prepared with the old method goes; what is shown stays until its new version comes.
  accepted_ = generation;
  cache_.clear();
  Q_EMIT anonymizerChanged(active_);
}

void CompareController::onAnonymizerFailed(quint64 generation, const QString& message) {
  --anonymizerRequests_;
  requested_.erase(generation);
  log::get("studio")->error("{}", message.toStdString());
  Q_EMIT anonymizerFailed(message);
}

void CompareController::onFrameReady(quint64 generation, qint64 index, double seconds, const QImage& original,
                                     const QImage& anonymized) {
  if (generation != accepted_ || !window_.contains(index, playhead_, direction_)) return;
  Frame& frame = cache_[index];
  frame = {index, seconds, original, anonymized, generation};
  if (index == playhead_ && (current_.index != index || current_.generation != accepted_)) show(frame);
}

void CompareController::show(const Frame& frame) {
  current_ = frame;
  Q_EMIT frameShown(frame.index, frame.seconds, frame.original, frame.anonymized);
}

void CompareController::movePlayhead(qint64 index, int direction) {
  playhead_ = index;
  direction_ = direction < 0 ? -1 : 1;
  std::erase_if(cache_, [this](const auto& kv) { return !window_.contains(kv.first, playhead_, direction_); });
  QMetaObject::invokeMethod(
      engine_, [e = engine_, index, d = direction_] { e->setPlayhead(index, d); }, Qt::QueuedConnection);
}

void CompareController::tick() {
  if (!playing_) return;
  const qint64 next = playhead_ + direction_;
  if (next < 0 || next >= frameCount_) {
    pause();
    return;
  }
  const auto it = cache_.find(next);
  if (it == cache_.end()) {  // not prepared yet: wait for it, never show one side ahead
    ++stalls_;
    return;
  }
  const Frame frame = it->second;
  movePlayhead(next, direction_);
  show(frame);
}

void CompareController::seek(qint64 index) {
  if (!hasVideo()) return;
  index = std::clamp<qint64>(index, 0, frameCount_ - 1);
  movePlayhead(index, direction_);
  if (const auto it = cache_.find(index); it != cache_.end()) show(it->second);
}

void CompareController::seekToTime(double seconds) {
  if (!hasVideo()) return;
  QMetaObject::invokeMethod(
      engine_, [e = engine_, v = video_, seconds] { e->findTime(v, seconds); }, Qt::QueuedConnection);
}

void CompareController::step(int frames) {
  pause();
  if (frames != 0) direction_ = frames < 0 ? -1 : 1;  // read ahead the way the user is stepping
  seek(playhead_ + frames);
}

void CompareController::goToStart() { seek(0); }
void CompareController::goToEnd() {
  pause();
  seek(frameCount_ - 1);
}

void CompareController::play(int direction) {
  if (!hasVideo()) return;
  direction = direction < 0 ? -1 : 1;
  if (direction > 0 && playhead_ >= frameCount_ - 1) seek(0);  // from the end, play from the start
  if (direction < 0 && playhead_ <= 0) return;
  if (direction != direction_) movePlayhead(playhead_, direction);
  playing_ = true;
  updateTimer();
  Q_EMIT playingChanged(true, direction_);
}

void CompareController::pause() {
  timer_.stop();
  if (!playing_) return;
  playing_ = false;
  Q_EMIT playingChanged(false, direction_);
}

void CompareController::togglePlay() {
  if (playing_)
    pause();
  else
    play(1);
}

void CompareController::setSpeed(double speed) {
  speed = std::clamp(speed, minSpeed, maxSpeed);
  if (speed == speed_) return;
  speed_ = speed;
  updateTimer();
  Q_EMIT speedChanged(speed_);
}

void CompareController::playForwardFaster() {
  if (playing_ && direction_ > 0)
    setSpeed(speed_ * 2);
  else {
    setSpeed(1.0);
    play(1);
  }
}

void CompareController::playBackwardFaster() {
  if (playing_ && direction_ < 0)
    setSpeed(speed_ * 2);
  else {
    setSpeed(1.0);
    play(-1);
  }
}

void CompareController::updateTimer() {
  const int interval = std::max(4, static_cast<int>(std::lround(1000.0 / (std::max(1.0, frameRate_) * speed_))));
  timer_.setInterval(interval);
  if (playing_ && !timer_.isActive()) timer_.start();
}

}  // namespace spact::studio
