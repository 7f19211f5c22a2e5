#pragma once
// The evaluation facade on the GUI thread: it starts the engine worker (EvaluateEngine) on its own
// thread, hands it one evaluation at a time and relays what it reports; a stop goes straight to
// the evaluation's stop token. Destroying it stops an evaluation under way and waits for it.
#include <QObject>
#include <QThread>
#include <stop_token>

#include "evaluate_engine.h"

namespace spact::studio {

class EvaluateController : public QObject {
  Q_OBJECT
 public:
  explicit EvaluateController(QObject* parent = nullptr);
  ~EvaluateController() override;

  // False (and nothing happens) while an evaluation is under way.
  bool start(const EvalJob& job);
  void stop();  // finished rows are kept
  bool isRunning() const { return running_; }

 Q_SIGNALS:
  void runningChanged(bool running);
  void eventLogged(const QJsonObject& event);
  void progress(const QString& stage, qint64 done, qint64 total);
  void finished(spact::studio::EvaluateEngine::End end, const QString& message, const QJsonObject& report);

 private:
  QThread thread_;
  EvaluateEngine* engine_ = nullptr;  // lives on thread_; deleted after it stops
  std::stop_source stop_;
  bool running_ = false;
};

}  // namespace spact::studio
