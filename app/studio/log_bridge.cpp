#include "log_bridge.h"

#include <QMetaObject>
#include <QPointer>
#include <mutex>
#include <spdlog/sinks/base_sink.h>

#include "util/log.h"

namespace spact::studio {

struct LogBridge::Sink : spdlog::sinks::base_sink<std::mutex> {
  QPointer<LogBridge> target;

protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    const auto level = static_cast<widgets::LogLevel>(std::min<int>(msg.level, spdlog::level::critical));
    const QString area = QString::fromUtf8(msg.logger_name.data(), static_cast<qsizetype>(msg.logger_name.size()));
    const QString text = QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
    if (QPointer<LogBridge> t = target) {
      QMetaObject::invokeMethod(t, [t, level, area, text] {
        if (t) Q_EMIT t->message(level, area, text);
      }, Qt::QueuedConnection);
    }
  }
  void flush_() override {}
};

LogBridge::LogBridge(QObject* parent) : QObject(parent), sink_(std::make_shared<Sink>()) {
  sink_->target = this;
  log::addSink(sink_);
}

LogBridge::~LogBridge() { log::removeSink(sink_); }

static void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& text) {
  auto logger = log::get("qt");
  const std::string utf8 = text.toStdString();
  switch (type) {
    case QtDebugMsg: logger->debug("{}", utf8); break;
    case QtInfoMsg: logger->info("{}", utf8); break;
    case QtWarningMsg: logger->warn("{}", utf8); break;
    case QtCriticalMsg: logger->error("{}", utf8); break;
    case QtFatalMsg: logger->critical("{}", utf8); logger->flush(); break;
  }
}

QtMessageHandler LogBridge::routeQtMessages() { return qInstallMessageHandler(qtMessageHandler); }

}  // namespace spact::studio
