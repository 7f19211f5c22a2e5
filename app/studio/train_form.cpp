#include "train_form.h"

#include <QRegularExpression>

#include "form_values.h"

namespace spact::studio {
namespace {

QString shown(const config::Json& v) {
  if (v.is_number_float()) return QString::number(v.get<double>(), 'g', 12);
  if (v.is_string()) {
    const auto s = v.get<std::string>();
    return s.empty() ? TrainForm::tr("(empty: the paper's architecture)") : QString::fromStdString(s);
  }
  return QString::fromStdString(v.dump());
}

QString groupOf(const QString& key) {
  const QStringList parts = key.split(QLatin1Char('.'));
  if (parts.size() == 1) return TrainForm::tr("General");
  const QString& top = parts[0];
  if (top == QLatin1String("data")) return TrainForm::tr("Data: clips, images, batches");
  if (top == QLatin1String("networks")) {
    if (parts[1] == QLatin1String("anonymizer")) return TrainForm::tr("Network f_A: the anonymizer");
    if (parts[1] == QLatin1String("action")) return TrainForm::tr("Network f_T: the action branch");
    if (parts[1] == QLatin1String("privacy")) return TrainForm::tr("Network f_B: the privacy branch");
    return TrainForm::tr("Network: the attribute monitor");
  }
  if (top == QLatin1String("init")) return TrainForm::tr("Initialisation before the game");
  if (top == QLatin1String("minimax")) return TrainForm::tr("The minimax game");
  return TrainForm::tr("Validation, checkpoints, logging");
}

QString labelOf(const QString& key) {
  // The key as run.json and `spact train --set` spell it, less the group's part of it.
  const QStringList parts = key.split(QLatin1Char('.'));
  const int drop = parts.size() > 1 && parts[0] == QLatin1String("networks") ? 2 : parts.size() > 1 ? 1 : 0;
  return parts.mid(drop).join(QLatin1Char('.'));
}

}  // namespace

bool TrainForm::isShown(const QString& key) {
  if (key == QLatin1String("preset") || key == QLatin1String("device") || key == QLatin1String("precision")) return false;
  const QStringList parts = key.split(QLatin1Char('.'));
  if (parts.size() == 3 && parts[0] == QLatin1String("networks")) {
    const QString& role = parts[1];
    const QString& field = parts[2];
    // Fixed by the role (kind, RGB in and out) or by the data (classes, attributes).
    for (const char* fixed : {"kind", "in_channels", "out_channels", "classes", "attributes"})
      if (field == QLatin1String(fixed)) return false;
    if ((field == QLatin1String("head_hidden") || field == QLatin1String("head_out")) && role != QLatin1String("privacy")) return false;
    if (field == QLatin1String("stem") && role == QLatin1String("anonymizer")) return false;
  }
  return true;
}

QList<widgets::FormField> TrainForm::fields(const train::TrainConfig& values) {
  QMap<QString, config::Json> paper;
  for (const auto& f : config::describe(train::TrainConfig{})) paper.insert(QString::fromStdString(f.key), f.value);
  QList<widgets::FormField> out;
  for (const auto& f : config::describe(values)) {
    const QString key = QString::fromStdString(f.key);
    if (!isShown(key)) continue;
    widgets::FormField field;
    field.key = key;
    field.group = groupOf(key);
    field.label = labelOf(key);
    field.type = QString::fromStdString(f.type);
    field.value = formValue(f.value);
    field.min = f.min;
    field.max = f.max;
    for (const auto& c : f.choices) field.choices << QString::fromStdString(c);
    QStringList tip;
    tip << QString::fromStdString(f.help);
    tip << QString() << tr("Key: %1").arg(key);
    if (paper.contains(key)) tip << tr("The paper's configuration (CVPR 2022, preset paper): %1").arg(shown(paper.value(key)));
    const QString type = field.type;
    auto bound = [&type](double v) { return type == QLatin1String("int") ? QString::number(static_cast<qlonglong>(v)) : QString::number(v, 'g', 12); };
    if (f.min && f.max) tip << tr("Allowed: %1 to %2").arg(bound(*f.min), bound(*f.max));
    if (!field.choices.isEmpty()) tip << tr("Allowed: %1").arg(field.choices.join(QStringLiteral(", ")));
    field.toolTip = tip.join(QLatin1Char('\n'));
    out << field;
  }
  return out;
}

QVariantMap TrainForm::values(const train::TrainConfig& c) {
  QVariantMap out;
  for (const auto& f : config::describe(c)) {
    const QString key = QString::fromStdString(f.key);
    if (isShown(key)) out.insert(key, formValue(f.value));
  }
  return out;
}

Result<train::TrainConfig> TrainForm::configOf(const train::TrainConfig& base, const QVariantMap& values, QString* problemKey) {
  config::Json j = train::toJson(base);
  applyFormValues(j, values);
  auto config = train::trainConfigFromJson(j, "the hyper-parameters");
  if (!config && problemKey) {
    static const QRegularExpression quoted(QStringLiteral("'([A-Za-z0-9_.]+)'"));
    const auto match = quoted.match(QString::fromStdString(config.error().message));
    *problemKey = match.hasMatch() ? match.captured(1) : QString();
  }
  return config;
}

}  // namespace spact::studio
