#include "export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QVBoxLayout>

#include "export_queue_view.h"
#include "model_panel.h"
#include "studio_settings.h"

namespace spact::studio {
namespace {
using RowState = widgets::ExportQueueView::RowState;
const QList<int> kHeights = {0, 2160, 1440, 1080, 720, 480, 360, 240};
enum Label {
  InputsLabel,
  CodecLabel,
  QualityLabel,
  AudioLabel,
  SizeLabel,
  MethodLabel,
  ReportLabel,
  OutputLabel,
  QueueLabel,
  LabelCount
};

RowState rowState(ExportQueue::ItemState state) {
  switch (state) {
    case ExportQueue::ItemState::Waiting:
      return RowState::Waiting;
    case ExportQueue::ItemState::Running:
      return RowState::Running;
    case ExportQueue::ItemState::Done:
      return RowState::Done;
    case ExportQueue::ItemState::Skipped:
      return RowState::Skipped;
    case ExportQueue::ItemState::Failed:
      return RowState::Failed;
    case ExportQueue::ItemState::Cancelled:
      return RowState::Cancelled;
  }
  return RowState::Waiting;
}
}  // namespace

ExportDialog::ExportDialog(ExportQueue& queue, StudioSettings& settings, QWidget* parent)
    : QDialog(parent), queue_(queue), settings_(settings) {
  setObjectName(QStringLiteral("exportDialog"));
  for (int i = 0; i < LabelCount; ++i) labels_ << new QLabel(this);
  inputs_ = new QListWidget(this);
  inputs_->setObjectName(QStringLiteral("inputList"));
  inputs_->setMaximumHeight(90);
  inputs_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  addFiles_ = new QPushButton(this);
  addFolder_ = new QPushButton(this);
  removeInput_ = new QPushButton(this);
  codec_ = new QComboBox(this);
  codec_->setObjectName(QStringLiteral("codecBox"));
  codec_->addItem(QString(), QStringLiteral("h264"));
  codec_->addItem(QString(), QStringLiteral("ffv1"));
  crf_ = new QSpinBox(this);
  crf_->setObjectName(QStringLiteral("crfBox"));
  crf_->setRange(0, 51);
  keepAudio_ = new QCheckBox(this);
  keepAudio_->setObjectName(QStringLiteral("keepAudioBox"));
  height_ = new QComboBox(this);
  height_->setObjectName(QStringLiteral("heightBox"));
  for (int h : kHeights) height_->addItem(QString(), h);
  method_ = new QComboBox(this);
  method_->setObjectName(QStringLiteral("exportMethodBox"));
  for (const QString& id : widgets::ModelPanel::methods()) method_->addItem(QString(), id);
  scoreReport_ = new QCheckBox(this);
  scoreReport_->setObjectName(QStringLiteral("scoreReportBox"));
  output_ = new QLineEdit(this);
  output_->setObjectName(QStringLiteral("outputEdit"));
  browse_ = new QPushButton(this);
  queueView_ = new widgets::ExportQueueView(this);
  queueView_->setObjectName(QStringLiteral("exportQueue"));
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("summaryLabel"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  start_ = new QPushButton(this);
  start_->setObjectName(QStringLiteral("startButton"));
  start_->setDefault(true);
  cancelAll_ = new QPushButton(this);
  cancelAll_->setObjectName(QStringLiteral("cancelAllButton"));
  close_ = new QPushButton(this);

  auto* inputButtons = new QVBoxLayout;
  inputButtons->addWidget(addFiles_);
  inputButtons->addWidget(addFolder_);
  inputButtons->addWidget(removeInput_);
  inputButtons->addStretch(1);
  auto* inputRow = new QHBoxLayout;
  inputRow->addWidget(inputs_, 1);
  inputRow->addLayout(inputButtons);
  auto* outputRow = new QHBoxLayout;
  outputRow->addWidget(output_, 1);
  outputRow->addWidget(browse_);
  auto* form = new QFormLayout;
  form->addRow(labels_[InputsLabel], inputRow);
  form->addRow(labels_[CodecLabel], codec_);
  form->addRow(labels_[QualityLabel], crf_);
  form->addRow(labels_[AudioLabel], keepAudio_);
  form->addRow(labels_[SizeLabel], height_);
  form->addRow(labels_[MethodLabel], method_);
  form->addRow(labels_[ReportLabel], scoreReport_);
  form->addRow(labels_[OutputLabel], outputRow);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(cancelAll_);
  buttons->addWidget(start_);
  buttons->addWidget(close_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(labels_[QueueLabel]);
  layout->addWidget(queueView_, 1);
  layout->addWidget(summary_);
  layout->addLayout(buttons);

  const StudioSettings::Export choices = settings_.exportChoices();
  setCodec(choices.codec);
  setCrf(choices.crf);
  setKeepAudio(choices.keepAudio);
  setOutputHeight(choices.height);
  setScoreReport(choices.scoreReport);

  connect(addFiles_, &QPushButton::clicked, this, &ExportDialog::addFiles);
  connect(addFolder_, &QPushButton::clicked, this, &ExportDialog::addFolder);
  connect(removeInput_, &QPushButton::clicked, this, [this] {
    qDeleteAll(inputs_->selectedItems());
    suggestOutput();
    updateEnabled();
  });
  connect(browse_, &QPushButton::clicked, this, &ExportDialog::browseOutput);
  connect(codec_, &QComboBox::currentIndexChanged, this, [this] {
    if (singleFile() && !output_->text().isEmpty()) {
      output_->setText(withCodecExtension(output_->text(), codec_->currentData().toString()));
      if (!outputSuggested_.isEmpty()) outputSuggested_ = output_->text();
    }
    updateEnabled();
  });
  connect(inputs_, &QListWidget::itemSelectionChanged, this, &ExportDialog::updateEnabled);
  connect(output_, &QLineEdit::textEdited, this, [this] {
    outputSuggested_.clear();
    updateEnabled();
  });
  connect(start_, &QPushButton::clicked, this, &ExportDialog::startExport);
  connect(cancelAll_, &QPushButton::clicked, &queue_, &ExportQueue::cancelAll);
  connect(close_, &QPushButton::clicked, this, &QDialog::close);
  connect(queueView_, &widgets::ExportQueueView::cancelRequested, &queue_, &ExportQueue::cancel);

  connect(&queue_, &ExportQueue::planned, this,
          [this](const QStringList& inputs, const QStringList& outputs) { queueView_->setRows(inputs, outputs); });
  connect(&queue_, &ExportQueue::itemStarted, this, [this](int row) { queueView_->setState(row, RowState::Running); });
  connect(&queue_, &ExportQueue::itemProgress, queueView_, &widgets::ExportQueueView::setProgress);
  connect(&queue_, &ExportQueue::itemFinished, this,
          [this](int row, ExportQueue::ItemState state, const QString& message) {
            queueView_->setState(row, rowState(state), message);
          });
  connect(&queue_, &ExportQueue::finished, this, [this](const ExportQueue::Summary& summary) {
    showSummary(summary);
    updateEnabled();
    Q_EMIT exportFinished(summary);
  });

  resize(760, 620);
  retranslate();
  updateEnabled();
}

void ExportDialog::setAnonymizer(const pipeline::AnonymizerConfig& config) {
  panel_ = config;
  const bool model = !config.modelPath.empty();
  method_->setItemText(
      0, model ? widgets::ModelPanel::methodName(QStringLiteral("model"),
                                                 QFileInfo(QString::fromStdString(config.modelPath)).fileName())
               : tr("Model (none loaded)"));
  if (auto* items = qobject_cast<QStandardItemModel*>(method_->model())) items->item(0)->setEnabled(model);
  updateEnabled();
  setMethod(config.method == "downsample" ? QStringLiteral("downsample%1").arg(config.downsampleFactor)
                                          : QString::fromStdString(config.method));
}

void ExportDialog::setMethod(const QString& method) {
  const int i = method_->findData(method);
  if (i >= 0) method_->setCurrentIndex(i);
}

void ExportDialog::setInputs(const QStringList& paths) {
  inputs_->clear();
  for (const QString& path : paths) {
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), inputs_);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
  }
  outputSuggested_ = output_->text();  // the old suggestion may go
  suggestOutput();
  updateEnabled();
}

QStringList ExportDialog::inputs() const {
  QStringList paths;
  for (int i = 0; i < inputs_->count(); ++i) paths << inputs_->item(i)->data(Qt::UserRole).toString();
  return paths;
}

void ExportDialog::setOutput(const QString& path) {
  output_->setText(path);
  outputSuggested_.clear();
  updateEnabled();
}

QString ExportDialog::output() const { return output_->text(); }
void ExportDialog::setCodec(const QString& codec) { codec_->setCurrentIndex(std::max(0, codec_->findData(codec))); }
void ExportDialog::setCrf(int crf) { crf_->setValue(crf); }
void ExportDialog::setKeepAudio(bool keep) { keepAudio_->setChecked(keep); }
void ExportDialog::setOutputHeight(int height) { height_->setCurrentIndex(std::max(0, height_->findData(height))); }
void ExportDialog::setScoreReport(bool write) { scoreReport_->setChecked(write); }
bool ExportDialog::scoreReport() const { return scoreReport_->isChecked() && !panel_.modelPath.empty(); }

bool ExportDialog::singleFile() const {
  const QStringList paths = inputs();
  return paths.size() == 1 && QFileInfo(paths.front()).isFile() && !QFileInfo(output_->text()).isDir();
}

// One file: "<name>-anonymized.mp4" beside it; several: an "anonymized" folder beside the first,
// or the folder used last time.
void ExportDialog::suggestOutput() {
  if (!output_->text().isEmpty() && output_->text() != outputSuggested_) return;  // the user's own choice stays
  const QStringList paths = inputs();
  QString suggestion;
  if (paths.size() == 1 && QFileInfo(paths.front()).isFile()) {
    const QFileInfo info(paths.front());
    suggestion = withCodecExtension(info.dir().filePath(info.completeBaseName() + QStringLiteral("-anonymized.mp4")),
                                    codec_->currentData().toString());
  } else if (!paths.isEmpty()) {
    const QString last = settings_.exportChoices().outputFolder;
    suggestion = !last.isEmpty() ? last : QFileInfo(paths.front()).dir().filePath(QStringLiteral("anonymized"));
  }
  output_->setText(suggestion);
  outputSuggested_ = suggestion;
}

void ExportDialog::addFiles() {
  const QString filter =
      tr("Videos (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;All files (*)");
  const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Videos"), settings_.lastOpenFolder(), filter);
  if (files.isEmpty()) return;
  setInputs(inputs() + files);
}

void ExportDialog::addFolder() {
  const QString folder =
      QFileDialog::getExistingDirectory(this, tr("Add a Folder of Videos"), settings_.lastOpenFolder());
  if (folder.isEmpty()) return;
  setInputs(inputs() << folder);
}

void ExportDialog::browseOutput() {
  QString path;
  if (singleFile() || (inputs().size() == 1 && QFileInfo(inputs().front()).isFile()))
    path = QFileDialog::getSaveFileName(
        this, tr("Export To"), output_->text(),
        codec_->currentData() == QLatin1String("ffv1") ? tr("Matroska video (*.mkv)") : tr("MP4 video (*.mp4)"));
  else
    path = QFileDialog::getExistingDirectory(this, tr("Export Into Folder"), output_->text());
  if (!path.isEmpty()) setOutput(path);
}

ExportRequest ExportDialog::request() const {
  ExportRequest r;
  r.inputs = inputs();
  r.output = output_->text();
  r.codec = codec_->currentData().toString();
  r.crf = crf_->value();
  r.keepAudio = keepAudio_->isChecked();
  r.outputHeight = height_->currentData().toInt();
  r.scoreReport = scoreReport();
  r.anonymizer = panel_;
  const QString method = method_->currentData().toString();
  if (method.startsWith(QLatin1String("downsample"))) {
    r.anonymizer.method = "downsample";
    r.anonymizer.downsampleFactor = method.mid(10).toInt();
  } else {
    r.anonymizer.method = method.toStdString();
  }
  r.anonymizer.batch = pipeline::AnonymizerConfig{}.batch;  // as `spact anonymize`, not the player's small batches
  return r;
}

bool ExportDialog::startExport() {
  ExportRequest r = request();
  if (r.inputs.isEmpty() || r.output.isEmpty()) return false;
  // Several inputs go into a folder; making it is the one thing the CLI leaves to the user.
  if (!singleFile() && !QFileInfo::exists(r.output)) QDir().mkpath(r.output);
  if (singleFile()) r.output = withCodecExtension(r.output, r.codec);
  if (!queue_.start(r)) return false;
  saveChoices();
  hasSummary_ = false;
  queueView_->setRows({}, {});
  summary_->setText(tr("Preparing the export…"));
  updateEnabled();
  return true;
}

void ExportDialog::saveChoices() const {
  StudioSettings::Export choices;
  choices.codec = codec_->currentData().toString();
  choices.crf = crf_->value();
  choices.keepAudio = keepAudio_->isChecked();
  choices.height = height_->currentData().toInt();
  choices.scoreReport = scoreReport_->isChecked();
  choices.outputFolder = singleFile() ? settings_.exportChoices().outputFolder : output_->text();
  settings_.setExportChoices(choices);
}

void ExportDialog::showSummary(const ExportQueue::Summary& summary) {
  lastSummary_ = summary;
  hasSummary_ = true;
  QString text;
  if (!summary.error.isEmpty()) {
    text =
        QStringLiteral("<b>%1</b> %2").arg(tr("Nothing was exported.").toHtmlEscaped(), summary.error.toHtmlEscaped());
  } else {
    QStringList parts{tr("Exported: %1").arg(summary.done)};
    if (summary.skipped) parts << tr("already done: %1").arg(summary.skipped);
    if (summary.failed) parts << tr("Failed: %1").arg(summary.failed);
    if (summary.cancelled) parts << tr("cancelled: %1").arg(summary.cancelled);
    text = QStringLiteral("<b>%1</b>").arg(tr("Export finished.").toHtmlEscaped()) + QLatin1Char(' ') +
           parts.join(QStringLiteral(", ")).toHtmlEscaped();
    for (const QString& failure : summary.failures)
      text += QStringLiteral("<br><span style=\"color:#c0392b\">• %1</span>").arg(failure.toHtmlEscaped());
  }
  summary_->setText(text);
}

QString ExportDialog::summaryText() const {
  QTextDocument doc;
  doc.setHtml(summary_->text());
  return doc.toPlainText();
}

void ExportDialog::updateEnabled() {
  const bool running = queue_.isRunning();
  for (QWidget* w : std::initializer_list<QWidget*>{inputs_, addFiles_, addFolder_, codec_, keepAudio_, height_,
                                                    method_, output_, browse_})
    w->setEnabled(!running);
  removeInput_->setEnabled(!running && !inputs_->selectedItems().isEmpty());
  crf_->setEnabled(!running && codec_->currentData() == QLatin1String("h264"));
  // The report's classifiers come from the model file; baselines have none of their own.
  scoreReport_->setEnabled(!running && !panel_.modelPath.empty());
  start_->setEnabled(!running && inputs_->count() > 0 && !output_->text().isEmpty());
  cancelAll_->setEnabled(running);
}

void ExportDialog::retranslate() {
  setWindowTitle(tr("Export Anonymized Videos"));
  labels_[InputsLabel]->setText(tr("Videos:"));
  labels_[CodecLabel]->setText(tr("Codec:"));
  labels_[QualityLabel]->setText(tr("Quality (CRF):"));
  labels_[AudioLabel]->setText(tr("Audio:"));
  labels_[SizeLabel]->setText(tr("Output size:"));
  labels_[MethodLabel]->setText(tr("Method:"));
  labels_[ReportLabel]->setText(tr("Report:"));
  labels_[OutputLabel]->setText(tr("Save to:"));
  labels_[QueueLabel]->setText(tr("Queue:"));
  addFiles_->setText(tr("Add Files…"));
  addFolder_->setText(tr("Add Folder…"));
  removeInput_->setText(tr("Remove"));
  codec_->setItemText(0, tr("H.264 (MP4)"));
  codec_->setItemText(1, tr("FFV1, lossless (MKV)"));
  crf_->setToolTip(tr("0 is lossless, 18 visually lossless, 51 the smallest file"));
  keepAudio_->setText(tr("Keep the audio"));
  scoreReport_->setText(tr("Write a privacy score report beside each output"));
  scoreReport_->setToolTip(
      tr("After each file, scores its source with the model's attribute classifier and f_T, original against "
         "anonymized (as spact score), and writes them to <output>.score.json. Needs a loaded model."));
  for (int i = 0; i < kHeights.size(); ++i)
    height_->setItemText(i, kHeights[i] ? tr("%1 pixels high").arg(kHeights[i]) : tr("Same as the source"));
  for (int i = 1; i < widgets::ModelPanel::methods().size(); ++i)
    method_->setItemText(i, widgets::ModelPanel::methodName(widgets::ModelPanel::methods()[i]));
  method_->setItemText(
      0, panel_.modelPath.empty()
             ? tr("Model (none loaded)")
             : widgets::ModelPanel::methodName(QStringLiteral("model"),
                                               QFileInfo(QString::fromStdString(panel_.modelPath)).fileName()));
  output_->setPlaceholderText(tr("A file for one video, a folder for several"));
  browse_->setText(tr("Browse…"));
  start_->setText(tr("Start Export"));
  cancelAll_->setText(tr("Cancel All"));
  close_->setText(tr("Close"));
  if (hasSummary_) showSummary(lastSummary_);
}

void ExportDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

}  // namespace spact::studio
