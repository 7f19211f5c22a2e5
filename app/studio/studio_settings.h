#pragma once
// The studio's persistent settings: each key declared once, here, with its default.
#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace spact::studio {

class StudioSettings {
public:
  StudioSettings();

  QString language() const;  // "en", "de", "zh_CN"; "" follows the system
  void setLanguage(const QString& code);

  QStringList recentFiles() const;
  void addRecentFile(const QString& path);  // most recent first, at most maxRecentFiles
  void clearRecentFiles();
  static constexpr int maxRecentFiles = 10;

  QString logLevel() const;  // "debug", "info", "warning"
  void setLogLevel(const QString& level);

  QByteArray windowGeometry() const;
  QByteArray windowState() const;
  void setWindowLayout(const QByteArray& geometry, const QByteArray& state);

  QString lastOpenFolder() const;
  void setLastOpenFolder(const QString& folder);

private:
  QSettings settings_;
};

}  // namespace spact::studio
