#include "data_picker.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace spact::widgets {

DataPicker::DataPicker(QWidget* parent) : QWidget(parent) {
  edit_ = new QLineEdit(this);
  edit_->setObjectName(QStringLiteral("dataSpec"));
  edit_->setClearButtonEnabled(true);
  browse_ = new QToolButton(this);
  browse_->setObjectName(QStringLiteral("dataBrowse"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("dataStatus"));
  status_->setWordWrap(true);
  status_->setTextFormat(Qt::RichText);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* row = new QHBoxLayout;
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(edit_, 1);
  row->addWidget(browse_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addLayout(row);
  layout->addWidget(status_);

  // Typing settles for a moment before the folder is inspected; Enter and Browse… do it at once.
  settle_.setSingleShot(true);
  settle_.setInterval(400);
  connect(&settle_, &QTimer::timeout, this, &DataPicker::announce);
  connect(edit_, &QLineEdit::textEdited, this, [this] { settle_.start(); });
  connect(edit_, &QLineEdit::returnPressed, this, &DataPicker::announce);
  connect(edit_, &QLineEdit::editingFinished, this, &DataPicker::announce);
  connect(browse_, &QToolButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Data Set Folder"), spec());
    if (!dir.isEmpty()) setSpec(dir);
  });
  retranslate();
}

QString DataPicker::spec() const { return edit_->text().trimmed(); }

void DataPicker::setSpec(const QString& spec) {
  edit_->setText(spec);
  announce();
}

void DataPicker::setPlaceholderText(const QString& text) { edit_->setPlaceholderText(text); }

void DataPicker::announce() {
  settle_.stop();
  const QString s = spec();
  if (s == announced_) return;
  announced_ = s;
  if (s.isEmpty()) {
    state_ = State::Empty;
    retranslate();
  }
  Q_EMIT specChanged(s);
}

void DataPicker::setChecking() {
  state_ = State::Checking;
  retranslate();
}

void DataPicker::setSummary(const DataSummary& summary) {
  state_ = State::Valid;
  summary_ = summary;
  retranslate();
}

void DataPicker::setProblem(const QString& message) {
  state_ = State::Invalid;
  problem_ = message;
  retranslate();
}

void DataPicker::setEditable(bool editable) {
  edit_->setReadOnly(!editable);
  browse_->setEnabled(editable);
}

QString DataPicker::statusText() const { return status_->text(); }

void DataPicker::retranslate() {
  browse_->setText(tr("Browse…"));
  const QLocale locale;
  QString html;
  switch (state_) {
    case State::Empty: html = tr("Choose a folder, or type synth for the built-in synthetic benchmark."); break;
    case State::Checking: html = tr("Looking at the data set…"); break;
    case State::Invalid:
      html = QStringLiteral("<span style=\"color:#c0392b\">%1</span>").arg(problem_.toHtmlEscaped());
      break;
    case State::Valid: {
      const DataSummary& s = summary_;
      QStringList lines;
      QStringList counts;
      if (!s.classes.isEmpty()) counts << (s.classes.size() == 1 ? tr("1 class") : tr("%1 classes").arg(s.classes.size()));
      if (s.videos > 0) counts << tr("%1 videos").arg(locale.toString(s.videos));
      if (s.images > 0) counts << tr("%1 images").arg(locale.toString(s.images));
      if (!s.attributes.isEmpty())
        counts << (s.attributes.size() == 1 ? tr("1 attribute") : tr("%1 attributes").arg(s.attributes.size()));
      const QString what = s.split.isEmpty() ? tr("<b>%1</b>:").arg(s.layout.toHtmlEscaped())
                                             : tr("<b>%1</b> (split %2):").arg(s.layout.toHtmlEscaped(), s.split.toHtmlEscaped());
      lines << what + QLatin1Char(' ') + counts.join(QStringLiteral(", "));
      if (!s.attributes.isEmpty()) {
        QStringList named;
        for (qsizetype i = 0; i < s.attributes.size(); ++i) {
          const QString name = s.attributes[i].toHtmlEscaped();
          named << (i < s.attributeFrequencies.size()
                        ? tr("%1 (%2 %)").arg(name, locale.toString(100 * s.attributeFrequencies[i], 'f', 0))
                        : name);
        }
        lines << tr("Attributes: %1").arg(named.join(QStringLiteral(", ")));
      }
      if (s.problems > 0)
        lines << QStringLiteral("<span style=\"color:#b9770e\">%1</span>")
                     .arg(tr("Missing or unreadable files: %1").arg(locale.toString(s.problems)));
      html = lines.join(QStringLiteral("<br>"));
      status_->setToolTip(s.classes.isEmpty() ? QString() : tr("Classes: %1").arg(s.classes.join(QStringLiteral(", "))));
      break;
    }
  }
  if (state_ != State::Valid) status_->setToolTip(QString());
  status_->setText(html);
}

void DataPicker::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
