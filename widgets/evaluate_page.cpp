#include "evaluate_page.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>

#include "config_form.h"
#include "data_picker.h"
#include "evaluation_results.h"

namespace spact::widgets {

QStringList EvaluatePage::baselineNames() {
  return {QStringLiteral("raw"),  QStringLiteral("downsample2"), QStringLiteral("downsample4"),
          QStringLiteral("blur"), QStringLiteral("pixelate"),    QStringLiteral("faceblur")};
}

EvaluatePage::EvaluatePage(QWidget* parent) : QWidget(parent) {
  auto* scroll = new QScrollArea(this);
  scroll->setObjectName(QStringLiteral("evaluateSetup"));
  scroll->setWidgetResizable(true);
  scroll->setWidget(makeSetup());
  scroll->setMinimumWidth(400);

  progress_ = new QProgressBar(this);
  progress_->setObjectName(QStringLiteral("evaluationProgress"));
  progress_->setRange(0, 1000);
  progress_->setValue(0);
  eta_ = new QLabel(this);
  eta_->setObjectName(QStringLiteral("evaluationEta"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("evaluationStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  reportLabel_ = new QLabel(this);
  reportLabel_->setObjectName(QStringLiteral("evaluationReportFolder"));
  reportLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  open_ = new QPushButton(this);
  open_->setObjectName(QStringLiteral("openReport"));
  exportHtml_ = new QPushButton(this);
  exportHtml_->setObjectName(QStringLiteral("exportHtml"));
  exportPdf_ = new QPushButton(this);
  exportPdf_->setObjectName(QStringLiteral("exportPdf"));
  exportCsv_ = new QPushButton(this);
  exportCsv_->setObjectName(QStringLiteral("exportCsv"));
  connect(open_, &QPushButton::clicked, this, &EvaluatePage::openReportRequested);
  connect(exportHtml_, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("html")); });
  connect(exportPdf_, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); });
  connect(exportCsv_, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("csv")); });
  results_ = new EvaluationResults(this);
  results_->setObjectName(QStringLiteral("evaluationResults"));

  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  auto* progressRow = new QHBoxLayout;
  progressRow->addWidget(progress_, 1);
  progressRow->addWidget(eta_);
  rightLayout->addLayout(progressRow);
  rightLayout->addWidget(status_);
  auto* reportRow = new QHBoxLayout;
  reportRow->addWidget(reportLabel_, 1);
  reportRow->addWidget(open_);
  reportRow->addWidget(exportHtml_);
  reportRow->addWidget(exportPdf_);
  reportRow->addWidget(exportCsv_);
  rightLayout->addLayout(reportRow);
  rightLayout->addWidget(results_, 1);

  auto* split = new QSplitter(Qt::Horizontal, this);
  split->setObjectName(QStringLiteral("evaluateSplitter"));
  split->addWidget(scroll);
  split->addWidget(right);
  split->setStretchFactor(0, 0);
  split->setStretchFactor(1, 1);
  split->setChildrenCollapsible(false);
  split->setSizes({440, 900});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);
  retranslate();
  updateButtons();
}

