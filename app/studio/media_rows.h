#pragma once
// A media file's metadata as translated rows for the property panel.
#include <QList>

#include "media/media_info.h"
#include "property_panel.h"

namespace spact::studio {

QList<widgets::PropertyRow> mediaRows(const media::MediaInfo& info);

// "3:05.250" style time for durations and positions.
QString formatDuration(double seconds);

}  // namespace spact::studio
