#include "form_values.h"

#include <QStringList>

namespace spact::studio {

QVariant formValue(const config::Json& v) {
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number_integer()) return static_cast<qlonglong>(v.get<std::int64_t>());
  if (v.is_number()) return v.get<double>();
  if (v.is_string()) return QString::fromStdString(v.get<std::string>());
  return QString::fromStdString(v.dump());
}

void applyFormValues(config::Json& json, const QVariantMap& values) {
  for (auto it = values.begin(); it != values.end(); ++it) {
    config::Json* node = &json;
    for (const QString& part : it.key().split(QLatin1Char('.'))) node = &(*node)[part.toStdString()];
    const QVariant& v = it.value();
    switch (v.typeId()) {
      case QMetaType::Bool: *node = v.toBool(); break;
      case QMetaType::LongLong:
      case QMetaType::Int: *node = static_cast<std::int64_t>(v.toLongLong()); break;
      case QMetaType::Double: *node = v.toDouble(); break;
      default: *node = v.toString().toStdString(); break;
    }
  }
}

}  // namespace spact::studio
