// `spact --version`: what the build is and runs on, as text and as JSON.
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "test_media.h"
#include "util/version.h"

class TestCliVersion : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void text() {
    QByteArray out, err;
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"--version"}, &out, &err, 60000), 0);
    const QString text = QString::fromUtf8(out);
    for (const char* word : {"SPAct Studio", "LibTorch", "FFmpeg", "OpenCV", "CUDA", "Device"})
      QVERIFY2(text.contains(QLatin1String(word)), qPrintable(QString("'%1' missing from:\n%2").arg(word, text)));
    QVERIFY2(text.startsWith("SPAct Studio " SPACT_VERSION), qPrintable(text));
  }

  void json_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--version --json") << QStringList{"--version", "--json"};
    QTest::newRow("--json --version") << QStringList{"--json", "--version"};
  }

  void json() {
    QFETCH(QStringList, args);
    QByteArray out, err;
    QCOMPARE(spact::test::run(spact::test::spactCli(), args, &out, &err, 60000), 0);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
    QVERIFY(doc.isObject());
    const QJsonObject j = doc.object();
    QCOMPARE(j["spact"].toString(), QString(SPACT_VERSION));
    QVERIFY(j["libtorch"].isString());
    QVERIFY(!j["libtorch"].toString().isEmpty());
    QVERIFY(j.contains("ffmpeg"));
    QVERIFY(j["ffmpeg"].isString() || j["ffmpeg"].isNull());
    QVERIFY(j.contains("opencv"));
    QVERIFY(j["opencv"].isString() || j["opencv"].isNull());
    QVERIFY(j["cuda"].isBool());
    QVERIFY(j["cuda_devices"].isDouble());
    if (!j["cuda"].toBool()) QCOMPARE(j["cuda_devices"].toInt(), 0);
    QVERIFY(j["device"].isString());
    QVERIFY(!j["device"].toString().isEmpty());
  }

  void textAndJsonAgree() {
    QByteArray text, json;
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"--version"}, &text), 0);
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"--version", "--json"}, &json), 0);
    const QJsonObject j = QJsonDocument::fromJson(json).object();
    const QString t = QString::fromUtf8(text);
    QVERIFY(t.contains("LibTorch " + j["libtorch"].toString()));
    if (j["ffmpeg"].isString()) QVERIFY(t.contains("FFmpeg " + j["ffmpeg"].toString()));
    if (j["opencv"].isString()) QVERIFY(t.contains("OpenCV " + j["opencv"].toString()));
    QVERIFY(t.contains(j["cuda"].toBool() ? "CUDA usable" : "CUDA not usable"));
  }
};

QTEST_GUILESS_MAIN(TestCliVersion)
#include "tst_cli_version.moc"
