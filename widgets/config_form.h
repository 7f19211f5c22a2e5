#pragma once
// A form generated from a configuration's field declarations (util/config.h's describe(), turned
// into Qt values by the application): one editor per field under its group's title, the field's
// help as the tooltip. Numbers are checked against their bounds as they are typed; a value that
// is not a number, or out of bounds, is refused with a message under its editor and the form is
// invalid until it is corrected. A view: the application reads values() and applies them.
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariant>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace spact::widgets {

struct FormField {
  QString key;    // dotted path, e.g. "minimax.lr_action"
  QString group;  // the title of the box it is shown in
  QString label;  // beside the editor
  QString type;   // "bool", "int", "float", "string"
  QVariant value;
  QString toolTip;
  std::optional<double> min, max;  // numbers: inclusive bounds
  QStringList choices;             // strings: one of these (a combo box)
};

class ConfigForm : public QWidget {
  Q_OBJECT
 public:
  explicit ConfigForm(QWidget* parent = nullptr);
  ~ConfigForm() override;

  // Builds the editors (the values typed so far go).
  void setFields(const QList<FormField>& fields);
  // Shows these values (keys the form does not have are ignored); their problems are cleared.
  void setValues(const QVariantMap& values);
  // Every field whose text is a value of its type (an int as qlonglong, a float as double).
  QVariantMap values() const;
  QVariant value(const QString& key) const { return values().value(key); }
  QStringList keys() const;
  // Types `text` into the field's editor as a user would (tests, automation); false: no such field.
  bool enter(const QString& key, const QString& text);
  QWidget* editor(const QString& key) const;

  // A field's problem ("" when none): found as it was typed, or set by the application.
  QString problem(const QString& key) const;
  // Every problem, as "label: message" lines.
  QStringList problems() const;
  bool isValid() const;
  void setProblem(const QString& key, const QString& message);  // empty clears
  void setEditable(bool editable);

 Q_SIGNALS:
  void edited(const QString& key);
  void validityChanged(bool valid);

 private:
  struct Row;
  void check(Row& row);
  void showProblem(Row& row, const QString& message);
  QString text(const Row& row) const;
  Row* find(const QString& key);
  const Row* find(const QString& key) const;

  QVBoxLayout* layout_ = nullptr;
  QWidget* body_ = nullptr;
  std::vector<std::unique_ptr<Row>> rows_;
  bool valid_ = true;
};

}  // namespace spact::widgets
