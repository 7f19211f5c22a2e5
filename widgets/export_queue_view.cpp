#include "export_queue_view.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressBar>
#include <QToolButton>
#include <algorithm>
#include <cmath>

namespace spact::widgets {
namespace {
enum Column { FileColumn, ProgressColumn, EtaColumn, StateColumn, CancelColumn, ColumnCount };
}

ExportQueueView::ExportQueueView(QWidget* parent) : QTreeWidget(parent) {
  setColumnCount(ColumnCount);
  setRootIsDecorated(false);
  setUniformRowHeights(true);
  setSelectionMode(QAbstractItemView::NoSelection);
  header()->setStretchLastSection(false);
  header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
  header()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
  header()->setSectionResizeMode(EtaColumn, QHeaderView::ResizeToContents);
  header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
  header()->setSectionResizeMode(CancelColumn, QHeaderView::ResizeToContents);
  setColumnWidth(ProgressColumn, 140);
  retranslate();
}

void ExportQueueView::setRows(const QStringList& inputs, const QStringList& outputs) {
  clear();
  states_.clear();
  for (int row = 0; row < inputs.size(); ++row) {
    auto* item = new QTreeWidgetItem(this);
    item->setText(FileColumn, QFileInfo(inputs[row]).fileName());
    item->setToolTip(FileColumn, row < outputs.size() ? tr("%1\n→ %2").arg(inputs[row], outputs[row]) : inputs[row]);
    auto* bar = new QProgressBar(this);
    bar->setRange(0, 1000);
    bar->setValue(0);
    bar->setTextVisible(true);
    bar->setFormat(QStringLiteral("%p%"));
    setItemWidget(item, ProgressColumn, bar);
    auto* cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("cancelRow%1").arg(row));
    cancel->setAutoRaise(true);
    connect(cancel, &QToolButton::clicked, this, [this, row] { Q_EMIT cancelRequested(row); });
    setItemWidget(item, CancelColumn, cancel);
    states_ << RowState::Waiting;
  }
  retranslate();
}

void ExportQueueView::setProgress(int row, double fraction, double eta) {
  QTreeWidgetItem* item = topLevelItem(row);
  if (!item) return;
  if (auto* bar = qobject_cast<QProgressBar*>(itemWidget(item, ProgressColumn)))
    bar->setValue(static_cast<int>(std::lround(1000 * std::clamp(fraction, 0.0, 1.0))));
  item->setText(EtaColumn, eta >= 0 ? formatEta(eta) : QString());
}

void ExportQueueView::setState(int row, RowState state, const QString& message) {
  QTreeWidgetItem* item = topLevelItem(row);
  if (!item) return;
  states_[row] = state;
  item->setText(StateColumn, stateName(state));
  item->setToolTip(StateColumn, message);
  item->setForeground(StateColumn, state == RowState::Failed ? QBrush(Qt::red) : QBrush());
  const bool over = state != RowState::Waiting && state != RowState::Running;
  if (over) item->setText(EtaColumn, QString());
  if (auto* bar = qobject_cast<QProgressBar*>(itemWidget(item, ProgressColumn)))
    if (state == RowState::Done || state == RowState::Skipped) bar->setValue(bar->maximum());
  if (auto* cancel = qobject_cast<QToolButton*>(itemWidget(item, CancelColumn))) cancel->setEnabled(!over);
}

ExportQueueView::RowState ExportQueueView::state(int row) const {
  return row >= 0 && row < states_.size() ? states_[row] : RowState::Waiting;
}

QString ExportQueueView::stateText(int row) const {
  const QTreeWidgetItem* item = topLevelItem(row);
  return item ? item->text(StateColumn) : QString();
}

QString ExportQueueView::formatEta(double seconds) {
  const auto s = static_cast<qint64>(std::ceil(seconds));
  if (s < 60) return tr("%1 s").arg(s);
  if (s < 3600) return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
  return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ExportQueueView::stateName(RowState state) const {
  switch (state) {
    case RowState::Waiting:
      return tr("Waiting");
    case RowState::Running:
      return tr("Exporting");
    case RowState::Done:
      return tr("Done");
    case RowState::Skipped:
      return tr("Already done");
    case RowState::Failed:
      return tr("Failed");
    case RowState::Cancelled:
      return tr("Cancelled");
  }
  return {};
}

void ExportQueueView::retranslate() {
  setHeaderLabels({tr("File"), tr("Progress"), tr("Time left"), tr("State"), QString()});
  for (int row = 0; row < topLevelItemCount(); ++row) {
    QTreeWidgetItem* item = topLevelItem(row);
    item->setText(StateColumn, stateName(states_[row]));
    if (auto* cancel = qobject_cast<QToolButton*>(itemWidget(item, CancelColumn))) {
      cancel->setText(tr("Cancel"));
      cancel->setToolTip(tr("Cancel this file; the others go on"));
    }
  }
}

void ExportQueueView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QTreeWidget::changeEvent(event);
}

}  // namespace spact::widgets
