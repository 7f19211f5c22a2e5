#include "studio_settings.h"

namespace spact::studio {
namespace key {
constexpr auto language = "ui/language";
constexpr auto recentFiles = "files/recent";
constexpr auto lastOpenFolder = "files/lastOpenFolder";
constexpr auto logLevel = "log/level";
constexpr auto geometry = "window/geometry";
constexpr auto state = "window/state";
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

}  // namespace spact::studio
