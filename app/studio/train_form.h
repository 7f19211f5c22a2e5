#pragma once
// The Train page's hyper-parameter form, generated from TrainConfig's field declarations
// (config::describe): the fields a user chooses (not those the data or the role fix), grouped,
// each with its help, its bounds and the paper's value in the tooltip; and the way back, from the
// form's values through the same checks as a run.json file (trainConfigFromJson).
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include "config_form.h"
#include "train/train_config.h"

namespace spact::studio {

class TrainForm {
  Q_DECLARE_TR_FUNCTIONS(TrainForm)
 public:
  // The editable fields, showing `values`.
  static QList<widgets::FormField> fields(const train::TrainConfig& values);
  static QVariantMap values(const train::TrainConfig& config);
  // `base` (a preset, with the device and precision chosen) with the form's values; an impossible
  // configuration is the engine's sentence, and `problemKey` the field it names (when it does).
  static Result<train::TrainConfig> configOf(const train::TrainConfig& base, const QVariantMap& values,
                                             QString* problemKey = nullptr);
  static bool isShown(const QString& key);
};

}  // namespace spact::studio
