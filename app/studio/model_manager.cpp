#include "model_manager.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include "nn/io/model_files.h"
#include "studio_settings.h"
#include "util/log.h"

namespace spact::studio {
namespace {

// A network's architecture as `spact info` words it (nn::NetworkSpec's JSON).
QString architectureText(const config::Json& spec) {
  if (!spec.is_object()) return ModelManager::tr("not a network SPAct Studio builds");
  const std::string kind = spec.value("kind", "");
  QString text = ModelManager::tr("%1, width %2")
                     .arg(QString::fromStdString(spec.value("arch", std::string())))
                     .arg(spec.value("width", 1.0));
  if (kind == "anonymizer")
    text += ModelManager::tr(", channels %1→%2").arg(spec.value("in_channels", 0)).arg(spec.value("out_channels", 0));
  else if (kind == "action")
    text += ModelManager::tr(", classes %1").arg(spec.value("classes", 0));
  else if (kind == "privacy")
    text += ModelManager::tr(", projection to %1").arg(spec.value("head_out", 0));
  else if (kind == "attributes")
    text += ModelManager::tr(", attributes %1").arg(spec.value("attributes", 0));
  return text;
}

QStringList stringList(const config::Json& j) {
  QStringList out;
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) out << QString::fromStdString(v.get<std::string>());
  return out;
}

QString metricName(const std::string& key) {
  if (key == "action_top1") return ModelManager::tr("Action top-1");
  if (key == "privacy_cmap") return ModelManager::tr("Privacy cMAP");
  if (key == "privacy_f1") return ModelManager::tr("Privacy macro F1");
  return QString::fromStdString(key);
}

QString importedFrom(const QString& file) { return ModelManager::tr("not recorded (imported from %1)").arg(file); }

widgets::ModelCard cardFrom(const config::Json& model, const QString& path) {
  widgets::ModelCard card;
  card.path = path;
  card.format = QString::fromStdString(model.value("format", std::string("unknown")));
  card.fileSize = QFileInfo(path).size();
  card.scripted = model.value("scripted", false);
  card.hasAnonymizer = card.scripted;
  for (const auto& net : model.value("networks", config::Json::array())) {
    const std::string role = net.value("role", std::string("network"));
    const config::Json spec = net.contains("spec") ? net["spec"] : config::Json();
    card.networks.push_back({QString::fromStdString(role), architectureText(spec), net.value("parameters", qint64{0})});
    if (role == "anonymizer" && spec.is_object()) card.hasAnonymizer = true;
  }
  const config::Json c = model.value("card", config::Json::object());
  if (!c.is_object()) return card;
  if (c.contains("input_resolution") && c["input_resolution"].is_number_integer())
    card.inputResolution = c["input_resolution"].get<int>();
  card.classes = stringList(c.value("class_names", config::Json::array()));
  card.attributes = stringList(c.value("attribute_names", config::Json::array()));
  const config::Json imported = c.value("imported_from", config::Json::object());
  if (c.contains("training_data") && !c["training_data"].is_null()) {
    const config::Json& data = c["training_data"];
    card.trainingData = QString::fromStdString(data.is_string() ? data.get<std::string>() : data.dump());
  } else if (imported.is_object() && imported.contains("file")) {
    const QString from = QString::fromStdString(imported.value("file", std::string()));
    card.trainingData = importedFrom(from);
  }
  if (c.contains("metrics") && c["metrics"].is_object())
    for (const auto& [key, value] : c["metrics"].items()) {
      if (value.is_null()) continue;
      const QString text = value.is_number()   ? QLocale().toString(value.get<double>(), 'f', 3)
                           : value.is_string() ? QString::fromStdString(value.get<std::string>())
                                               : QString::fromStdString(value.dump());
      card.metrics.push_back({metricName(key), text});
    }
  return card;
}

}  // namespace

