// Weight import/export (core/nn/io): torch.save checkpoints read by the restricted pickle reader
// (plain dict, OrderedDict, the official SPAct layout), refused globals, bad files, safetensors
// both ways, the .spact checkpoint and its versioning, TorchScript anonymizers, and the round
// trip PyTorch → .spact → .pth → PyTorch (checked by Python's torch.load when it is installed).
#include <caffe2/serialize/inline_container.h>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "nn/io/format.h"
#include "nn/io/model_files.h"
#include "nn/io/model_import.h"
#include "nn/io/safetensors.h"
#include "nn/io/scripted_anonymizer.h"
#include "nn/io/spact_checkpoint.h"
#include "nn/io/torch_archive.h"
#include "nn/io/torch_export.h"
#include "nn/networks.h"
#include "nn/state.h"
#include "nn_fixtures.h"

using namespace spact;
using nn::NamedTensors;
using nn::NetworkKind;
using nn::NetworkSpec;

namespace {

const char* kMarker = "/tmp/spact-io-fixture-pwned";

std::string io(const std::string& name) { return test::fixturePath("io/" + name); }

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Every tensor of `expected` ("<role>/<key>") equals the bundle's, keys in the same order.
bool sameAs(const nn::io::ModelBundle& bundle, const nn::io::SafetensorsFile& expected, QString* why) {
  std::size_t count = 0;
  for (const auto& net : bundle.networks) count += net.tensors.size();
  if (count != expected.tensors.size()) {
    *why = QString("%1 tensors, expected %2").arg(count).arg(expected.tensors.size());
    return false;
  }
  for (const auto& [key, tensor] : expected.tensors) {
    const auto slash = key.find('/');
    const auto kind = nn::parseKind(key.substr(0, slash));
    const auto* net = kind ? bundle.network(*kind) : nullptr;
    auto got = net ? nn::find(net->tensors, key.substr(slash + 1)) : std::nullopt;
    if (!got || got->scalar_type() != tensor.scalar_type() || !got->equal(tensor)) {
      *why = QString::fromStdString("tensor " + key + " differs or is missing");
      return false;
    }
  }
  return true;
}

nn::io::ModelBundle smallBundle() {
  torch::manual_seed(3);
  nn::io::ModelBundle b;
  NetworkSpec unet = nn::paperSpec(NetworkKind::Anonymizer);
  unet.width = 4.0 / 64;
  b.networks.push_back({NetworkKind::Anonymizer,
                        unet,
                        {{"inc.double_conv.0.weight", torch::randn({4, 3, 3, 3})},
                         {"inc.double_conv.1.num_batches_tracked", torch::tensor(5, torch::kLong)}}});
  b.networks.push_back({NetworkKind::Action,
                        std::nullopt,  // toy weights: no network SPAct Studio builds
                        {{"fc.weight", torch::randn({5, 2}).to(torch::kHalf)}, {"fc.bias", torch::randn({5})}}});
  b.optimizers.push_back({"anonymizer", {{"exp_avg/inc.double_conv.0.weight", torch::randn({4, 3, 3, 3})}}});
  b.counters = {{"epoch", 3}, {"step", 1200}};
  b.state = {{"rng", torch::arange(16, torch::kByte)}};
  b.card = {{"input_resolution", 112}, {"class_names", {"a", "b"}}, {"metrics", {{"top1", 0.5}}}};
  return b;
}

bool bundlesEqual(const nn::io::ModelBundle& a, const nn::io::ModelBundle& b) {
  auto same = [](const NamedTensors& x, const NamedTensors& y) {
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
      if (x[i].first != y[i].first || x[i].second.scalar_type() != y[i].second.scalar_type() ||
          !x[i].second.equal(y[i].second))
        return false;
    return true;
  };
  if (a.networks.size() != b.networks.size() || a.optimizers.size() != b.optimizers.size()) return false;
  for (std::size_t i = 0; i < a.networks.size(); ++i)
    if (a.networks[i].kind != b.networks[i].kind || a.networks[i].spec != b.networks[i].spec ||
        !same(a.networks[i].tensors, b.networks[i].tensors))
      return false;
  for (std::size_t i = 0; i < a.optimizers.size(); ++i)
    if (a.optimizers[i].first != b.optimizers[i].first || !same(a.optimizers[i].second, b.optimizers[i].second))
      return false;
  return a.counters == b.counters && same(a.state, b.state);
}

// A safetensors file from a header text and a data size (zero bytes).
std::string rawSafetensors(const std::string& header, std::size_t dataBytes) {
  std::string out(8, '\0');
  for (int i = 0; i < 8; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((header.size() >> (8 * i)) & 0xff);
  return out + header + std::string(dataBytes, '\0');
}

}  // namespace

class TestWeightsIo : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    if (!std::filesystem::exists(io("official.pth")))
      QSKIP("tests/reference/fixtures/io is missing: run /usr/bin/python3 tests/reference/make_io_fixtures.py");
    std::filesystem::remove(kMarker);
  }

  void readsTorchSave_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain dict") << "plain_dict.pth"
                                << "anonymizer_expected.safetensors";
    QTest::newRow("OrderedDict with _metadata") << "ordered_dict.pth"
                                                << "anonymizer_expected.safetensors";
    QTest::newRow("official layout, module. prefixes, optimizer") << "official.pth"
                                                                  << "official_expected.safetensors";
  }
  void readsTorchSave() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    auto bundle = nn::io::importModel(io(file.toStdString()));
    QVERIFY2(bundle, bundle ? "" : bundle.error().message.c_str());
    auto want = nn::io::readSafetensors(io(expected.toStdString()));
    QVERIFY(want);
    nn::io::SafetensorsFile grouped = *want;
    if (expected.startsWith("anonymizer"))
      for (auto& [key, t] : grouped.tensors) key = "anonymizer/" + key;
    QString why;
    QVERIFY2(sameAs(*bundle, grouped, &why), qPrintable(why));
  }

  void officialLayout() {
    auto bundle = nn::io::importModel(io("official.pth"));
    QVERIFY(bundle);
    QCOMPARE(bundle->networks.size(), std::size_t{3});
    QVERIFY(bundle->network(NetworkKind::Anonymizer));
    QVERIFY(bundle->network(NetworkKind::Action));
    QVERIFY(bundle->network(NetworkKind::Privacy));
    // The toy anonymizer is a UNet's inc and outc: nn::inferSpec reads its spec. The toy action
    // and privacy weights fit no network SPAct Studio builds: kept, without a spec.
    const auto& anonymizer = bundle->network(NetworkKind::Anonymizer)->spec;
    QVERIFY(anonymizer);
    QCOMPARE(anonymizer->resolvedArch(), std::string("unet"));
    QCOMPARE(anonymizer->width, 4.0 / 64);
    QCOMPARE(anonymizer->outChannels, 3);
    QVERIFY(!bundle->network(NetworkKind::Action)->spec);
    QVERIFY(!bundle->network(NetworkKind::Privacy)->spec);
    for (const auto& net : bundle->networks)
      for (const auto& [key, t] : net.tensors) QVERIFY2(key.rfind("module.", 0) != 0, key.c_str());
    QCOMPARE(bundle->counters.size(), std::size_t{1});
    QCOMPARE(bundle->counters[0].first, std::string("epoch"));
    QCOMPARE(bundle->counters[0].second, std::int64_t{7});
  }

  void refusesDisallowedGlobals_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("global");
    QTest::newRow("os.system") << "malicious_system.pth"
                               << "posix.system";
    QTest::newRow("exec") << "malicious_exec.pth"
                          << "exec";
  }
  void refusesDisallowedGlobals() {
    QFETCH(QString, file);
    QFETCH(QString, global);
    const std::string path = io(file.toStdString());
    auto bundle = nn::io::importModel(path);
    QVERIFY(!bundle);
    const QString message = QString::fromStdString(bundle.error().message);
    QVERIFY2(message.contains(global) && message.contains(QString::fromStdString(path)), qPrintable(message));
    QVERIFY2(message.contains("nothing from the file was run"), qPrintable(message));
    QVERIFY2(!std::filesystem::exists(kMarker), "the malicious payload ran");
    QVERIFY(!nn::io::isAllowedGlobal("builtins.eval"));
    QVERIFY(!nn::io::isAllowedGlobal("os.system"));
    QVERIFY(nn::io::isAllowedGlobal("torch._utils._rebuild_tensor_v2"));
  }

  void badFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("cause");
    const std::string official = readAll(io("official.pth"));
    std::string randomBytes(4096, '\0');
    std::mt19937 rng(7);
    for (auto& c : randomBytes) c = static_cast<char>(rng());
    std::string noPickle;
    {
      caffe2::serialize::PyTorchStreamWriter writer([&noPickle](const void* d, size_t n) {
        noPickle.append(static_cast<const char*>(d), n);
        return n;
      });
      writer.writeRecord("weights.bin", "abcd", 4);
      writer.writeEndOfFile();
    }
    QTest::newRow("empty") << QByteArray() << "not a model file";
    QTest::newRow("random bytes") << QByteArray::fromStdString(randomBytes) << "not a model file";
    QTest::newRow("truncated zip") << QByteArray::fromStdString(official.substr(0, official.size() / 2))
                                   << "not a readable PyTorch checkpoint";
    QTest::newRow("zip without data.pkl") << QByteArray::fromStdString(noPickle) << "no data.pkl";
    QTest::newRow("legacy format") << QByteArray::fromStdString(readAll(io("legacy.pth"))) << "legacy";
    QTest::newRow("safetensors: size does not match shape")
        << QByteArray::fromStdString(rawSafetensors(R"({"w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,20]}})", 20))
        << "need 24";
    QTest::newRow("safetensors: unknown dtype")
        << QByteArray::fromStdString(rawSafetensors(R"({"w":{"dtype":"F8_E9","shape":[2],"data_offsets":[0,2]}})", 2))
        << "F8_E9";
    QTest::newRow("safetensors: offsets past the data")
        << QByteArray::fromStdString(rawSafetensors(R"({"w":{"dtype":"U8","shape":[8],"data_offsets":[0,8]}})", 4))
        << "outside";
    QTest::newRow("safetensors: overlapping tensors")
        << QByteArray::fromStdString(rawSafetensors(
               R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}})",
               4))
        << "overlaps";
    QTest::newRow("safetensors: negative shape")
        << QByteArray::fromStdString(rawSafetensors(R"({"w":{"dtype":"U8","shape":[-1],"data_offsets":[0,0]}})", 0))
        << "shape";
    QTest::newRow("safetensors: not JSON") << QByteArray::fromStdString(rawSafetensors("{nope", 0)) << "JSON";
  }
  void badFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    QTemporaryDir dir;
    const std::string path = dir.filePath("bad.pth").toStdString();
    writeAll(path, bytes.toStdString());
    auto bundle = nn::io::importModel(path);
    QVERIFY(!bundle);
    const QString message = QString::fromStdString(bundle.error().message);
    QVERIFY2(message.contains(cause, Qt::CaseInsensitive) && message.contains(QString::fromStdString(path)),
             qPrintable(message));
    // The in-memory readers say the same, without a file.
    (void)nn::io::readTorchBytes(bytes.toStdString(), "memory");
    (void)nn::io::readSafetensorsBytes(bytes.toStdString(), "memory");
  }

  void safetensorsDtypes() {
    auto file = nn::io::readSafetensors(io("dtypes.safetensors"));
    QVERIFY2(file, file ? "" : file.error().message.c_str());
    QCOMPARE(file->tensors.size(), std::size_t{10});
    QCOMPARE(file->metadata.at("origin"), std::string("fixture"));
    const auto base = torch::arange(6).reshape({2, 3});
    for (const auto& [name, t] : file->tensors) {
      const auto want = name == "bool" ? base.remainder(2).to(torch::kBool) : base.to(t.scalar_type());
      QVERIFY2(t.equal(want), name.c_str());
    }
    QCOMPARE(nn::find(file->tensors, "bf16")->scalar_type(), torch::kBFloat16);
    QCOMPARE(nn::find(file->tensors, "u8")->scalar_type(), torch::kByte);
  }

  void safetensorsRoundTrip() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("t.safetensors").toStdString();
    torch::manual_seed(0);
    NamedTensors tensors;
    for (auto type : {torch::kDouble, torch::kFloat, torch::kHalf, torch::kBFloat16, torch::kLong, torch::kInt,
                      torch::kShort, torch::kChar, torch::kByte, torch::kBool})
      tensors.emplace_back(std::string("t_") + c10::toString(type), (torch::randn({3, 5}) * 10).to(type));
    tensors.emplace_back("empty", torch::zeros({0, 4}));
    tensors.emplace_back("scalar", torch::tensor(2.5));
    tensors.emplace_back("strided", torch::randn({4, 6}).t());
    QVERIFY(nn::io::writeSafetensors(path, tensors, {{"note", "round trip"}}));
    auto back = nn::io::readSafetensors(path);
    QVERIFY2(back, back ? "" : back.error().message.c_str());
    QCOMPARE(back->metadata.at("note"), std::string("round trip"));
    QCOMPARE(back->tensors.size(), tensors.size());
    for (std::size_t i = 0; i < tensors.size(); ++i) {
      QCOMPARE(back->tensors[i].first, tensors[i].first);
      QVERIFY2(back->tensors[i].second.equal(tensors[i].second), tensors[i].first.c_str());
    }
    QVERIFY(!nn::io::writeSafetensors(path, {{"c", torch::zeros({2}, torch::kComplexFloat)}}));
    QVERIFY(!nn::io::writeSafetensors(path, {{"a", torch::zeros({2})}, {"a", torch::zeros({2})}}));
  }

  void spactRoundTrip() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("m.spact").toStdString();
    const auto bundle = smallBundle();
    auto st = nn::io::writeSpactCheckpoint(path, bundle);
    QVERIFY2(st, st ? "" : st.error().message.c_str());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"m.spact"});  // no temporary left behind
    QCOMPARE(*nn::io::detectFileFormat(path), nn::io::FileFormat::SpactCheckpoint);
    auto back = nn::io::readSpactCheckpoint(path);
    QVERIFY2(back, back ? "" : back.error().message.c_str());
    QVERIFY(bundlesEqual(bundle, *back));
    QCOMPARE(back->card["input_resolution"].get<int>(), 112);
    QVERIFY(back->card.contains("software_version"));
  }

  void spactFromTheFutureIsRefused() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("future.spact").toStdString();
    QVERIFY(nn::io::writeSafetensors(path, {{"networks/anonymizer/w", torch::zeros({2})}},
                                     {{"format", "spact-checkpoint"},
                                      {"format_version", "99"},
                                      {"software", "SPAct Studio 9.0"},
                                      {"networks", R"({"anonymizer":{}})"}}));
    auto back = nn::io::readSpactCheckpoint(path);
    QVERIFY(!back);
    QCOMPARE(back.error().code, ErrorCode::Unsupported);
    const QString message = QString::fromStdString(back.error().message);
    QVERIFY2(message.contains("newer") && message.contains("99") && message.contains("future.spact"),
             qPrintable(message));
  }

  void exportsBothWays() {
    QTemporaryDir dir;
    const auto bundle = smallBundle();
    const std::string st = dir.filePath("all.safetensors").toStdString();
    QVERIFY(nn::io::exportModel(bundle, st));
    auto back = nn::io::importModel(st);
    QVERIFY2(back, back ? "" : back.error().message.c_str());
    QCOMPARE(back->networks.size(), std::size_t{2});
    QVERIFY(back->network(NetworkKind::Action)->tensors[0].second.equal(bundle.networks[1].tensors[0].second));
    const std::string one = dir.filePath("one.safetensors").toStdString();
    QVERIFY(nn::io::exportModel(bundle, one, "anonymizer"));
    auto plain = nn::io::readSafetensors(one);
    QVERIFY(plain && plain->tensors[0].first == "inc.double_conv.0.weight");
    QVERIFY(!nn::io::exportModel(bundle, one, "privacy"));
    QVERIFY(!nn::io::exportModel(bundle, dir.filePath("x.txt").toStdString()));

    // A .spact export is a model, not a checkpoint to resume: no optimizer or RNG state.
    auto checkpoint = bundle;
    checkpoint.card["input_resolution"] = 48;
    checkpoint.optimizers = {{"anonymizer", {{"state/0/exp_avg", torch::ones({3})}}}};
    checkpoint.state = {{"rng/cpu", torch::ones({4}, torch::kUInt8)}};
    const std::string model = dir.filePath("model.spact").toStdString();
    QVERIFY(nn::io::exportModel(checkpoint, model));
    auto exported = nn::io::readSpactCheckpoint(model);
    QVERIFY2(exported, exported ? "" : exported.error().message.c_str());
    QVERIFY(exported->optimizers.empty() && exported->state.empty());
    QCOMPARE(exported->networks.size(), std::size_t{2});
    QVERIFY(exported->network(NetworkKind::Action)->tensors[0].second.equal(bundle.networks[1].tensors[0].second));

    // The resolution it was trained at comes from the card in the header; files without one
    // (safetensors, a card that does not say, no file at all) say 0.
    QCOMPARE(nn::io::trainedResolution(model), 48);
    QCOMPARE(nn::io::trainedResolution(st), 0);
    QCOMPARE(nn::io::trainedResolution(dir.filePath("missing.spact").toStdString()), 0);
    checkpoint.card.erase("input_resolution");
    QVERIFY(nn::io::exportModel(checkpoint, model));
    QCOMPARE(nn::io::trainedResolution(model), 0);
  }

  // PyTorch → .spact → .pth → PyTorch.
  void pytorchRoundTrip() {
    QTemporaryDir dir;
    const std::string spactPath = dir.filePath("m.spact").toStdString();
    const std::string pthPath = dir.filePath("m.pth").toStdString();
    auto imported = nn::io::importModelFile(io("official.pth"), spactPath);
    QVERIFY2(imported, imported ? "" : imported.error().message.c_str());
    auto exported = nn::io::exportModelFile(spactPath, pthPath);
    QVERIFY2(exported, exported ? "" : exported.error().message.c_str());
    // Our own reader first.
    auto again = nn::io::importModel(pthPath);
    QVERIFY2(again, again ? "" : again.error().message.c_str());
    QString why;
    QVERIFY2(sameAs(*again, *nn::io::readSafetensors(io("official_expected.safetensors")), &why), qPrintable(why));
    QCOMPARE(again->counters.at(0).second, std::int64_t{7});
    // Then Python's torch.load, in weights_only mode, against the original file.
    if (!QFile::exists("/usr/bin/python3")) QSKIP("/usr/bin/python3 is missing");
    QProcess probe;
    probe.start("/usr/bin/python3", {"-c", "import torch"});
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0) QSKIP("python3-torch is not installed");
    const char* script = R"(
