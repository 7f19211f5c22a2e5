#pragma once
// Between a configuration's JSON (util/config.h) and the generated forms' values, keyed by the
// fields' dotted keys ("minimax.lr_anonymizer").
#include <QVariant>
#include <QVariantMap>

#include "util/config.h"

namespace spact::studio {

QVariant formValue(const config::Json& value);

// Sets each key of `values` in `json`: the form's edits over a configuration.
void applyFormValues(config::Json& json, const QVariantMap& values);

}  // namespace spact::studio
