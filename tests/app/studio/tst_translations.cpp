// Every language loads, and every user-visible string in the sources has a finished translation:
// lupdate is run over the sources into a scratch file, and each of its messages must be
// translated in the committed .ts file.
#include <QDir>
#include <QFontDatabase>
#include <QDomDocument>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "language.h"
#include "test_media.h"

using namespace spact::studio;

namespace {

using Messages = QMap<QPair<QString, QString>, QString>;  // (context, source) -> translation

Messages readTs(const QString& path, int* unfinished) {
  Messages out;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return out;
  QDomDocument doc;
  if (!doc.setContent(&f)) return out;
  const QDomNodeList contexts = doc.elementsByTagName("context");
  for (int i = 0; i < contexts.size(); ++i) {
    const QDomElement ctx = contexts.at(i).toElement();
    const QString name = ctx.firstChildElement("name").text();
    for (QDomElement m = ctx.firstChildElement("message"); !m.isNull(); m = m.nextSiblingElement("message")) {
      const QDomElement t = m.firstChildElement("translation");
      QString text = t.text();
      if (m.attribute("numerus") == "yes") text = t.firstChildElement("numerusform").text();
      if (t.attribute("type") == "unfinished" && unfinished) ++*unfinished;
      if (t.attribute("type") == "unfinished" || t.attribute("type") == "vanished" || t.attribute("type") == "obsolete") {
        if (t.attribute("type") == "unfinished") out.insert({name, m.firstChildElement("source").text()}, QString());
        continue;
      }
      out.insert({name, m.firstChildElement("source").text()}, text);
    }
  }
  return out;
}

}  // namespace

class TestTranslations : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void eachLanguageLoads_data() {
    QTest::addColumn<QString>("code");
    for (const auto& lang : LanguageManager::available())
      if (lang.code != "en") QTest::newRow(qPrintable(lang.code)) << lang.code;
  }

  void eachLanguageLoads() {
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY2(translator.load(QString(":/i18n/spact_%1.qm").arg(code)), qPrintable(code));
    QVERIFY(!translator.isEmpty());
    LanguageManager manager;
    QVERIFY(manager.setLanguage(code));
    QCOMPARE(manager.current(), code);
  }

  // A translation is only readable if a font can draw it (Chinese needs a CJK font installed).
  void aFontDrawsEachLanguage_data() {
    QTest::addColumn<int>("system");
    QTest::newRow("de") << static_cast<int>(QFontDatabase::Latin);
    QTest::newRow("zh_CN") << static_cast<int>(QFontDatabase::SimplifiedChinese);
  }

  void aFontDrawsEachLanguage() {
    QFETCH(int, system);
    QVERIFY2(!QFontDatabase::families(static_cast<QFontDatabase::WritingSystem>(system)).isEmpty(),
             "no installed font covers this language's script (see scripts/deps.sh)");
  }

  void everyStringIsTranslated_data() { eachLanguageLoads_data(); }

  void everyStringIsTranslated() {
    QFETCH(QString, code);
    const QString source = qEnvironmentVariable("SPACT_SOURCE_DIR");
    QVERIFY(!source.isEmpty());
    QTemporaryDir scratch;
    const QString fresh = scratch.filePath("fresh.ts");
    QByteArray out, err;
    const QStringList args = {QDir(source).filePath("app/studio"), QDir(source).filePath("widgets"), "-extensions", "cpp,h",
                              "-locations", "none", "-target-language", code, "-ts", fresh};
    QCOMPARE(spact::test::run(qEnvironmentVariable("SPACT_LUPDATE"), args, &out, &err), 0);

    const Messages wanted = readTs(fresh, nullptr);
    QVERIFY2(wanted.size() > 50, "lupdate found too few strings: is it scanning the sources?");
    int unfinished = 0;
    const Messages have = readTs(QDir(source).filePath(QString("translations/spact_%1.ts").arg(code)), &unfinished);
    QStringList missing;
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
      if (have.value(it.key()).isEmpty()) missing << it.key().first + ": " + it.key().second;
    QVERIFY2(missing.isEmpty(), qPrintable(QString("untranslated in %1:\n  ").arg(code) + missing.join("\n  ")));
    QCOMPARE(unfinished, 0);
  }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
