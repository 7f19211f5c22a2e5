#include "evaluate_engine.h"

#include <QJsonDocument>
#include <chrono>
#include <exception>

#include "eval/evaluate.h"
#include "evaluate_form.h"
#include "util/log.h"

namespace spact::studio {
namespace {

QJsonObject toQt(const config::Json& j) {
  return QJsonDocument::fromJson(
             QByteArray::fromStdString(j.dump(-1, ' ', false, config::Json::error_handler_t::replace)))
      .object();
}

std::vector<std::string> toStd(const QStringList& list) {
  std::vector<std::string> out;
  for (const QString& s : list) out.push_back(s.toStdString());
  return out;
}

}  // namespace

void EvaluateEngine::run(const EvalJob& job, std::stop_token stop) {
  // No exception leaves this thread: what the engine does not turn into an error value is caught here.
  try {
    const auto models = toStd(job.models);
    auto cards = eval::readCards(models);
    if (!cards) {
      Q_EMIT finished(End::Failed, QString::fromStdString(cards.error().message), {});
      return;
    }
    auto config = EvaluateForm::configOf(EvaluateForm::baseConfig(*cards), job.protocol, job.budget);
    if (!config) {
      Q_EMIT finished(End::Failed, QString::fromStdString(config.error().message), {});
      return;
    }
    eval::EvalRequest request;
    request.config = *config;
    request.actionSpec = job.actionData.toStdString();
    request.privacySpec = job.privacyData.toStdString();
    request.baselines = toStd(job.baselines);
    request.models = models;
    request.outDir = job.outDir.toStdString();
    request.onEvent = [this](const config::Json& e) {
      const std::string type = e.value("type", "");
      if (type.rfind("row_", 0) == 0) Q_EMIT eventLogged(toQt(e));  // the targets' own steps are too many to forward
    };
    using Clock = std::chrono::steady_clock;
    Clock::time_point last{};
    JobControl control(stop, [&](const Progress& p) {
      const auto now = Clock::now();
      if (now - last >= std::chrono::milliseconds(100) || p.done == p.total) {
        last = now;
        Q_EMIT progress(QString::fromStdString(p.stage), p.done, p.total);
      }
      return !stop.stop_requested();
    });
    auto outcome = eval::runEvaluation(request, control);
    if (outcome)
      Q_EMIT finished(End::Finished, QString(), toQt(outcome->report));
    else if (outcome.error().isCancelled())
      Q_EMIT finished(End::Stopped, QString::fromStdString(outcome.error().message), {});
    else
      Q_EMIT finished(End::Failed, QString::fromStdString(outcome.error().message), {});
  } catch (const std::exception& e) {
    log::get("eval")->error("Evaluation failed: {}", e.what());
    Q_EMIT finished(End::Failed, QString::fromUtf8(e.what()), {});
  }
}

}  // namespace spact::studio
