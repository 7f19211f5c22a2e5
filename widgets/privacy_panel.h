#pragma once
// The privacy panel: what a model's classifiers still see in a video, original against
// anonymized. Grouped bars of each private attribute's probability in the segment under the play
// head, a timeline of every attribute over the whole video (anonymized solid, original dashed,
// filled in as segments arrive) with a cursor at the play head, and the action top-5 of the
// current clip. A view with Qt values: the application scores the video and feeds it.
#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QBoxLayout;
class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableWidget;

namespace spact::widgets {

// One scored stretch of the video (one clip by default).
struct PrivacySegment {
  double start = 0, end = 0;           // seconds; the segment covers [start, end)
  QList<double> original, anonymized;  // per attribute, in [0, 1]; empty without an attribute classifier
  QList<QPair<QString, double>> actionOriginal, actionAnonymized;  // top-5, best first; empty without f_T
};

class PrivacyPanel : public QWidget {
  Q_OBJECT
 public:
  enum class State {
    NoVideo,        // nothing to score
    NeedsModel,     // no model is loaded whose classifiers could score (a baseline is in use)
    NoClassifiers,  // the model has neither an attribute classifier nor f_T
    Scoring,        // segments arrive; setProgress says how far
    Scored,         // every segment is in
    Failed,         // the detail says why
  };
  Q_ENUM(State)
  enum class Side { Original, Anonymized };

  explicit PrivacyPanel(QWidget* parent = nullptr);
  ~PrivacyPanel() override;

  // A new timeline: the attributes' names (empty when the model has no attribute classifier),
  // whether an action top-5 comes (f_T), the video's length. The scores shown so far go.
  void begin(const QStringList& attributes, bool hasAction, double duration);
  void addSegment(const PrivacySegment& segment);
  void setState(State state, const QString& detail = QString());
  void setProgress(double fraction);
  // The play head: the bars and the top-5 show the segment there, the timeline's cursor moves.
  void setPosition(double seconds);
  // What is scored with what, in a line under the state.
  void setSource(const QString& text);

  State state() const { return state_; }
  QString stateText() const;
  QString sourceText() const;
  QStringList attributes() const { return attributes_; }
  bool hasAction() const { return hasAction_; }
  int segmentCount() const { return static_cast<int>(segments_.size()); }
  const PrivacySegment& segment(int index) const { return segments_.at(index); }
  int currentSegment() const { return current_; }  // -1: none scored under the play head yet
  double position() const { return position_; }

  // The plots and their parts, for the application's tests and screenshots.
  QCustomPlot* barsPlot() const { return barsPlot_; }
  QCustomPlot* timelinePlot() const { return timelinePlot_; }
  QCPBars* bars(Side side) const;
  QCPGraph* timeline(int attribute, Side side) const;  // null for an attribute out of range
  // The action top-5 as shown: "class  87 %" per row, best first.
  QStringList actionRows(Side side) const;

  QSize sizeHint() const override { return {760, 270}; }
  QSize minimumSizeHint() const override { return {260, 230}; }

 Q_SIGNALS:
  // A click on the timeline: the user wants to see that moment.
  void seekRequested(double seconds);

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void retranslate();
  void applyPalette();
  void rebuildPlots();
  void updateCurrent();
  void updateStateText();
  void updatePages();
  void updateLegends();
  void fitBarLabels();
  int segmentAt(double seconds) const;

  State state_ = State::NoVideo;
  QString detail_;
  double progress_ = 0;
  QStringList attributes_;
  bool hasAction_ = false;
  double duration_ = 0;
  double position_ = 0;
  int current_ = -1;
  QList<PrivacySegment> segments_;

  QLabel* stateLabel_ = nullptr;
  QProgressBar* progressBar_ = nullptr;
  QLabel* sourceLabel_ = nullptr;
  QStackedWidget* pages_ = nullptr;  // the message alone, or the three views
  QLabel* message_ = nullptr;
  QBoxLayout* views_ = nullptr;
  QLabel* barsTitle_ = nullptr;
  QLabel* barsLegend_ = nullptr;  // the plots' legends, as text beside their titles
  QLabel* timelineLegend_ = nullptr;
  QStackedWidget* barsPages_ = nullptr;
  QLabel* noAttributes_ = nullptr;
  QCustomPlot* barsPlot_ = nullptr;
  QCPBars* originalBars_ = nullptr;
  QCPBars* anonymizedBars_ = nullptr;
  QLabel* timelineTitle_ = nullptr;
  QStackedWidget* timelinePages_ = nullptr;
  QLabel* noAttributesTimeline_ = nullptr;
  QCustomPlot* timelinePlot_ = nullptr;
  QList<QCPGraph*> originalGraphs_, anonymizedGraphs_;
  QCPItemStraightLine* cursor_ = nullptr;
  QLabel* actionTitle_ = nullptr;
  QStackedWidget* actionPages_ = nullptr;
  QLabel* noAction_ = nullptr;
  QTableWidget* actionTable_ = nullptr;
  QLabel* actionVerdict_ = nullptr;
};

}  // namespace spact::widgets
