#include "log_pane.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTime>

namespace spact::widgets {

LogPane::LogPane(QWidget* parent) : QPlainTextEdit(parent) {
  setReadOnly(true);
  setMaximumBlockCount(5000);
  setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  setLineWrapMode(QPlainTextEdit::NoWrap);
}

void LogPane::append(LogLevel level, const QString& area, const QString& message) {
  static const char* names[] = {"trace", "debug", "info", "warning", "error", "critical"};
  QColor colour = palette().color(QPalette::Text);
  if (level == LogLevel::Warning) colour = QColor(0xB3, 0x6B, 0x00);
  else if (level >= LogLevel::Error) colour = QColor(0xC6, 0x28, 0x28);
  else if (level <= LogLevel::Debug) colour = palette().color(QPalette::PlaceholderText);
  const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
  const QString line = QStringLiteral("%1 [%2] %3: %4")
                           .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), area,
                                QLatin1String(names[static_cast<int>(level)]), message.toHtmlEscaped());
  appendHtml(QStringLiteral("<span style=\"color:%1; white-space:pre\">%2</span>").arg(colour.name(), line));
  if (atBottom) verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

int LogPane::lineCount() const { return document()->blockCount() - (document()->isEmpty() ? 1 : 0); }

}  // namespace spact::widgets
