#include "compare_engine.h"

#include <algorithm>
#include <cmath>

#include "media_loader.h"
#include "util/log.h"

namespace spact::studio {
namespace {
// Going backwards, frames are decoded in runs of this many (one seek each), not one seek a frame.
constexpr qint64 backwardRun = 16;
// A target this close ahead of the decoder is reached by decoding on rather than seeking.
constexpr qint64 decodeOnLimit = 32;
}  // namespace

CompareEngine::CompareEngine(QObject* parent) : QObject(parent) {}
CompareEngine::~CompareEngine() = default;

void CompareEngine::open(quint64 generation, const QString& path) {
  const std::string file = path.toStdString();
  media::DecoderOptions options;
  auto decoder = media::Decoder::open(file, options);
  if (decoder && (*decoder)->info().displayWidth() > 1920) {  // as the preview decodes: at most 1920 wide
    options.width = 1920;
    decoder = media::Decoder::open(file, options);
  }
  if (!decoder) {
    Q_EMIT openFailed(generation, path, QString::fromStdString(decoder.error().message));
    return;
  }
  // A video whose first frame cannot be decoded is refused here, not found broken while playing.
  auto first = (*decoder)->next();
  if (!first || !*first) {
    const QString message = !first ? QString::fromStdString(first.error().message)
                                   : tr("'%1' has no picture that can be decoded.").arg(path);
    Q_EMIT openFailed(generation, path, message);
    return;
  }
  const media::MediaInfo& info = (*decoder)->info();
  const media::StreamInfo* video = info.video();
  const double fps = video && video->frameRate > 0 ? video->frameRate : 25.0;
  qint64 count = video ? video->frameCount : 0;
  const double duration = video && video->duration > 0 ? video->duration : info.duration;
  if (count <= 0) count = std::max<qint64>(1, std::llround(duration * fps));

  decoder_ = std::move(*decoder);
  generation_ = video_ = generation;
  frameCount_ = count;
  knownEnd_ = -1;
  playhead_ = 0;
  direction_ = 1;
  broken_ = false;
  window_ = ReadAheadWindow::forFrameSize(QSize((*first)->image.width, (*first)->image.height));
  originals_.clear();
  delivered_.clear();
  decoderNext_ = (*first)->index + 1;
  originals_[(*first)->index] = {(*first)->seconds, std::move((*first)->image)};
  log::get("studio")->debug("Compare player: '{}', {} frames at {:.3f}/s, read-ahead {}", file, count, fps,
                            window_.ahead);
  Q_EMIT opened(generation, path, count, fps, duration, window_.ahead, window_.behind);
  scheduleWork();
}

void CompareEngine::setAnonymizer(quint64 generation, const pipeline::AnonymizerConfig& config) {
  auto made = pipeline::makeAnonymizer(config);
  if (!made) {
    Q_EMIT anonymizerFailed(generation, QString::fromStdString(made.error().message));
    return;
  }
  anonymizer_ = std::move(*made);
  generation_ = generation;
  delivered_.clear();  // every frame is made again with the new method (the originals are kept)
  broken_ = false;
  Q_EMIT anonymizerReady(generation);
  scheduleWork();
}

void CompareEngine::setPlayhead(qint64 index, int direction) {
  playhead_ = index;
  direction_ = direction < 0 ? -1 : 1;
  prune();
  scheduleWork();
}

void CompareEngine::findTime(quint64 video, double seconds) {
  if (!decoder_ || video != video_) return;
  qint64 index = lastIndex() - 1;
  if (decoder_->seekToTime(seconds)) {
    auto frame = decoder_->next();
    if (frame && *frame) {
      index = (*frame)->index;
      decoderNext_ = index + 1;
      originals_[index] = {(*frame)->seconds, std::move((*frame)->image)};
    } else {
      decoderNext_ = -1;
    }
  } else {
    decoderNext_ = -1;
  }
  Q_EMIT timeFound(video, std::max<qint64>(0, index));
}

qint64 CompareEngine::lastIndex() const { return knownEnd_ >= 0 ? knownEnd_ : frameCount_; }

void CompareEngine::prune() {
  std::erase_if(delivered_, [this](qint64 i) { return !window_.contains(i, playhead_, direction_); });
  std::erase_if(originals_, [this](const auto& kv) { return !window_.contains(kv.first, playhead_, direction_); });
}

void CompareEngine::scheduleWork() {
  if (workScheduled_) return;
  workScheduled_ = true;
  // Queued behind whatever the controller has already asked: new requests are seen first.
  QMetaObject::invokeMethod(this, &CompareEngine::work, Qt::QueuedConnection);
}

const CompareEngine::Original* CompareEngine::original(qint64 index) {
  if (auto it = originals_.find(index); it != originals_.end()) return &it->second;
  if (index < 0 || index >= lastIndex()) return nullptr;
  if (decoderNext_ < 0 || index < decoderNext_ || index - decoderNext_ > decodeOnLimit) {
    // Backwards, start a run of frames early so the next ones back are decoded by this seek too.
    const qint64 start =
        direction_ < 0 ? std::max<qint64>({0, index - backwardRun + 1, playhead_ - window_.ahead}) : index;
    if (auto ok = decoder_->seekToFrame(std::min(start, index)); !ok) {
      decoderNext_ = -1;
      if (index > 0) {  // past the last frame: the header promised more frames than there are
        knownEnd_ = index;
        Q_EMIT endFound(video_, knownEnd_);
        return nullptr;
      }
      broken_ = true;
      Q_EMIT workFailed(QString::fromStdString(ok.error().message));
      return nullptr;
    }
    decoderNext_ = std::min(start, index);
  }
  while (decoderNext_ <= index) {
    auto frame = decoder_->next();
    if (!frame) {
      decoderNext_ = -1;
      broken_ = true;
      Q_EMIT workFailed(QString::fromStdString(frame.error().message));
      return nullptr;
    }
    if (!*frame) {  // the end, before the header's frame count
      knownEnd_ = decoderNext_;
      decoderNext_ = -1;
      Q_EMIT endFound(video_, knownEnd_);
      return nullptr;
    }
    const qint64 got = (*frame)->index;
    decoderNext_ = got + 1;
    if (window_.contains(got, playhead_, direction_) || got == index)
      originals_[got] = {(*frame)->seconds, std::move((*frame)->image)};
  }
  auto it = originals_.find(index);
  return it == originals_.end() ? nullptr : &it->second;
}

void CompareEngine::work() {
  workScheduled_ = false;
  if (!decoder_ || !anonymizer_ || broken_) return;

  // The next frames to prepare: the first ones in the playing direction not yet delivered, a
  // run of consecutive ones as long as the anonymizer's batch.
  const qint64 end = lastIndex();
  const int batch = std::max(1, anonymizer_->batchSize());
  std::vector<qint64> indices;
  for (qint64 k = 0; k <= window_.ahead && static_cast<int>(indices.size()) < batch; ++k) {
    const qint64 i = playhead_ + direction_ * k;
    if (i < 0 || i >= end) break;
    if (delivered_.count(i)) {
      if (!indices.empty()) break;
      continue;
    }
    indices.push_back(i);
  }
  if (indices.empty()) return;  // the window is full: wait for the play head to move
  std::sort(indices.begin(), indices.end());

  std::vector<media::Image> frames;
  std::vector<std::pair<qint64, const Original*>> sources;
  for (const qint64 i : indices) {
    const Original* o = original(i);
    if (!o) break;
    sources.emplace_back(i, o);
  }
  if (broken_) return;
  for (const auto& [i, o] : sources) frames.push_back(o->image);
  if (frames.empty()) {
    scheduleWork();  // the end moved: look again
    return;
  }
  if (auto ok = anonymizer_->process(frames); !ok) {
    broken_ = true;
    Q_EMIT workFailed(QString::fromStdString(ok.error().message));
    return;
  }
  for (std::size_t k = 0; k < sources.size(); ++k) {
    const auto& [i, o] = sources[k];
    delivered_.insert(i);
    Q_EMIT frameReady(generation_, i, o->seconds, toQImage(o->image), toQImage(frames[k]));
  }
  scheduleWork();
}

}  // namespace spact::studio
