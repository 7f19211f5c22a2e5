#include "train_setup_view.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include "config_form.h"
#include "data_picker.h"
#include "label_style.h"

namespace spact::widgets {
namespace {

void fill(QComboBox* box, const QStringList& ids, const QStringList& names) {
  const QString current = box->currentData().toString();
  const QSignalBlocker block(box);
  box->clear();
  for (qsizetype i = 0; i < ids.size(); ++i) box->addItem(i < names.size() ? names[i] : ids[i], ids[i]);
  const int index = box->findData(current);
  box->setCurrentIndex(index >= 0 ? index : 0);
}

void choose(QComboBox* box, const QString& id) {
  const QSignalBlocker block(box);
  const int index = box->findData(id);
  if (index >= 0) box->setCurrentIndex(index);
}

}  // namespace

TrainSetupView::TrainSetupView(QWidget* parent) : QWidget(parent) {
  actionData_ = new DataPicker(this);
  actionData_->setObjectName(QStringLiteral("actionData"));
  privacyData_ = new DataPicker(this);
  privacyData_->setObjectName(QStringLiteral("privacyData"));
  preset_ = new QComboBox(this);
  preset_->setObjectName(QStringLiteral("preset"));
  device_ = new QComboBox(this);
  device_->setObjectName(QStringLiteral("device"));
  precision_ = new QComboBox(this);
  precision_->setObjectName(QStringLiteral("precision"));
  folder_ = new QLineEdit(this);
  folder_->setObjectName(QStringLiteral("runFolder"));
  browseFolder_ = new QToolButton(this);
  form_ = new ConfigForm(this);
  form_->setObjectName(QStringLiteral("configForm"));
  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("setupMessage"));
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  start_ = new QPushButton(this);
  start_->setObjectName(QStringLiteral("startButton"));
  start_->setDefault(true);
  for (QLabel** label : {&actionLabel_, &privacyLabel_, &presetLabel_, &deviceLabel_, &precisionLabel_, &folderLabel_, &formLabel_})
    *label = new QLabel(this);
  makeBold(formLabel_);

  connect(preset_, &QComboBox::activated, this, [this] { Q_EMIT presetChosen(preset()); });
  connect(device_, &QComboBox::activated, this, [this] { Q_EMIT deviceChosen(device()); });
  connect(precision_, &QComboBox::activated, this, &TrainSetupView::changed);
  connect(folder_, &QLineEdit::textEdited, this, &TrainSetupView::changed);
  connect(browseFolder_, &QToolButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Folder for the Run"), runFolder());
    if (dir.isEmpty()) return;
    folder_->setText(dir);
    Q_EMIT changed();
  });
  connect(start_, &QPushButton::clicked, this, &TrainSetupView::startRequested);

  auto* top = new QFormLayout;
  top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  top->addRow(actionLabel_, actionData_);
  top->addRow(privacyLabel_, privacyData_);
  top->addRow(presetLabel_, preset_);
  auto* hardware = new QHBoxLayout;
  hardware->addWidget(device_, 1);
  hardware->addWidget(precisionLabel_);
  hardware->addWidget(precision_, 1);
  top->addRow(deviceLabel_, hardware);
  auto* folderRow = new QHBoxLayout;
  folderRow->addWidget(folder_, 1);
  folderRow->addWidget(browseFolder_);
  top->addRow(folderLabel_, folderRow);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(message_, 1);
  bottom->addWidget(start_, 0, Qt::AlignBottom);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(formLabel_);
  layout->addWidget(form_, 1);
  layout->addLayout(bottom);
  retranslate();
}

void TrainSetupView::setPresets(const QStringList& ids, const QStringList& names) { fill(preset_, ids, names); }
void TrainSetupView::setDevices(const QStringList& ids, const QStringList& names) { fill(device_, ids, names); }
void TrainSetupView::setPrecisions(const QStringList& ids, const QStringList& names) { fill(precision_, ids, names); }
QString TrainSetupView::preset() const { return preset_->currentData().toString(); }
QString TrainSetupView::device() const { return device_->currentData().toString(); }
QString TrainSetupView::precision() const { return precision_->currentData().toString(); }
void TrainSetupView::setPreset(const QString& id) { choose(preset_, id); }
void TrainSetupView::setDevice(const QString& id) { choose(device_, id); }
void TrainSetupView::setPrecision(const QString& id) { choose(precision_, id); }
QString TrainSetupView::runFolder() const { return folder_->text().trimmed(); }
void TrainSetupView::setRunFolder(const QString& folder) { folder_->setText(folder); }

void TrainSetupView::setMessage(const QString& text, bool problem) {
  problem_ = problem;
  message_->setText(text);
  message_->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
}

QString TrainSetupView::message() const { return message_->text(); }
void TrainSetupView::setStartEnabled(bool enabled) { start_->setEnabled(enabled); }

void TrainSetupView::setEditable(bool editable) {
  actionData_->setEditable(editable);
  privacyData_->setEditable(editable);
  form_->setEditable(editable);
  for (QWidget* w : std::initializer_list<QWidget*>{preset_, device_, precision_, folder_, browseFolder_}) w->setEnabled(editable);
}

void TrainSetupView::retranslate() {
  actionLabel_->setText(tr("Action data:"));
  actionData_->setPlaceholderText(tr("UCF101, HMDB51 or a class-folder set; or synth"));
  actionData_->setToolTip(tr("Videos whose classes f_T learns (the paper: UCF101 split 1)"));
  privacyLabel_->setText(tr("Privacy data:"));
  privacyData_->setPlaceholderText(tr("VISPR or a class-folder image set; or synth"));
  privacyData_->setToolTip(tr("Images for the self-supervised privacy branch f_B and the attribute monitor (the paper: VISPR)"));
  presetLabel_->setText(tr("Preset:"));
  preset_->setToolTip(tr("Starting values for every hyper-parameter below"));
  deviceLabel_->setText(tr("Device:"));
  precisionLabel_->setText(tr("Precision:"));
  precision_->setToolTip(tr("bf16 autocast needs CUDA; on the CPU training runs in fp32"));
  folderLabel_->setText(tr("Run folder:"));
  folder_->setToolTip(tr("config.json, events.jsonl, checkpoints/ and samples/ go here; it must not hold a run yet"));
  browseFolder_->setText(tr("Browse…"));
  formLabel_->setText(tr("Hyper-parameters"));
  start_->setText(tr("Start Training"));
}

void TrainSetupView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