ModelManager::ModelManager(StudioSettings& settings, widgets::ModelManagerView& view, QObject* parent)
    : QObject(parent), settings_(settings), view_(view) {
  connect(&view_, &widgets::ModelManagerView::openRequested, this, &ModelManager::chooseOpen);
  connect(&view_, &widgets::ModelManagerView::importRequested, this, &ModelManager::chooseImport);
  connect(&view_, &widgets::ModelManagerView::modelSelected, this, &ModelManager::open);
  connect(&view_, &widgets::ModelManagerView::useRequested, this, [this](const QString& path) {
    if (!path.isEmpty()) Q_EMIT useRequested(path);
  });
  connect(&view_, &widgets::ModelManagerView::removeRequested, this, [this](const QString& path) {
    settings_.removeRecentModel(path);
    refreshRecent();
  });
  refreshRecent();
}

QString ModelManager::importDestination(const QString& source) {
  const QFileInfo info(source);
  return info.dir().filePath(info.completeBaseName() + QStringLiteral(".spact"));
}

void ModelManager::open(const QString& path) {
  view_.showBusy(tr("Reading %1…").arg(QFileInfo(path).fileName()));
  watch(QtConcurrent::run([path] {
          Described d;
          auto model = nn::io::describeModelFile(path.toStdString());
          if (!model)
            d.error = QString::fromStdString(model.error().message);
          else
            d = {true, cardFrom(*model, path), {}};
          return d;
        }),
        path, QString());
}

void ModelManager::importModel(const QString& source, const QString& destination) {
  view_.showBusy(tr("Importing %1…").arg(QFileInfo(source).fileName()));
  watch(QtConcurrent::run([source, destination] {
          Described d;
          auto model = nn::io::importModelFile(source.toStdString(), destination.toStdString());
          if (!model) {
            d.error = QString::fromStdString(model.error().message);
            return d;
          }
          // The card of what was written, as opening it would show it.
          auto written = nn::io::describeModelFile(destination.toStdString());
          if (!written)
            d.error = QString::fromStdString(written.error().message);
          else
            d = {true, cardFrom(*written, destination), {}};
          return d;
        }),
        destination, source);
}

void ModelManager::watch(QFuture<Described> future, const QString& path, const QString& importedFrom) {
  const quint64 generation = ++generation_;
  ++busy_;
  auto* watcher = new QFutureWatcher<Described>(this);
  connect(watcher, &QFutureWatcher<Described>::finished, this, [=, this] {
    watcher->deleteLater();
    --busy_;
    const Described d = watcher->result();
    const QString subject = importedFrom.isEmpty() ? path : importedFrom;
    if (!d.ok) {
      log::get("studio")->error("{}", d.error.toStdString());
      if (generation == generation_) view_.showError(subject, d.error);
      Q_EMIT failed(subject, d.error);
      return;
    }
    settings_.addRecentModel(path);
    refreshRecent();
    if (generation == generation_) view_.showCard(d.card);
    if (!importedFrom.isEmpty()) {
      log::get("studio")->info("Imported '{}' as '{}'", importedFrom.toStdString(), path.toStdString());
      Q_EMIT imported(importedFrom, path);
    }
    Q_EMIT cardShown(path);
  });
  watcher->setFuture(future);
}

void ModelManager::chooseOpen() {
  const QString filter = tr("Models (*.spact *.pth *.pt *.safetensors *.ckpt);;All files (*)");
  const QString path = QFileDialog::getOpenFileName(&view_, tr("Open Model"), settings_.lastOpenFolder(), filter);
  if (path.isEmpty()) return;
  settings_.setLastOpenFolder(QFileInfo(path).absolutePath());
  open(path);
}

void ModelManager::chooseImport() {
  const QString filter = tr("Models (*.pth *.pt *.safetensors *.ckpt *.spact);;All files (*)");
  const QString source = QFileDialog::getOpenFileName(&view_, tr("Import Model"), settings_.lastOpenFolder(), filter);
  if (source.isEmpty()) return;
  settings_.setLastOpenFolder(QFileInfo(source).absolutePath());
  const QString destination = QFileDialog::getSaveFileName(&view_, tr("Save as SPAct Model"), importDestination(source),
                                                           tr("SPAct models (*.spact)"));
  if (destination.isEmpty()) return;
  importModel(source, destination);
}

void ModelManager::refreshRecent() { view_.setRecentModels(settings_.recentModels()); }

}  // namespace spact::studio
