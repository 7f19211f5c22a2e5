#pragma once
// The Evaluate page's controller: it fills the budget form (from the first model's card, read in
// the background), inspects the data sets as they are named, refuses an evaluation that cannot
// run (no method, a data folder that is not there, an impossible budget) with a message on the
// page, starts and stops evaluations through EvaluateController — a stop keeps the finished rows
// and the next start resumes — shows the rows as they arrive with the progress and its ETA, reads
// a finished (or any existing) evaluation folder back from its report.json, and exports the
// report: report.html and report.csv copied, a PDF rendered by Qt; each written atomically.
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include "evaluate_engine.h"

namespace spact::widgets {
class EvaluatePage;
}

namespace spact::studio {

class EvaluateController;

class EvaluateWorkspace : public QObject {
  Q_OBJECT
 public:
  explicit EvaluateWorkspace(widgets::EvaluatePage& page, QObject* parent = nullptr);
  ~EvaluateWorkspace() override;

  EvaluateController* controller() const { return controller_; }
  // The model in use elsewhere in the studio: listed when no model is.
  void setCurrentModel(const QString& path);
  // Starts an evaluation with the page's choices; false with the reason on the page.
  bool start();
  void stop();
  // Shows an evaluation folder's report.json, and the set-up it was made with (a Start reruns it,
  // reusing its rows); false with the reason on the page.
  bool openReport(const QString& folder);
  QString shownReport() const { return shown_; }
  // Writes the shown report as "html", "pdf" or "csv" to `destination`; false with `error` set.
  bool exportReport(const QString& format, const QString& destination, QString* error = nullptr);
  QString newOutputFolder() const;
  // Inspecting data or reading model cards: a screenshot waits for it.
  bool isBusy() const { return busy_ > 0; }

 Q_SIGNALS:
  void rowArrived(const QString& method);
  void evaluationFinished(spact::studio::EvaluateEngine::End end, const QString& message);
  void reportShown(const QString& folder);

 private:
  void inspect(bool action, const QString& spec);
  void refreshBudget();
  QString refusal() const;
  void onEvent(const QJsonObject& event);
  void onProgress(const QString& stage, qint64 done, qint64 total);
  void onFinished(EvaluateEngine::End end, const QString& message);
  void showSetupOf(const QJsonObject& report, const QString& folder);
  void chooseReport();
  void chooseExport(const QString& format);
  bool writePdf(const QString& destination, QString* error);

  widgets::EvaluatePage& page_;
  EvaluateController* controller_ = nullptr;
  QString shown_;
  QString running_;  // the output folder of the evaluation under way
  QJsonObject report_;
  QElapsedTimer clock_;
  qint64 firstDone_ = -1;  // progress at the first report: reused rows do not count for the ETA
  int busy_ = 0;
  quint64 generation_[3] = {0, 0, 0};  // action data, privacy data, model cards
};

}  // namespace spact::studio