QWidget* EvaluatePage::makeSetup() {
  auto* body = new QWidget;
  auto* layout = new QVBoxLayout(body);

  modelsBox_ = new QGroupBox(body);
  models_ = new QListWidget(modelsBox_);
  models_->setObjectName(QStringLiteral("evaluationModels"));
  models_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  models_->setMaximumHeight(90);
  addModel_ = new QPushButton(modelsBox_);
  addModel_->setObjectName(QStringLiteral("addModel"));
  removeModel_ = new QPushButton(modelsBox_);
  removeModel_->setObjectName(QStringLiteral("removeModel"));
  connect(addModel_, &QPushButton::clicked, this, &EvaluatePage::chooseModels);
  connect(removeModel_, &QPushButton::clicked, this, [this] {
    for (QListWidgetItem* item : models_->selectedItems()) delete item;
    Q_EMIT modelsChanged();
  });
  connect(models_, &QListWidget::itemSelectionChanged, this, &EvaluatePage::updateButtons);
  auto* modelButtons = new QHBoxLayout;
  modelButtons->addWidget(addModel_);
  modelButtons->addWidget(removeModel_);
  modelButtons->addStretch(1);
  auto* modelsLayout = new QVBoxLayout(modelsBox_);
  modelsLayout->addWidget(models_);
  modelsLayout->addLayout(modelButtons);
  layout->addWidget(modelsBox_);

  baselinesBox_ = new QGroupBox(body);
  auto* grid = new QGridLayout(baselinesBox_);
  const QStringList names = baselineNames();
  for (int i = 0; i < names.size(); ++i) {
    auto* box = new QCheckBox(names[i], baselinesBox_);
    box->setObjectName(QStringLiteral("baseline_") + names[i]);
    box->setChecked(true);
    baselineBoxes_ << box;
    grid->addWidget(box, i / 3, i % 3);
  }
  layout->addWidget(baselinesBox_);

  dataBox_ = new QGroupBox(body);
  auto* form = new QFormLayout(dataBox_);
  protocol_ = new QComboBox(dataBox_);
  protocol_->setObjectName(QStringLiteral("evaluationProtocol"));
  protocol_->addItem(QString(), QStringLiteral("known"));
  protocol_->addItem(QString(), QStringLiteral("novel"));
  actionData_ = new DataPicker(dataBox_);
  actionData_->setObjectName(QStringLiteral("evaluationActionData"));
  privacyData_ = new DataPicker(dataBox_);
  privacyData_->setObjectName(QStringLiteral("evaluationPrivacyData"));
  protocolLabel_ = new QLabel(dataBox_);
  actionLabel_ = new QLabel(dataBox_);
  privacyLabel_ = new QLabel(dataBox_);
  form->addRow(protocolLabel_, protocol_);
  form->addRow(actionLabel_, actionData_);
  form->addRow(privacyLabel_, privacyData_);
  layout->addWidget(dataBox_);

  budgetBox_ = new QGroupBox(body);
  budget_ = new ConfigForm(budgetBox_);
  budget_->setObjectName(QStringLiteral("evaluationBudget"));
  budget_->setMinimumHeight(300);  // room for both budgets without scrolling inside the scrolled set-up
  auto* budgetLayout = new QVBoxLayout(budgetBox_);
  budgetLayout->addWidget(budget_);
  layout->addWidget(budgetBox_);

  outputBox_ = new QGroupBox(body);
  output_ = new QLineEdit(outputBox_);
  output_->setObjectName(QStringLiteral("evaluationOutput"));
  browseOutput_ = new QPushButton(outputBox_);
  browseOutput_->setObjectName(QStringLiteral("browseOutput"));
  connect(browseOutput_, &QPushButton::clicked, this, &EvaluatePage::chooseOutput);
  auto* outputRow = new QHBoxLayout(outputBox_);
  outputRow->addWidget(output_, 1);
  outputRow->addWidget(browseOutput_);
  layout->addWidget(outputBox_);

  start_ = new QPushButton(body);
  start_->setObjectName(QStringLiteral("startEvaluation"));
  stop_ = new QPushButton(body);
  stop_->setObjectName(QStringLiteral("stopEvaluation"));
  connect(start_, &QPushButton::clicked, this, &EvaluatePage::startRequested);
  connect(stop_, &QPushButton::clicked, this, &EvaluatePage::stopRequested);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(start_);
  buttons->addWidget(stop_);
  layout->addLayout(buttons);
  layout->addStretch(1);
  return body;
}

QStringList EvaluatePage::models() const {
  QStringList out;
  for (int i = 0; i < models_->count(); ++i) out << models_->item(i)->data(Qt::UserRole).toString();
  return out;
}

void EvaluatePage::setModels(const QStringList& paths) {
  models_->clear();
  addModels(paths);
}

void EvaluatePage::addModels(const QStringList& paths) {
  const QStringList present = models();
  for (const QString& path : paths) {
    if (present.contains(path)) continue;
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), models_);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
  }
  updateButtons();
  Q_EMIT modelsChanged();
}

QStringList EvaluatePage::baselines() const {
  QStringList out;
  for (QCheckBox* box : baselineBoxes_)
    if (box->isChecked()) out << box->text();
  return out;
}

void EvaluatePage::setBaselines(const QStringList& names) {
  for (QCheckBox* box : baselineBoxes_) box->setChecked(names.contains(box->text()));
}

QCheckBox* EvaluatePage::baselineBox(const QString& name) const {
  for (QCheckBox* box : baselineBoxes_)
    if (box->text() == name) return box;
  return nullptr;
}

