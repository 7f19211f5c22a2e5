#include "train_page.h"

#include <QBoxLayout>
#include <QEvent>
#include <QSplitter>
#include <QTabWidget>

#include "run_browser.h"
#include "train_setup_view.h"
#include "training_monitor.h"

namespace spact::widgets {

TrainPage::TrainPage(QWidget* parent) : QWidget(parent) {
  side_ = new QTabWidget(this);
  side_->setObjectName(QStringLiteral("trainSide"));
  setup_ = new TrainSetupView(side_);
  setup_->setObjectName(QStringLiteral("trainSetup"));
  runs_ = new RunBrowser(side_);
  runs_->setObjectName(QStringLiteral("runBrowser"));
  side_->addTab(setup_, QString());
  side_->addTab(runs_, QString());
  monitor_ = new TrainingMonitor(this);
  monitor_->setObjectName(QStringLiteral("trainingMonitor"));

  split_ = new QSplitter(Qt::Horizontal, this);
  split_->setObjectName(QStringLiteral("trainSplitter"));
  split_->addWidget(side_);
  split_->addWidget(monitor_);
  split_->setStretchFactor(0, 0);
  split_->setStretchFactor(1, 1);
  split_->setChildrenCollapsible(false);
  split_->setSizes({440, 900});
  side_->setMinimumWidth(400);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split_);
  retranslate();
}

void TrainPage::showSetup() { side_->setCurrentWidget(setup_); }
void TrainPage::showRuns() { side_->setCurrentWidget(runs_); }
bool TrainPage::isShowingRuns() const { return side_->currentWidget() == runs_; }

void TrainPage::retranslate() {
  side_->setTabText(0, tr("New Run"));
  side_->setTabText(1, tr("Runs"));
}

void TrainPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
