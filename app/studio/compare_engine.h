#pragma once
// The compare player's engine worker. It lives on its own thread (CompareController starts it)
// and owns the decoder and the anonymizer; the controller calls it only through queued calls and
// it answers only through signals. It decodes and anonymizes the frames in the read-ahead window
// in front of the play head, one small batch per turn of its event loop, so that a new play head,
// method or video is taken up after at most one batch and stale work is never started.
#include <QImage>
#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <set>

#include "media/decoder.h"
#include "pipeline/anonymizer.h"
#include "read_ahead.h"

namespace spact::studio {

class CompareEngine : public QObject {
  Q_OBJECT
 public:
  explicit CompareEngine(QObject* parent = nullptr);
  ~CompareEngine() override;

  // Each is called on the engine's thread. `generation` tags what it produces: frames carry the
  // generation of the video and method they were made with, so the controller drops stale ones.
  // A video or method that cannot be opened leaves the current one in place.
  void open(quint64 generation, const QString& path);
  void setAnonymizer(quint64 generation, const pipeline::AnonymizerConfig& config);
  void setPlayhead(qint64 index, int direction);
  void findTime(quint64 video, double seconds);

 Q_SIGNALS:
  void opened(quint64 generation, const QString& path, qint64 frameCount, double frameRate, double duration, int ahead,
              int behind);
  void openFailed(quint64 generation, const QString& path, const QString& message);
  void anonymizerReady(quint64 generation);
  void anonymizerFailed(quint64 generation, const QString& message);
  void frameReady(quint64 generation, qint64 index, double seconds, const QImage& original, const QImage& anonymized);
  // The video ends before the frame count its header gave.
  void endFound(quint64 video, qint64 frameCount);
  void timeFound(quint64 video, qint64 index);
  // Decoding or anonymizing failed part-way; the engine stops until the next video or method.
  void workFailed(const QString& message);

 private:
  struct Original {
    double seconds = 0;
    media::Image image;
  };

  void scheduleWork();
  void work();
  const Original* original(qint64 index);
  qint64 lastIndex() const;  // past-the-end index as far as known
  void prune();

  std::unique_ptr<media::Decoder> decoder_;
  std::unique_ptr<pipeline::Anonymizer> anonymizer_;
  quint64 generation_ = 0;
  quint64 video_ = 0;  // the generation that opened the current video
  qint64 frameCount_ = 0;
  qint64 knownEnd_ = -1;     // set when decoding met the end before frameCount_
  qint64 decoderNext_ = -1;  // what decoder_->next() returns; -1 after a failed read
  qint64 playhead_ = 0;
  int direction_ = 1;
  ReadAheadWindow window_;
  std::map<qint64, Original> originals_;  // decoded frames in the window
  std::set<qint64> delivered_;            // frames sent with generation_, still in the window
  bool workScheduled_ = false;
  bool broken_ = false;
};

}  // namespace spact::studio