QString EvaluatePage::protocol() const { return protocol_->currentData().toString(); }

void EvaluatePage::setProtocol(const QString& protocol) {
  const int i = protocol_->findData(protocol);
  if (i >= 0) protocol_->setCurrentIndex(i);
}

QString EvaluatePage::outputFolder() const { return output_->text().trimmed(); }
void EvaluatePage::setOutputFolder(const QString& folder) { output_->setText(folder); }

QPushButton* EvaluatePage::exportButton(const QString& format) const {
  if (format == QLatin1String("html")) return exportHtml_;
  if (format == QLatin1String("pdf")) return exportPdf_;
  if (format == QLatin1String("csv")) return exportCsv_;
  return nullptr;
}

void EvaluatePage::setRunning(bool running) {
  running_ = running;
  updateButtons();
}

void EvaluatePage::setProgress(int permille, const QString& text, const QString& eta) {
  progress_->setValue(permille);
  progress_->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text + QStringLiteral(" — %p%"));
  eta_->setText(eta);
}

void EvaluatePage::setStatus(const QString& text, bool error) {
  status_->setText(text);
  status_->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QString());
}

QString EvaluatePage::statusText() const { return status_->text(); }
QString EvaluatePage::etaText() const { return eta_->text(); }
int EvaluatePage::progressValue() const { return progress_->value(); }

void EvaluatePage::setReportFolder(const QString& folder) {
  reportFolder_ = folder;
  reportLabel_->setText(folder.isEmpty() ? tr("No report shown.") : tr("Report: %1").arg(folder));
  updateButtons();
}

void EvaluatePage::chooseModels() {
  const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose Model Files"), QString(),
                                                          tr("SPAct models (*.spact);;All files (*)"));
  if (!files.isEmpty()) addModels(files);
}

void EvaluatePage::chooseOutput() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the Output Folder"), outputFolder());
  if (!dir.isEmpty()) setOutputFolder(dir);
}

void EvaluatePage::updateButtons() {
  for (QWidget* w :
       {static_cast<QWidget*>(models_), static_cast<QWidget*>(addModel_), static_cast<QWidget*>(protocol_),
        static_cast<QWidget*>(output_), static_cast<QWidget*>(browseOutput_), static_cast<QWidget*>(open_)})
    w->setEnabled(!running_);
  for (QCheckBox* box : baselineBoxes_) box->setEnabled(!running_);
  removeModel_->setEnabled(!running_ && !models_->selectedItems().isEmpty());
  actionData_->setEditable(!running_);
  privacyData_->setEditable(!running_);
  budget_->setEditable(!running_);
  start_->setEnabled(!running_);
  stop_->setEnabled(running_);
  for (QPushButton* b : {exportHtml_, exportPdf_, exportCsv_}) b->setEnabled(!running_ && !reportFolder_.isEmpty());
}

void EvaluatePage::retranslate() {
  modelsBox_->setTitle(tr("Models: the anonymizer f_A of each file gets a row"));
  addModel_->setText(tr("Add…"));
  removeModel_->setText(tr("Remove"));
  baselinesBox_->setTitle(tr("Baselines"));
  dataBox_->setTitle(tr("Protocol and data"));
  protocol_->setItemText(0, tr("Known actions and attributes"));
  protocol_->setItemText(1, tr("Novel actions and attributes"));
  protocolLabel_->setText(tr("Protocol:"));
  actionLabel_->setText(tr("Action data:"));
  privacyLabel_->setText(tr("Privacy data:"));
  actionData_->setPlaceholderText(tr("Folder, or synth:… for the synthetic benchmark"));
  privacyData_->setPlaceholderText(tr("Empty: the action data labels the attributes"));
  budgetBox_->setTitle(tr("Budget of the fresh target models"));
  outputBox_->setTitle(tr("Output folder"));
  browseOutput_->setText(tr("Browse…"));
  start_->setText(tr("Start"));
  stop_->setText(tr("Stop"));
  stop_->setToolTip(tr("Finished rows are kept; starting again resumes."));
  open_->setText(tr("Open Report Folder…"));
  exportHtml_->setText(tr("Export HTML…"));
  exportPdf_->setText(tr("Export PDF…"));
  exportCsv_->setText(tr("Export CSV…"));
  setReportFolder(reportFolder_);
}

void EvaluatePage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
