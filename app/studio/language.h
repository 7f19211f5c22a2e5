#pragma once
// The studio's languages: English (the source), German and Simplified Chinese. Switching
// installs the translators (ours and Qt's own) and Qt sends LanguageChange to every widget.
#include <QList>
#include <QObject>
#include <QTranslator>
#include <memory>

namespace spact::studio {

struct Language {
  QString code;        // "en", "de", "zh_CN"
  QString nativeName;  // "English", "Deutsch", "简体中文"
};

class LanguageManager : public QObject {
  Q_OBJECT
public:
  explicit LanguageManager(QObject* parent = nullptr);

  static QList<Language> available();
  // Installs `code` ("" picks the system language if we have it, else English). Returns false
  // when its translation could not be loaded (English is then in force).
  bool setLanguage(const QString& code);
  QString current() const { return current_; }

Q_SIGNALS:
  void languageChanged(const QString& code);

private:
  std::unique_ptr<QTranslator> app_;
  std::unique_ptr<QTranslator> qt_;
  QString current_ = QStringLiteral("en");
};

}  // namespace spact::studio
