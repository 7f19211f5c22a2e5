#include "studio_settings.h"

namespace spact::studio {
namespace key {
constexpr auto language = "ui/language";
constexpr auto recentFiles = "files/recent";
constexpr auto lastOpenFolder = "files/lastOpenFolder";
constexpr auto logLevel = "log/level";
constexpr auto geometry = "window/geometry";
constexpr auto state = "window/state";
constexpr auto method = "anonymizer/method";
constexpr auto modelFile = "anonymizer/modelFile";
constexpr auto resolution = "anonymizer/resolution";
constexpr auto device = "anonymizer/device";
constexpr auto precision = "anonymizer/precision";
constexpr auto recentModels = "models/recent";
constexpr auto exportCodec = "export/codec";
constexpr auto exportCrf = "export/crf";
constexpr auto exportAudio = "export/keepAudio";
constexpr auto exportHeight = "export/height";
constexpr auto exportFolder = "export/outputFolder";
constexpr auto exportScoreReport = "export/scoreReport";
constexpr auto recentRuns = "training/recentRuns";
constexpr auto trainActionData = "training/actionData";
constexpr auto trainPrivacyData = "training/privacyData";
constexpr auto trainPreset = "training/preset";
constexpr auto trainDevice = "training/device";
constexpr auto trainPrecision = "training/precision";
}  // namespace key

StudioSettings::StudioSettings() = default;

QString StudioSettings::language() const { return settings_.value(key::language, QString()).toString(); }
void StudioSettings::setLanguage(const QString& code) { settings_.setValue(key::language, code); }

QStringList StudioSettings::recentFiles() const { return settings_.value(key::recentFiles).toStringList(); }

void StudioSettings::addRecentFile(const QString& path) {
  QStringList files = recentFiles();
  files.removeAll(path);
  files.prepend(path);
  while (files.size() > maxRecentFiles) files.removeLast();
  settings_.setValue(key::recentFiles, files);
}

void StudioSettings::clearRecentFiles() { settings_.remove(key::recentFiles); }

QString StudioSettings::logLevel() const { return settings_.value(key::logLevel, QStringLiteral("info")).toString(); }
void StudioSettings::setLogLevel(const QString& level) { settings_.setValue(key::logLevel, level); }

QByteArray StudioSettings::windowGeometry() const { return settings_.value(key::geometry).toByteArray(); }
QByteArray StudioSettings::windowState() const { return settings_.value(key::state).toByteArray(); }
void StudioSettings::setWindowLayout(const QByteArray& geometry, const QByteArray& state) {
  settings_.setValue(key::geometry, geometry);
  settings_.setValue(key::state, state);
}

QString StudioSettings::lastOpenFolder() const { return settings_.value(key::lastOpenFolder).toString(); }
void StudioSettings::setLastOpenFolder(const QString& folder) { settings_.setValue(key::lastOpenFolder, folder); }

StudioSettings::Anonymizer StudioSettings::anonymizer() const {
  const Anonymizer d;
  return {settings_.value(key::method, d.method).toString(), settings_.value(key::modelFile, d.modelFile).toString(),
          settings_.value(key::resolution, d.resolution).toInt(), settings_.value(key::device, d.device).toString(),
          settings_.value(key::precision, d.precision).toString()};
}

void StudioSettings::setAnonymizer(const Anonymizer& choice) {
  settings_.setValue(key::method, choice.method);
  settings_.setValue(key::modelFile, choice.modelFile);
  settings_.setValue(key::resolution, choice.resolution);
  settings_.setValue(key::device, choice.device);
  settings_.setValue(key::precision, choice.precision);
}

QStringList StudioSettings::recentModels() const { return settings_.value(key::recentModels).toStringList(); }

void StudioSettings::addRecentModel(const QString& path) {
  QStringList models = recentModels();
  models.removeAll(path);
  models.prepend(path);
  while (models.size() > maxRecentModels) models.removeLast();
  settings_.setValue(key::recentModels, models);
}

void StudioSettings::removeRecentModel(const QString& path) {
  QStringList models = recentModels();
  models.removeAll(path);
  settings_.setValue(key::recentModels, models);
}

StudioSettings::Export StudioSettings::exportChoices() const {
  const Export d;
  return {settings_.value(key::exportCodec, d.codec).toString(), settings_.value(key::exportCrf, d.crf).toInt(),
          settings_.value(key::exportAudio, d.keepAudio).toBool(), settings_.value(key::exportHeight, d.height).toInt(),
          settings_.value(key::exportFolder, d.outputFolder).toString(),
          settings_.value(key::exportScoreReport, d.scoreReport).toBool()};
}

void StudioSettings::setExportChoices(const Export& choices) {
  settings_.setValue(key::exportCodec, choices.codec);
  settings_.setValue(key::exportCrf, choices.crf);
  settings_.setValue(key::exportAudio, choices.keepAudio);
  settings_.setValue(key::exportHeight, choices.height);
  settings_.setValue(key::exportFolder, choices.outputFolder);
  settings_.setValue(key::exportScoreReport, choices.scoreReport);
}

QStringList StudioSettings::recentRuns() const { return settings_.value(key::recentRuns).toStringList(); }

void StudioSettings::addRecentRun(const QString& path) {
  QStringList runs = recentRuns();
  runs.removeAll(path);
  runs.prepend(path);
  while (runs.size() > maxRecentRuns) runs.removeLast();
  settings_.setValue(key::recentRuns, runs);
}

void StudioSettings::removeRecentRun(const QString& path) {
  QStringList runs = recentRuns();
  runs.removeAll(path);
  settings_.setValue(key::recentRuns, runs);
}

StudioSettings::Training StudioSettings::trainingChoices() const {
  const Training d;
  return {settings_.value(key::trainActionData, d.actionData).toString(), settings_.value(key::trainPrivacyData, d.privacyData).toString(),
          settings_.value(key::trainPreset, d.preset).toString(), settings_.value(key::trainDevice, d.device).toString(),
          settings_.value(key::trainPrecision, d.precision).toString()};
}

void StudioSettings::setTrainingChoices(const Training& choices) {
  settings_.setValue(key::trainActionData, choices.actionData);
  settings_.setValue(key::trainPrivacyData, choices.privacyData);
  settings_.setValue(key::trainPreset, choices.preset);
  settings_.setValue(key::trainDevice, choices.device);
  settings_.setValue(key::trainPrecision, choices.precision);
}

}  // namespace spact::studio
