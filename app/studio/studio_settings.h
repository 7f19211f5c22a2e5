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

  // The anonymizer chosen in the model panel, restored at the next start.
  struct Anonymizer {
    QString method = QStringLiteral("blur");  // the panel's ids: "model", "blur", "downsample4", ...
    QString modelFile;
    int resolution = 112;
    QString device = QStringLiteral("cpu");
    QString precision = QStringLiteral("fp32");
  };
  Anonymizer anonymizer() const;
  void setAnonymizer(const Anonymizer& choice);

  // Model files opened in the model manager, most recent first.
  QStringList recentModels() const;
  void addRecentModel(const QString& path);
  void removeRecentModel(const QString& path);
  static constexpr int maxRecentModels = 12;

  // The export dialog's last choices.
  struct Export {
    QString codec = QStringLiteral("h264");  // "h264" (MP4) or "ffv1" (MKV)
    int crf = 18;
    bool keepAudio = true;
    int height = 0;  // 0: the source's size
    QString outputFolder;
    bool scoreReport = false;  // <output>.score.json beside each output
  };
  Export exportChoices() const;
  void setExportChoices(const Export& choices);

  // Training run folders opened or started on the Train page, most recent first.
  QStringList recentRuns() const;
  void addRecentRun(const QString& path);
  void removeRecentRun(const QString& path);
  static constexpr int maxRecentRuns = 20;

  // The Train page's last choices (its form starts from the preset's values).
  struct Training {
    QString actionData = QStringLiteral("synth");  // a folder or a synth spec
    QString privacyData = QStringLiteral("synth");
    QString preset = QStringLiteral("tiny");
    QString device = QStringLiteral("cpu");
    QString precision = QStringLiteral("fp32");
  };
  Training trainingChoices() const;
  void setTrainingChoices(const Training& choices);

private:
  QSettings settings_;
};

}  // namespace spact::studio
