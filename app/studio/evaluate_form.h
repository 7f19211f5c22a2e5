#pragma once
// The Evaluate page's budget form, generated from EvalConfig's field declarations
// (config::describe): the fresh target models' training budgets, whether their input is
// normalised, the seed and the report's sample count; and the way back, as `spact evaluate`
// builds its configuration: the first model card's evaluation, then the protocol, then each value
// of the form as a `--set`, through the same checks (evalConfigFromJson).
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>
#include <vector>

#include "config_form.h"
#include "eval/protocol.h"

namespace spact::studio {

class EvaluateForm {
  Q_DECLARE_TR_FUNCTIONS(EvaluateForm)
 public:
  static bool isShown(const QString& key);
  static QList<widgets::FormField> fields(const eval::EvalConfig& values);
  static QVariantMap values(const eval::EvalConfig& config);
  // The evaluation the first model card with a training configuration implies, else the paper's.
  static eval::EvalConfig baseConfig(const std::vector<config::Json>& cards);
  static Result<eval::EvalConfig> configOf(const eval::EvalConfig& base, const QString& protocol,
                                           const QVariantMap& values);
};

}  // namespace spact::studio
