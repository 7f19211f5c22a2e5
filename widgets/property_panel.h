#pragma once
// A read-only tree of "name: value" rows grouped in sections (a file's metadata, a model card).
#include <QList>
#include <QTreeWidget>

namespace spact::widgets {

struct PropertyRow {
  QString section;  // rows with the same section are grouped under it
  QString name;
  QString value;
};

class PropertyPanel : public QTreeWidget {
  Q_OBJECT
public:
  explicit PropertyPanel(QWidget* parent = nullptr);

  void setRows(const QList<PropertyRow>& rows);
  // The value shown for `name` in `section` ("" when absent): what tests and tooltips read.
  QString value(const QString& section, const QString& name) const;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
};

}  // namespace spact::widgets
