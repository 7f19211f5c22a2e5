#pragma once
// The evaluation protocols of SPAct (CVPR 2022, sec. 5; DESIGN.md "Evaluation protocol"): f_A
// frozen, *fresh* target models -- an action classifier and a privacy attribute classifier --
// trained on anonymized training data and tested on anonymized test data
// (train/fresh_targets.h). One configuration (JSON round trip, util/config.h) says which
// protocol, the target networks and their budget, the data shapes, the seed and the device:
//
// - "known", cross-data-set: an action set and a privacy set (UCF101 + VISPR);
// - "known", same-data-set: one action set whose videos also label privacy attributes
//   (PA-HMDB51 style; no privacy set given): privacy images are the videos' middle frames;
// - "novel": f_A was trained with one subset of action classes and attributes, the target
//   models are trained and tested on a disjoint subset (the split below; by default the classes
//   and attributes of the data that the first model's card does not name).
//
// No Torch in this header.
#include <string>
#include <vector>

#include "train/train_config.h"
#include "train/trainer.h"

namespace spact::train {
struct TargetOptions;  // train/fresh_targets.h (Torch)
}

namespace spact::eval {

// The fresh target models and what they may spend (the paper trains them to convergence; here
// each budget's learning rate falls along a cosine to zero, so the model scored has settled).
struct TargetConfig {
  nn::NetworkSpec action = nn::paperSpec(nn::NetworkKind::Action);          // classes set from the data
  nn::NetworkSpec attributes = nn::paperSpec(nn::NetworkKind::Attributes);  // attributes set from the data
  train::PhaseConfig actionBudget{10, 1e-3, 0};
  train::PhaseConfig attributesBudget{10, 1e-3, 0};
  bool normalizeInput = false;  // train::TargetOptions::normalizeInput

  static auto fields() {
    using config::field;
    return std::make_tuple(field("action", &TargetConfig::action, "The fresh action classifier"),
                           field("attributes", &TargetConfig::attributes, "The fresh privacy attribute classifier"),
                           field("action_budget", &TargetConfig::actionBudget, "Training budget of the action classifier"),
                           field("attributes_budget", &TargetConfig::attributesBudget,
                                 "Training budget of the attribute classifier"),
                           field("normalize_input", &TargetConfig::normalizeInput,
                                 "Normalise each fresh model's input per channel by its mean and standard deviation on the training split, after the method"));
  }
};

// The novel-action / novel-attribute split. Names as the data names them.
struct NovelSplit {
  std::vector<std::string> trainClasses;     // f_A's (empty: the first model card's class_names)
  std::vector<std::string> trainAttributes;  // f_A's (empty: the first model card's attribute_names)
  std::vector<std::string> evalClasses;      // the target models' (empty: the data's others)
  std::vector<std::string> evalAttributes;   // the target models' (empty: the data's others)

  static auto fields() {
    using config::field;
    return std::make_tuple(
        field("train_classes", &NovelSplit::trainClasses, "Action classes f_A was trained with (empty: from the model card)"),
        field("train_attributes", &NovelSplit::trainAttributes, "Attributes f_A was trained with (empty: from the model card)"),
        field("eval_classes", &NovelSplit::evalClasses, "Novel action classes to evaluate on (empty: all the others)"),
        field("eval_attributes", &NovelSplit::evalAttributes, "Novel attributes to evaluate on (empty: all the others)"));
  }
};

struct EvalConfig {
  std::string protocol = "known";
  std::string device = "cpu";
  int seed = 0;
  train::DataConfig data;
  TargetConfig targets;
  NovelSplit novel;
  int samples = 6;  // test images shown per method in the report
  std::string cascade = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";

  static auto fields() {
    using config::field;
    return std::make_tuple(
        field("protocol", &EvalConfig::protocol, "known (cross- or same-data-set) or novel (disjoint classes and attributes)",
              {"known", "novel"}),
        field("device", &EvalConfig::device, "cpu, cuda or cuda:N"),
        field("seed", &EvalConfig::seed, "Seed of the target models' weights and data order", 0, 2147483647),
        field("data", &EvalConfig::data, "Clips, images and batches the target models see"),
        field("targets", &EvalConfig::targets, "The fresh target models and their budget"),
        field("novel", &EvalConfig::novel, "The split of the novel protocol"),
        field("samples", &EvalConfig::samples, "Test images per method in the report's sample frames", 0, 64),
        field("cascade", &EvalConfig::cascade, "Haar cascade of the faceblur baseline (Debian's opencv-data)"));
  }

  std::optional<std::string> check() const;
};

// The evaluation a training run implies: its data shapes, the architectures of its f_T and
// attribute classifier as target models, the budgets of its `targets` section, its seed and device.
EvalConfig evalConfigFor(const train::TrainConfig& run);
Result<EvalConfig> evalConfigFromJson(const config::Json& json, const std::string& where);
config::Json toJson(const EvalConfig& config);

// What trainFreshTargets needs from the configuration (include train/fresh_targets.h to call it).
train::TargetOptions targetOptions(const EvalConfig& config);

// The data of a protocol: the four splits the target models use (already narrowed to the novel
// subsets) and a description (sources, protocol, subsets, fingerprints) for the report.
// `privacySpec` empty: same-data-set. `cards`: model cards of the anonymizers under test (the
// novel protocol's default split). Errors: no attribute labels, an empty split, a novel split
// that is empty or not disjoint.
Result<train::TrainData> openProtocolData(const EvalConfig& config, const std::string& actionSpec,
                                          const std::string& privacySpec, const std::vector<config::Json>& cards);

}  // namespace spact::eval
