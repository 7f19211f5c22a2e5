#pragma once
// Adapts the model panel (a view with Qt values) to the engine's AnonymizerConfig and back.
#include <QString>

#include "pipeline/anonymizer.h"

namespace spact::widgets {
class ModelPanel;
}

namespace spact::studio {

// What the panel shows, as the engine's configuration (the panel's "downsample4" is method
// "downsample" with factor 4).
pipeline::AnonymizerConfig anonymizerConfig(const widgets::ModelPanel& panel);
// Puts `config` back into the panel (after a change took effect, or failed).
void showAnonymizerConfig(widgets::ModelPanel& panel, const pipeline::AnonymizerConfig& config);
// The name the compare view's label gives the method.
QString anonymizerName(const pipeline::AnonymizerConfig& config);
// Whether a dropped file is a model (by its suffix) rather than a video.
bool isModelFile(const QString& path);

}  // namespace spact::studio
