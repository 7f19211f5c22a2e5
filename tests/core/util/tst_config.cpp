// Configuration structs: each field declared once (key, help, bounds, choices) gives the JSON
// round trip, validation, key=value overrides and the description a form is built from.
#include <QtTest>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/config.h"
#include "util/files.h"

using namespace spact;
using config::Json;

namespace {

struct Optim {
  double lr = 1e-4;
  int warmup = 10;
  static auto fields() {
    return std::make_tuple(config::field("lr", &Optim::lr, "Adam learning rate", 0.0, 1.0),
                           config::field("warmup", &Optim::warmup, "Warm-up steps", 0, 1000));
  }
};

struct RunConfig {
  std::string name = "run";
  bool cuda = false;
  int epochs = 3;
  double omega = 0.5;
  std::string device = "cpu";
  std::vector<int> sizes = {112, 112};
  std::vector<std::string> attributes = {"a4", "a9"};
  Optim optim;
  int minEpochs = 1;

  static auto fields() {
    return std::make_tuple(config::field("name", &RunConfig::name, "Run name"),
                           config::field("cuda", &RunConfig::cuda, "Use CUDA"),
                           config::field("epochs", &RunConfig::epochs, "Training epochs", 1, 100),
                           config::field("omega", &RunConfig::omega, "Privacy loss weight", 0.0, 10.0),
                           config::field("device", &RunConfig::device, "Compute device", {"cpu", "cuda", "auto"}),
                           config::field("sizes", &RunConfig::sizes, "Input size"),
                           config::field("attributes", &RunConfig::attributes, "Privacy attributes"),
                           config::field("optim", &RunConfig::optim, "Optimizer"),
                           config::field("min_epochs", &RunConfig::minEpochs, "Minimum epochs", 0, 100));
  }
  // A rule between fields, checked after the per-field bounds.
  std::optional<std::string> check() const {
    if (minEpochs > epochs) return "'min_epochs' must not exceed 'epochs'";
    return std::nullopt;
  }
  bool operator==(const RunConfig& o) const {
    return name == o.name && cuda == o.cuda && epochs == o.epochs && omega == o.omega && device == o.device &&
           sizes == o.sizes && attributes == o.attributes && optim.lr == o.optim.lr && optim.warmup == o.optim.warmup &&
           minEpochs == o.minEpochs;
  }
};

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

class TestConfig : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void toJsonWritesEveryKeyInDeclarationOrder() {
    const Json j = config::toJson(RunConfig{});
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    QCOMPARE(keys, (std::vector<std::string>{"name", "cuda", "epochs", "omega", "device", "sizes", "attributes", "optim",
                                             "min_epochs"}));
    QCOMPARE(j.at("epochs").get<int>(), 3);
    QCOMPARE(j.at("optim").at("lr").get<double>(), 1e-4);
    QCOMPARE(j.at("sizes"), Json::array({112, 112}));
  }

  void roundTrip() {
    RunConfig a;
    a.name = "ünïcode \"quoted\"";
    a.cuda = true;
    a.epochs = 77;
    a.omega = 0.1 + 0.2;  // not exactly representable: the text must round-trip bit for bit
    a.device = "auto";
    a.sizes = {};
    a.attributes = {"a12", "a17", "a64"};
    a.optim.lr = 3.0e-7;
    a.optim.warmup = 0;
    a.minEpochs = 5;
    const std::string text = config::toJson(a).dump(2);
    auto parsed = config::parseJson(text, "run.json");
    QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
    auto b = config::load<RunConfig>(*parsed, "run.json");
    QVERIFY2(b, b ? "" : b.error().message.c_str());
    QVERIFY(*b == a);
    QCOMPARE(b->omega, 0.1 + 0.2);
    QVERIFY(!(RunConfig{} == a));
  }

  void missingKeysKeepDefaults() {
    RunConfig s;
    const Json j = Json::parse(R"({"epochs": 9, "optim": {"warmup": 4}})");
    auto st = config::fromJson(j, s, "run.json");
    QVERIFY(st);
    QCOMPARE(s.epochs, 9);
    QCOMPARE(s.optim.warmup, 4);
    QCOMPARE(s.optim.lr, 1e-4);  // untouched inside a nested object
    QCOMPARE(q(s.name), QString("run"));
    QCOMPARE(s.sizes, (std::vector<int>{112, 112}));
    auto empty = config::load<RunConfig>(Json::object(), "empty.json");
    QVERIFY(empty);
    QVERIFY(*empty == RunConfig{});
  }

