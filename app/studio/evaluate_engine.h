#pragma once
// The evaluation worker. It lives on EvaluateController's thread and runs eval::runEvaluation
// there, as `spact evaluate` would with the same choices: the first model card's evaluation
// (eval::evalConfigFor), then the protocol and the page's budget on top (each value as a `--set`).
// What the evaluation reports turns into signals queued to the GUI: its events (row_started,
// row_finished, row_reused, the target models' training), its progress (throttled). A stop is not
// a queued call: it is the stop token the evaluation polls; finished rows stay in OUT/rows.
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <stop_token>

namespace spact::studio {

struct EvalJob {
  QStringList models;     // model files whose f_A gets a row
  QStringList baselines;  // spact evaluate --baselines
  QString protocol = QStringLiteral("known");
  QString actionData, privacyData;  // folders or "synth:…"
  QVariantMap budget;               // dotted EvalConfig keys (the page's form)
  QString outDir;
};

class EvaluateEngine : public QObject {
  Q_OBJECT
 public:
  enum class End { Finished, Stopped, Failed };
  Q_ENUM(End)

  using QObject::QObject;

  // On the engine's thread; returns when the evaluation has finished, stopped or failed.
  void run(const EvalJob& job, std::stop_token stop);

 Q_SIGNALS:
  void eventLogged(const QJsonObject& event);
  void progress(const QString& stage, qint64 done, qint64 total);
  // `report`: report.json's object when finished.
  void finished(spact::studio::EvaluateEngine::End end, const QString& message, const QJsonObject& report);
};

}  // namespace spact::studio
