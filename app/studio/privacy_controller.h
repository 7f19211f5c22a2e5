#pragma once
// The privacy panel's controller: scores the video the compare player shows (eval::scoreVideo,
// as `spact score`) in the background and feeds the panel segment by segment, so the timeline
// fills in while the analyst watches; the panel's bars and top-5 follow the play head. The
// classifiers come from the model file in use: with f_A it is scored against f_A's output; with a
// baseline (blur, pixelation, …) the loaded model's classifiers judge the baseline's output; with
// no model there is nothing to score with and the panel says what is needed. A new video or
// method stops the scoring under way and starts again; stale results are dropped by generation.
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <memory>

#include "pipeline/anonymizer.h"

namespace spact::widgets {
class PrivacyPanel;
}

namespace spact::studio {

class CompareController;

class PrivacyController : public QObject {
  Q_OBJECT
 public:
  PrivacyController(CompareController& compare, widgets::PrivacyPanel& panel, QObject* parent = nullptr);
  ~PrivacyController() override;  // stops the scoring and waits for it

  // Scores the compare player's video with its method again (done on its own when either changes).
  void restart();
  bool isScoring() const { return scoring_; }
  QString video() const { return video_; }
  QString model() const { return model_; }        // the model whose classifiers score; empty: none
  QString baseline() const { return baseline_; }  // the baseline judged; empty: the model's f_A
  int segmentCount() const { return segments_; }

 Q_SIGNALS:
  void scoringStarted(const QString& video, const QString& model);
  // The model is read: its attributes (empty without an attribute classifier) and whether f_T is there.
  void headerReady(const QStringList& attributes, bool hasAction);
  void segmentScored(int index, double start, double end);
  void scoringFinished(int segments);
  // Nothing to score with (no model, or a model without classifiers), or scoring failed; the
  // panel shows why.
  void scoringUnavailable(const QString& reason);
  void scoringFailed(const QString& message);

 private:
  struct Job;
  void onAnonymizerChanged(const pipeline::AnonymizerConfig& config);
  void stop();

  CompareController& compare_;
  widgets::PrivacyPanel& panel_;
  QThreadPool pool_;  // one thread: a job starts when the one before it has stopped
  std::shared_ptr<Job> job_;
  quint64 generation_ = 0;
  bool scoring_ = false;
  int segments_ = 0;
  QString video_, model_, baseline_, device_;
};

}  // namespace spact::studio
