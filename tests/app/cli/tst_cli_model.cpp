// `spact model import`, `spact model export`, `spact model forward` and `spact info MODEL`: exit
// codes, outputs (forward against the PyTorch reference's outputs), and one-sentence errors
// naming the file for bad and malicious inputs.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "nn/io/safetensors.h"
#include "test_media.h"

namespace {

QString fixture(const QString& name) {
  const QByteArray root = qgetenv("SPACT_SOURCE_DIR");
  return QString::fromLocal8Bit(root) + "/tests/reference/fixtures/io/" + name;
}

// The networks' parity fixtures (tests/reference/make_nn_fixtures.py).
QString netFixture(const QString& name) {
  return QString::fromLocal8Bit(qgetenv("SPACT_SOURCE_DIR")) + "/tests/reference/fixtures/" + name;
}

torch::Tensor tensorIn(const QString& path, const std::string& key) {
  auto file = spact::nn::io::readSafetensors(path.toStdString());
  if (!file) return {};
  auto t = spact::nn::find(file->tensors, key);
  return t ? *t : torch::Tensor();
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
    QCOMPARE(networks[0].toObject()["spec"].toObject()["arch"].toString(), QString("unet"));
    QCOMPARE(networks[0].toObject()["spec"].toObject()["width"].toDouble(), 4.0 / 64);
    QVERIFY(networks[2].toObject()["spec"].isNull());  // toy action weights: no network SPAct Studio builds
    QCOMPARE(networks[0].toObject()["parameters"].toInt(), 135);
    QCOMPARE(info["counters"].toObject()["epoch"].toInt(), 7);
    QVERIFY(info["card"].toObject().contains("software_version"));

    QCOMPARE(spact::test::run(spact::test::spactCli(), {"info", spact}, &out, &err), 0);
    QVERIFY2(out.contains("anonymizer") && out.contains("unet, width 0.0625") && out.contains("135 parameters"),
             out.constData());

    QCOMPARE(spact::test::run(spact::test::spactCli(), {"model", "export", spact, "-o", pth}, &out, &err), 0);
    QVERIFY(QFile::exists(pth));
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"model", "export", spact, "-o", st, "--net", "anonymizer"},
                              &out, &err),
             0);
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"info", st, "--json"}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object()["networks"].toArray().size(), 1);
  }

  // Each network of the parity fixtures, run through the CLI, gives the PyTorch reference's
  // eval-mode output. (Plain R3D-18 weights have the SPAct variant's shapes and are run as it.)
  void forwardMatchesReference_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("net");
    QTest::newRow("unet") << "unet"
                          << "anonymizer";
    QTest::newRow("r3d18_spact") << "r3d18_spact"
                                 << "action";
    QTest::newRow("r2plus1d18") << "r2plus1d18"
                                << "action";
    QTest::newRow("privacy resnet18") << "privacy_resnet18"
                                      << "privacy";
    QTest::newRow("privacy resnet50") << "privacy_resnet50"
                                      << "privacy";
    QTest::newRow("attributes resnet18") << "attributes_resnet18"
                                         << "attributes";
    QTest::newRow("attributes resnet50") << "attributes_resnet50"
                                         << "attributes";
  }
  void forwardMatchesReference() {
    QFETCH(QString, name);
    QFETCH(QString, net);
    const QString weights = netFixture(name + ".weights.safetensors"), io = netFixture(name + ".io.safetensors");
    if (!QFile::exists(weights)) QSKIP("the networks' fixtures are not there");
    QTemporaryDir dir;
    // Through a .spact checkpoint, so that the stored spec is what builds the network.
    const QString spact = dir.filePath("m.spact"), output = dir.filePath("y.safetensors");
    QByteArray out, err;
    QCOMPARE(spact::test::run(spact::test::spactCli(), {"model", "import", weights, "-o", spact}, &out, &err), 0);
    QCOMPARE(spact::test::run(spact::test::spactCli(),
                              {"model", "forward", "--weights", spact, "--net", net, "--input", io, "--output", output},
                              &out, &err),
             0);
    QVERIFY2(err.isEmpty(), err.constData());
    auto written = spact::nn::io::readSafetensors(output.toStdString());
    QVERIFY2(written, written ? "" : written.error().message.c_str());
    QCOMPARE(written->tensors.size(), std::size_t{1});
    QCOMPARE(written->tensors[0].first, std::string("output"));
    const torch::Tensor got = written->tensors[0].second, want = tensorIn(io, "output.eval");
    QVERIFY(want.defined());
    QCOMPARE(got.sizes().vec(), want.sizes().vec());
    const double diff = (got.to(torch::kDouble) - want.to(torch::kDouble)).abs().max().item<double>();
    QVERIFY2(diff <= 1e-4, qPrintable(QString("max |diff| %1").arg(diff)));
    // The weights file itself works too (imported on the fly), and --json describes the run.
    QCOMPARE(spact::test::run(
                 spact::test::spactCli(),
                 {"model", "forward", "--weights", weights, "--net", net, "--input", io, "--output", output, "--json"},
                 &out, &err),
             0);
    const QJsonObject run = QJsonDocument::fromJson(out).object();
    QCOMPARE(run["network"].toString(), net);
    QCOMPARE(run["spec"].toObject()["kind"].toString(), net);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);  // no temporary left behind
  }

  void forwardFailures_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("cause");
    const QString unet = netFixture("unet.weights.safetensors"), unetIo = netFixture("unet.io.safetensors");
    const QStringList tail{"--output", "@/y.safetensors"};
    auto forward = [&](const QString& weights, const QString& net, const QString& input) {
      return QStringList{"model", "forward", "--weights", weights, "--net", net, "--input", input} + tail;
    };
    QTest::newRow("network not in the file") << forward(unet, "action", unetIo) << 1 << "holds no action network";
    QTest::newRow("weights fit no network")
        << forward(fixture("official.pth"), "privacy", unetIo) << 1 << "fit no network";
    QTest::newRow("wrong rank") << forward(unet, "anonymizer", "@/rank.safetensors") << 1 << "(N, 3, H, W)";
    QTest::newRow("wrong channels") << forward(unet, "anonymizer", "@/channels.safetensors") << 1 << "[1, 5, 8, 8]";
    QTest::newRow("wrong dtype") << forward(unet, "anonymizer", "@/long.safetensors") << 1 << "floating-point";
    QTest::newRow("no input tensor") << forward(unet, "anonymizer", "@/two.safetensors") << 1 << "none named 'input'";
    QTest::newRow("missing weights") << forward("@/none.spact", "anonymizer", unetIo) << 1 << "none.spact";
    QTest::newRow("missing input") << forward(unet, "anonymizer", "@/none.safetensors") << 1 << "none.safetensors";
    QTest::newRow("not a model file") << forward("@/rank.txt", "anonymizer", unetIo) << 1 << "rank.txt";
    QTest::newRow("unknown network") << forward(unet, "encoder", unetIo) << 2 << "";
    QTest::newRow("no input option") << QStringList{"model", "forward",    "--weights", unet,
                                                    "--net", "anonymizer", "--output",  "@/y.safetensors"}
                                     << 2 << "";
  }
  void forwardFailures() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, cause);
    if (!QFile::exists(netFixture("unet.weights.safetensors"))) QSKIP("the networks' fixtures are not there");
    QTemporaryDir dir;
    using spact::nn::io::writeSafetensors;
    QVERIFY(writeSafetensors(dir.filePath("rank.safetensors").toStdString(), {{"input", torch::rand({3, 8, 8})}}));
    QVERIFY(writeSafetensors(dir.filePath("channels.safetensors").toStdString(), {{"x", torch::rand({1, 5, 8, 8})}}));
    QVERIFY(writeSafetensors(dir.filePath("long.safetensors").toStdString(),
                             {{"input", torch::zeros({1, 3, 8, 8}, torch::kLong)}}));
    QVERIFY(writeSafetensors(dir.filePath("two.safetensors").toStdString(),
                             {{"a", torch::rand({1, 3, 8, 8})}, {"b", torch::rand({1, 3, 8, 8})}}));
    spact::test::writeFile(dir.filePath("rank.txt"), "not weights");
    for (auto& a : args) a.replace("@", dir.path());
    QByteArray out, err;
    QCOMPARE(spact::test::run(spact::test::spactCli(), args, &out, &err), exitCode);
    if (exitCode == 1) {
      QVERIFY2(err.startsWith("spact: ") && err.contains(cause.toUtf8()), err.constData());
      QCOMPARE(err.count('\n'), 1);
    }
    QVERIFY(!QFile::exists(dir.filePath("y.safetensors")));
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
