#include "compare_page.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

#include "anonymizer_choice.h"
#include "compare_controller.h"
#include "compare_view.h"
#include "transport_bar.h"

namespace spact::studio {

QAction* ComparePage::makeAction(const QKeySequence& key, const char* name) {
  auto* action = new QAction(this);
  action->setObjectName(QString::fromLatin1(name));
  if (!key.isEmpty()) action->setShortcut(key);
  action->setShortcutContext(Qt::WindowShortcut);
  addAction(action);  // active wherever the focus is in the window
  return action;
}

ComparePage::ComparePage(CompareController& controller, QWidget* parent) : QWidget(parent), controller_(controller) {
  view_ = new widgets::CompareView(this);
  view_->setObjectName(QStringLiteral("compareView"));
  transport_ = new widgets::TransportBar(this);
  transport_->setObjectName(QStringLiteral("transportBar"));

  playPause_ = makeAction(Qt::Key_Space, "playPauseAction");
  playBackward_ = makeAction(Qt::Key_J, "playBackwardAction");
  pause_ = makeAction(Qt::Key_K, "pauseAction");
  playForward_ = makeAction(Qt::Key_L, "playForwardAction");
  stepBack_ = makeAction(Qt::Key_Left, "stepBackAction");
  stepForward_ = makeAction(Qt::Key_Right, "stepForwardAction");
  start_ = makeAction(Qt::Key_Home, "goToStartAction");
  end_ = makeAction(Qt::Key_End, "goToEndAction");
  zoomIn_ = makeAction(Qt::Key_Plus, "zoomInAction");
  zoomIn_->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
  zoomOut_ = makeAction(Qt::Key_Minus, "zoomOutAction");
  zoomOut_->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
  fit_ = makeAction(Qt::Key_0, "fitAction");
  modeGroup_ = new QActionGroup(this);
  sideBySide_ = makeAction(QKeySequence(Qt::CTRL | Qt::Key_1), "sideBySideAction");
  split_ = makeAction(QKeySequence(Qt::CTRL | Qt::Key_2), "splitAction");
  for (QAction* a : {sideBySide_, split_}) {
    a->setCheckable(true);
    modeGroup_->addAction(a);
  }
  sideBySide_->setChecked(true);

  // The view switches above the pictures.
  auto* viewBar = new QHBoxLayout;
  viewBar_ = viewBar;
  viewBar->setContentsMargins(6, 2, 6, 0);
  auto addButton = [this, viewBar](QAction* action) {
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    viewBar->addWidget(button);
  };
  addButton(sideBySide_);
  addButton(split_);
  viewBar->addStretch(1);
  addButton(zoomOut_);
  zoomLabel_ = new QLabel(this);
  zoomLabel_->setObjectName(QStringLiteral("zoomLabel"));
  zoomLabel_->setMinimumWidth(zoomLabel_->fontMetrics().horizontalAdvance(QStringLiteral("3200%")));
  zoomLabel_->setAlignment(Qt::AlignCenter);
  viewBar->addWidget(zoomLabel_);
  addButton(zoomIn_);
  addButton(fit_);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addLayout(viewBar);
  layout->addWidget(view_, 1);
  layout->addWidget(transport_);

  connect(playPause_, &QAction::triggered, &controller_, &CompareController::togglePlay);
  connect(playBackward_, &QAction::triggered, &controller_, &CompareController::playBackwardFaster);
  connect(pause_, &QAction::triggered, &controller_, &CompareController::pause);
  connect(playForward_, &QAction::triggered, &controller_, &CompareController::playForwardFaster);
  connect(stepBack_, &QAction::triggered, &controller_, [this] { controller_.step(-1); });
  connect(stepForward_, &QAction::triggered, &controller_, [this] { controller_.step(1); });
  connect(start_, &QAction::triggered, &controller_, &CompareController::goToStart);
  connect(end_, &QAction::triggered, &controller_, &CompareController::goToEnd);
  connect(zoomIn_, &QAction::triggered, view_, &widgets::CompareView::zoomIn);
  connect(zoomOut_, &QAction::triggered, view_, &widgets::CompareView::zoomOut);
  connect(fit_, &QAction::triggered, view_, &widgets::CompareView::fit);
  connect(sideBySide_, &QAction::triggered, view_, [this] { view_->setMode(widgets::CompareView::Mode::SideBySide); });
  connect(split_, &QAction::triggered, view_, [this] { view_->setMode(widgets::CompareView::Mode::Split); });
  connect(view_, &widgets::CompareView::modeChanged, this, [this](widgets::CompareView::Mode mode) {
    (mode == widgets::CompareView::Mode::Split ? split_ : sideBySide_)->setChecked(true);
  });
  connect(view_, &widgets::CompareView::zoomChanged, this, &ComparePage::updateZoomLabel);

  connect(transport_, &widgets::TransportBar::playPauseClicked, &controller_, &CompareController::togglePlay);
  connect(transport_, &widgets::TransportBar::stepRequested, &controller_, &CompareController::step);
  connect(transport_, &widgets::TransportBar::seekRequested, &controller_, &CompareController::seek);
  connect(transport_, &widgets::TransportBar::speedChanged, &controller_, &CompareController::setSpeed);

  connect(&controller_, &CompareController::opened, this,
          [this](const QString&, qint64 count, double, double duration) {
            transport_->setFrameCount(count);
            transport_->setDuration(duration);
            transport_->setPosition(0, 0);
            transport_->setPlaying(false);
          });
  connect(&controller_, &CompareController::frameCountChanged, transport_, &widgets::TransportBar::setFrameCount);
  connect(&controller_, &CompareController::frameShown, this,
          [this](qint64 index, double seconds, const QImage& original, const QImage& anonymized) {
            view_->setImages(original, anonymized);
            transport_->setPosition(index, seconds);
          });
  connect(&controller_, &CompareController::playingChanged, transport_, &widgets::TransportBar::setPlaying);
  connect(&controller_, &CompareController::speedChanged, transport_, &widgets::TransportBar::setSpeed);
  connect(&controller_, &CompareController::anonymizerChanged, this, &ComparePage::retranslate);
  retranslate();
  updateZoomLabel();
}

void ComparePage::addPageAction(QAction* action) {
  auto* button = new QToolButton(this);
  button->setObjectName(action->objectName() + QStringLiteral("Button"));
  button->setDefaultAction(action);
  button->setToolButtonStyle(Qt::ToolButtonTextOnly);
  button->setFocusPolicy(Qt::NoFocus);
  viewBar_->insertWidget(viewBar_->count(), button);
}

QList<QAction*> ComparePage::playbackActions() const {
  return {playPause_, playBackward_, pause_, playForward_, stepBack_, stepForward_, start_, end_};
}

QList<QAction*> ComparePage::viewActions() const { return {sideBySide_, split_, zoomIn_, zoomOut_, fit_}; }

void ComparePage::updateZoomLabel() {
  zoomLabel_->setText(QStringLiteral("%1%").arg(std::lround(view_->zoom() * 100)));
}

void ComparePage::retranslate() {
  playPause_->setText(tr("&Play/Pause"));
  playBackward_->setText(tr("Play &Backward (Faster)"));
  pause_->setText(tr("Pa&use"));
  playForward_->setText(tr("Play &Forward (Faster)"));
  stepBack_->setText(tr("Pre&vious Frame"));
  stepForward_->setText(tr("&Next Frame"));
  start_->setText(tr("Go to &Start"));
  end_->setText(tr("Go to &End"));
  sideBySide_->setText(tr("Side by Side"));
  sideBySide_->setToolTip(tr("Show the original and the anonymized video side by side"));
  split_->setText(tr("Split View"));
  split_->setToolTip(tr("Show one picture split by a line you can drag"));
  zoomIn_->setText(tr("Zoom In"));
  zoomOut_->setText(tr("Zoom Out"));
  fit_->setText(tr("Fit"));
  fit_->setToolTip(tr("Show the whole picture"));
  zoomLabel_->setToolTip(tr("Zoom (mouse wheel; drag to pan)"));
  view_->setLabels(tr("Original"), tr("Anonymized: %1").arg(anonymizerName(controller_.anonymizer())));
  view_->setPlaceholderText(tr("Open a video with File ▸ Open, or drop a video file here."));
}

void ComparePage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::studio
