// train: whole SPAct runs on the in-memory synthetic benchmark with very small networks --
// every phase runs, the run directory holds what DESIGN.md says, a stopped run resumes to the
// same weights as an uninterrupted one, a non-finite loss stops the run and keeps the last good
// checkpoint, and bad configurations and run folders are refused with a sentence.
#include <cmath>
#include <limits>
#include <numbers>

#include <QDir>
#include <QtTest>
#include <torch/torch.h>

#include "nn/io/spact_checkpoint.h"
#include "nn/runtime.h"
#include "test_media.h"
#include "train/fresh_targets.h"
#include "train/run_dir.h"
#include "train/train_data.h"
#include "train/trainer.h"

using namespace spact;
using namespace spact::train;

namespace {

const char* kSynth = "synth:actions=3,attributes=3,size=16,frames=8,videos_per_class=4,test_videos_per_class=2,images=32,test_images=16";

TrainConfig smallConfig() {
  auto c = *presetConfig("tiny");
  c.data.size = 16;
  c.data.frames = 4;
  c.data.skip = 1;
  c.data.actionBatch = 4;
  c.data.privacyBatch = 8;
  c.data.workers = 2;
  c.data.valClipsPerVideo = 1;
  for (auto* spec : {&c.networks.anonymizer, &c.networks.action, &c.networks.privacy, &c.networks.attributes})
    spec->width = 1.0 / 16;
  c.networks.privacy.headHidden = 16;
  c.networks.privacy.headOut = 8;
  c.init.anonymizer = {1, 1e-3, 2};
  c.init.action = {1, 1e-3, 2};
  c.init.privacy = {1, 1e-3, 2};
  c.init.attributes = {1, 1e-3, 2};
  c.minimax.epochs = 2;
  c.minimax.stepsPerEpoch = 3;
  c.minimax.restartPrivacyEvery = 0;  // as the preset; privacyRestartResumes turns it on
  c.schedule.logEvery = 1;
  return c;
}

TrainRequest request(const QString& dir, TrainConfig config = smallConfig()) {
  TrainRequest r;
  r.config = config;
  auto data = openTrainData(kSynth, kSynth, 1);
  if (data) r.data = *data;
  r.runDir = dir.toStdString();
  return r;
}

nn::NamedTensors weightsOf(const std::filesystem::path& file) {
  auto b = nn::io::readSpactCheckpoint(file.string());
  nn::NamedTensors out;
  if (!b) return out;
  for (const auto& n : b->networks)
    for (const auto& [k, t] : n.tensors) out.emplace_back(std::string(nn::kindName(n.kind)) + "/" + k, t);
  return out;
}

std::int64_t counter(const std::filesystem::path& file, const std::string& name) {
  auto b = nn::io::readSpactCheckpoint(file.string());
  if (!b) return -1;
  for (const auto& [k, v] : b->counters)
    if (k == name) return v;
  return -1;
}

// The largest difference between two checkpoints' floating-point tensors whose names start with
// `prefix`; infinity when the two do not hold the same tensors.
double worstDifference(const nn::NamedTensors& a, const nn::NamedTensors& b, const std::string& prefix = "") {
  if (a.size() != b.size()) return std::numeric_limits<double>::infinity();
  double worst = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].first != b[i].first) return std::numeric_limits<double>::infinity();
    if (a[i].first.rfind(prefix, 0) == 0 && a[i].second.is_floating_point())
      worst = std::max(worst, (a[i].second - b[i].second).abs().max().item<double>());
  }
  return worst;
}

// Resumes the stopped run in `dir` to its end.
Result<TrainOutcome> resumeRun(const QString& dir, const TrainConfig& config = smallConfig()) {
  auto r = request(dir, config);
  r.resume = true;
  JobControl job;
  return runTraining(r, job);
}

std::vector<std::string> typesOf(const std::filesystem::path& events) {
  std::vector<std::string> types;
  auto e = readEvents(events);
  if (e)
    for (const auto& x : *e) types.push_back(x.value("type", ""));
  return types;
}

}  // namespace

