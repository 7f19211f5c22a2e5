#include "run_browser.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

#include "label_style.h"

namespace spact::widgets {
namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kEpochRole = Qt::UserRole + 1;

QString percent(const std::optional<double>& v) {
  return v ? RunBrowser::tr("%1 %").arg(QLocale().toString(100 * *v, 'f', 1)) : RunBrowser::tr("–");
}

QTreeWidget* makeTree(QWidget* parent, const QString& name, int columns) {
  auto* tree = new QTreeWidget(parent);
  tree->setObjectName(name);
  tree->setRootIsDecorated(false);
  tree->setUniformRowHeights(true);
  tree->setColumnCount(columns);
  tree->setSelectionMode(QAbstractItemView::SingleSelection);
  tree->header()->setStretchLastSection(true);
  tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  return tree;
}

}  // namespace

RunBrowser::RunBrowser(QWidget* parent) : QWidget(parent) {
  runsTitle_ = boldLabel(this);
  runs_ = makeTree(this, QStringLiteral("runList"), 3);
  open_ = new QPushButton(this);
  open_->setObjectName(QStringLiteral("openRunButton"));
  remove_ = new QPushButton(this);
  remove_->setObjectName(QStringLiteral("removeRunButton"));
  resume_ = new QPushButton(this);
  resume_->setObjectName(QStringLiteral("resumeRunButton"));
  checkpointsTitle_ = boldLabel(this);
  checkpoints_ = makeTree(this, QStringLiteral("checkpointList"), 5);
  use_ = new QPushButton(this);
  use_->setObjectName(QStringLiteral("useCheckpointButton"));
  export_ = new QPushButton(this);
  export_->setObjectName(QStringLiteral("exportCheckpointButton"));

  connect(open_, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Training Run"), selectedRun());
    if (!dir.isEmpty()) Q_EMIT openRequested(dir);
  });
  connect(runs_, &QTreeWidget::itemSelectionChanged, this, [this] {
    updateButtons();
    const QString path = selectedRun();
    if (!path.isEmpty() && path != checkpointRun_) Q_EMIT runActivated(path);
  });
  connect(remove_, &QPushButton::clicked, this, [this] {
    if (!selectedRun().isEmpty()) Q_EMIT removeRequested(selectedRun());
  });
  connect(resume_, &QPushButton::clicked, this, [this] {
    if (!selectedRun().isEmpty()) Q_EMIT resumeRequested(selectedRun());
  });
  connect(checkpoints_, &QTreeWidget::itemSelectionChanged, this, [this] {
    updateButtons();
    const QList<QTreeWidgetItem*> items = checkpoints_->selectedItems();
    if (!items.isEmpty()) Q_EMIT checkpointChosen(items.first()->data(0, kPathRole).toString(), items.first()->data(0, kEpochRole).toInt());
  });
  connect(use_, &QPushButton::clicked, this, [this] {
    if (!selectedCheckpoint().isEmpty()) Q_EMIT useRequested(selectedCheckpoint());
  });
  connect(export_, &QPushButton::clicked, this, [this] {
    if (!selectedCheckpoint().isEmpty()) Q_EMIT exportRequested(selectedCheckpoint());
  });

  auto* runButtons = new QHBoxLayout;
  runButtons->addWidget(open_);
  runButtons->addWidget(remove_);
  runButtons->addStretch(1);
  runButtons->addWidget(resume_);
  auto* checkpointButtons = new QHBoxLayout;
  checkpointButtons->addStretch(1);
  checkpointButtons->addWidget(use_);
  checkpointButtons->addWidget(export_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(runsTitle_);
  layout->addWidget(runs_, 2);
  layout->addLayout(runButtons);
  layout->addSpacing(8);
  layout->addWidget(checkpointsTitle_);
  layout->addWidget(checkpoints_, 3);
  layout->addLayout(checkpointButtons);
  retranslate();
}

void RunBrowser::setRuns(const QList<RunRow>& runs) {
  const QString selected = selectedRun();
  runRows_ = runs;
  const QSignalBlocker block(runs_);
  runs_->clear();
  for (const RunRow& r : runs) {
    auto* item = new QTreeWidgetItem(runs_, {r.name, r.status, r.metrics});
    item->setData(0, kPathRole, r.path);
    item->setToolTip(0, r.path);
    if (r.path == selected) item->setSelected(true);
  }
  updateButtons();
}

