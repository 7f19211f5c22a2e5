// The method's claim in miniature (issue 5; DESIGN.md, "The synthetic benchmark"): on the
// synthetic benchmark with the `tiny` preset, after the minimax game, *fresh* classifiers
// trained on anonymized data keep action top-1 within 10 points of raw data's, while the
// privacy attributes' cMAP falls by at least 20 points -- and on raw data both tasks are
// learnable well above chance, so the comparison means something. It trains seed 0 (97 % / 64.4 %
// against raw data's 100 % / 93.0 %). The fresh models' input is normalised by its training
// split's channel statistics; without it a fresh R3D sat at chance for several epochs on f_A's
// low-contrast clips (sd a third to a half of raw data's: the table's last line), and the
// attribute classifier was weaker. The game does not settle and amplifies float rounding, so
// the preset stops it after six epochs. So set, with f_T's small stem pooled, seeds 1-5 held on
// two threads too (97 / 99 / 100 / 99 / 93 % action, cMAP down 33.5 / 22.4 / 26.8 / 23.9 / 26.5
// points), where with the stem unpooled seed 2 had failed (tests/bench/README.md, "The small
// stem pooled"). The table ends with the fresh action classifiers' last training loss and the
// spread of their training clips.
//
// 8.5-10 minutes on a 2-core CPU (506-579 s in eight runs: seeds 0 (twice), 2, 3, 4, 5 and two
// CI runs; seed 0's two: 289 / 315 s of training, 233 / 264 s for the fresh classifiers, raw
// data's and f_A's side by side on one thread each, mostly their 16 action epochs). The release
// test preset runs it, alone (RUN_SERIAL), and it prints its table; gui-off and debug-asan leave
// it out. Reproduce with `ctest --test-dir build/release -L claim -V`.
// For experiments, SPACT_CLAIM_DATA replaces the data spec (kClaimData) and SPACT_CLAIM_SET adds
// overrides to the tiny preset ("key=value;key=value"); SPACT_CLAIM_RUN_DIR keeps the run
// (events, checkpoints) in that folder instead of a temporary one.
#include <QtTest>
#include <torch/torch.h>

#include <fmt/format.h>

#include "eval/transforms.h"
#include "nn/runtime.h"
#include "train/fresh_targets.h"
#include "train/train_data.h"
#include "train/trainer.h"

using namespace spact;
using namespace spact::train;

namespace {

// The benchmark at the tiny preset's 32 × 32, rendered at that size: 240 videos a class, so that
// the action classifiers see each video a few times and must learn motion rather than memorise
// videos; 1000 stills; test splits where one video is one point of top-1 and a cMAP is not a
// handful of images.
constexpr const char* kClaimData =
    "synth:size=32,videos_per_class=240,test_videos_per_class=20,images=1000,test_images=400";

}  // namespace

