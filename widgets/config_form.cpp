#include "config_form.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <algorithm>
#include <cmath>

namespace spact::widgets {

struct ConfigForm::Row {
  FormField field;
  QLabel* label = nullptr;
  QWidget* editor = nullptr;
  QLabel* problemLabel = nullptr;
  QString typedProblem;  // from check(): not a number, out of bounds
  QString setProblem;    // from the application
};

namespace {

// Numbers are written and read the way the configuration's JSON writes them (1e-4, 0.5), in
// every language: they are copied between the form, run.json files and the paper.
QString numberText(const QVariant& v, const QString& type) {
  if (type == QLatin1String("int")) return QString::number(v.toLongLong());
  return QString::number(v.toDouble(), 'g', 12);
}

QString boundText(double v, const QString& type) {
  return type == QLatin1String("int") ? QString::number(static_cast<qlonglong>(v)) : QString::number(v, 'g', 12);
}

}  // namespace

ConfigForm::ConfigForm(QWidget* parent) : QWidget(parent) {
  auto* scroll = new QScrollArea(this);
  scroll->setObjectName(QStringLiteral("configFormScroll"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  body_ = new QWidget(scroll);
  layout_ = new QVBoxLayout(body_);
  layout_->setContentsMargins(0, 0, 4, 0);
  scroll->setWidget(body_);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
}

ConfigForm::~ConfigForm() = default;

void ConfigForm::setFields(const QList<FormField>& fields) {
  rows_.clear();
  while (QLayoutItem* item = layout_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  QMap<QString, QFormLayout*> groups;
  for (const FormField& f : fields) {
    QFormLayout*& form = groups[f.group];
    if (!form) {
      auto* box = new QGroupBox(f.group, body_);
      form = new QFormLayout(box);
      form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
      layout_->addWidget(box);
    }
    auto row = std::make_unique<Row>();
    row->field = f;
    Row* r = row.get();
    auto* cell = new QWidget(form->parentWidget());
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    if (f.type == QLatin1String("bool")) {
      auto* box = new QCheckBox(cell);
      box->setChecked(f.value.toBool());
      connect(box, &QCheckBox::toggled, this, [this, r] {
        check(*r);
        Q_EMIT edited(r->field.key);
      });
      r->editor = box;
    } else if (!f.choices.isEmpty()) {
      auto* combo = new QComboBox(cell);
      for (const QString& c : f.choices) combo->addItem(c, c);
      combo->setCurrentIndex(std::max(0, combo->findData(f.value.toString())));
      connect(combo, &QComboBox::activated, this, [this, r] {
        check(*r);
        Q_EMIT edited(r->field.key);
      });
      r->editor = combo;
    } else {
      auto* edit = new QLineEdit(cell);
      edit->setText(f.type == QLatin1String("string") ? f.value.toString() : numberText(f.value, f.type));
      connect(edit, &QLineEdit::textEdited, this, [this, r] {
        r->setProblem.clear();
        check(*r);
        Q_EMIT edited(r->field.key);
      });
      r->editor = edit;
    }
    r->editor->setObjectName(QStringLiteral("field:") + f.key);
    r->editor->setToolTip(f.toolTip);
    r->problemLabel = new QLabel(cell);
    r->problemLabel->setObjectName(QStringLiteral("problem:") + f.key);
    r->problemLabel->setWordWrap(true);
    r->problemLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    r->problemLabel->hide();
    cellLayout->addWidget(r->editor);
    cellLayout->addWidget(r->problemLabel);
    r->label = new QLabel(f.label, form->parentWidget());
    r->label->setToolTip(f.toolTip);
    r->label->setBuddy(r->editor);
    form->addRow(r->label, cell);
    rows_.push_back(std::move(row));
  }
  layout_->addStretch(1);
  for (auto& r : rows_) check(*r);
}

QString ConfigForm::text(const Row& row) const {
  if (auto* box = qobject_cast<QCheckBox*>(row.editor)) return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
  if (auto* combo = qobject_cast<QComboBox*>(row.editor)) return combo->currentData().toString();
  if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) return edit->text().trimmed();
  return {};
}

void ConfigForm::setValues(const QVariantMap& values) {
  for (auto& r : rows_) {
    if (!values.contains(r->field.key)) continue;
    const QVariant v = values.value(r->field.key);
    const QSignalBlocker block(r->editor);
    if (auto* box = qobject_cast<QCheckBox*>(r->editor)) box->setChecked(v.toBool());
    else if (auto* combo = qobject_cast<QComboBox*>(r->editor)) combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
    else if (auto* edit = qobject_cast<QLineEdit*>(r->editor))
      edit->setText(r->field.type == QLatin1String("string") ? v.toString() : numberText(v, r->field.type));
    r->setProblem.clear();
    check(*r);
  }
}

QVariantMap ConfigForm::values() const {
  QVariantMap out;
  const QLocale c = QLocale::c();
  for (const auto& r : rows_) {
    const QString t = text(*r);
    const QString& type = r->field.type;
    bool ok = true;
    if (type == QLatin1String("bool")) out.insert(r->field.key, t == QLatin1String("true"));
    else if (type == QLatin1String("int")) {
      const qlonglong v = c.toLongLong(t, &ok);
      if (ok) out.insert(r->field.key, v);
    } else if (type == QLatin1String("float")) {
      const double v = c.toDouble(t, &ok);
      if (ok && std::isfinite(v)) out.insert(r->field.key, v);
    } else {
      out.insert(r->field.key, t);
    }
  }
  return out;
}

QStringList ConfigForm::keys() const {
  QStringList out;
  for (const auto& r : rows_) out << r->field.key;
  return out;
}

bool ConfigForm::enter(const QString& key, const QString& value) {
  Row* r = find(key);
  if (!r) return false;
  if (auto* edit = qobject_cast<QLineEdit*>(r->editor)) {
    edit->setText(value);
    Q_EMIT edit->textEdited(value);
  } else if (auto* combo = qobject_cast<QComboBox*>(r->editor)) {
    const int index = combo->findData(value);
    if (index < 0) return false;
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
  } else if (auto* box = qobject_cast<QCheckBox*>(r->editor)) {
    box->setChecked(value == QLatin1String("true"));
  }
  return true;
}

QWidget* ConfigForm::editor(const QString& key) const {
  const Row* r = find(key);
  return r ? r->editor : nullptr;
}

void ConfigForm::check(Row& row) {
  const QString& type = row.field.type;
  QString problem;
  if (type == QLatin1String("int") || type == QLatin1String("float")) {
    bool ok = false;
    const QString t = text(row);
    const QLocale c = QLocale::c();
    const double v = type == QLatin1String("int") ? static_cast<double>(c.toLongLong(t, &ok)) : c.toDouble(t, &ok);
    const auto& lo = row.field.min;
    const auto& hi = row.field.max;
    if (!ok || !std::isfinite(v)) {
      problem = type == QLatin1String("int") ? tr("Enter a whole number.") : tr("Enter a number, such as 0.5 or 1e-4.");
    } else if ((lo && v < *lo) || (hi && v > *hi)) {
      if (lo && hi) problem = tr("%1 is not possible: it must be between %2 and %3.").arg(t, boundText(*lo, type), boundText(*hi, type));
      else if (lo) problem = tr("%1 is not possible: it must be at least %2.").arg(t, boundText(*lo, type));
      else problem = tr("%1 is not possible: it must be at most %2.").arg(t, boundText(*hi, type));
    }
  }
  row.typedProblem = problem;
  showProblem(row, problem.isEmpty() ? row.setProblem : problem);
}

void ConfigForm::showProblem(Row& row, const QString& message) {
  row.problemLabel->setText(message);
  row.problemLabel->setVisible(!message.isEmpty());
  row.editor->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c0392b;"));
  const bool valid = isValid();
  if (valid != valid_) {
    valid_ = valid;
    Q_EMIT validityChanged(valid);
  }
}

QString ConfigForm::problem(const QString& key) const {
  const Row* r = find(key);
  if (!r) return {};
  return r->typedProblem.isEmpty() ? r->setProblem : r->typedProblem;
}

QStringList ConfigForm::problems() const {
  QStringList out;
  for (const auto& r : rows_) {
    const QString p = r->typedProblem.isEmpty() ? r->setProblem : r->typedProblem;
    if (!p.isEmpty()) out << tr("%1: %2").arg(r->field.label, p);
  }
  return out;
}

bool ConfigForm::isValid() const {
  for (const auto& r : rows_)
    if (!r->typedProblem.isEmpty() || !r->setProblem.isEmpty()) return false;
  return true;
}

void ConfigForm::setProblem(const QString& key, const QString& message) {
  Row* r = find(key);
  if (!r) return;
  r->setProblem = message;
  showProblem(*r, r->typedProblem.isEmpty() ? message : r->typedProblem);
}

void ConfigForm::setEditable(bool editable) {
  for (auto& r : rows_) r->editor->setEnabled(editable);
}

ConfigForm::Row* ConfigForm::find(const QString& key) {
  for (auto& r : rows_)
    if (r->field.key == key) return r.get();
  return nullptr;
}

const ConfigForm::Row* ConfigForm::find(const QString& key) const {
  for (const auto& r : rows_)
    if (r->field.key == key) return r.get();
  return nullptr;
}

}  // namespace spact::widgets
