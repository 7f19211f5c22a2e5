#pragma once
// Which frames the compare player keeps around the play head: `ahead` frames in the playing
// direction (what the engine prepares) and `behind` frames the other way (so a step back is
// instant). The controller (GUI thread) and the engine (its thread) prune with this one rule on
// the same sequence of play heads, so what the engine believes delivered is what the GUI holds.
#include <QSize>
#include <QtGlobal>
#include <algorithm>

namespace spact::studio {

struct ReadAheadWindow {
  int ahead = 64;
  int behind = 16;

  bool contains(qint64 index, qint64 playhead, int direction) const {
    return direction >= 0 ? index >= playhead - behind && index <= playhead + ahead
                          : index >= playhead - ahead && index <= playhead + behind;
  }

  // Big frames get a shorter window: about 256 MB for the original and anonymized pictures on the
  // GUI side and the decoded originals on the engine side together.
  static ReadAheadWindow forFrameSize(QSize size) {
    const double frameBytes = std::max(1.0, 3.0 * size.width() * size.height());
    const int frames = static_cast<int>(256.0 * 1024 * 1024 / (3 * frameBytes));
    const int ahead = std::clamp(frames, 8, 64);
    return {ahead, std::clamp(ahead / 4, 2, 16)};
  }
};

}  // namespace spact::studio
