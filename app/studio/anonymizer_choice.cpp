#include "anonymizer_choice.h"

#include <QFileInfo>

#include "model_panel.h"

namespace spact::studio {
namespace {
QString panelMethod(const pipeline::AnonymizerConfig& config) {
  if (config.method == "downsample") return QStringLiteral("downsample%1").arg(config.downsampleFactor);
  return QString::fromStdString(config.method);
}
}  // namespace

pipeline::AnonymizerConfig anonymizerConfig(const widgets::ModelPanel& panel) {
  pipeline::AnonymizerConfig config;
  const QString method = panel.method();
  if (method.startsWith(QLatin1String("downsample"))) {
    config.method = "downsample";
    config.downsampleFactor = method.mid(10).toInt();
  } else {
    config.method = method.toStdString();
  }
  config.modelPath = panel.modelFile().toStdString();
  config.resolution = panel.resolution();
  config.device = panel.device().toStdString();
  config.precision = panel.precision().toStdString();
  config.batch = 4;  // small batches: a new play head or method waits for at most one
  return config;
}

void showAnonymizerConfig(widgets::ModelPanel& panel, const pipeline::AnonymizerConfig& config) {
  const QString model = QString::fromStdString(config.modelPath);
  if (!model.isEmpty()) panel.setModelFile(model, QFileInfo(model).fileName());
  panel.setMethod(panelMethod(config));
  panel.setResolution(config.resolution);
  panel.setDevice(QString::fromStdString(config.device));
  panel.setPrecision(QString::fromStdString(config.precision));
}

QString anonymizerName(const pipeline::AnonymizerConfig& config) {
  return widgets::ModelPanel::methodName(panelMethod(config),
                                         QFileInfo(QString::fromStdString(config.modelPath)).fileName());
}

bool isModelFile(const QString& path) {
  static const QStringList suffixes = {QStringLiteral("spact"), QStringLiteral("pth"), QStringLiteral("pt"),
                                       QStringLiteral("safetensors"), QStringLiteral("ckpt")};
  return suffixes.contains(QFileInfo(path).suffix().toLower());
}

}  // namespace spact::studio
