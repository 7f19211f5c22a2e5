#pragma once
// Brings engine log messages (spdlog, any thread) and Qt's own messages to the GUI thread:
// a spdlog sink queues each message to this object, which emits it as a signal; Qt's
// qDebug/qWarning go to the "qt" logger, so they end up in the same log pane.
#include <QObject>
#include <memory>

#include "log_pane.h"

namespace spact::studio {

class LogBridge : public QObject {
  Q_OBJECT
public:
  explicit LogBridge(QObject* parent = nullptr);
  ~LogBridge() override;

  // Routes qDebug/qInfo/qWarning/qCritical into the "qt" logger; returns the previous handler.
  static QtMessageHandler routeQtMessages();

Q_SIGNALS:
  void message(spact::widgets::LogLevel level, const QString& area, const QString& text);

private:
  struct Sink;
  std::shared_ptr<Sink> sink_;
};

}  // namespace spact::studio