class TestTrainer : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& n) const { return dir_.filePath(n); }

private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(2); }

  void presetsAreValid() {
    for (const auto& name : presetNames()) {
      auto c = presetConfig(name);
      QVERIFY(c);
      QVERIFY2(config::validate(*c, name), name.c_str());
    }
    QVERIFY(!presetConfig("huge"));
    auto paper = *presetConfig("paper");
    QCOMPARE(paper.data.frames, 16);
    QCOMPARE(paper.data.skip, 2);
    QCOMPARE(paper.data.size, 112);
    QCOMPARE(paper.minimax.temperature, 0.1);
    QCOMPARE(paper.minimax.lrAnonymizer, 1e-4);
    QCOMPARE(paper.networks.privacy.resolvedArch(), std::string("resnet50"));
  }

  void badConfigsAreRefused() {
    auto unknown = trainConfigFromJson({{"preset", "tiny"}, {"minimax", {{"omgea", 2}}}}, "run.json");
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.find("minimax.omgea") != std::string::npos, unknown.error().message.c_str());
    auto impossible = trainConfigFromJson({{"data", {{"frames", 0}}}}, "run.json");
    QVERIFY(!impossible);
    QVERIFY2(impossible.error().message.find("data.frames") != std::string::npos, impossible.error().message.c_str());
    auto device = trainConfigFromJson({{"device", "tpu"}}, "run.json");
    QVERIFY(!device);
    QVERIFY2(device.error().message.find("tpu") != std::string::npos, device.error().message.c_str());
    auto role = trainConfigFromJson({{"networks", {{"action", {{"kind", "privacy"}}}}}}, "run.json");
    QVERIFY(!role);
    auto untrained = trainConfigFromJson({{"targets", {{"attributes", {{"epochs", 0}}}}}}, "run.json");
    QVERIFY(!untrained);
    QVERIFY2(untrained.error().message.find("targets.attributes.epochs") != std::string::npos, untrained.error().message.c_str());
    // The tiny preset keeps its values where the file says nothing.
    auto tiny = trainConfigFromJson({{"preset", "tiny"}, {"seed", 3}}, "run.json");
    QVERIFY(tiny);
    QCOMPARE(tiny->data.size, 32);
    QCOMPARE(tiny->seed, 3);
  }

  void badDataIsRefused() {
    auto missing = openTrainData(path("nowhere").toStdString(), kSynth, 1);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.find("nowhere") != std::string::npos, missing.error().message.c_str());
    auto badSynth = openTrainData("synth:actoins=3", kSynth, 1);
    QVERIFY(!badSynth);
    QVERIFY2(badSynth.error().message.find("actoins") != std::string::npos, badSynth.error().message.c_str());
  }

  // Every phase, the events, checkpoints (last, per epoch, best), samples; the checkpoint is a model.
  void wholeRun() {
    const QString run = path("whole");
    std::vector<config::Json> seen;
    auto r = request(run);
    QVERIFY(r.data.actionTrain);
    r.onEvent = [&](const config::Json& e) { seen.push_back(e); };
    JobControl job;
    auto out = runTraining(r, job);
    QVERIFY2(out, out ? "" : out.error().message.c_str());
    // 2 + 2 + 2 + 2 initialisation steps, 2 × 3 minimax steps.
    QCOMPARE(out->steps, 14);
    const RunPaths paths{run.toStdString()};
    QVERIFY(std::filesystem::exists(paths.config()));
    QVERIFY(std::filesystem::exists(paths.last()));
    QVERIFY(std::filesystem::exists(paths.epoch(1)));
    QVERIFY(std::filesystem::exists(paths.epoch(2)));
    QVERIFY(out->bestCheckpoint && std::filesystem::exists(*out->bestCheckpoint));

    auto events = readEvents(paths.events());
    QVERIFY(events);
    QCOMPARE(events->size(), seen.size());
    std::vector<std::string> phases;
    int vals = 0, rawVals = 0;
    for (const auto& e : *events) {
      QVERIFY(e.contains("time"));
      QVERIFY(e.contains("step"));
      if (e["type"] == "phase") phases.push_back(e["phase"]);
      if (e["type"] == "val") {
        ++vals;
        if (!e["anonymized"].get<bool>()) ++rawVals;
        QVERIFY(e["action_top1"].get<double>() >= 0 && e["action_top1"].get<double>() <= 1);
        QCOMPARE(e["privacy"]["attributes"].size(), std::size_t(3));
      }
      if (e["type"] == "train") QVERIFY(e.contains("iterations_per_s"));
      // An initialisation phase's rate falls along a cosine: its two steps run at 1e-3 and
      // 1e-3 · ½(1 + cos π/2); the game's rates stay as configured.
      if (e["type"] == "train" && e["phase"] == "init_action")
        QCOMPARE(e["lr"]["action"].get<double>(), e["batch"] == 1 ? 1e-3 : 0.5e-3);
      if (e["type"] == "train" && e["phase"] == "minimax") {
        QCOMPARE(e["lr"]["anonymizer"].get<double>(), smallConfig().minimax.lrAnonymizer);
        QVERIFY(e.contains("loss_a") && e.contains("loss_t") && e.contains("loss_b"));
        // f_A's objective is L_T − ω·L_B of step 1; both terms are positive.
        QVERIFY(e["loss_t"].get<double>() > 0 && e["loss_b"].get<double>() > 0);
      }
    }
    QCOMPARE(phases, (std::vector<std::string>{"init_anonymizer", "init_action", "init_privacy", "init_attributes", "minimax"}));
    QCOMPARE(vals, 3);
    QCOMPARE(rawVals, 1);
    QCOMPARE(events->back()["type"].get<std::string>(), std::string("finished"));

    auto bundle = nn::io::readSpactCheckpoint(paths.last().string());
    QVERIFY2(bundle, bundle ? "" : bundle.error().message.c_str());
    QCOMPARE(bundle->networks.size(), std::size_t(4));
    QCOMPARE(bundle->card["class_names"].size(), std::size_t(3));
    QCOMPARE(bundle->card["attribute_names"].size(), std::size_t(3));
    QCOMPARE(bundle->card["input_resolution"].get<int>(), 16);
    QVERIFY(bundle->card["metrics"].contains("action_top1"));
    const auto* action = bundle->network(nn::NetworkKind::Action);
    QVERIFY(action && action->spec);
    QCOMPARE(action->spec->classes, 3);
    QVERIFY(std::filesystem::exists(paths.samples() / "epoch-0002.png") || !QFile::exists("/usr/include/opencv4"));

    auto summary = summarizeRun(paths.root);
    QVERIFY(summary);
    QVERIFY(summary->finished);
    QCOMPARE(summary->lastStep, 14);

    // The same folder again without --resume: refused, nothing touched.
    const auto before = std::filesystem::last_write_time(paths.last());
    JobControl again;
    auto refused = runTraining(request(run), again);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.find("already holds a training run") != std::string::npos, refused.error().message.c_str());
    QCOMPARE(std::filesystem::last_write_time(paths.last()), before);
  }

  // minimax.anonymizer_schedule=cosine: f_A's rate falls along a cosine over the game's 2 × 3
  // iterations (step k at 5e-4 · ½(1 + cos πk/6)); f_T's and f_B's stay constant.
  void anonymizerRateFallsAlongACosine() {
    auto cfg = smallConfig();
    cfg.minimax.anonymizerSchedule = "cosine";
    JobControl job;
    auto out = runTraining(request(path("cosine"), cfg), job);
    QVERIFY2(out, out ? "" : out.error().message.c_str());
    auto events = readEvents(RunPaths{path("cosine").toStdString()}.events());
    QVERIFY(events);
    int seen = 0;
    for (const auto& e : *events) {
      if (e["type"] != "train" || e["phase"] != "minimax") continue;
      const auto k = e["epoch"].get<std::int64_t>() * 3 + e["batch"].get<std::int64_t>() - 1;
      const double expected = cfg.minimax.lrAnonymizer * 0.5 * (1 + std::cos(std::numbers::pi * static_cast<double>(k) / 6));
      QVERIFY2(qAbs(e["lr"]["anonymizer"].get<double>() - expected) < 1e-15, e.dump().c_str());
      QCOMPARE(e["lr"]["action"].get<double>(), cfg.minimax.lrAction);
      QCOMPARE(e["lr"]["privacy"].get<double>(), cfg.minimax.lrPrivacy);
      ++seen;
    }
    QCOMPARE(seen, 6);
    // An initialisation phase warms up when told: init.action's two steps, warm-up one epoch
    // (two steps): step 0 at half the cosine's rate, step 1 at the cosine's (π/2: half the rate).
    {
      auto warm = smallConfig();
      warm.init.action.warmup = 1;
      auto ran = runTraining(request(path("warmup"), warm), job);
      QVERIFY2(ran, ran ? "" : ran.error().message.c_str());
      auto log = readEvents(RunPaths{path("warmup").toStdString()}.events());
      QVERIFY(log);
      std::vector<double> rates;
      for (const auto& e : *log)
        if (e["type"] == "train" && e["phase"] == "init_action") rates.push_back(e["lr"]["action"].get<double>());
      QCOMPARE(rates.size(), std::size_t{2});
      QVERIFY2(qAbs(rates[0] - 0.5 * warm.init.action.lr) < 1e-15, std::to_string(rates[0]).c_str());
      QVERIFY2(qAbs(rates[1] - 0.5 * warm.init.action.lr) < 1e-15, std::to_string(rates[1]).c_str());
    }
    // Another schedule is refused, naming the key.
    auto json = config::toJson(cfg);
    json["minimax"]["anonymizer_schedule"] = "linear";
    auto refused = trainConfigFromJson(json, "test");
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.find("anonymizer_schedule") != std::string::npos, refused.error().message.c_str());
  }

  // Stopped mid-game and resumed: the same weights as the run that never stopped.
  // Also with f_A's cancelled conv biases skipped, as on CUDA (nn/runtime.h): those biases then
  // never get a gradient, so no optimizer state, which checkpoint and resume must carry as such.
  void resumeMatchesUninterrupted_data() {
    QTest::addColumn<bool>("skipBias");
    QTest::newRow("biases computed (CPU)") << false;
    QTest::newRow("biases skipped (as on CUDA)") << true;
  }
  void resumeMatchesUninterrupted() {
    QFETCH(bool, skipBias);
    struct Restore {
      const nn::CancelledBias before = nn::cancelledBias();
      ~Restore() { nn::setCancelledBias(before); }
    } restore;
    nn::setCancelledBias(skipBias ? nn::CancelledBias::Skip : nn::CancelledBias::SkipOnCuda);
    const QString straight = path(skipBias ? "straight-skip" : "straight"), stopped = path(skipBias ? "stopped-skip" : "stopped");
    {
      JobControl job;
      auto out = runTraining(request(straight), job);
      QVERIFY2(out, out ? "" : out.error().message.c_str());
    }
    {
      std::int64_t calls = 0;
      JobControl job(std::stop_token{}, [&](const Progress& p) { return !(p.stage == "minimax" && ++calls >= 4); });
      auto out = runTraining(request(stopped), job);
      QVERIFY(!out);
      QVERIFY(out.error().isCancelled());
      QCOMPARE(counter(RunPaths{stopped.toStdString()}.last(), "step"), 12);
      QCOMPARE(typesOf(RunPaths{stopped.toStdString()}.events()).back(), std::string("stopped"));
    }
    auto resumed = resumeRun(stopped);
    QVERIFY2(resumed, resumed ? "" : resumed.error().message.c_str());
    QCOMPARE(resumed->steps, 14);
    const auto a = weightsOf(RunPaths{straight.toStdString()}.last());
    QVERIFY(!a.empty());
    const double worst = worstDifference(a, weightsOf(RunPaths{stopped.toStdString()}.last()));
    QVERIFY2(worst < 1e-5, std::to_string(worst).c_str());
    // The resumed run's events continue the stopped run's, without the steps it redid.
    auto events = readEvents(RunPaths{stopped.toStdString()}.events());
    QVERIFY(events);
    std::int64_t lastStep = -1;
    for (const auto& e : *events) {
      if (e["type"] != "train") continue;
      QVERIFY2(e["step"].get<std::int64_t>() > lastStep, e.dump().c_str());
      lastStep = e["step"].get<std::int64_t>();
    }
    QCOMPARE(lastStep, 14);

    // Resuming with another shape of network is refused.
    auto other = smallConfig();
    other.data.size = 24;
    auto r = request(stopped, other);
    r.resume = true;
    JobControl job;
    auto refused = runTraining(r, job);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.find("data.size") != std::string::npos, refused.error().message.c_str());
  }

  // f_B restarts at the start of the game's second epoch (Wu et al.'s model restarting): fresh
  // weights that train alone on f_A's output before the game goes on. The game's first epoch is
  // the same as without restarts; a stop in the middle of the catch-up resumes to the weights of
  // the run that never stopped.
  void privacyRestartResumes() {
    auto cfg = smallConfig();
    cfg.minimax.restartPrivacyEvery = 1;
    cfg.minimax.restartPrivacySteps = 6;  // more than the 4 batches of 32 images: wraps an epoch
    const QString plain = path("restart_plain"), straight = path("restart_straight"), stopped = path("restart_stopped");
    {
      JobControl job;
      QVERIFY(runTraining(request(plain), job));
    }
    {
      JobControl job;
      auto out = runTraining(request(straight, cfg), job);
      QVERIFY2(out, out ? "" : out.error().message.c_str());
      QCOMPARE(out->steps, 14);  // the catch-up's iterations are not the game's
    }
    auto events = readEvents(RunPaths{straight.toStdString()}.events());
    QVERIFY(events);
    int restarts = 0;
    for (const auto& e : *events)
      if (e["type"] == "privacy_restart") {
        ++restarts;
        QCOMPARE(e["epoch"].get<int>(), 1);
        QCOMPARE(e["steps"].get<int>(), 6);
        QVERIFY(e["loss_b_first"].get<double>() > 0 && std::isfinite(e["loss_b_last"].get<double>()));
      }
    QCOMPARE(restarts, 1);

    const RunPaths plainPaths{plain.toStdString()}, straightPaths{straight.toStdString()};
    const auto plainFirst = weightsOf(plainPaths.epoch(1)), restartFirst = weightsOf(straightPaths.epoch(1));
    QVERIFY(!plainFirst.empty());
    QVERIFY(worstDifference(plainFirst, restartFirst) < 1e-6);
    const auto plainLast = weightsOf(plainPaths.last()), restartLast = weightsOf(straightPaths.last());
    QVERIFY(worstDifference(plainLast, restartLast, "privacy/") > 1e-3);

    {
      std::int64_t calls = 0;
      JobControl job(std::stop_token{}, [&](const Progress& p) { return !(p.stage == "minimax: f_B restarts" && ++calls >= 3); });
      auto out = runTraining(request(stopped, cfg), job);
      QVERIFY(!out);
      QVERIFY(out.error().isCancelled());
      QCOMPARE(counter(RunPaths{stopped.toStdString()}.last(), "step"), 11);
    }
    auto resumed = resumeRun(stopped, cfg);
    QVERIFY2(resumed, resumed ? "" : resumed.error().message.c_str());
    QCOMPARE(resumed->steps, 14);
    const double worst = worstDifference(restartLast, weightsOf(RunPaths{stopped.toStdString()}.last()));
    QVERIFY2(worst < 1e-5, std::to_string(worst).c_str());
  }

  // A NaN in the 10th step (the game's second): the run stops with a sentence, the last good checkpoint stays.
  void nonFiniteLossKeepsLastCheckpoint() {
    const QString run = path("nan");
    auto r = request(run);
    r.poisonStep = 9;
    JobControl job;
    auto out = runTraining(r, job);
    QVERIFY(!out);
    QVERIFY2(out.error().message.find("non-finite") != std::string::npos, out.error().message.c_str());
    QVERIFY2(out.error().message.find("last.spact") != std::string::npos, out.error().message.c_str());
    const auto last = RunPaths{run.toStdString()}.last();
    QCOMPARE(counter(last, "step"), 8);  // written when the game began
    for (const auto& [k, t] : weightsOf(last))
      if (t.is_floating_point()) QVERIFY2(torch::isfinite(t).all().item<bool>(), k.c_str());
    QCOMPARE(typesOf(RunPaths{run.toStdString()}.events()).back(), std::string("error"));
  }

  // The disk fills at a checkpoint: a sentence naming the file, and the checkpoint before it intact.
  void fullDiskKeepsLastCheckpoint() {
    const QString mount = path("small-disk");
    QVERIFY(QDir().mkpath(mount));
    // Room for one checkpoint and its events, not for the temporary copy a second one needs.
    auto probe = request(path("probe"));
    {
      JobControl job;
      auto out = runTraining(probe, job);
      QVERIFY(out);
    }
    const auto size = std::filesystem::file_size(RunPaths{path("probe").toStdString()}.last());
    const QString option = QString("size=%1k").arg(size * 3 / 2 / 1024 + 64);
    if (spact::test::run("mount", {"-t", "tmpfs", "-o", option, "tmpfs", mount}) != 0)
      QSKIP("mounting a small tmpfs is not permitted here");
    struct Unmount {
      QString dir;
      ~Unmount() { spact::test::run("umount", {dir}); }
    } unmount{mount};
    const QString run = mount + "/run";
    JobControl job;
    auto out = runTraining(request(run), job);
    QVERIFY(!out);
    QVERIFY2(out.error().message.find("last.spact") != std::string::npos, out.error().message.c_str());
    const auto last = RunPaths{run.toStdString()}.last();
    QVERIFY(std::filesystem::exists(last));
    const auto step = counter(last, "step");  // an earlier checkpoint, whole and readable
    QVERIFY2(step >= 2 && step < 14, std::to_string(step).c_str());
    QVERIFY(!weightsOf(last).empty());
    for (const auto& entry : std::filesystem::directory_iterator(RunPaths{run.toStdString()}.checkpoints()))
      QVERIFY2(entry.path().extension() == ".spact", entry.path().c_str());  // no temporary file left
  }

  // Fresh target models on raw data learn something; the call refuses incomplete data.
  void freshTargets() {
    auto data = openTrainData(kSynth, kSynth, 1);
    QVERIFY(data);
    auto o = targetOptionsFor(smallConfig());
    o.actionBudget = {1, 1e-3, 2};
    o.attributesBudget = {2, 1e-3, 2};
    JobControl job;
    std::vector<config::Json> events;
    auto raw = trainFreshTargets({}, *data, o, job, [&](const config::Json& e) { events.push_back(e); });
    QVERIFY2(raw, raw ? "" : raw.error().message.c_str());
    // One event per epoch; the rate falls along a cosine over the budget's 4 attribute steps:
    // the last step of epoch 1 is step 1 of 4 (lr · ½(1 + cos π/4)), of epoch 2 step 3 (3π/4).
    QCOMPARE(events.size(), std::size_t{3});
    QCOMPARE(events[1].value("target", ""), std::string("attributes"));
    QVERIFY(qAbs(events[1]["lr"].get<double>() - 1e-3 * 0.5 * (1 + std::cos(std::numbers::pi / 4))) < 1e-12);
    QVERIFY(qAbs(events[2]["lr"].get<double>() - 1e-3 * 0.5 * (1 + std::cos(3 * std::numbers::pi / 4))) < 1e-12);
    QVERIFY(raw->actionTop1 >= 0 && raw->actionTop1 <= 1);
    QVERIFY(raw->privacyCmap);
    // Each epoch's mean loss is kept with the scores, as the events gave it.
    const auto& losses = raw->json["training_loss"];
    QCOMPARE(losses["action"].size(), std::size_t{1});
    QCOMPARE(losses["attributes"].size(), std::size_t{2});
    QCOMPARE(losses["attributes"][1].get<double>(), events[2]["loss"].get<double>());
    // A warm-up of 1.5 epochs (3 steps): the rate climbs to the cosine's over steps 0-2, so step 1
    // runs at 2/3 of it; step 3 is past the warm-up.
    o.attributesBudget.warmup = 1.5;
    events.clear();
    auto warm = trainFreshTargets({}, *data, o, job, [&](const config::Json& e) { events.push_back(e); });
    QVERIFY2(warm, warm ? "" : warm.error().message.c_str());
    QCOMPARE(events.size(), std::size_t{3});
    QVERIFY(qAbs(events[1]["lr"].get<double>() - 2.0 / 3 * 1e-3 * 0.5 * (1 + std::cos(std::numbers::pi / 4))) < 1e-12);
    QVERIFY(qAbs(events[2]["lr"].get<double>() - 1e-3 * 0.5 * (1 + std::cos(3 * std::numbers::pi / 4))) < 1e-12);
    // The warm-up changed the attribute classifier's training, and only that: the action
    // classifier, without a warm-up in either run, trained exactly as before from the same seed.
    QCOMPARE(warm->json["training_loss"]["action"][0].get<double>(), losses["action"][0].get<double>());
    QVERIFY(warm->json["training_loss"]["attributes"][0].get<double>() != losses["attributes"][0].get<double>());
    o.attributesBudget.warmup = 0;
    // A transform that erases everything leaves the classifiers at chance at best.
    auto blank = trainFreshTargets([](const torch::Tensor& f) { return torch::zeros_like(f); }, *data, o, job);
    QVERIFY(blank);
    // Every input the same: one prediction for all, so top-1 is one class's share (2 of 6 test
    // videos) and each attribute's AP its positive rate -- the transform really reached the data.
    QCOMPARE(blank->actionTop1, 1.0 / 3);
    for (const auto& a : blank->json["privacy"]["attributes"])
      if (a["ap"].is_number())
        QVERIFY2(a["ap"].get<double>() <= static_cast<double>(a["positives"].get<int>()) / 16 + 1e-6, a.dump().c_str());
    TrainData none;
    QVERIFY(!trainFreshTargets({}, none, o, job));
  }

  void freshInputsAreNormalised() {
    auto data = openTrainData(kSynth, kSynth, 1);
    QVERIFY(data);
    auto o = targetOptionsFor(smallConfig());
    const FrameTransform dim = [](const torch::Tensor& f) { return 0.1 * f + 0.45; };
    // Off (the default; the tiny preset turns it on): the fresh models see the method's output itself.
    o.normalizeInput = false;
    JobControl job;
    auto plain = freshInputs(dim, *data, o, job);
    QVERIFY(plain);
    QVERIFY(plain->clips && plain->images);
    data::ImageLoader loader(data->privacyTrain, loaderOptions(o.data, false, 32, 7));
    auto batch = loader.next();
    QVERIFY(batch && *batch);
    const auto images = (*batch)->view1;
    QVERIFY(torch::equal(plain->images(images), dim(images)));
    QVERIFY(plain->statistics.is_null());

    o.normalizeInput = true;
    auto raw = freshInputs({}, *data, o, job);
    QVERIFY2(raw, raw ? "" : raw.error().message.c_str());
    // Each channel of the training images, normalised, has mean 0 and standard deviation 1 (the
    // moments came from the whole split but its incomplete last batch).
    auto x = raw->images(images).transpose(0, 1).flatten(1);
    const auto mean = x.mean(1), sd = x.std(1);
    QVERIFY2(mean.abs().max().item<double>() < 0.05, qPrintable(QString::number(mean.abs().max().item<double>())));
    QVERIFY2((sd - 1).abs().max().item<double>() < 0.05, qPrintable(QString::number(sd.max().item<double>())));
    // A method that only dims the frames and lifts them to grey leaves the fresh models the same
    // input as raw data (up to rounding), clips and images alike: the statistics are the method's.
    auto dimmed = freshInputs(dim, *data, o, job);
    QVERIFY(dimmed);
    QVERIFY(torch::allclose(dimmed->images(images), raw->images(images), 1e-4, 1e-3));
    // The statistics are recorded: the dimmed method's are raw data's mapped by it, per channel.
    for (const char* input : {"clips", "images"}) {
      const auto& r = raw->statistics[input];
      const auto& d = dimmed->statistics[input];
      QCOMPARE(r["sd"].size(), std::size_t{3});
      for (std::size_t c = 0; c < 3; ++c) {
        QVERIFY(r["sd"][c].get<double>() > 0.05);
        QVERIFY(qAbs(d["sd"][c].get<double>() - 0.1 * r["sd"][c].get<double>()) < 1e-4);
        QVERIFY(qAbs(d["mean"][c].get<double>() - (0.1 * r["mean"][c].get<double>() + 0.45)) < 1e-4);
      }
    }
    data::ActionLoader clipLoader(data->actionTrain, loaderOptions(o.data, false, 4, 7));
    auto clips = clipLoader.next();
    QVERIFY(clips && *clips);
    QVERIFY(torch::allclose(transformClips(dimmed->clips, (*clips)->clips), transformClips(raw->clips, (*clips)->clips), 1e-4, 1e-3));
    // The clips' statistics are the action data's, not the images': the two differ.
    QVERIFY(!torch::allclose(raw->clips(images), raw->images(images), 1e-3, 1e-3));
    // Training and testing go through them: a dimmed row trains like a raw one.
    o.actionBudget = {1, 1e-3, 2};
    o.attributesBudget = {1, 1e-3, 2};
    auto rawRow = trainFreshTargets({}, *data, o, job);
    auto dimRow = trainFreshTargets(dim, *data, o, job);
    QVERIFY(rawRow && dimRow);
    QVERIFY(qAbs(rawRow->json["training_loss"]["attributes"][0].get<double>() -
                 dimRow->json["training_loss"]["attributes"][0].get<double>()) < 1e-3);
    // ...and is tested like one: the test images go through the same normalisation (un-normalised,
    // dimmed images would meet BatchNorm statistics of normalised ones).
    QVERIFY2(qAbs(*rawRow->privacyCmap - *dimRow->privacyCmap) < 0.02,
             qPrintable(QString("%1 %2").arg(*rawRow->privacyCmap).arg(*dimRow->privacyCmap)));
    QVERIFY(qAbs(dimRow->actionTop1 - rawRow->actionTop1) <= 1.0 / 6 + 1e-9);  // one test video of 6 at most
    QCOMPARE(dimRow->json.value("anonymized", false), true);
    QCOMPARE(rawRow->json.value("anonymized", true), false);
    QCOMPARE(dimRow->json["input_statistics"], dimmed->statistics);
    // Cancelled while it takes the statistics: a cancellation, not a result.
    std::stop_source stop;
    stop.request_stop();
    JobControl cancelledJob(stop.get_token());
    auto stopped = freshInputs(dim, *data, o, cancelledJob);
    QVERIFY(!stopped && stopped.error().isCancelled());
  }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
