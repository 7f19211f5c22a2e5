#include "evaluate_form.h"

#include "form_values.h"

namespace spact::studio {
namespace {

QString groupOf(const QString& key) {
  if (key.startsWith(QLatin1String("targets.action_budget."))) return EvaluateForm::tr("The fresh action classifier");
  if (key.startsWith(QLatin1String("targets.attributes_budget.")))
    return EvaluateForm::tr("The fresh attribute classifier");
  if (key == QLatin1String("targets.normalize_input")) return EvaluateForm::tr("Both fresh classifiers");
  return EvaluateForm::tr("General");
}

}  // namespace

bool EvaluateForm::isShown(const QString& key) {
  return key == QLatin1String("seed") || key == QLatin1String("samples") ||
         key == QLatin1String("targets.normalize_input") || key.startsWith(QLatin1String("targets.action_budget.")) ||
         key.startsWith(QLatin1String("targets.attributes_budget."));
}

QList<widgets::FormField> EvaluateForm::fields(const eval::EvalConfig& values) {
  QList<widgets::FormField> out;
  for (const auto& f : config::describe(values)) {
    const QString key = QString::fromStdString(f.key);
    if (!isShown(key)) continue;
    widgets::FormField field;
    field.key = key;
    field.group = groupOf(key);
    field.label = key.section(QLatin1Char('.'), -1);
    field.type = QString::fromStdString(f.type);
    field.value = formValue(f.value);
    field.min = f.min;
    field.max = f.max;
    field.toolTip = QString::fromStdString(f.help) + QLatin1Char('\n') + tr("Key: %1").arg(key);
    out << field;
  }
  return out;
}

QVariantMap EvaluateForm::values(const eval::EvalConfig& c) {
  QVariantMap out;
  for (const auto& f : config::describe(c)) {
    const QString key = QString::fromStdString(f.key);
    if (isShown(key)) out.insert(key, formValue(f.value));
  }
  return out;
}

eval::EvalConfig EvaluateForm::baseConfig(const std::vector<config::Json>& cards) {
  for (const auto& card : cards) {
    if (!card.contains("config")) continue;
    auto run = train::trainConfigFromJson(card["config"], "the model card");
    if (run) return eval::evalConfigFor(*run);
    break;
  }
  return {};
}

Result<eval::EvalConfig> EvaluateForm::configOf(const eval::EvalConfig& base, const QString& protocol,
                                                const QVariantMap& values) {
  config::Json j = eval::toJson(base);
  j["protocol"] = protocol.toStdString();
  applyFormValues(j, values);
  return eval::evalConfigFromJson(j, "the evaluation's budget");
}

}  // namespace spact::studio