class TestTrainClaim : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private Q_SLOTS:
  void claimHoldsInMiniature() {
    // As `spact train` and `spact evaluate` do: one intra-op thread per core.
    nn::configureThreads();
    nn::keepFreedMemory();
    const std::string synth = qEnvironmentVariable("SPACT_CLAIM_DATA", kClaimData).toStdString();
    config::Json overrides = config::toJson(*presetConfig("tiny"));
    for (const auto& assignment : qEnvironmentVariable("SPACT_CLAIM_SET").split(';', Qt::SkipEmptyParts))
      QVERIFY2(config::applyOverride(overrides, assignment.toStdString()), qPrintable(assignment));
    auto loaded = trainConfigFromJson(overrides, "SPACT_CLAIM_SET");
    QVERIFY2(loaded, loaded ? "" : loaded.error().message.c_str());
    const auto cfg = *loaded;
    auto data = openTrainData(synth, synth, 1);
    QVERIFY2(data, data ? "" : data.error().message.c_str());

    const auto start = std::chrono::steady_clock::now();
    TrainRequest request;
    request.config = cfg;
    request.data = *data;
    request.runDir = qEnvironmentVariable("SPACT_CLAIM_RUN_DIR", dir_.filePath("run")).toStdString();
    JobControl job;
    auto trained = runTraining(request, job);
    QVERIFY2(trained, trained ? "" : trained.error().message.c_str());
    const double trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    // f_A as the run left it, frozen, as `spact evaluate` runs it (BatchNorm folded, channels-last).
    auto anonymize = eval::modelTransform(trained->lastCheckpoint.string(), cfg.device);
    QVERIFY2(anonymize, anonymize ? "" : anonymize.error().message.c_str());

    // The fresh classifiers' budgets are the preset's `targets` (train_config.cpp: trained to
    // convergence), as `spact evaluate` uses them for this run's models; raw data's row and f_A's
    // side by side, as `spact evaluate` trains its rows.
    const auto options = targetOptionsFor(cfg);
    const std::vector<FrameTransform> transforms = {{}, *anonymize};
    std::vector<std::optional<TargetScores>> rows(transforms.size());
    auto computed = forEachRow(transforms.size(), cfg.device, [&](std::size_t i, std::stop_token stop) -> Status {
      JobControl rowJob(std::move(stop));
      auto scores = trainFreshTargets(transforms[i], *data, options, rowJob);
      if (!scores) return tl::unexpected(scores.error());
      rows[i] = std::move(*scores);
      return {};
    });
    QVERIFY2(computed, computed ? "" : computed.error().message.c_str());
    const auto& raw = rows[0];
    const auto& anon = rows[1];
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    const double chanceTop1 = 1.0 / static_cast<double>(data->actionTrain->classNames().size());
    const double rawCmap = raw->privacyCmap.value_or(0), anonCmap = anon->privacyCmap.value_or(0);
    const std::string table = fmt::format(
        "\nfresh classifiers, synthetic test split (tiny preset; training {:.0f} s, all {:.0f} s)\n"
        "                 action top-1   privacy cMAP   macro F1\n"
        "  raw data          {:5.1f} %        {:5.1f} %      {:5.1f} %\n"
        "  SPAct f_A         {:5.1f} %        {:5.1f} %      {:5.1f} %\n"
        "  chance            {:5.1f} %\n",
        trainSeconds, seconds, 100 * raw->actionTop1, 100 * rawCmap, 100 * raw->privacyMacroF1, 100 * anon->actionTop1,
        100 * anonCmap, 100 * anon->privacyMacroF1, 100 * chanceTop1);
    // Which attributes the anonymizer removed: AP per attribute, raw → anonymized.
    std::string perAttribute = "  attribute AP     raw → SPAct f_A\n";
    const auto& rawAps = raw->json["privacy"]["attributes"];
    const auto& anonAps = anon->json["privacy"]["attributes"];
    auto ap = [](const config::Json& a) {
      return a.contains("ap") && a["ap"].is_number() ? a["ap"].get<double>() : 0.0;
    };
    for (std::size_t i = 0; i < rawAps.size() && i < anonAps.size(); ++i)
      perAttribute += fmt::format("    {:<18} {:5.1f} % → {:5.1f} %\n", rawAps[i].value("name", ""),
                                  100 * ap(rawAps[i]), 100 * ap(anonAps[i]));
    // How far the fresh action classifiers got: a loss still high at the end says their budget
    // was short, not that the action is gone.
    auto lastLoss = [](const TargetScores& row) {
      const auto l = row.json.value("training_loss", config::Json::object()).value("action", config::Json::array());
      return l.empty() ? 0.0 : l.back().get<double>();
    };
    const std::string losses = fmt::format("  fresh action classifier's last epoch, training loss: raw {:.3f}, f_A {:.3f}\n",
                                           lastLoss(*raw), lastLoss(*anon));
    // How much contrast f_A leaves: the per-channel standard deviation of the fresh action
    // classifiers' training clips, which their input was normalised by.
    auto spread = [](const TargetScores& row) {
      std::string out;
      for (const auto& sd : row.json.value("input_statistics", config::Json::object())
                                .value("clips", config::Json::object())
                                .value("sd", config::Json::array()))
        out += fmt::format(" {:.3f}", sd.get<double>());
      return out.empty() ? std::string(" (not normalised)") : out;
    };
    const std::string contrast =
        fmt::format("  training clips' sd per channel (R G B): raw{}, f_A{}\n", spread(*raw), spread(*anon));
    qInfo().noquote() << QString::fromStdString(table + perAttribute + losses + contrast);

    // Both tasks are learnable on raw data...
    QVERIFY2(raw->actionTop1 >= chanceTop1 + 0.4, table.c_str());
    QVERIFY2(rawCmap >= 0.8, table.c_str());
    // ...and the anonymizer keeps one while removing the other.
    QVERIFY2(anon->actionTop1 >= raw->actionTop1 - 0.10, table.c_str());
    QVERIFY2(anonCmap <= rawCmap - 0.20, table.c_str());
  }
};

QTEST_GUILESS_MAIN(TestTrainClaim)
#include "tst_train_claim.moc"