import sys, torch
a = torch.load(sys.argv[1], weights_only=True)
o = torch.load(sys.argv[2])
assert a["epoch"] == o["epoch"] == 7
for k in ("fa_model_state_dict", "fb_model_state_dict", "ft_model_state_dict"):
    want = {n[len("module."):]: v for n, v in o[k].items()}
    got = a[k]
    assert list(got.keys()) == list(want.keys()), k
    for n, v in want.items():
        assert got[n].dtype == v.dtype and got[n].shape == v.shape and torch.equal(got[n], v), n
print("ok")
)";
    QProcess python;
    python.start("/usr/bin/python3",
                 {"-c", script, QString::fromStdString(pthPath), QString::fromStdString(io("official.pth"))});
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("ok"));
  }

  void torchScriptAnonymizer() {
    auto anonymizer = nn::io::loadScriptedAnonymizer(io("scripted_anonymizer.pt"));
    QVERIFY2(anonymizer, anonymizer ? "" : anonymizer.error().message.c_str());
    const auto frames = torch::rand({2, 3, 10, 12});
    auto out = (*anonymizer)->anonymize(frames);
    QVERIFY(out);
    QCOMPARE(out->sizes(), frames.sizes());
    QVERIFY(out->min().item<float>() >= 0.f && out->max().item<float>() <= 1.f);
    QVERIFY(!(*anonymizer)->anonymize(torch::rand({2, 5, 10, 12})));  // wrong channels: an error, not a throw
    auto notScript = nn::io::loadScriptedAnonymizer(io("official.pth"));
    QVERIFY(!notScript);
    // Its weights import as an anonymizer.
    auto bundle = nn::io::importModel(io("scripted_anonymizer.pt"));
    QVERIFY2(bundle, bundle ? "" : bundle.error().message.c_str());
    QVERIFY(bundle->network(NetworkKind::Anonymizer));
    auto expected = nn::io::readSafetensors(io("anonymizer_expected.safetensors"));
    QCOMPARE(bundle->networks[0].tensors.size(), expected->tensors.size());
    for (std::size_t i = 0; i < expected->tensors.size(); ++i) {
      QCOMPARE(bundle->networks[0].tensors[i].first, expected->tensors[i].first);
      QVERIFY(bundle->networks[0].tensors[i].second.equal(expected->tensors[i].second));
    }
  }

  // The reference networks' weights (tests/reference/make_nn_fixtures.py) are placed by their
  // keys, and their spec is the one the fixture was made with (nn::inferSpec).
  void specFromKeys_data() {
    QTest::addColumn<QString>("name");
    for (const char* name : {"unet", "r3d18_spact", "r3d18", "r2plus1d18", "privacy_resnet50", "privacy_resnet18",
                             "attributes_resnet50", "attributes_resnet18"})
      QTest::newRow(name) << name;
  }
  void specFromKeys() {
    QFETCH(QString, name);
    const std::string path = test::fixturePath(name.toStdString() + ".weights.safetensors");
    if (!std::filesystem::exists(path)) QSKIP("the networks' fixtures are not there");
    const auto io = test::readFixture(name.toStdString() + ".io.safetensors");
    auto expected = nn::specFromJson(config::Json::parse(io.metadata.at("spec")), "fixture");
    QVERIFY2(expected, expected ? "" : expected.error().message.c_str());
    expected->arch = expected->resolvedArch();
    if (expected->arch == "r3d18") expected->arch = "r3d18_spact";  // the same shapes: the paper's variant
    auto bundle = nn::io::importModel(path);
    QVERIFY2(bundle, bundle ? "" : bundle.error().message.c_str());
    QCOMPARE(bundle->networks.size(), std::size_t{1});
    QCOMPARE(QString(nn::kindName(bundle->networks[0].kind)), QString::fromStdString(expected->kind));
    QVERIFY(bundle->networks[0].spec);
    QCOMPARE(nn::specToJson(*bundle->networks[0].spec).dump(), nn::specToJson(*expected).dump());
    // .spact keeps the spec as it is.
    QTemporaryDir dir;
    const std::string spact = dir.filePath("m.spact").toStdString();
    QVERIFY(nn::io::writeSpactCheckpoint(spact, *bundle));
    auto back = nn::io::readSpactCheckpoint(spact);
    QVERIFY2(back, back ? "" : back.error().message.c_str());
    QVERIFY(back->networks[0].spec == bundle->networks[0].spec);
  }

  // A network with the small stem reloads with it from .spact; imported from bare weights, the
  // stem comes from conv1's kernel; a format 2 spec written before the field existed is read
  // with torchvision's stem.
  void smallStemRoundTrip() {
    NetworkSpec spec = nn::paperSpec(NetworkKind::Attributes);
    spec.arch = "resnet18";
    spec.width = 1.0 / 16;
    spec.stem = "small";
    torch::manual_seed(5);
    auto net = nn::makeNetwork(spec);
    QVERIFY(net);
    net->base().eval();
    nn::io::ModelBundle bundle;
    bundle.networks.push_back({NetworkKind::Attributes, spec, nn::stateOf(net->base())});
    QTemporaryDir dir;
    const std::string path = dir.filePath("small.spact").toStdString();
    QVERIFY(nn::io::writeSpactCheckpoint(path, bundle));
    auto back = nn::io::readSpactCheckpoint(path);
    QVERIFY2(back, back ? "" : back.error().message.c_str());
    const auto* weights = back->network(NetworkKind::Attributes);
    QVERIFY(weights && weights->spec);
    QCOMPARE(weights->spec->stem, std::string("small"));
    QVERIFY(*weights->spec == spec);
    auto again = nn::makeNetwork(*weights->spec);
    QVERIFY(again);
    QVERIFY(nn::loadState(again->base(), weights->tensors, path));
    again->base().eval();
    torch::NoGradGuard noGrad;
    const auto x = torch::rand({2, 3, 32, 32});
    QVERIFY(again->forward(x).equal(net->forward(x)));

    const std::string bare = dir.filePath("small.safetensors").toStdString();
    QVERIFY(nn::io::exportModel(bundle, bare, "attributes"));
    auto imported = nn::io::importModel(bare);
    QVERIFY2(imported, imported ? "" : imported.error().message.c_str());
    QVERIFY(imported->networks[0].spec);
    QCOMPARE(imported->networks[0].spec->stem, std::string("small"));

    config::Json old = nn::specToJson(nn::paperSpec(NetworkKind::Attributes));
    old.erase("stem");
    const std::string oldPath = dir.filePath("old.spact").toStdString();
    QVERIFY(nn::io::writeSafetensors(oldPath, {{"networks/attributes/fc.bias", torch::zeros({7})}},
                                     {{"format", "spact-checkpoint"},
                                      {"format_version", "2"},
                                      {"networks", config::Json{{"attributes", old}}.dump()}}));
    auto oldBack = nn::io::readSpactCheckpoint(oldPath);
    QVERIFY2(oldBack, oldBack ? "" : oldBack.error().message.c_str());
    QVERIFY(oldBack->networks[0].spec);
    QCOMPARE(oldBack->networks[0].spec->stem, std::string("imagenet"));
  }

  // Format 1 stored {"architecture": ...} descriptions: the spec is inferred from the weights.
  void spactFormat1IsRead() {
    const std::string path = test::fixturePath("unet.weights.safetensors");
    if (!std::filesystem::exists(path)) QSKIP("the networks' fixtures are not there");
    auto weights = nn::io::readSafetensors(path);
    QVERIFY(weights);
    NamedTensors tensors;
    for (const auto& [key, t] : weights->tensors) tensors.emplace_back("networks/anonymizer/" + key, t);
    QTemporaryDir dir;
    const std::string v1 = dir.filePath("v1.spact").toStdString();
    QVERIFY(nn::io::writeSafetensors(v1, tensors,
                                     {{"format", "spact-checkpoint"},
                                      {"format_version", "1"},
                                      {"networks", R"({"anonymizer":{"architecture":"unet","width":2}})"},
                                      {"counters", R"({"epoch":3})"}}));
    auto back = nn::io::readSpactCheckpoint(v1);
    QVERIFY2(back, back ? "" : back.error().message.c_str());
    QVERIFY(back->networks[0].spec);
    QCOMPARE(back->networks[0].spec->width, 2.0 / 64);
    QCOMPARE(back->counters.at(0).second, std::int64_t{3});
    // Format 2 specs are checked like any configuration.
    const std::string bad = dir.filePath("bad.spact").toStdString();
    QVERIFY(nn::io::writeSafetensors(
        bad, tensors,
        {{"format", "spact-checkpoint"}, {"format_version", "2"}, {"networks", R"({"anonymizer":{"width":99}})"}}));
    auto refused = nn::io::readSpactCheckpoint(bad);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.find("'width'") != std::string::npos, refused.error().message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestWeightsIo)
#include "tst_weights_io.moc"
