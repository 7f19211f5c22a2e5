#include "train/train_config.h"

namespace spact::train {

namespace {

TrainConfig paper() { return TrainConfig{}; }

// Minutes on a 2-core CPU with the synthetic benchmark at 32×32 (the claim's data,
// tests/core/train/tst_train_claim.cpp: "synth:size=32,videos_per_class=240,images=1000,..."):
// narrow networks (UNet base width 8, R3D-18 width 8, ResNet-18 at a quarter width) with the
// small stem (a 3×3 stride-1 first layer, f_T's max-pooled after it; the ImageNet stem would
// leave 8×8 before layer1), short clips and larger learning rates. Epochs are sized for that
// benchmark: many videos seen few times, so that the action branch learns motion rather than
// memorising its videos. Tuned so the method's claim shows in miniature.
TrainConfig tiny() {
  TrainConfig c;
  c.preset = "tiny";
  c.data.size = 32;
  c.data.frames = 8;
  c.data.skip = 2;
  c.data.actionBatch = 8;
  // 64 pairs, the paper's count: NT-Xent with 127 negatives per image presses f_A to remove more
  // than with 63 (four minimax epochs from one initialisation, seeds 0 / 1, fresh attribute
  // classifier's cMAP: 63.1 / 69.5 % with 32 pairs, 57.3 / 60.0 % with 64).
  c.data.privacyBatch = 64;
  c.data.workers = 2;
  c.data.valClipsPerVideo = 2;
  // No random crops: at 32 pixels, re-sampling a crop blurs the eyes and the mask (a few pixels
  // each) past recognition, and the attribute classifier never learns a9/a10.
  c.data.augment.cropMin = 1.0;
  // A translation instead (± 4 pixels): NT-Xent's two views must not share the figure's exact
  // position, or f_B tells images apart by pose and f_A smears the figures, the action with them.
  c.data.augment.shift = 0.125;
  c.networks.anonymizer.width = 0.125;
  c.networks.action.width = 0.125;
  // f_T's small convolution sees the motion at full resolution; a max pool then runs layer1 at
  // 16×16, a quarter of its arithmetic: f_T's initialisation 203 → 73 s on one core, the claim
  // test 807 → 522-579 s, the claim holding on six seeds of six where seed 2 had failed
  // (tests/bench/README.md, "The small stem pooled"). R3D-18's own stem (3×7×7 at stride 1, 2,
  // 2) is as cheap, but that f_T learns the motion far more slowly and loses the game: seed 1's
  // f_T fell to 27 % and fresh action to 68 % (raw 99 %) ("R3D-18's own stem").
  c.networks.action.stem = "small_pooled";
  c.networks.privacy.arch = "resnet18";
  c.networks.privacy.width = 0.25;
  c.networks.privacy.stem = "small";
  c.networks.privacy.headHidden = 64;
  c.networks.privacy.headOut = 32;
  c.networks.attributes.arch = "resnet18";
  c.networks.attributes.width = 0.25;
  c.networks.attributes.stem = "small";
  c.init.anonymizer = {2, 3e-3, 0};
  // Eight epochs, the rate falling along a cosine (as every initialisation phase's): at six epochs
  // and a constant rate f_T ended at 100 / 91 / 62 % validation top-1 on seeds 0 / 1 / 2, and the
  // game played against the weak one cost the fresh action classifier 22 points.
  c.init.action = {8, 1e-3, 0};
  c.init.privacy = {6, 1e-3, 0};
  c.init.attributes = {12, 1e-3, 0};
  // Six epochs of 40 iterations, f_A at half the other networks' rate: a long, gentle game, stopped
  // before it drifts far. The game does not settle: privacy keeps falling, and on some seeds the
  // action with it. Measured with fresh classifiers whose input is normalised (targets below):
  // after five epochs seed 2 (one thread) kept 100 % action but its cMAP fell only 17.8 points;
  // after six it fell 25.7 with 99 % action kept, and seeds 0 (two threads, the claim test) and
  // 3 (one, and two) held too (96 / 100 / 99 % action, cMAP down 25.1 / 31.2 / 30.5); seed 1 (two
  // threads) held at the action bound (90 %, cMAP down 28.4); seed 2 on two threads failed
  // (89 %, cMAP down 19.3), though its f_A after epoch 5 held (94 %, down 21.9) and its last f_A
  // held when judged by fresh classifiers of another seed (6: 97 %, down 23.3) -- the judges'
  // spread is as large as the margins (tests/bench/README.md, "Normalised input" and "Seed 2's
  // failure is within the fresh classifiers' own spread"). The figures so far are with f_T's
  // stem unpooled; with it pooled (above), seeds 0-5 on two threads kept 97 / 97 / 99 / 100 / 99
  // / 93 % action with cMAP down 28.6 / 33.5 / 22.4 / 26.8 / 23.9 / 26.5 ("The small stem pooled").
  // Before the fresh models' input was normalised, five epochs were chosen: their weaker attribute
  // classifier saw 22-33 points removed after five, and their un-normalised action classifier
  // lost up to 45 points after six, much of it a plateau of its own training ("Five game epochs").
  c.minimax.epochs = 6;
  c.minimax.stepsPerEpoch = 40;
  // ω below the paper's 1: with these networks the privacy loss wins too fast, and f_A's output
  // stops being learnable by a fresh action classifier (claim test with the earlier 32-pair
  // preset, fresh top-1 after the game: 96 % at ω 0.875 with cMAP down 25 points; 56–83 % at
  // ω 1; at 0.75 cMAP falls only 14).
  c.minimax.omega = 0.875;
  // No f_B restarts (minimax.restart_privacy_every): with the three-epoch game, restarting f_B at
  // the start of epochs 2 and 3 for 45 catch-up iterations left seeds 0 and 1 where they were
  // (fresh cMAP 71.9 / 71.5 % against 72.4 / 70.1 % without) and moved seed 2 along the trade-off
  // rather than past it (88 % action, cMAP 67.9 % against 73.4 %): one run each on one core
  // (tests/bench/README.md, "f_B restarts").
  c.minimax.lrAnonymizer = 5e-4;
  c.minimax.lrAction = 1e-3;
  c.minimax.lrPrivacy = 1e-3;
  c.schedule.logEvery = 5;
  // Fresh target models trained to convergence (tests/bench/README.md, "The claim in miniature").
  // Their input is normalised per channel by its statistics on the training split: on f_A's
  // low-contrast output (per-channel sd a third to a half of raw data's) a fresh R3D otherwise
  // sat at chance for up to seven epochs before it learned (on raw clips it reaches 100 % in 6),
  // so 30 epochs after one of warm-up were needed where, normalised, 16 reached 96-100 %
  // (seeds 0 / 2 / 3; 12 left seed 2 at 90 %; 8, at a rate of 2e-3 or 3e-3, left seed 1 at 77 /
  // 66 %). Normalised, the attribute classifier is also stronger (seed 0's f_A after five game
  // epochs: cMAP 71.9 % against 64.8 %): the honest direction for a privacy evaluation
  // (tests/bench/README.md, "Normalised input").
  // The attribute classifier has not converged after 12 epochs of 64 images: raw cMAP 84.4 / 81.0 %
  // (seeds 0 / 1), after 24 epochs 92.8 / 92.6 %, after 40 97.7 / 98.8 %; the fall from raw to one
  // f_A's output stays 22-23 points from 24 epochs on, where 12 epochs gave 21.9 and 18.2.
  c.targets.normalizeInput = true;
  c.targets.action = {16, 1e-3, 0, 1.0};
  c.targets.attributes = {24, 1e-3, 0};
  return c;
}

}  // namespace

const std::vector<std::string>& presetNames() {
  static const std::vector<std::string> names = {"paper", "tiny"};
  return names;
}

Result<TrainConfig> presetConfig(const std::string& name) {
  if (name == "paper") return paper();
  if (name == "tiny") return tiny();
  return fail(ErrorCode::InvalidInput, "Unknown preset '" + name + "': use paper or tiny.");
}

std::optional<std::string> TrainConfig::check() const {
  const std::pair<const nn::NetworkSpec*, nn::NetworkKind> roles[] = {
      {&networks.anonymizer, nn::NetworkKind::Anonymizer},
      {&networks.action, nn::NetworkKind::Action},
      {&networks.privacy, nn::NetworkKind::Privacy},
      {&networks.attributes, nn::NetworkKind::Attributes}};
  for (const auto& [spec, kind] : roles)
    if (spec->kind != nn::kindName(kind))
      return "'networks." + std::string(nn::kindName(kind)) + ".kind' must be \"" + nn::kindName(kind) + "\", not \"" +
             spec->kind + "\"";
  if (networks.anonymizer.inChannels != 3 || networks.anonymizer.outChannels != 3)
    return "the anonymizer must map RGB to RGB (in_channels and out_channels 3)";
  if (!(device == "cpu" || device == "cuda" || device.rfind("cuda:", 0) == 0))
    return "'device' is \"" + device + "\": use cpu, cuda or cuda:N";
  if (data.privacyBatch < 2) return "'data.privacy_batch' must be at least 2 for NT-Xent";
  // An untrained fresh classifier would report chance as if the anonymizer had removed everything.
  if (targets.action.epochs < 1 || targets.attributes.epochs < 1)
    return "'targets.action.epochs' and 'targets.attributes.epochs' must be at least 1";
  return std::nullopt;
}

Result<TrainConfig> trainConfigFromJson(const config::Json& json, const std::string& where) {
  if (!json.is_object()) return fail(ErrorCode::InvalidInput, where + ": the configuration must be a JSON object.");
  std::string preset = "paper";
  if (json.contains("preset")) {
    if (!json["preset"].is_string())
      return fail(ErrorCode::InvalidInput, where + ": 'preset' must be of type string, not " + json["preset"].dump() + ".");
    preset = json["preset"].get<std::string>();
  }
  TrainConfig c;
  if (preset != "custom") {
    auto base = presetConfig(preset);
    if (!base) return fail(ErrorCode::InvalidInput, where + ": " + base.error().message);
    c = *base;
  }
  if (auto st = config::fromJson(json, c, where); !st) return tl::unexpected(st.error());
  if (auto st = config::validate(c, where); !st) return tl::unexpected(st.error());
  return c;
}

config::Json toJson(const TrainConfig& c) { return config::toJson(c); }

std::optional<std::string> resumeIncompatibility(const TrainConfig& saved, const TrainConfig& requested) {
  const std::pair<const char*, std::pair<config::Json, config::Json>> pinned[] = {
      {"networks", {config::toJson(saved.networks), config::toJson(requested.networks)}},
      {"data.size", {saved.data.size, requested.data.size}},
      {"data.frames", {saved.data.frames, requested.data.frames}},
      {"data.skip", {saved.data.skip, requested.data.skip}},
      {"data.split", {saved.data.split, requested.data.split}},
      {"seed", {saved.seed, requested.seed}},
  };
  for (const auto& [key, values] : pinned)
    if (values.first != values.second)
      return "'" + std::string(key) + "' differs from the run's (" + values.first.dump() + " there, " +
             values.second.dump() + " now)";
  return std::nullopt;
}

}  // namespace spact::train
