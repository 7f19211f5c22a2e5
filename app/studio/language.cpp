#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace spact::studio {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QList<Language> LanguageManager::available() {
  return {{QStringLiteral("en"), QStringLiteral("English")},
          {QStringLiteral("de"), QStringLiteral("Deutsch")},
          {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

bool LanguageManager::setLanguage(const QString& requested) {
  QString code = requested;
  if (code.isEmpty()) {
    const QString system = QLocale::system().name();  // e.g. "de_DE", "zh_CN"
    code = QStringLiteral("en");
    for (const auto& lang : available())
      if (system == lang.code || system.section(QLatin1Char('_'), 0, 0) == lang.code) code = lang.code;
  }
  if (app_) QCoreApplication::removeTranslator(app_.get());
  if (qt_) QCoreApplication::removeTranslator(qt_.get());
  app_.reset();
  qt_.reset();

  bool ok = true;
  if (code != QLatin1String("en")) {
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/spact_%1.qm").arg(code))) {
      QCoreApplication::installTranslator(app.get());
      app_ = std::move(app);
      // Qt's own strings (standard buttons, dialogs), where Debian's qt6-translations has them.
      auto qt = std::make_unique<QTranslator>();
      if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qt_ = std::move(qt);
      }
    } else {
      ok = false;
      code = QStringLiteral("en");
    }
  }
  // Numbers and sizes follow the language too (German "25,000", not "25.000").
  QLocale::setDefault(QLocale(code));
  if (code != current_) {
    current_ = code;
    Q_EMIT languageChanged(code);
  }
  return ok;
}

}  // namespace spact::studio
