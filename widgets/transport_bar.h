#pragma once
// The player's controls: previous frame, play/pause, next frame, a timeline slider to scrub,
// the time and frame index of what is shown, and the playback speed. A view: it shows what it
// is told and asks for changes through signals.
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace spact::widgets {

class TransportBar : public QWidget {
  Q_OBJECT
 public:
  explicit TransportBar(QWidget* parent = nullptr);

  // The speeds offered, slowest first (1 is normal speed).
  static const QList<double>& speeds();

  void setFrameCount(qint64 count);
  qint64 frameCount() const { return frameCount_; }
  void setDuration(double seconds);
  void setPosition(qint64 index, double seconds);
  qint64 position() const { return index_; }
  void setPlaying(bool playing);
  bool isPlaying() const { return playing_; }
  void setSpeed(double speed);  // the nearest offered speed
  double speed() const;

  // What the labels say now (for tests and accessibility).
  QString timeText() const;
  QString frameText() const;
  QSlider* slider() const { return slider_; }

 Q_SIGNALS:
  void playPauseClicked();
  void stepRequested(int frames);
  void seekRequested(qint64 index);
  void speedChanged(double speed);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateLabels();

  QToolButton* back_ = nullptr;
  QToolButton* play_ = nullptr;
  QToolButton* forward_ = nullptr;
  QSlider* slider_ = nullptr;
  QLabel* time_ = nullptr;
  QLabel* frame_ = nullptr;
  QComboBox* speed_ = nullptr;
  qint64 frameCount_ = 0;
  qint64 index_ = 0;
  double seconds_ = 0;
  double duration_ = 0;
  bool playing_ = false;
  bool updating_ = false;  // setting the slider from setPosition(), not the user
};

// "1:02.48" (minutes:seconds.hundredths), or "1:02:03.04" past an hour.
QString formatPlayerTime(double seconds);

}  // namespace spact::widgets
