#include "transport_bar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <cmath>

namespace spact::widgets {

QString formatPlayerTime(double seconds) {
  const auto hundredths = static_cast<qint64>(std::llround(std::max(0.0, seconds) * 100));
  const qint64 h = hundredths / 360000, m = hundredths / 6000 % 60, s = hundredths / 100 % 60, c = hundredths % 100;
  const QChar zero(u'0');
  if (h > 0) return QStringLiteral("%1:%2:%3.%4").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero).arg(c, 2, 10, zero);
  return QStringLiteral("%1:%2.%3").arg(m).arg(s, 2, 10, zero).arg(c, 2, 10, zero);
}

const QList<double>& TransportBar::speeds() {
  static const QList<double> list = {0.25, 0.5, 1.0, 1.5, 2.0, 4.0};
  return list;
}

TransportBar::TransportBar(QWidget* parent) : QWidget(parent) {
  auto makeButton = [this](QStyle::StandardPixmap icon, const char* name) {
    auto* button = new QToolButton(this);
    button->setIcon(style()->standardIcon(icon));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);  // Space belongs to the player, not to a focused button
    button->setObjectName(QString::fromLatin1(name));
    return button;
  };
  back_ = makeButton(QStyle::SP_MediaSkipBackward, "stepBackButton");
  play_ = makeButton(QStyle::SP_MediaPlay, "playButton");
  forward_ = makeButton(QStyle::SP_MediaSkipForward, "stepForwardButton");
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setObjectName(QStringLiteral("timeline"));
  slider_->setFocusPolicy(Qt::NoFocus);  // the arrow keys step frames through the window's shortcuts
  slider_->setRange(0, 0);
  time_ = new QLabel(this);
  time_->setObjectName(QStringLiteral("timeLabel"));
  frame_ = new QLabel(this);
  frame_->setObjectName(QStringLiteral("frameLabel"));
  speed_ = new QComboBox(this);
  speed_->setObjectName(QStringLiteral("speedBox"));
  speed_->setFocusPolicy(Qt::NoFocus);
  for (double s : speeds()) speed_->addItem(QStringLiteral("%1×").arg(QLocale().toString(s)), s);
  speed_->setCurrentIndex(static_cast<int>(speeds().indexOf(1.0)));

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 2, 6, 2);
  layout->addWidget(back_);
  layout->addWidget(play_);
  layout->addWidget(forward_);
  layout->addWidget(slider_, 1);
  layout->addWidget(time_);
  layout->addSpacing(8);
  layout->addWidget(frame_);
  layout->addSpacing(8);
  layout->addWidget(speed_);

  connect(play_, &QToolButton::clicked, this, &TransportBar::playPauseClicked);
  connect(back_, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(-1); });
  connect(forward_, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(1); });
  connect(slider_, &QSlider::valueChanged, this, [this](int value) {
    if (!updating_) Q_EMIT seekRequested(value);
  });
  connect(speed_, &QComboBox::activated, this, [this] { Q_EMIT speedChanged(speed()); });
  retranslate();
  updateLabels();
}

void TransportBar::setFrameCount(qint64 count) {
  frameCount_ = std::max<qint64>(0, count);
  updating_ = true;
  slider_->setRange(0, static_cast<int>(std::max<qint64>(0, frameCount_ - 1)));
  updating_ = false;
  updateLabels();
}

void TransportBar::setDuration(double seconds) {
  duration_ = seconds;
  updateLabels();
}

void TransportBar::setPosition(qint64 index, double seconds) {
  index_ = index;
  seconds_ = seconds;
  if (!slider_->isSliderDown()) {  // the user's drag wins over playback
    updating_ = true;
    slider_->setValue(static_cast<int>(index));
    updating_ = false;
  }
  updateLabels();
}

void TransportBar::setPlaying(bool playing) {
  playing_ = playing;
  play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  retranslate();
}

void TransportBar::setSpeed(double speed) {
  int best = 0;
  for (int i = 1; i < speeds().size(); ++i)
    if (std::abs(speeds()[i] - speed) < std::abs(speeds()[best] - speed)) best = i;
  speed_->setCurrentIndex(best);
}

double TransportBar::speed() const { return speed_->currentData().toDouble(); }

QString TransportBar::timeText() const { return time_->text(); }
QString TransportBar::frameText() const { return frame_->text(); }

void TransportBar::updateLabels() {
  time_->setText(QStringLiteral("%1 / %2").arg(formatPlayerTime(seconds_), formatPlayerTime(duration_)));
  frame_->setText(frameCount_ > 0 ? tr("Frame %1 / %2").arg(index_).arg(frameCount_ - 1) : tr("No video"));
}

void TransportBar::retranslate() {
  play_->setToolTip(playing_ ? tr("Pause (Space)") : tr("Play (Space)"));
  back_->setToolTip(tr("Previous frame (Left)"));
  forward_->setToolTip(tr("Next frame (Right)"));
  slider_->setToolTip(tr("Drag to scrub through the video"));
  speed_->setToolTip(tr("Playback speed"));
  updateLabels();
}

void TransportBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
