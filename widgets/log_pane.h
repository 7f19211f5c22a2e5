#pragma once
// The log: one line per message, coloured by level, newest at the bottom, bounded in length.
#include <QPlainTextEdit>

namespace spact::widgets {

enum class LogLevel { Trace, Debug, Info, Warning, Error, Critical };

class LogPane : public QPlainTextEdit {
  Q_OBJECT
public:
  explicit LogPane(QWidget* parent = nullptr);

  void append(LogLevel level, const QString& area, const QString& message);
  int lineCount() const;
};

}  // namespace spact::widgets
