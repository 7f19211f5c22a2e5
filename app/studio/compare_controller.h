#pragma once
// The compare player's facade on the GUI thread. It starts the engine worker (CompareEngine) on
// its own thread and talks to it only through queued calls and signals; it keeps the frames the
// engine has prepared ahead of the play head (the read-ahead cache, bounded by ReadAheadWindow)
// and plays them at the source's frame rate with a timer. A frame is shown only when both its
// original and its anonymized picture are there, so the two sides always show the same frame:
// when anonymizing is slower than real time, playback waits for it rather than letting the
// sides drift apart.
#include <QImage>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <map>

#include "pipeline/anonymizer.h"
#include "read_ahead.h"

namespace spact::studio {

class CompareEngine;

class CompareController : public QObject {
  Q_OBJECT
 public:
  struct Frame {
    qint64 index = -1;
    double seconds = 0;
    QImage original, anonymized;
    quint64 generation = 0;
  };

  explicit CompareController(QObject* parent = nullptr);
  ~CompareController() override;

  void open(const QString& path);
  // Makes the anonymized side with `config`. Until the engine has it ready the previous method stays in force (and
  // stays if this one fails).
  void setAnonymizer(const pipeline::AnonymizerConfig& config);
  pipeline::AnonymizerConfig anonymizer() const { return active_; }
  bool isAnonymizerPending() const { return anonymizerRequests_ > 0; }

  QString path() const { return path_; }
  bool hasVideo() const { return frameCount_ > 0; }
  bool isOpening() const { return opening_ > 0; }
  qint64 frameCount() const { return frameCount_; }
  double frameRate() const { return frameRate_; }
  double duration() const { return duration_; }

  const Frame& current() const { return current_; }  // what is shown
  qint64 playhead() const { return playhead_; }      // the frame wanted (shown when it arrives)
  // The frame wanted is shown, made with the method in force, and nothing is being loaded.
  bool isSettled() const;
  bool isPlaying() const { return playing_; }
  int direction() const { return direction_; }
  double speed() const { return speed_; }
  int cachedFrames() const { return static_cast<int>(cache_.size()); }
  ReadAheadWindow readAhead() const { return window_; }
  qint64 stalls() const { return stalls_; }  // timer ticks that waited for a frame

 public Q_SLOTS:
  void play(int direction = 1);
  void pause();
  void togglePlay();
  void seek(qint64 index);
  void seekToTime(double seconds);
  void step(int frames);  // pauses, then moves `frames` (negative: back)
  void goToStart();
  void goToEnd();
  void setSpeed(double speed);
  // J and L: play backwards / forwards; pressed again while so playing, twice as fast (up to 4×).
  void playBackwardFaster();
  void playForwardFaster();

 Q_SIGNALS:
  void opened(const QString& path, qint64 frameCount, double frameRate, double duration);
  void openFailed(const QString& path, const QString& message);
  void frameShown(qint64 index, double seconds, const QImage& original, const QImage& anonymized);
  void playingChanged(bool playing, int direction);
  void speedChanged(double speed);
  void frameCountChanged(qint64 frameCount);
  void anonymizerChanged(const spact::pipeline::AnonymizerConfig& config);
  void anonymizerFailed(const QString& message);
  // Decoding or anonymizing failed while playing (a damaged stretch of the file, a model error).
  void engineFailed(const QString& message);

 private:
  void onOpened(quint64 generation, const QString& path, qint64 frameCount, double frameRate, double duration,
                int ahead, int behind);
  void onFrameReady(quint64 generation, qint64 index, double seconds, const QImage& original, const QImage& anonymized);
  void onAnonymizerReady(quint64 generation);
  void onAnonymizerFailed(quint64 generation, const QString& message);
  void tick();
  void show(const Frame& frame);
  void movePlayhead(qint64 index, int direction);
  void updateTimer();

  QThread thread_;
  CompareEngine* engine_ = nullptr;  // lives on thread_; deleted after it stops
  QTimer timer_;
  quint64 nextGeneration_ = 1;
  quint64 accepted_ = 0;  // frames of this generation are current
  quint64 video_ = 0;     // the generation that opened the video shown
  quint64 lastOpen_ = 0;  // the newest open request
  int opening_ = 0;       // open requests not answered yet
  int anonymizerRequests_ = 0;
  std::map<quint64, pipeline::AnonymizerConfig> requested_;  // by generation, until answered
  pipeline::AnonymizerConfig active_;

  QString path_;
  qint64 frameCount_ = 0;
  double frameRate_ = 25;
  double duration_ = 0;
  ReadAheadWindow window_;
  std::map<qint64, Frame> cache_;
  Frame current_;
  qint64 playhead_ = 0;
  int direction_ = 1;
  bool playing_ = false;
  double speed_ = 1.0;
  qint64 stalls_ = 0;
};

}  // namespace spact::studio

Q_DECLARE_METATYPE(spact::pipeline::AnonymizerConfig)
