#pragma once
// The one way the studio's pages set a section title in bold.
#include <QFont>
#include <QLabel>

namespace spact::widgets {

inline void makeBold(QLabel* label) {
  QFont bold = label->font();
  bold.setBold(true);
  label->setFont(bold);
}

inline QLabel* boldLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  makeBold(label);
  return label;
}

}  // namespace spact::widgets
