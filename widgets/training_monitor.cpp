#include "training_monitor.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <algorithm>

#include "frame_view.h"
#include "label_style.h"
#include "training_curves.h"

namespace spact::widgets {
namespace {

QLabel* plainLabel(QWidget* parent, const QString& name) {
  auto* label = new QLabel(parent);
  label->setObjectName(name);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

}  // namespace

TrainingMonitor::TrainingMonitor(QWidget* parent) : QWidget(parent) {
  title_ = plainLabel(this, QStringLiteral("runTitle"));
  QFont big = title_->font();
  big.setBold(true);
  big.setPointSizeF(big.pointSizeF() * 1.2);
  title_->setFont(big);
  stateLabel_ = plainLabel(this, QStringLiteral("runState"));
  pause_ = new QPushButton(this);
  pause_->setObjectName(QStringLiteral("pauseButton"));
  resume_ = new QPushButton(this);
  resume_->setObjectName(QStringLiteral("resumeButton"));
  stop_ = new QPushButton(this);
  stop_->setObjectName(QStringLiteral("stopButton"));
  connect(pause_, &QPushButton::clicked, this, &TrainingMonitor::pauseRequested);
  connect(resume_, &QPushButton::clicked, this, &TrainingMonitor::resumeRequested);
  connect(stop_, &QPushButton::clicked, this, &TrainingMonitor::stopRequested);

  phase_ = plainLabel(this, QStringLiteral("runPhase"));
  position_ = plainLabel(this, QStringLiteral("runPosition"));
  throughput_ = plainLabel(this, QStringLiteral("runThroughput"));
  eta_ = plainLabel(this, QStringLiteral("runEta"));
  progress_ = new QProgressBar(this);
  progress_->setObjectName(QStringLiteral("runProgress"));
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  progress_->setMaximumHeight(8);
  progress_->setMaximumWidth(220);
  progress_->hide();

  curves_ = new TrainingCurves(this);
  curves_->setObjectName(QStringLiteral("trainingCurves"));

  samplesTitle_ = boldLabel(this);
  samples_ = new FrameView(this);
  samples_->setObjectName(QStringLiteral("sampleGrid"));
  samples_->setMinimumHeight(90);
  samplesCaption_ = plainLabel(this, QStringLiteral("sampleCaption"));
  samplesCaption_->setForegroundRole(QPalette::PlaceholderText);
  logTitle_ = boldLabel(this);
  log_ = new QPlainTextEdit(this);
  log_->setObjectName(QStringLiteral("runLog"));
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(5000);
  log_->setLineWrapMode(QPlainTextEdit::WidgetWidth);

  auto* head = new QHBoxLayout;
  head->addWidget(title_);
  head->addWidget(stateLabel_, 1);
  head->addWidget(pause_);
  head->addWidget(resume_);
  head->addWidget(stop_);
  auto* status = new QHBoxLayout;
  for (QLabel* label : {phase_, position_, throughput_, eta_}) status->addWidget(label);
  status->addStretch(1);
  status->addWidget(progress_);
  status->setSpacing(18);

  auto* samplesBox = new QWidget(this);
  auto* samplesLayout = new QVBoxLayout(samplesBox);
  samplesLayout->setContentsMargins(0, 0, 0, 0);
  samplesLayout->setSpacing(2);
  samplesLayout->addWidget(samplesTitle_);
  samplesLayout->addWidget(samples_, 1);
  samplesLayout->addWidget(samplesCaption_);
  auto* logBox = new QWidget(this);
  auto* logLayout = new QVBoxLayout(logBox);
  logLayout->setContentsMargins(0, 0, 0, 0);
  logLayout->setSpacing(2);
  logLayout->addWidget(logTitle_);
  logLayout->addWidget(log_, 1);
  auto* bottom = new QSplitter(Qt::Horizontal, this);
  bottom->addWidget(samplesBox);
  bottom->addWidget(logBox);
  bottom->setStretchFactor(0, 1);
  bottom->setStretchFactor(1, 1);
  bottom->setSizes({500, 500});
  auto* split = new QSplitter(Qt::Vertical, this);
  split->setObjectName(QStringLiteral("monitorSplitter"));
  split->addWidget(curves_);
  split->addWidget(bottom);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  split->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(head);
  layout->addLayout(status);
  layout->addWidget(split, 1);
  retranslate();
}

void TrainingMonitor::setRun(const QString& name, const QString& path) {
  name_ = name;
  path_ = path;
  retranslate();
}

void TrainingMonitor::setRunState(RunState state, const QString& detail) {
  state_ = state;
  detail_ = detail;
  retranslate();
}

QString TrainingMonitor::stateText() const { return stateLabel_->text(); }
void TrainingMonitor::setPhase(const QString& text) { phase_->setText(text); }
void TrainingMonitor::setPosition(const QString& text) { position_->setText(text); }
void TrainingMonitor::setThroughput(const QString& text) { throughput_->setText(text); }
void TrainingMonitor::setEta(const QString& text) { eta_->setText(text); }
QString TrainingMonitor::etaText() const { return eta_->text(); }
QString TrainingMonitor::throughputText() const { return throughput_->text(); }

void TrainingMonitor::setProgress(double fraction) {
  progress_->setVisible(fraction >= 0);
  if (fraction >= 0) progress_->setValue(static_cast<int>(1000 * std::min(1.0, fraction)));
}

void TrainingMonitor::setSamples(const QImage& grid, const QString& caption) {
  samples_->setImage(grid);
  samplesCaption_->setText(caption);
}

QImage TrainingMonitor::samples() const { return samples_->image(); }

void TrainingMonitor::appendLog(const QString& line) {
  QScrollBar* bar = log_->verticalScrollBar();
  const bool atEnd = bar->value() == bar->maximum();
  log_->appendPlainText(line);
  if (atEnd) bar->setValue(bar->maximum());
}

void TrainingMonitor::clearLog() { log_->clear(); }
QString TrainingMonitor::logText() const { return log_->toPlainText(); }

void TrainingMonitor::updateButtons() {
  const bool live = state_ == RunState::Starting || state_ == RunState::Running || state_ == RunState::Pausing;
  pause_->setEnabled(state_ == RunState::Running);
  resume_->setEnabled(state_ == RunState::Paused);
  stop_->setEnabled(live || state_ == RunState::Paused);
  const bool ours = live || state_ == RunState::Paused || state_ == RunState::Stopping;
  for (QPushButton* b : {pause_, resume_, stop_}) b->setVisible(ours);
}

void TrainingMonitor::retranslate() {
  title_->setText(name_.isEmpty() ? tr("No run") : name_);
  title_->setToolTip(path_);
  QString state;
  QString colour;
  switch (state_) {
    case RunState::None: state = tr("Start a run, or open one from the Runs list."); break;
    case RunState::Starting: state = tr("Starting…"); break;
    case RunState::Running: state = tr("Training"), colour = QStringLiteral("#2e7d32"); break;
    case RunState::Pausing: state = tr("Pausing after this step…"); break;
    case RunState::Paused: state = tr("Paused"), colour = QStringLiteral("#b9770e"); break;
    case RunState::Stopping: state = tr("Stopping: writing a checkpoint…"); break;
    case RunState::Finished: state = tr("Finished"), colour = QStringLiteral("#2e7d32"); break;
    case RunState::Stopped: state = tr("Stopped (can be resumed)"), colour = QStringLiteral("#b9770e"); break;
    case RunState::Failed: state = tr("Failed"), colour = QStringLiteral("#c0392b"); break;
    case RunState::Elsewhere: state = tr("Training in another process (followed)"), colour = QStringLiteral("#2e7d32"); break;
    case RunState::Interrupted: state = tr("Interrupted (can be resumed)"), colour = QStringLiteral("#b9770e"); break;
  }
  if (!detail_.isEmpty()) state = tr("%1: %2").arg(state, detail_);
  stateLabel_->setText(state);
  stateLabel_->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
  stateLabel_->setWordWrap(true);
  pause_->setText(tr("Pause"));
  pause_->setToolTip(tr("Pause after the step under way; nothing is lost"));
  resume_->setText(tr("Resume"));
  stop_->setText(tr("Stop"));
  stop_->setToolTip(tr("Stop after the step under way and write a checkpoint to resume from"));
  samplesTitle_->setText(tr("Samples: original (top) and anonymized (bottom)"));
  samples_->setPlaceholderText(tr("The anonymizer's samples appear after each validation."));
  logTitle_->setText(tr("Run log"));
  updateButtons();
}

void TrainingMonitor::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