int RunBrowser::runCount() const { return runs_->topLevelItemCount(); }

QString RunBrowser::selectedRun() const {
  const QList<QTreeWidgetItem*> items = runs_->selectedItems();
  return items.isEmpty() ? QString() : items.first()->data(0, kPathRole).toString();
}

void RunBrowser::selectRun(const QString& path) {
  const QSignalBlocker block(runs_);
  for (int i = 0; i < runs_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = runs_->topLevelItem(i);
    item->setSelected(item->data(0, kPathRole).toString() == path);
  }
  updateButtons();
}

void RunBrowser::setCheckpoints(const QString& run, const QList<CheckpointRow>& checkpoints) {
  const QString selected = run == checkpointRun_ ? selectedCheckpoint() : QString();
  checkpointRun_ = run;
  checkpointRows_ = checkpoints;
  const QSignalBlocker block(checkpoints_);
  checkpoints_->clear();
  for (const CheckpointRow& c : checkpoints) {
    auto* item = new QTreeWidgetItem(checkpoints_, {c.label, QLocale().toString(c.step), percent(c.actionTop1),
                                                    percent(c.privacyCmap), c.best ? tr("★ best") : QString()});
    item->setData(0, kPathRole, c.path);
    item->setData(0, kEpochRole, c.epoch);
    item->setToolTip(0, c.path);
    for (int col = 1; col < 4; ++col) item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
    if (c.path == selected) item->setSelected(true);
  }
  retranslate();
}

int RunBrowser::checkpointCount() const { return checkpoints_->topLevelItemCount(); }

QString RunBrowser::selectedCheckpoint() const {
  const QList<QTreeWidgetItem*> items = checkpoints_->selectedItems();
  return items.isEmpty() ? QString() : items.first()->data(0, kPathRole).toString();
}

void RunBrowser::selectCheckpoint(const QString& path) {
  for (int i = 0; i < checkpoints_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = checkpoints_->topLevelItem(i);
    if (item->data(0, kPathRole).toString() == path) {
      checkpoints_->setCurrentItem(item);
      return;
    }
  }
}

bool RunBrowser::selectEpoch(int epoch) {
  for (int i = 0; i < checkpoints_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = checkpoints_->topLevelItem(i);
    if (item->data(0, kEpochRole).toInt() == epoch) {
      checkpoints_->setCurrentItem(item);
      checkpoints_->scrollToItem(item);
      return true;
    }
  }
  return false;
}

void RunBrowser::setBusy(bool busy) {
  busy_ = busy;
  updateButtons();
}

void RunBrowser::updateButtons() {
  const QString run = selectedRun();
  bool resumable = false;
  for (const RunRow& r : runRows_)
    if (r.path == run) resumable = r.resumable;
  remove_->setEnabled(!run.isEmpty());
  resume_->setEnabled(resumable && !busy_);
  const bool checkpoint = !selectedCheckpoint().isEmpty();
  use_->setEnabled(checkpoint);
  export_->setEnabled(checkpoint);
}

void RunBrowser::retranslate() {
  runsTitle_->setText(tr("Training runs"));
  runs_->setHeaderLabels({tr("Run"), tr("Status"), tr("Latest validation")});
  open_->setText(tr("Open Run…"));
  open_->setToolTip(tr("Open a run folder (one started here or with spact train) to see its curves"));
  remove_->setText(tr("Remove from List"));
  remove_->setToolTip(tr("Forget this run here; its folder is not touched"));
  resume_->setText(tr("Resume Run"));
  resume_->setToolTip(tr("Continue the selected run from its last checkpoint"));
  checkpointsTitle_->setText(checkpointRun_.isEmpty() ? tr("Checkpoints")
                                                      : tr("Checkpoints of %1").arg(checkpointRun_.section(QLatin1Char('/'), -1)));
  checkpoints_->setHeaderLabels({tr("Checkpoint"), tr("Step"), tr("Action top-1"), tr("Privacy cMAP"), QString()});
  use_->setText(tr("Use as Current Model"));
  use_->setToolTip(tr("Anonymize with this checkpoint's f_A on the Compare page"));
  export_->setText(tr("Export…"));
  export_->setToolTip(tr("Copy this checkpoint (.spact) to a file of your choice"));
  updateButtons();
}

void RunBrowser::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
