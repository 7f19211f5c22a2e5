#include "property_panel.h"

#include <QEvent>
#include <QHeaderView>

namespace spact::widgets {

PropertyPanel::PropertyPanel(QWidget* parent) : QTreeWidget(parent) {
  setColumnCount(2);
  setRootIsDecorated(true);
  setAlternatingRowColors(true);
  setSelectionMode(QAbstractItemView::ExtendedSelection);
  header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  header()->setStretchLastSection(true);
  retranslate();
}

void PropertyPanel::setRows(const QList<PropertyRow>& rows) {
  clear();
  QTreeWidgetItem* section = nullptr;
  for (const auto& row : rows) {
    if (!section || section->text(0) != row.section) {
      section = new QTreeWidgetItem(this, {row.section});
      QFont bold = section->font(0);
      bold.setBold(true);
      section->setFont(0, bold);
      section->setFirstColumnSpanned(true);
    }
    auto* item = new QTreeWidgetItem(section, {row.name, row.value});
    item->setToolTip(1, row.value);
  }
  expandAll();
}

QString PropertyPanel::value(const QString& sectionName, const QString& name) const {
  for (int i = 0; i < topLevelItemCount(); ++i) {
    const QTreeWidgetItem* section = topLevelItem(i);
    if (section->text(0) != sectionName) continue;
    for (int j = 0; j < section->childCount(); ++j)
      if (section->child(j)->text(0) == name) return section->child(j)->text(1);
  }
  return {};
}

void PropertyPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QTreeWidget::changeEvent(event);
}

void PropertyPanel::retranslate() { setHeaderLabels({tr("Property"), tr("Value")}); }

}  // namespace spact::widgets
