// eval protocol: the baselines as tensor transforms, the rows of `spact evaluate` (raw data,
// baselines and a trained tiny f_A) on the in-memory synthetic benchmark, resuming after a
// stop, the same-data-set and novel protocols, the three reports, and bad inputs refused with
// a sentence. Seconds per case: 16-pixel frames, networks at 1/16 width, two batches a budget.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>
#include <atomic>
#include <thread>
#include <torch/torch.h>

#include "eval/evaluate.h"
#include "eval/report.h"
#include "eval/transforms.h"
#include "nn/io/spact_checkpoint.h"
#include "nn/networks.h"
#include "nn/runtime.h"
#include "nn/state.h"
#include "train/fresh_targets.h"
#include "train/train_data.h"
#include "train/trainer.h"

using namespace spact;

namespace {

const char* kSynth = "synth:actions=3,attributes=3,size=16,frames=8,videos_per_class=4,test_videos_per_class=2,images=32,test_images=16";
const char* kSynthWide = "synth:actions=5,attributes=5,size=16,frames=8,videos_per_class=3,test_videos_per_class=2,images=32,test_images=16";

train::TrainConfig smallConfig() {
  auto c = *train::presetConfig("tiny");
  c.data.size = 16;
  c.data.frames = 4;
  c.data.skip = 1;
  c.data.actionBatch = 4;
  c.data.privacyBatch = 8;
  c.data.workers = 2;
  c.data.valClipsPerVideo = 1;
  for (auto* spec : {&c.networks.anonymizer, &c.networks.action, &c.networks.privacy, &c.networks.attributes}) spec->width = 1.0 / 16;
  c.networks.privacy.headHidden = 16;
  c.networks.privacy.headOut = 8;
  c.init.anonymizer = {1, 1e-3, 2};
  c.init.action = {1, 1e-3, 2};
  c.init.privacy = {1, 1e-3, 2};
  c.init.attributes = {1, 1e-3, 2};
  c.minimax.epochs = 1;
  c.minimax.stepsPerEpoch = 2;
  return c;
}

eval::EvalConfig evalConfig() {
  auto c = eval::evalConfigFor(smallConfig());
  c.targets.actionBudget = {1, 1e-3, 2};
  c.targets.attributesBudget = {1, 1e-3, 2};
  c.samples = 4;
  return c;
}

struct Counter {
  int started = 0, finished = 0, reused = 0;
  std::function<void(const config::Json&)> callback() {
    return [this](const config::Json& e) {
      const auto t = e.value("type", "");
      started += t == "row_started";
      finished += t == "row_finished";
      reused += t == "row_reused";
    };
  }
};

QJsonObject readJson(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

QString readText(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

class TestEvalProtocol : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString model_;

  QString path(const QString& n) const { return dir_.filePath(n); }

  eval::EvalRequest request(const QString& out, std::vector<std::string> baselines, bool withModel) {
    eval::EvalRequest r;
    r.config = evalConfig();
    r.actionSpec = kSynth;
    r.privacySpec = kSynth;
    r.baselines = std::move(baselines);
    if (withModel) r.models = {model_.toStdString()};
    r.outDir = out.toStdString();
    return r;
  }

private Q_SLOTS:
  void initTestCase() {
    torch::manual_seed(0);
    train::TrainRequest r;
    r.config = smallConfig();
    auto data = train::openTrainData(kSynth, kSynth, 1);
    QVERIFY(data);
    r.data = *data;
    r.runDir = path("run").toStdString();
    JobControl job;
    auto outcome = train::runTraining(r, job);
    QVERIFY2(outcome, outcome ? "" : outcome.error().message.c_str());
    model_ = QString::fromStdString(outcome->lastCheckpoint.string());
  }

  // The fresh classifiers train for the run's `targets` budgets, not its initialisation's: the
  // tiny preset initialises f_T for 8 epochs but gives a fresh R3D on anonymized clips 16, after
  // one epoch of warm-up, its input normalised.
  void freshBudgetsComeFromTheRunsTargets() {
    auto run = smallConfig();
    run.targets.action = {7, 2e-3, 0, 0.5};
    run.targets.attributes = {9, 3e-3, 4};
    run.targets.normalizeInput = true;
    const auto e = eval::evalConfigFor(run);
    QVERIFY(e.targets.normalizeInput);
    QCOMPARE(e.targets.actionBudget.epochs, 7);
    QCOMPARE(e.targets.actionBudget.lr, 2e-3);
    QCOMPARE(e.targets.actionBudget.warmup, 0.5);
    QCOMPARE(e.targets.attributesBudget.epochs, 9);
    QCOMPARE(e.targets.attributesBudget.stepsPerEpoch, 4);
    const auto o = train::targetOptionsFor(run);
    QCOMPARE(o.actionBudget.epochs, 7);
    QCOMPARE(o.attributesBudget.lr, 3e-3);
    QVERIFY(o.normalizeInput);
    QVERIFY(eval::targetOptions(e).normalizeInput);
    // A run configuration written before `targets` existed takes its preset's.
    auto old = train::toJson(*train::presetConfig("tiny"));
    old.erase("targets");
    auto loaded = train::trainConfigFromJson(old, "old config.json");
    QVERIFY(loaded);
    QCOMPARE(loaded->targets.action.epochs, 16);
    QCOMPARE(loaded->targets.action.warmup, 1.0);
    QVERIFY(loaded->targets.normalizeInput);
    QCOMPARE(loaded->targets.attributes.epochs, 24);
  }

  void downsampleIsAveragePoolThenUpsample() {
    auto x = torch::rand({2, 3, 16, 16});
    auto y = eval::downsample(x, 4);
    QCOMPARE(y.sizes().vec(), x.sizes().vec());
    // Block means of 4×4, then bilinear back: the block centre pixels of a constant-block
    // image stay, and the means equal the pooled values.
    auto pooled = x.reshape({2, 3, 4, 4, 4, 4}).mean({3, 5});
    auto expected = torch::nn::functional::interpolate(
        pooled, torch::nn::functional::InterpolateFuncOptions().size(std::vector<std::int64_t>{16, 16}).mode(torch::kBilinear).align_corners(false));
    QVERIFY(torch::allclose(y, expected, 1e-5, 1e-6));
    // A picture already constant on 4×4 blocks passes through.
    auto blocks = torch::rand({1, 3, 4, 4}).repeat_interleave(4, 2).repeat_interleave(4, 3);
    QVERIFY(torch::allclose(eval::downsample(blocks, 4).mean(), blocks.mean(), 1e-5, 1e-6));
  }

  void blurRemovesHighFrequencies() {
    auto checker = (torch::arange(32).view({1, -1}) + torch::arange(32).view({-1, 1})).remainder(2).to(torch::kFloat32);
    auto x = checker.expand({1, 3, 32, 32}).contiguous();
    auto energy = [](const torch::Tensor& t) {
      auto dx = t.slice(3, 1) - t.slice(3, 0, -1);
      auto dy = t.slice(2, 1) - t.slice(2, 0, -1);
      return (dx.pow(2).mean() + dy.pow(2).mean()).item<double>();
    };
    auto y = eval::gaussianBlur(x);
    QCOMPARE(y.sizes().vec(), x.sizes().vec());
    QVERIFY2(energy(y) < 0.1 * energy(x), qPrintable(QString("%1 vs %2").arg(energy(y)).arg(energy(x))));
    QVERIFY(std::abs(y.mean().item<double>() - x.mean().item<double>()) < 1e-3);  // mass kept
  }

  void shapesArePreserved_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    for (const char* m : {"raw", "downsample2", "downsample4", "blur", "pixelate"}) {
      QTest::addRow("%s 16x16", m) << m << 16 << 16;
      QTest::addRow("%s 17x13", m) << m << 17 << 13;
    }
  }
  void shapesArePreserved() {
    QFETCH(QString, method);
    QFETCH(int, height);
    QFETCH(int, width);
    auto t = eval::baselineTransform(method.toStdString(), "");
    QVERIFY(t);
    auto x = torch::rand({3, 3, height, width});
    auto y = *t ? (*t)(x) : x;
    QCOMPARE(y.sizes().vec(), x.sizes().vec());
    QVERIFY(y.min().item<float>() >= -1e-5f && y.max().item<float>() <= 1 + 1e-5f);
  }

  void pixelateMakesBlocks() {
    auto y = eval::pixelate(torch::rand({1, 3, 28, 28}));  // block 2
    QVERIFY(torch::equal(y.slice(2, 0, 28, 2), y.slice(2, 1, 28, 2)));
    QVERIFY(torch::equal(y.slice(3, 0, 28, 2), y.slice(3, 1, 28, 2)));
  }

  void unknownBaselineIsRefused() {
    auto t = eval::baselineTransform("sepia", "");
    QVERIFY(!t);
    QVERIFY2(t.error().message.starts_with("Unknown baseline 'sepia'"), t.error().message.c_str());
    auto m = eval::methodsFor({"raw", "sepia"}, {});
    QVERIFY(!m);
    QVERIFY(m.error().message.find("sepia") != std::string::npos);
  }

  // Raw data, two baselines and the tiny f_A: four rows, three reports; a rerun reuses them all.
  void rowsReportsAndResume() {
    const QString out = path("eval");
    Counter first;
    auto r = request(out, {"raw", "downsample4", "blur"}, true);
    r.onEvent = first.callback();
    JobControl job;
    auto outcome = eval::runEvaluation(r, job);
    QVERIFY2(outcome, outcome ? "" : outcome.error().message.c_str());
    QCOMPARE(first.started, 4);
    QCOMPARE(first.finished, 4);
    QCOMPARE(outcome->trained, 4);

    const auto report = readJson(out + "/report.json");
    QCOMPARE(report["format"].toString(), QString("spact-evaluation"));
    const auto rows = report["rows"].toArray();
    QCOMPARE(rows.size(), 4);
    QStringList methods;
    for (const auto& row : rows) {
      const auto o = row.toObject();
      methods << o["method"].toString();
      QVERIFY(o["action_top1"].toDouble() >= 0 && o["action_top1"].toDouble() <= 1);
      QVERIFY(o["privacy_cmap"].isDouble() || o["privacy_cmap"].isNull());
      QCOMPARE(o["attributes"].toArray().size(), 3);
      QVERIFY(o["seconds"].toDouble() > 0);
#ifdef SPACT_HAVE_MEDIA
      QVERIFY(QFile::exists(out + "/" + o["sample"].toString()));
#endif
    }
    QCOMPARE(methods, (QStringList{"raw", "downsample4", "blur", "f_A last"}));
    QVERIFY(report["software"].toObject().contains("libtorch"));
    QVERIFY(report["data"].toObject()["action"].toObject().contains("fingerprint"));
    QCOMPARE(report["seeds"].toObject()["targets"].toInt(), 0);
    QCOMPARE(report["summary"].toObject()["raw"].toObject()["action_top1"].toDouble(), rows[0].toObject()["action_top1"].toDouble());

    const auto csv = readText(out + "/report.csv").trimmed().split('\n');
    QCOMPARE(csv.size(), 5);
    QVERIFY(csv[0].startsWith("method,kind,action_top1,privacy_cmap,privacy_macro_f1,ap:"));
    QVERIFY(csv[4].startsWith("f_A last,model,"));

    const auto html = readText(out + "/report.html");
    QVERIFY(html.contains("<svg class=\"tradeoff\""));
    QCOMPARE(html.count(QRegularExpression("class=\"point[ \"]")), 4);
    QCOMPARE(html.count("class=\"point raw\""), 1);
#ifdef SPACT_HAVE_MEDIA
    QVERIFY(html.count("data:image/png;base64,") >= 5);  // original + four methods
#endif
    QVERIFY(!html.contains("<script"));
    // How the fresh models trained: a loss line per row in each model's chart, and each row's
    // input spread (the tiny preset normalises the fresh models' input): blurring lowers it.
    QCOMPARE(html.count("<svg class=\"losses\""), 2);
    QCOMPARE(html.count("<polyline class=\"loss\""), 8);
    auto spread = [&](int row, const char* input) {
      QStringList sds;
      for (const auto& v :
           rows[row].toObject()["targets"].toObject()["input_statistics"].toObject()[input].toObject()["sd"].toArray())
        sds << QString::number(v.toDouble(), 'f', 3);
      return sds;
    };
    QCOMPARE(spread(0, "clips").size(), 3);
    QVERIFY(
        html.contains("<td>" + spread(0, "clips").join(' ') + "</td><td>" + spread(0, "images").join(' ') + "</td>"));
    for (int c = 0; c < 3; ++c) QVERIFY(spread(2, "images")[c].toDouble() < spread(0, "images")[c].toDouble());

    // The rerun trains nothing.
    Counter second;
    r.onEvent = second.callback();
    auto again = eval::runEvaluation(r, job);
    QVERIFY(again);
    QCOMPARE(second.started, 0);
    QCOMPARE(second.reused, 4);
    QCOMPARE(again->reused, 4);

    // A changed budget changes the row's fingerprint: retrained (in a copy, so that the full
    // report stays for htmlRendersInChromium).
    const QString changed = path("eval-changed");
    QVERIFY(QDir().mkpath(changed + "/rows"));
    QVERIFY(QFile::copy(out + "/rows/raw.json", changed + "/rows/raw.json"));
    Counter third;
    auto c = request(changed, {"raw"}, false);
    c.onEvent = third.callback();
    QVERIFY(eval::runEvaluation(c, job));
    QCOMPARE(third.reused, 1);
    Counter fourth;
    c.config.targets.actionBudget.lr = 2e-3;
    c.onEvent = fourth.callback();
    QVERIFY(eval::runEvaluation(c, job));
    QCOMPARE(fourth.started, 1);
  }

  // Stopped after its first row, a run keeps that row (whichever of the rows trained side by
  // side finished first) and no other; the rerun trains only the rest.
  void stoppedRunResumes() {
    const QString out = path("stopped");
    auto r = request(out, {"raw", "pixelate", "downsample2"}, false);
    bool stop = false;
    r.onEvent = [&stop](const config::Json& e) { stop = stop || e.value("type", "") == "row_finished"; };
    JobControl job(std::stop_token{}, [&stop](const Progress&) { return !stop; });
    auto outcome = eval::runEvaluation(r, job);
    QVERIFY(!outcome);
    QVERIFY(outcome.error().isCancelled());
    const int kept = QFile::exists(out + "/rows/raw.json") + QFile::exists(out + "/rows/pixelate.json") +
                     QFile::exists(out + "/rows/downsample2.json");
    QCOMPARE(kept, 1);
    QVERIFY(!QFile::exists(out + "/report.json"));

    Counter c;
    r.onEvent = c.callback();
    std::vector<double> fractions;
    JobControl watched(std::stop_token{}, [&fractions](const Progress& p) {
      fractions.push_back(p.fraction());
      return true;
    });
    auto resumed = eval::runEvaluation(r, watched);
    QVERIFY2(resumed, resumed ? "" : resumed.error().message.c_str());
    QCOMPARE(c.reused, 1);
    QCOMPARE(c.started, 2);
    QVERIFY(!fractions.empty());
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));  // ETA-capable: never goes back
    QCOMPARE(fractions.back(), 1.0);
  }

  // On the CPU, rows train side by side (here two: both start before either finishes); each
  // row's numbers are those it gets trained in turn: no row reads another's state.
  void rowsSideBySideMatchRowsInTurn() {
    const int threads = nn::threadCount();
    auto r = request(path("side-by-side"), {"raw", "blur"}, false);
    r.config.samples = 0;
    std::vector<std::string> order;
    r.onEvent = [&order](const config::Json& e) {
      const auto t = e.value("type", "");
      if (t == "row_started" || t == "row_finished") order.push_back(t.substr(4));
    };
    JobControl job;
    nn::configureThreads(2);
    auto sideBySide = eval::runEvaluation(r, job);
    QVERIFY2(sideBySide, sideBySide ? "" : sideBySide.error().message.c_str());
    QCOMPARE(order, (std::vector<std::string>{"started", "started", "finished", "finished"}));
    order.clear();
    nn::configureThreads(1);
    r.outDir = path("in-turn").toStdString();
    auto inTurn = eval::runEvaluation(r, job);
    nn::configureThreads(threads);
    QVERIFY2(inTurn, inTurn ? "" : inTurn.error().message.c_str());
    QCOMPARE(order, (std::vector<std::string>{"started", "finished", "started", "finished"}));
    const auto& a = sideBySide->report["rows"];
    const auto& b = inTurn->report["rows"];
    QCOMPARE(a.size(), 2u);
    QCOMPARE(b.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
      QCOMPARE(a[i]["method"], b[i]["method"]);
      QCOMPARE(a[i]["targets"].dump(), b[i]["targets"].dump());  // every number, to the last bit
    }
  }

  // A row's networks start from its seed's weights even while another row draws its own from
  // LibTorch's one generator: 2 × 20 draws side by side, seeds 0 and 1, every seed-0 draw equal
  // to one drawn alone.
  void freshNetworksAreTheSeedsWhateverIsDrawnBeside() {
    auto data = train::openTrainData(kSynth, kSynth, 1);
    QVERIFY(data);
    const auto options = train::targetOptionsFor(smallConfig());
    auto weights = [](train::Nets& nets) {
      std::vector<torch::Tensor> all;
      for (auto* net : {&nets.action, &nets.attributes})
        for (const auto& p : net->base().parameters()) all.push_back(p.detach().flatten());
      return torch::cat(all);
    };
    auto alone = train::freshTargetNetworks(options, *data);
    QVERIFY(alone);
    const torch::Tensor reference = weights(*alone);
    std::atomic<int> draws{0}, different{0};
    auto drawMany = [&](int seed) {
      auto o = options;
      o.seed = seed;
      for (int k = 0; k < 20; ++k) {
        auto nets = train::freshTargetNetworks(o, *data);
        if (!nets || seed != options.seed) continue;
        ++draws;
        if (!torch::equal(weights(*nets), reference)) ++different;
      }
    };
    std::thread a(drawMany, options.seed), b(drawMany, options.seed + 1);
    a.join();
    b.join();
    QCOMPARE(draws.load(), 20);
    QCOMPARE(different.load(), 0);
  }

  // Each row's thread runs its tensor operations on its share of the process's threads: two rows
  // on two threads get one each, three rows on two get one each (two at a time); on a GPU, or
  // with one row, the rows run in turn on the calling thread with all of them.
  void rowsShareTheThreads() {
    const int threads = nn::threadCount();
    nn::configureThreads(2);
    auto seen = [](std::size_t count, const std::string& device) {
      std::vector<std::pair<int, bool>> perRow(count);  // intra-op threads, on the calling thread
      const auto caller = std::this_thread::get_id();
      auto st = train::forEachRow(count, device, [&](std::size_t i, std::stop_token) -> Status {
        perRow[i] = {nn::threadCount(), std::this_thread::get_id() == caller};
        return {};
      });
      return st ? perRow : std::vector<std::pair<int, bool>>{};
    };
    const auto two = seen(2, "cpu"), three = seen(3, "cpu"), one = seen(1, "cpu"), gpu = seen(2, "cuda");
    nn::configureThreads(threads);
    using Rows = std::vector<std::pair<int, bool>>;
    QCOMPARE(two, (Rows{{1, false}, {1, false}}));
    QCOMPARE(three, (Rows{{1, false}, {1, false}, {1, false}}));
    QCOMPARE(one, (Rows{{2, true}}));
    QCOMPARE(gpu, (Rows{{2, true}, {2, true}}));
  }

  // Rows run at once: row 1 fails while row 0 still runs; row 0 is told to stop, row 2 never
  // starts, and the failure, not the cancellation it caused, is what the caller gets.
  void aFailedRowStopsTheOthers() {
    const int threads = nn::threadCount();
    nn::configureThreads(2);
    std::atomic<bool> zeroStopped{false}, twoRan{false};
    auto st = train::forEachRow(3, "cpu", [&](std::size_t i, std::stop_token stop) -> Status {
      if (i == 1) return fail(ErrorCode::InvalidInput, "Row 1 broke.");
      if (i == 2) {
        twoRan = true;
        return {};
      }
      for (int k = 0; k < 2000 && !stop.stop_requested(); ++k) std::this_thread::sleep_for(std::chrono::milliseconds(5));
      zeroStopped = stop.stop_requested();
      return cancelled();
    });
    nn::configureThreads(threads);
    QVERIFY(!st);
    QCOMPARE(st.error().message, std::string("Row 1 broke."));
    QVERIFY(zeroStopped);
    QVERIFY(!twoRan);
  }

  // PA-HMDB51 style: no privacy set; the synthetic videos label attributes themselves.
  void sameDataSet() {
    auto r = request(path("same"), {"raw"}, false);
    r.privacySpec.clear();
    r.config.samples = 0;
    JobControl job;
    auto outcome = eval::runEvaluation(r, job);
    QVERIFY2(outcome, outcome ? "" : outcome.error().message.c_str());
    QCOMPARE(outcome->report["data"]["same_data_set"].get<bool>(), true);
    QCOMPARE(outcome->report["data"]["privacy"]["from_videos"].get<bool>(), true);
    QCOMPARE(outcome->report["rows"].size(), 1u);
  }

  // f_A knows 3 classes and 3 attributes; the novel protocol evaluates on the other 2 and 2.
  void novelProtocol() {
    auto r = request(path("novel"), {"raw"}, true);
    r.actionSpec = kSynthWide;
    r.privacySpec = kSynthWide;
    r.config.protocol = "novel";
    r.config.samples = 0;
    JobControl job;
    auto outcome = eval::runEvaluation(r, job);
    QVERIFY2(outcome, outcome ? "" : outcome.error().message.c_str());
    const auto& split = outcome->report["data"]["novel_split"];
    QCOMPARE(split["eval_classes"].size(), 2u);
    QCOMPARE(split["eval_attributes"].size(), 2u);
    QCOMPARE(outcome->report["attributes"].size(), 2u);
    QCOMPARE(outcome->report["data"]["action"]["classes"].size(), 2u);
    for (const auto& c : split["eval_classes"])
      for (const auto& t : split["train_classes"]) QVERIFY(c != t);

    // Not novel: a class f_A was trained with.
    r.config.novel.evalClasses = {split["train_classes"][0].get<std::string>()};
    auto overlap = eval::runEvaluation(r, job);
    QVERIFY(!overlap);
    QVERIFY2(overlap.error().message.find("disjoint") != std::string::npos, overlap.error().message.c_str());
  }

  // A model file's f_A runs fused (BatchNorm folded, channels-last): the frames are the plain
  // network's in eval mode, within float rounding, laid out as a plain (N, 3, H, W) tensor.
  void modelTransformIsTheNetwork() {
    nn::NetworkSpec spec = nn::paperSpec(nn::NetworkKind::Anonymizer);
    spec.width = 1.0 / 16;
    torch::manual_seed(5);
    auto net = nn::makeNetwork(spec);
    QVERIFY(net);
    {
      // BatchNorm statistics and affine parameters away from their identity defaults.
      torch::NoGradGuard noGrad;
      for (auto& item : net->base().named_buffers())
        if (item.key().find("running_") != std::string::npos) item.value().uniform_(0.5, 1.5);
      for (auto& p : net->base().parameters()) p.add_(torch::randn_like(p) * 0.05);
    }
    net->base().eval();
    nn::io::ModelBundle bundle;
    bundle.networks.push_back({nn::NetworkKind::Anonymizer, spec, nn::stateOf(net->base())});
    const QString file = path("fa-only.spact");
    QVERIFY(nn::io::writeSpactCheckpoint(file.toStdString(), bundle));
    auto transform = eval::modelTransform(file.toStdString(), "cpu");
    QVERIFY2(transform, transform ? "" : transform.error().message.c_str());
    const auto frames = torch::rand({6, 3, 16, 16});
    torch::Tensor expected;
    {
      torch::NoGradGuard noGrad;
      expected = net->forward(frames);
    }
    const auto out = (*transform)(frames);
    QVERIFY(out.is_contiguous());
    QCOMPARE(out.sizes().vec(), expected.sizes().vec());
    const double worst = (out - expected).abs().max().item<double>();
    QVERIFY2(worst < 1e-4, std::to_string(worst).c_str());
  }

  void modelWithoutAnonymizerIsRefused() {
    nn::NetworkSpec spec = nn::paperSpec(nn::NetworkKind::Action);
    spec.width = 1.0 / 16;
    spec.classes = 3;
    auto net = nn::makeNetwork(spec);
    QVERIFY(net);
    nn::io::ModelBundle bundle;
    bundle.networks.push_back({nn::NetworkKind::Action, spec, nn::stateOf(net->base())});
    const QString file = path("action-only.spact");
    QVERIFY(nn::io::writeSpactCheckpoint(file.toStdString(), bundle));
    auto r = request(path("bad"), {"raw"}, false);
    r.models = {file.toStdString()};
    JobControl job;
    auto outcome = eval::runEvaluation(r, job);
    QVERIFY(!outcome);
    QCOMPARE(QString::fromStdString(outcome.error().message), QString("'%1' holds no anonymizer (f_A) to evaluate.").arg(file));
  }

  void emptyMethodListIsRefused() {
    auto r = request(path("none"), {}, false);
    JobControl job;
    auto outcome = eval::runEvaluation(r, job);
    QVERIFY(!outcome);
    QVERIFY(outcome.error().message.starts_with("Nothing to evaluate"));
  }

  // The report opens in headless Chromium and the screenshot is not blank.
  void htmlRendersInChromium() {
    QString chromium = QStandardPaths::findExecutable("chromium");
    if (chromium.isEmpty()) chromium = QStandardPaths::findExecutable("chromium-browser");
    if (chromium.isEmpty()) QSKIP("Chromium is not installed (apt-get install chromium)");
    const QString html = path("eval/report.html");
    if (!QFile::exists(html)) QSKIP("rowsReportsAndResume did not write the report");
    const QString shot = qEnvironmentVariable("SPACT_REPORT_SCREENSHOT", path("report.png"));
    QProcess p;
    p.start(chromium, {"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                       "--window-size=1200,1800", "--screenshot=" + shot, "file://" + html});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(QFile::exists(shot), p.readAllStandardError().constData());
    QVERIFY2(QFileInfo(shot).size() > 20000, "the screenshot is (nearly) blank");
  }
};

QTEST_GUILESS_MAIN(TestEvalProtocol)
#include "tst_eval_protocol.moc"
