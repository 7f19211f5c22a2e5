#include "media_rows.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace spact::studio {
namespace {

// The translation context of these rows.
struct MediaRows {
  Q_DECLARE_TR_FUNCTIONS(MediaRows)
};

QString number(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

}  // namespace

QString formatDuration(double seconds) {
  if (seconds < 0) seconds = 0;
  const auto totalMs = static_cast<qint64>(seconds * 1000.0 + 0.5);
  const qint64 h = totalMs / 3600000, m = totalMs / 60000 % 60, s = totalMs / 1000 % 60, ms = totalMs % 1000;
  const QString rest = QStringLiteral("%1.%2").arg(s, 2, 10, QLatin1Char('0')).arg(ms, 3, 10, QLatin1Char('0'));
  if (h > 0) return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(rest);
  return QStringLiteral("%1:%2").arg(m).arg(rest);
}

QList<widgets::PropertyRow> mediaRows(const media::MediaInfo& info) {
  QList<widgets::PropertyRow> rows;
  const QString file = MediaRows::tr("File");
  rows.append({file, MediaRows::tr("Name"), QFileInfo(QString::fromStdString(info.path)).fileName()});
  rows.append({file, MediaRows::tr("Folder"), QFileInfo(QString::fromStdString(info.path)).absolutePath()});
  rows.append({file, MediaRows::tr("Size"), QLocale().formattedDataSize(info.sizeBytes)});
  rows.append({file, MediaRows::tr("Container"), QStringLiteral("%1 (%2)").arg(QString::fromStdString(info.containerLongName),
                                                                      QString::fromStdString(info.container))});
  rows.append({file, MediaRows::tr("Duration"), formatDuration(info.duration)});
  if (info.bitRate > 0) rows.append({file, MediaRows::tr("Bit rate"), MediaRows::tr("%1 kbit/s").arg(info.bitRate / 1000)});

  for (const auto& s : info.streams) {
    QString section;
    if (s.type == "video") section = MediaRows::tr("Video stream %1").arg(s.index);
    else if (s.type == "audio") section = MediaRows::tr("Audio stream %1").arg(s.index);
    else section = MediaRows::tr("Other stream %1").arg(s.index);
    rows.append({section, MediaRows::tr("Codec"), QString::fromStdString(s.codecLongName.empty() ? s.codec : s.codecLongName)});
    if (s.type == "video") {
      rows.append({section, MediaRows::tr("Resolution"), QStringLiteral("%1 × %2").arg(s.width).arg(s.height)});
      rows.append({section, MediaRows::tr("Pixel format"), QString::fromStdString(s.pixelFormat)});
      QString rate = MediaRows::tr("%1 frames/s").arg(number(s.frameRate, 3));
      if (s.variableFrameRate) rate += QStringLiteral(" ") + MediaRows::tr("(variable)");
      rows.append({section, MediaRows::tr("Frame rate"), rate});
      rows.append({section, MediaRows::tr("Frames"), s.frameCount > 0 ? QLocale().toString(s.frameCount) : MediaRows::tr("unknown")});
      rows.append({section, MediaRows::tr("Rotation"), s.rotation == 0 ? MediaRows::tr("none") : MediaRows::tr("%1° clockwise").arg(s.rotation)});
    } else if (s.type == "audio") {
      rows.append({section, MediaRows::tr("Sample rate"), MediaRows::tr("%1 Hz").arg(s.sampleRate)});
      rows.append({section, MediaRows::tr("Channels"), s.channelLayout.empty() ? QString::number(s.channels)
                                                                    : QStringLiteral("%1 (%2)").arg(s.channels).arg(QString::fromStdString(s.channelLayout))});
    }
    if (s.bitRate > 0) rows.append({section, MediaRows::tr("Bit rate"), MediaRows::tr("%1 kbit/s").arg(s.bitRate / 1000)});
  }
  return rows;
}

}  // namespace spact::studio