  void refused_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");  // a part of the message
    QTest::newRow("unknown top-level key") << R"({"epochs": 2, "epoch": 3})" << "unknown key 'epoch'";
    QTest::newRow("unknown nested key") << R"({"optim": {"lrr": 0.1}})" << "unknown key 'optim.lrr'";
    QTest::newRow("int given a string") << R"({"epochs": "3"})" << "'epochs' must be of type int";
    QTest::newRow("int given a float") << R"({"epochs": 2.5})" << "'epochs' must be of type int";
    QTest::newRow("bool given an int") << R"({"cuda": 1})" << "'cuda' must be of type bool";
    QTest::newRow("float given a string") << R"({"omega": "high"})" << "'omega' must be of type float";
    QTest::newRow("string given a number") << R"({"name": 5})" << "'name' must be of type string";
    QTest::newRow("list given a number") << R"({"sizes": 112})" << "'sizes' must be of type list";
    QTest::newRow("list of wrong elements") << R"({"sizes": [112, "a"]})" << "'sizes' must be of type list";
    QTest::newRow("nested wrong type") << R"({"optim": {"lr": "fast"}})" << "'optim.lr' must be of type float";
    QTest::newRow("nested not an object") << R"({"optim": 3})" << "'optim' must be a JSON object";
    QTest::newRow("top level not an object") << R"([1, 2])" << "the configuration must be a JSON object";
    QTest::newRow("epochs above max") << R"({"epochs": 101})" << "'epochs' is 101, outside the allowed range [1.0, 100.0]";
    QTest::newRow("epochs below min") << R"({"epochs": 0})" << "'epochs' is 0, outside the allowed range";
    QTest::newRow("nested bound") << R"({"optim": {"lr": 2.0}})" << "'optim.lr' is 2.0, outside the allowed range";
    QTest::newRow("choice") << R"({"device": "tpu"})" << "'device' is \"tpu\", not one of: cpu, cuda, auto";
    QTest::newRow("cross-field check") << R"({"epochs": 2, "min_epochs": 3})" << "'min_epochs' must not exceed 'epochs'";
  }

  void refused() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    auto r = config::load<RunConfig>(Json::parse(json.toStdString()), "run.json");
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    const QString message = q(r.error().message);
    QVERIFY2(message.startsWith("run.json: "), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
  }

  void boundsAreInclusive() {
    RunConfig s;
    s.epochs = 100;
    s.omega = 0.0;
    s.optim.lr = 1.0;
    QVERIFY(config::validate(s, "x"));
    s.omega = std::nan("");
    auto st = config::validate(s, "x");
    QVERIFY(!st);
    QVERIFY(q(st.error().message).contains("'omega' must be a finite number"));
  }

  void parseJsonGivesLineAndColumn_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing value") << "{\n  \"a\": 1,\n  \"b\": ,\n}" << 3 << 8;
    QTest::newRow("first line") << "{\"a\" 1}" << 1 << 6;
    QTest::newRow("end of input") << "{\n\"a\": [1, 2" << 2 << 11;  // one past the end
    QTest::newRow("first character") << "}" << 1 << 1;
    QTest::newRow("newline in a string") << "{\"a\": \"x\ny\"}" << 1 << 9;
  }

  void parseJsonGivesLineAndColumn() {
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    auto r = config::parseJson(text.toStdString(), "broken.json");
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    const QString message = q(r.error().message);
    QVERIFY2(message.startsWith("broken.json is not valid JSON"), qPrintable(message));
    QVERIFY2(message.contains(QString("(line %1, column %2)").arg(line).arg(column)), qPrintable(message));
    QVERIFY2(!message.contains("[json.exception"), qPrintable(message));
  }

  void readJsonFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string good = dir.filePath("good.json").toStdString();
    QVERIFY(files::writeTextAtomically(good, R"({"epochs": 4})"));
    auto j = config::readJsonFile(good);
    QVERIFY(j);
    QCOMPARE(j->at("epochs").get<int>(), 4);

    const std::string missing = dir.filePath("missing.json").toStdString();
    auto m = config::readJsonFile(missing);
    QVERIFY(!m);
    QCOMPARE(m.error().code, ErrorCode::NotFound);
    QVERIFY2(q(m.error().message).contains(q(missing)), m.error().message.c_str());

    auto f = config::readJsonFile(dir.path().toStdString());
    QVERIFY(!f);
    QCOMPARE(f.error().code, ErrorCode::InvalidInput);
    QVERIFY2(q(f.error().message).contains(dir.path()), f.error().message.c_str());
    QVERIFY(q(f.error().message).contains("folder"));

    const std::string broken = dir.filePath("broken.json").toStdString();
    QVERIFY(files::writeTextAtomically(broken, "{\"a\": }"));
    auto b = config::readJsonFile(broken);
    QVERIFY(!b);
    QVERIFY2(q(b.error().message).startsWith(q(broken) + " is not valid JSON (line 1, column 7)"), b.error().message.c_str());
  }

  void applyOverride_data() {
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("expectedJson");  // the patched document
    QTest::newRow("nested number") << "optim.lr=0.5" << R"({"epochs":2,"optim":{"lr":0.5}})";
    QTest::newRow("new nested object") << "a.b=3" << R"({"epochs":2,"a":{"b":3}})";
    QTest::newRow("replace") << "epochs=7" << R"({"epochs":7})";
    QTest::newRow("bare word is a string") << "name=word" << R"({"epochs":2,"name":"word"})";
    QTest::newRow("quoted string") << R"(name="3")" << R"({"epochs":2,"name":"3"})";
    QTest::newRow("bool") << "cuda=true" << R"({"epochs":2,"cuda":true})";
    QTest::newRow("list") << "sizes=[64,64]" << R"({"epochs":2,"sizes":[64,64]})";
    QTest::newRow("empty value is an empty string") << "name=" << R"({"epochs":2,"name":""})";
    QTest::newRow("value with '='") << "name=a=b" << R"({"epochs":2,"name":"a=b"})";
  }

  void applyOverride() {
    QFETCH(QString, assignment);
    QFETCH(QString, expectedJson);
    Json j = Json::parse(R"({"epochs": 2})");
    auto st = config::applyOverride(j, assignment.toStdString());
    QVERIFY2(st, st ? "" : st.error().message.c_str());
    QCOMPARE(q(j.dump()), expectedJson);
  }

  void applyOverrideRefused_data() {
    QTest::addColumn<QString>("assignment");
    QTest::newRow("no '='") << "x";
    QTest::newRow("no key") << "=3";
    QTest::newRow("into a number") << "epochs.x=3";
  }

  void applyOverrideRefused() {
    QFETCH(QString, assignment);
    Json j = Json::parse(R"({"epochs": 2})");
    const Json before = j;
    auto st = config::applyOverride(j, assignment.toStdString());
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::InvalidInput);
    QVERIFY2(q(st.error().message).contains("'" + assignment + "'"), st.error().message.c_str());
    QCOMPARE(j, before);
  }

  void overridesGoThroughTheSameChecks() {
    Json j = config::toJson(RunConfig{});
    QVERIFY(config::applyOverride(j, "optim.warmup=20"));
    QVERIFY(config::applyOverride(j, "device=cuda"));
    auto ok = config::load<RunConfig>(j, "--set");
    QVERIFY(ok);
    QCOMPARE(ok->optim.warmup, 20);
    QCOMPARE(q(ok->device), QString("cuda"));

    QVERIFY(config::applyOverride(j, "optim.lrr=1"));
    auto typo = config::load<RunConfig>(j, "--set");
    QVERIFY(!typo);
    QVERIFY2(q(typo.error().message).contains("unknown key 'optim.lrr'"), typo.error().message.c_str());

    Json k = config::toJson(RunConfig{});
    QVERIFY(config::applyOverride(k, "epochs=many"));
    auto wrong = config::load<RunConfig>(k, "--set");
    QVERIFY(!wrong);
    QVERIFY2(q(wrong.error().message).contains("'epochs' must be of type int, not \"many\""), wrong.error().message.c_str());
  }

  void describeListsDottedKeys() {
    RunConfig s;
    s.epochs = 12;
    const auto fields = config::describe(s);
    QCOMPARE(fields.size(), std::size_t(10));
    std::vector<std::string> keys;
    for (const auto& f : fields) keys.push_back(f.key);
    QCOMPARE(keys, (std::vector<std::string>{"name", "cuda", "epochs", "omega", "device", "sizes", "attributes", "optim.lr",
                                             "optim.warmup", "min_epochs"}));
    const auto& epochs = fields[2];
    QCOMPARE(q(epochs.type), QString("int"));
    QCOMPARE(q(epochs.help), QString("Training epochs"));
    QCOMPARE(epochs.value, Json(12));
    QCOMPARE(epochs.min, std::optional<double>(1.0));
    QCOMPARE(epochs.max, std::optional<double>(100.0));
    QVERIFY(epochs.choices.empty());

    const auto& device = fields[4];
    QCOMPARE(q(device.type), QString("string"));
    QCOMPARE(device.choices, (std::vector<std::string>{"cpu", "cuda", "auto"}));
    QVERIFY(!device.min && !device.max);

    QCOMPARE(q(fields[0].type), QString("string"));
    QVERIFY(fields[0].choices.empty());
    QCOMPARE(q(fields[1].type), QString("bool"));
    QCOMPARE(q(fields[3].type), QString("float"));
    QCOMPARE(q(fields[5].type), QString("list"));
    QCOMPARE(fields[5].value, Json::array({112, 112}));
    QCOMPARE(q(fields[6].type), QString("list"));

    const auto& lr = fields[7];
    QCOMPARE(q(lr.type), QString("float"));
    QCOMPARE(q(lr.help), QString("Adam learning rate"));
    QCOMPARE(lr.value, Json(1e-4));
    QCOMPARE(lr.min, std::optional<double>(0.0));
    QCOMPARE(lr.max, std::optional<double>(1.0));
  }
};

QTEST_APPLESS_MAIN(TestConfig)
#include "tst_config.moc"
