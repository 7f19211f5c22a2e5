#pragma once
// The curves of a SPAct training run, live or read back from its events: the losses per step
// (L_A of the anonymizer, L_T of the action branch, L_B of the privacy branch; smoothed, with the
// logged values faint behind), validation per epoch (action top-1 and privacy cMAP on anonymized
// data, the raw-data reference dashed), each privacy attribute's AP at the latest validation
// against raw data, and the trade-off curve (action top-1 against privacy cMAP, epoch by epoch),
// whose points can be clicked to pick that epoch's checkpoint. A view with Qt values.
#include <QList>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <optional>

class QCPBars;
class QCPCurve;
class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QSlider;

namespace spact::widgets {

enum class LossCurve { Anonymizer, Action, Privacy };  // L_A, L_T, L_B
inline constexpr int kLossCurves = 3;

struct ValidationPoint {
  int epoch = 0;
  qint64 step = 0;
  double actionTop1 = 0;               // in [0, 1]
  std::optional<double> privacyCmap;   // in [0, 1]; none when no attribute could be scored
};

class TrainingCurves : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingCurves(QWidget* parent = nullptr);
  ~TrainingCurves() override;

  void clear();
  // A logged loss (the mean over the steps since the one before) at a global step.
  void addLoss(LossCurve curve, double step, double value);
  // A phase begins at `step`: a marker with its name; the smoothing starts afresh there.
  void addPhase(double step, const QString& name);
  // Validation on anonymized data after a minimax epoch (a later point for the same epoch replaces it).
  void addValidation(const ValidationPoint& point);
  // Validation on raw data (before the minimax game): where the trade-off starts from.
  void setReference(double actionTop1, std::optional<double> privacyCmap);
  // Each attribute's AP at the latest validation; NaN where it is undefined (no positives).
  // `raw`: the same on raw data (the reference), or empty.
  void setAttributeAp(const QStringList& names, const QList<double>& anonymized, const QList<double>& raw);
  // Weight of the exponential moving average drawn over the losses: 0 (none) to 0.99.
  void setSmoothing(double weight);
  double smoothing() const { return smoothing_; }
  // Rings an epoch's point on the trade-off curve (the checkpoint chosen); -1: none.
  void setSelectedEpoch(int epoch);
  int selectedEpoch() const { return selectedEpoch_; }

  int lossPointCount(LossCurve curve) const;
  // The smoothed value drawn at the latest point of a curve (NaN when it has none).
  double smoothedLoss(LossCurve curve) const;
  QList<ValidationPoint> validationPoints() const { return validation_; }
  QStringList phaseNames() const { return phaseNames_; }
  QStringList attributeNames() const { return attributes_; }

  QCustomPlot* lossPlot() const { return lossPlot_; }
  QCustomPlot* validationPlot() const { return validationPlot_; }
  QCustomPlot* attributePlot() const { return apPlot_; }
  QCustomPlot* tradeoffPlot() const { return tradeoffPlot_; }

 Q_SIGNALS:
  void lossAdded(int curve, double step, double value);
  void validationAdded(int epoch, double actionTop1, double privacyCmap);
  void epochPicked(int epoch);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Loss {
    QCPGraph* raw = nullptr;
    QCPGraph* smooth = nullptr;
    QVector<double> steps, values;  // NaN values break the line between phases
    double ema = 0;
    int emaCount = 0;
    int points = 0;
    double lastSmoothed = 0;
  };
  double smoothNext(Loss& loss, double value) const;
  void resmooth(Loss& loss);
  void redrawValidation();
  void redrawTradeoff();
  void retranslate();

  QCustomPlot* lossPlot_ = nullptr;
  QCustomPlot* validationPlot_ = nullptr;
  QCustomPlot* apPlot_ = nullptr;
  QCustomPlot* tradeoffPlot_ = nullptr;
  QLabel* lossTitle_ = nullptr;
  QLabel* lossLegend_ = nullptr;
  QLabel* smoothingLabel_ = nullptr;
  QSlider* smoothingSlider_ = nullptr;
  QLabel* validationTitle_ = nullptr;
  QLabel* validationLegend_ = nullptr;
  QLabel* apTitle_ = nullptr;
  QLabel* apLegend_ = nullptr;
  QLabel* tradeoffTitle_ = nullptr;
  QLabel* tradeoffLegend_ = nullptr;

  Loss losses_[kLossCurves];
  double smoothing_ = 0.6;
  QStringList phaseNames_;
  QList<double> phaseSteps_;

  QCPGraph* top1Graph_ = nullptr;
  QCPGraph* cmapGraph_ = nullptr;
  QCPGraph* top1Reference_ = nullptr;
  QCPGraph* cmapReference_ = nullptr;
  QList<ValidationPoint> validation_;
  std::optional<double> referenceTop1_, referenceCmap_;

  QCPBars* rawBars_ = nullptr;
  QCPBars* anonymizedBars_ = nullptr;
  QStringList attributes_;

  QCPCurve* tradeoffCurve_ = nullptr;
  QCPGraph* tradeoffReference_ = nullptr;
  QCPGraph* tradeoffSelected_ = nullptr;
  QCPItemText* selectedLabel_ = nullptr;
  int selectedEpoch_ = -1;
};

}  // namespace spact::widgets
