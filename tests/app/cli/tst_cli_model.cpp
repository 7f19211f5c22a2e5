// `spact model import`, `spact model export` and `spact info MODEL`: exit codes, outputs, and
// one-sentence errors naming the file for bad and malicious inputs.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "test_media.h"

namespace {

QString fixture(const QString& name) {
  const QByteArray root = qgetenv("SPACT_SOURCE_DIR");
  return QString::fromLocal8Bit(root) + "/tests/reference/fixtures/io/" + name;
}

}  // namespace

class TestCliModel : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (!QFile::exists(fixture("official.pth")))
      QSKIP("tests/reference/fixtures/io is missing: run /usr/bin/python3 tests/reference/make_io_fixtures.py");
  }

  void importInfoExport() {
    QTemporaryDir dir;
    const QString spact = dir.filePath("m.spact"), pth = dir.filePath("m.pth"), st = dir.filePath("a.safetensors");
    QByteArray out, err;
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"model", "import", fixture("official.pth"), "-o", spact}, &out,
                              &err),
             0);
    QVERIFY2(QFile::exists(spact), err.constData());
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"info", spact, "--json"}, &out, &err), 0);
    const QJsonObject info = QJsonDocument::fromJson(out).object();
    QCOMPARE(info["format"].toString(), QString("SPAct checkpoint"));
    const QJsonArray networks = info["networks"].toArray();
    QCOMPARE(networks.size(), 3);
    QStringList roles;
    for (const auto& n : networks) roles << n.toObject()["role"].toString();
    QCOMPARE(roles, (QStringList{"anonymizer", "privacy", "action"}));
    QCOMPARE(networks[0].toObject()["spec"].toObject()["architecture"].toString(), QString("unet"));
    QCOMPARE(networks[0].toObject()["parameters"].toInt(), 135);
    QCOMPARE(info["counters"].toObject()["epoch"].toInt(), 7);
    QVERIFY(info["card"].toObject().contains("software_version"));

    QCOMPARE(spact::test::run(spact::test::spactCli(), {"info", spact}, &out, &err), 0);
    QVERIFY2(out.contains("anonymizer") && out.contains("unet") && out.contains("135 parameters"), out.constData());

    QCOMPARE(spact::test::run(spact::test::spactCli(), {"model", "export", spact, "-o", pth}, &out, &err), 0);
    QVERIFY(QFile::exists(pth));
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"model", "export", spact, "-o", st, "--net", "anonymizer"},
                              &out, &err),
             0);
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"info", st, "--json"}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object()["networks"].toArray().size(), 1);
  }

  void failures_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("cause");
    QTest::newRow("malicious pickle") << QStringList{"model", "import", fixture("malicious_system.pth"), "-o",
                                                     "@/x.spact"}
                                      << 1 << "posix.system";
    QTest::newRow("legacy format") << QStringList{"model", "import", fixture("legacy.pth"), "-o", "@/x.spact"} << 1
                                   << "legacy";
    QTest::newRow("missing file") << QStringList{"model", "import", "@/none.pth", "-o", "@/x.spact"} << 1
                                  << "does not exist";
    QTest::newRow("unknown output format")
        << QStringList{"model", "export", fixture("official.pth"), "-o", "@/x.txt"} << 1 << "x.txt";
    QTest::newRow("info on random bytes") << QStringList{"info", "@/random.pth"} << 1 << "random.pth";
    QTest::newRow("no output") << QStringList{"model", "import", fixture("official.pth")} << 2 << "";
    QTest::newRow("no model subcommand") << QStringList{"model"} << 2 << "";
  }
  void failures() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, cause);
    QTemporaryDir dir;
    QByteArray random(2048, '\0');
    for (int i = 0; i < random.size(); ++i) random[i] = static_cast<char>((i * 7919 + 13) % 251);
    spact::test::writeFile(dir.filePath("random.pth"), random);
    for (auto& a : args) a.replace("@", dir.path());
    QByteArray out, err;
    QCOMPARE(spact::test::run(spact::test::spactCli(), args, &out, &err), exitCode);
    if (exitCode == 1) {
      QVERIFY2(err.startsWith("spact: ") && err.contains(cause.toUtf8()), err.constData());
      QCOMPARE(err.count('\n'), 1);
    }
    QVERIFY(!QFile::exists(dir.filePath("x.spact")));
    QVERIFY(!QFile::exists("/tmp/spact-io-fixture-pwned"));
  }
};

QTEST_GUILESS_MAIN(TestCliModel)
#include "tst_cli_model.moc"
