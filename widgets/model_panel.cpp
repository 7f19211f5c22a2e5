#include "model_panel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace spact::widgets {

const QStringList& ModelPanel::methods() {
  static const QStringList list = {QStringLiteral("model"),       QStringLiteral("identity"),
                                   QStringLiteral("blur"),        QStringLiteral("pixelate"),
                                   QStringLiteral("downsample2"), QStringLiteral("downsample4"),
                                   QStringLiteral("faceblur")};
  return list;
}

const QList<int>& ModelPanel::resolutions() {
  static const QList<int> list = {112, 224, 448, 0};
  return list;
}

QString ModelPanel::methodName(const QString& method, const QString& modelName) {
  if (method == QLatin1String("model")) return tr("Model: %1").arg(modelName);
  if (method == QLatin1String("identity")) return tr("Identity (raw)");
  if (method == QLatin1String("blur")) return tr("Blur");
  if (method == QLatin1String("pixelate")) return tr("Pixelation");
  if (method == QLatin1String("downsample2")) return tr("Down-sampling ×2");
  if (method == QLatin1String("downsample4")) return tr("Down-sampling ×4");
  if (method == QLatin1String("faceblur")) return tr("Face blur");
  return method;
}

ModelPanel::ModelPanel(QWidget* parent) : QWidget(parent) {
  method_ = new QComboBox(this);
  method_->setObjectName(QStringLiteral("methodBox"));
  for (const QString& id : methods()) method_->addItem(QString(), id);
  open_ = new QPushButton(this);
  open_->setObjectName(QStringLiteral("openModelButton"));
  resolution_ = new QComboBox(this);
  resolution_->setObjectName(QStringLiteral("resolutionBox"));
  for (int r : resolutions()) resolution_->addItem(QString(), r);
  device_ = new QComboBox(this);
  device_->setObjectName(QStringLiteral("deviceBox"));
  device_->addItem(QStringLiteral("CPU"), QStringLiteral("cpu"));
  device_->addItem(QStringLiteral("CUDA"), QStringLiteral("cuda"));
  precision_ = new QComboBox(this);
  precision_->setObjectName(QStringLiteral("precisionBox"));
  precision_->addItem(QStringLiteral("fp32"), QStringLiteral("fp32"));
  precision_->addItem(QStringLiteral("bf16"), QStringLiteral("bf16"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("modelStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* form = new QFormLayout;
  methodLabel_ = new QLabel(this);
  resolutionLabel_ = new QLabel(this);
  deviceLabel_ = new QLabel(this);
  precisionLabel_ = new QLabel(this);
  form->addRow(methodLabel_, method_);
  form->addRow(QString(), open_);
  form->addRow(resolutionLabel_, resolution_);
  form->addRow(deviceLabel_, device_);
  form->addRow(precisionLabel_, precision_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(status_);
  layout->addStretch(1);

  for (QComboBox* box : {method_, resolution_, device_, precision_})
    connect(box, &QComboBox::activated, this, [this] {
      updateEnabled();
      Q_EMIT changed();
    });
  connect(open_, &QPushButton::clicked, this, &ModelPanel::openModelRequested);
  setMethod(QStringLiteral("blur"));
  setCudaUsable(false);
  retranslate();
}

void ModelPanel::setMethod(const QString& method) {
  const int i = method_->findData(method);
  if (i >= 0) method_->setCurrentIndex(i);
  updateEnabled();
}

QString ModelPanel::method() const { return method_->currentData().toString(); }

void ModelPanel::setModelFile(const QString& path, const QString& name) {
  modelFile_ = path;
  modelName_ = name;
  retranslate();
  if (path.isEmpty() && method() == QLatin1String("model")) setMethod(QStringLiteral("blur"));
  updateEnabled();
}

void ModelPanel::setResolution(int resolution) {
  int i = resolution_->findData(resolution);
  if (i < 0 && resolution > 0) {
    // A model trained at another size (its card's input resolution): offered in order, before
    // "Original size".
    i = 0;
    while (i < resolution_->count() && resolution_->itemData(i).toInt() > 0 && resolution_->itemData(i).toInt() < resolution) ++i;
    resolution_->insertItem(i, QString(), resolution);
    retranslate();
  }
  if (i >= 0) resolution_->setCurrentIndex(i);
}

int ModelPanel::resolution() const { return resolution_->currentData().toInt(); }

void ModelPanel::setCudaUsable(bool usable) {
  cudaUsable_ = usable;
  if (auto* model = qobject_cast<QStandardItemModel*>(device_->model())) model->item(1)->setEnabled(usable);
  if (!usable) device_->setCurrentIndex(0);
  retranslate();
}

void ModelPanel::setDevice(const QString& device) {
  const int i = device_->findData(device);
  if (i >= 0 && (i == 0 || cudaUsable_)) device_->setCurrentIndex(i);
}

QString ModelPanel::device() const { return device_->currentData().toString(); }

void ModelPanel::setPrecision(const QString& precision) {
  const int i = precision_->findData(precision);
  if (i >= 0) precision_->setCurrentIndex(i);
}

QString ModelPanel::precision() const { return precision_->currentData().toString(); }

void ModelPanel::setStatus(const QString& text) { status_->setText(text); }
QString ModelPanel::status() const { return status_->text(); }

void ModelPanel::updateEnabled() {
  // The model entry is there only when a model file is loaded.
  if (auto* model = qobject_cast<QStandardItemModel*>(method_->model()))
    model->item(0)->setEnabled(!modelFile_.isEmpty());
  // Baselines work on the frame at its own size; these settings are f_A's.
  const bool isModel = method() == QLatin1String("model");
  resolution_->setEnabled(isModel);
  device_->setEnabled(isModel);
  precision_->setEnabled(isModel);
}

void ModelPanel::retranslate() {
  methodLabel_->setText(tr("Method:"));
  resolutionLabel_->setText(tr("Resolution:"));
  deviceLabel_->setText(tr("Device:"));
  precisionLabel_->setText(tr("Precision:"));
  open_->setText(tr("Open Model…"));
  open_->setToolTip(tr("Load an anonymizer from a .spact, .pth, .safetensors or TorchScript file"));
  for (int i = 0; i < methods().size(); ++i) method_->setItemText(i, methodName(methods()[i], modelName_));
  if (modelFile_.isEmpty()) method_->setItemText(0, tr("Model (none loaded)"));
  method_->setItemData(0, modelFile_, Qt::ToolTipRole);
  for (int i = 0; i < resolution_->count(); ++i) {
    const int r = resolution_->itemData(i).toInt();
    resolution_->setItemText(i, r > 0 ? tr("%1 px (shorter side)").arg(r) : tr("Original size"));
  }
  device_->setItemData(1, cudaUsable_ ? QVariant() : QVariant(tr("No usable CUDA device")), Qt::ToolTipRole);
}

void ModelPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
