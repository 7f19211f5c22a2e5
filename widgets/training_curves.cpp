#include "training_curves.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <algorithm>
#include <cmath>
#include <limits>

#include "label_style.h"
#include "percent_axes.h"
#include "qcustomplot_include.h"

namespace spact::widgets {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Tableau 10, as the privacy panel: one colour per loss, the metrics in their own.
const QColor kLossColours[kLossCurves] = {QColor(0x4e, 0x79, 0xa7), QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59)};
const QColor kTop1Colour(0x59, 0xa1, 0x4f);
const QColor kCmapColour(0xe1, 0x57, 0x59);
const QColor kRawColour(0x9a, 0x9a, 0x9a);
const QColor kAnonymizedColour(0xe0, 0x7b, 0x39);
const QColor kTradeoffColour(0x4e, 0x79, 0xa7);

QCustomPlot* makePlot(QWidget* parent, const QString& name) {
  auto* plot = new QCustomPlot(parent);
  plot->setObjectName(name);
  plot->setMinimumSize(200, 140);
  plot->setNoAntialiasingOnDrag(true);
  QFont small = plot->font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
    axis->setTickLabelFont(small);
    axis->setLabelFont(small);
  }
  return plot;
}

QString swatch(const QColor& colour, const QString& name, const QString& mark = QStringLiteral("&#9632;")) {
  return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3").arg(colour.name(), mark, name.toHtmlEscaped());
}

QLabel* legendLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setTextFormat(Qt::RichText);
  label->setWordWrap(true);
  return label;
}

QWidget* cell(QWidget* parent, QLabel* title, QWidget* titleExtra, QLabel* legend, QWidget* plot) {
  auto* box = new QWidget(parent);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* head = new QHBoxLayout;
  head->addWidget(title, 1);
  if (titleExtra) head->addWidget(titleExtra);
  layout->addLayout(head);
  layout->addWidget(legend);
  layout->addWidget(plot, 1);
  return box;
}

void percentAxis(QCPAxis* axis) {
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int v = 0; v <= 100; v += 25) ticker->addTick(v, QStringLiteral("%1 %").arg(v));
  axis->setTicker(ticker);
  axis->setRange(0, 100);
}

}  // namespace

TrainingCurves::TrainingCurves(QWidget* parent) : QWidget(parent) {
  // Losses per step.
  lossPlot_ = makePlot(this, QStringLiteral("lossPlot"));
  for (int i = 0; i < kLossCurves; ++i) {
    Loss& l = losses_[i];
    QColor faint = kLossColours[i];
    faint.setAlpha(70);
    l.raw = lossPlot_->addGraph();
    l.raw->setPen(QPen(faint, 1));
    l.smooth = lossPlot_->addGraph();
    l.smooth->setPen(QPen(kLossColours[i], 2));
  }
  lossTitle_ = boldLabel(this);
  lossLegend_ = legendLabel(this);
  smoothingLabel_ = new QLabel(this);
  smoothingSlider_ = new QSlider(Qt::Horizontal, this);
  smoothingSlider_->setObjectName(QStringLiteral("smoothing"));
  smoothingSlider_->setRange(0, 99);
  smoothingSlider_->setValue(static_cast<int>(std::lround(smoothing_ * 100)));
  smoothingSlider_->setMaximumWidth(110);
  connect(smoothingSlider_, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
  auto* smoothingBox = new QWidget(this);
  auto* smoothingLayout = new QHBoxLayout(smoothingBox);
  smoothingLayout->setContentsMargins(0, 0, 0, 0);
  smoothingLayout->addWidget(smoothingLabel_);
  smoothingLayout->addWidget(smoothingSlider_);

  // Validation per epoch.
  validationPlot_ = makePlot(this, QStringLiteral("validationPlot"));
  percentAxis(validationPlot_->yAxis);
  validationPlot_->xAxis->ticker()->setTickCount(6);
  auto line = [this](const QColor& colour, bool dashed) {
    QCPGraph* g = validationPlot_->addGraph();
    QPen pen(colour, dashed ? 1.2 : 2);
    if (dashed) pen.setStyle(Qt::DashLine);
    g->setPen(pen);
    if (!dashed) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 6));
    return g;
  };
  top1Reference_ = line(kTop1Colour, true);
  cmapReference_ = line(kCmapColour, true);
  top1Graph_ = line(kTop1Colour, false);
  cmapGraph_ = line(kCmapColour, false);
  validationTitle_ = boldLabel(this);
  validationLegend_ = legendLabel(this);

  // Per-attribute AP.
  apPlot_ = makePlot(this, QStringLiteral("attributeApPlot"));
  percentAxis(apPlot_->yAxis);
  auto* group = new QCPBarsGroup(apPlot_);
  group->setSpacingType(QCPBarsGroup::stAbsolute);
  group->setSpacing(2);
  rawBars_ = new QCPBars(apPlot_->xAxis, apPlot_->yAxis);
  anonymizedBars_ = new QCPBars(apPlot_->xAxis, apPlot_->yAxis);
  for (auto [bars, colour] : {std::pair{rawBars_, kRawColour}, std::pair{anonymizedBars_, kAnonymizedColour}}) {
    bars->setWidth(0.36);
    bars->setPen(QPen(colour.darker(120)));
    bars->setBrush(colour);
    bars->setBarsGroup(group);
  }
  apTitle_ = boldLabel(this);
  apLegend_ = legendLabel(this);

  // The trade-off: action top-1 (keep it high) against privacy cMAP (bring it down).
  tradeoffPlot_ = makePlot(this, QStringLiteral("tradeoffPlot"));
  tradeoffCurve_ = new QCPCurve(tradeoffPlot_->xAxis, tradeoffPlot_->yAxis);
  tradeoffCurve_->setPen(QPen(kTradeoffColour, 1.5));
  tradeoffCurve_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kTradeoffColour, Qt::white, 7));
  tradeoffReference_ = tradeoffPlot_->addGraph();
  tradeoffReference_->setLineStyle(QCPGraph::lsNone);
  tradeoffReference_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, kRawColour.darker(140), 11));
  tradeoffSelected_ = tradeoffPlot_->addGraph();
  tradeoffSelected_->setLineStyle(QCPGraph::lsNone);
  tradeoffSelected_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0xc0, 0x39, 0x2b), 2), Qt::NoBrush, 15));
  selectedLabel_ = new QCPItemText(tradeoffPlot_);
  selectedLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
  selectedLabel_->setPadding(QMargins(8, 0, 0, 6));
  selectedLabel_->setColor(QColor(0xc0, 0x39, 0x2b));
  selectedLabel_->setVisible(false);
  connect(tradeoffPlot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    int best = -1;
    double bestDistance = 14;  // pixels
    for (const ValidationPoint& p : validation_) {
      if (!p.privacyCmap) continue;
      const double dx = tradeoffPlot_->xAxis->coordToPixel(100 * *p.privacyCmap) - event->position().x();
      const double dy = tradeoffPlot_->yAxis->coordToPixel(100 * p.actionTop1) - event->position().y();
      const double d = std::hypot(dx, dy);
      if (d < bestDistance) {
        bestDistance = d;
        best = p.epoch;
      }
    }
    if (best >= 0) {
      setSelectedEpoch(best);
      Q_EMIT epochPicked(best);
    }
  });
  tradeoffTitle_ = boldLabel(this);
  tradeoffLegend_ = legendLabel(this);

  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setHorizontalSpacing(10);
  grid->setVerticalSpacing(6);
  grid->addWidget(cell(this, lossTitle_, smoothingBox, lossLegend_, lossPlot_), 0, 0);
  grid->addWidget(cell(this, validationTitle_, nullptr, validationLegend_, validationPlot_), 0, 1);
  grid->addWidget(cell(this, apTitle_, nullptr, apLegend_, apPlot_), 1, 0);
  grid->addWidget(cell(this, tradeoffTitle_, nullptr, tradeoffLegend_, tradeoffPlot_), 1, 1);
  grid->setColumnStretch(0, 3);
  grid->setColumnStretch(1, 2);
  clear();
  retranslate();
}

TrainingCurves::~TrainingCurves() = default;

void TrainingCurves::clear() {
  for (Loss& l : losses_) {
    l.raw->data()->clear();
    l.smooth->data()->clear();
    l.steps.clear();
    l.values.clear();
    l.ema = 0;
    l.emaCount = 0;
    l.points = 0;
  }
  lossPlot_->clearItems();
  lossPlot_->xAxis->setRange(0, 10);
  lossPlot_->yAxis->setRange(0, 1);
  phaseNames_.clear();
  phaseSteps_.clear();
  validation_.clear();
  referenceTop1_.reset();
  referenceCmap_.reset();
  attributes_.clear();
  rawBars_->data()->clear();
  anonymizedBars_->data()->clear();
  apPlot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
  apPlot_->xAxis->setRange(0, 1);
  selectedEpoch_ = -1;
  redrawValidation();
  redrawTradeoff();
  for (QCustomPlot* p : {lossPlot_, validationPlot_, apPlot_, tradeoffPlot_}) p->replot(QCustomPlot::rpQueuedReplot);
}

double TrainingCurves::smoothNext(Loss& l, double value) const {
  // TensorBoard's debiased EMA: the first points are not pulled towards zero.
  l.ema = smoothing_ * l.ema + (1 - smoothing_) * value;
  ++l.emaCount;
  const double debias = 1 - std::pow(smoothing_, l.emaCount);
  return debias > 0 ? l.ema / debias : value;
}

void TrainingCurves::addLoss(LossCurve curve, double step, double value) {
  Loss& l = losses_[static_cast<int>(curve)];
  if (!std::isfinite(value)) return;
  l.steps << step;
  l.values << value;
  ++l.points;
  l.raw->addData(step, value);
  l.lastSmoothed = smoothNext(l, value);
  l.smooth->addData(step, l.lastSmoothed);
  lossPlot_->rescaleAxes();
  lossPlot_->xAxis->setRangeLower(std::min(lossPlot_->xAxis->range().lower, phaseSteps_.isEmpty() ? step : phaseSteps_.front()));
  const QCPRange y = lossPlot_->yAxis->range();
  lossPlot_->yAxis->setRange(y.lower - 0.05 * y.size(), y.upper + 0.05 * y.size());
  lossPlot_->replot(QCustomPlot::rpQueuedReplot);
  Q_EMIT lossAdded(static_cast<int>(curve), step, value);
}

void TrainingCurves::addPhase(double step, const QString& name) {
  phaseNames_ << name;
  phaseSteps_ << step;
  for (Loss& l : losses_) {
    if (!l.values.isEmpty() && !std::isnan(l.values.back())) {
      l.steps << step;
      l.values << kNaN;
      l.raw->addData(step, kNaN);
      l.smooth->addData(step, kNaN);
    }
    l.ema = 0;
    l.emaCount = 0;
  }
  auto* marker = new QCPItemStraightLine(lossPlot_);
  marker->point1->setCoords(step, 0);
  marker->point2->setCoords(step, 1);
  marker->setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DotLine));
  auto* label = new QCPItemText(lossPlot_);
  label->position->setTypeX(QCPItemPosition::ptPlotCoords);
  label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
  label->position->setCoords(step, 0.09 * static_cast<double>((phaseNames_.size() - 1) % 2));  // neighbours alternate rows
  label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
  label->setPadding(QMargins(3, 2, 0, 0));
  label->setColor(QColor(0x66, 0x66, 0x66));
  QFont small = label->font();
  small.setPointSizeF(small.pointSizeF() * 0.8);
  label->setFont(small);
  label->setText(name);
  label->setClipToAxisRect(true);
  lossPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::resmooth(Loss& l) {
  l.smooth->data()->clear();
  l.ema = 0;
  l.emaCount = 0;
  for (qsizetype i = 0; i < l.values.size(); ++i) {
    if (std::isnan(l.values[i])) {
      l.smooth->addData(l.steps[i], kNaN);
      l.ema = 0;
      l.emaCount = 0;
      continue;
    }
    l.lastSmoothed = smoothNext(l, l.values[i]);
    l.smooth->addData(l.steps[i], l.lastSmoothed);
  }
  // Where the last phase has no point yet, the next point starts its smoothing afresh.
  if (!l.values.isEmpty() && std::isnan(l.values.back())) {
    l.ema = 0;
    l.emaCount = 0;
  }
}

void TrainingCurves::setSmoothing(double weight) {
  smoothing_ = std::clamp(weight, 0.0, 0.99);
  {
    const QSignalBlocker block(smoothingSlider_);
    smoothingSlider_->setValue(static_cast<int>(std::lround(smoothing_ * 100)));
  }
  for (Loss& l : losses_) resmooth(l);
  // Points added after the last phase marker continue from the recomputed state.
  retranslate();
  lossPlot_->replot(QCustomPlot::rpQueuedReplot);
}

int TrainingCurves::lossPointCount(LossCurve curve) const { return losses_[static_cast<int>(curve)].points; }

double TrainingCurves::smoothedLoss(LossCurve curve) const {
  const Loss& l = losses_[static_cast<int>(curve)];
  return l.points > 0 ? l.lastSmoothed : kNaN;
}

void TrainingCurves::addValidation(const ValidationPoint& point) {
  auto same = std::find_if(validation_.begin(), validation_.end(), [&](const ValidationPoint& p) { return p.epoch == point.epoch; });
  if (same != validation_.end()) *same = point;
  else validation_ << point;
  std::sort(validation_.begin(), validation_.end(), [](const auto& a, const auto& b) { return a.epoch < b.epoch; });
  redrawValidation();
  redrawTradeoff();
  Q_EMIT validationAdded(point.epoch, point.actionTop1, point.privacyCmap.value_or(kNaN));
}

void TrainingCurves::setReference(double actionTop1, std::optional<double> privacyCmap) {
  referenceTop1_ = actionTop1;
  referenceCmap_ = privacyCmap;
  redrawValidation();
  redrawTradeoff();
}

void TrainingCurves::redrawValidation() {
  top1Graph_->data()->clear();
  cmapGraph_->data()->clear();
  int last = 1;
  for (const ValidationPoint& p : validation_) {
    top1Graph_->addData(p.epoch, 100 * p.actionTop1);
    if (p.privacyCmap) cmapGraph_->addData(p.epoch, 100 * *p.privacyCmap);
    last = std::max(last, p.epoch);
  }
  const double lo = 0.5, hi = last + 0.5;
  top1Reference_->data()->clear();
  cmapReference_->data()->clear();
  if (referenceTop1_) top1Reference_->setData({lo, hi}, {100 * *referenceTop1_, 100 * *referenceTop1_});
  if (referenceCmap_) cmapReference_->setData({lo, hi}, {100 * *referenceCmap_, 100 * *referenceCmap_});
  validationPlot_->xAxis->setRange(lo, hi);
  QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
  ticker->setTickStep(1);
  ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  validationPlot_->xAxis->setTicker(ticker);
  validationPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::redrawTradeoff() {
  QVector<double> t, x, y;
  for (const ValidationPoint& p : validation_) {
    if (!p.privacyCmap) continue;
    t << p.epoch;
    x << 100 * *p.privacyCmap;
    y << 100 * p.actionTop1;
  }
  tradeoffCurve_->setData(t, x, y);
  tradeoffReference_->data()->clear();
  if (referenceTop1_ && referenceCmap_) tradeoffReference_->addData(100 * *referenceCmap_, 100 * *referenceTop1_);
  tradeoffSelected_->data()->clear();
  selectedLabel_->setVisible(false);
  for (const ValidationPoint& p : validation_) {
    if (p.epoch != selectedEpoch_ || !p.privacyCmap) continue;
    tradeoffSelected_->addData(100 * *p.privacyCmap, 100 * p.actionTop1);
    selectedLabel_->position->setCoords(100 * *p.privacyCmap, 100 * p.actionTop1);
    selectedLabel_->setText(tr("epoch %1").arg(p.epoch));
    selectedLabel_->setVisible(true);
  }
  // Zoom on the points.
  double x0 = 100, x1 = 0, y0 = 100, y1 = 0;
  auto take = [&](double px, double py) {
    x0 = std::min(x0, px), x1 = std::max(x1, px), y0 = std::min(y0, py), y1 = std::max(y1, py);
  };
  for (qsizetype i = 0; i < x.size(); ++i) take(x[i], y[i]);
  if (referenceTop1_ && referenceCmap_) take(100 * *referenceCmap_, 100 * *referenceTop1_);
  zoomPercentAxes(tradeoffPlot_, x0, x1, y0, y1);
  tradeoffPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::setSelectedEpoch(int epoch) {
  selectedEpoch_ = epoch;
  redrawTradeoff();
}

void TrainingCurves::setAttributeAp(const QStringList& names, const QList<double>& anonymized, const QList<double>& raw) {
  attributes_ = names;
  QVector<double> keys, a, r;
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (qsizetype i = 0; i < names.size(); ++i) {
    keys << i;
    ticker->addTick(static_cast<double>(i), names[i]);
    const double av = i < anonymized.size() ? anonymized[i] : kNaN;
    const double rv = i < raw.size() ? raw[i] : kNaN;
    a << (std::isfinite(av) ? 100 * av : 0);
    r << (std::isfinite(rv) ? 100 * rv : 0);
  }
  anonymizedBars_->setData(keys, a, true);
  rawBars_->setData(raw.isEmpty() ? QVector<double>() : keys, raw.isEmpty() ? QVector<double>() : r, true);
  apPlot_->xAxis->setTicker(ticker);
  apPlot_->xAxis->setTickLabelRotation(names.size() > 4 ? -30 : 0);
  apPlot_->xAxis->setRange(-0.6, std::max<double>(0.6, static_cast<double>(names.size()) - 0.4));
  apPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::retranslate() {
  const QString names[kLossCurves] = {tr("L_A (anonymizer)"), tr("L_T (action)"), tr("L_B (privacy)")};
  QStringList legend;
  for (int i = 0; i < kLossCurves; ++i) legend << swatch(kLossColours[i], names[i]);
  lossTitle_->setText(tr("Losses per step"));
  lossLegend_->setText(legend.join(QStringLiteral("&nbsp;&nbsp; ")) + QStringLiteral("&nbsp;&nbsp; ") +
                       tr("(faint: as logged)").toHtmlEscaped());
  smoothingLabel_->setText(tr("Smoothing %1").arg(QLocale().toString(smoothing_, 'f', 2)));
  smoothingSlider_->setToolTip(tr("Weight of the moving average drawn over the logged losses"));
  lossPlot_->xAxis->setLabel(tr("step"));
  validationTitle_->setText(tr("Validation per epoch"));
  validationLegend_->setText(swatch(kTop1Colour, tr("action top-1")) + QStringLiteral("&nbsp;&nbsp; ") +
                             swatch(kCmapColour, tr("privacy cMAP")) + QStringLiteral("&nbsp;&nbsp; ") +
                             tr("(dashed: raw data)").toHtmlEscaped());
  validationPlot_->xAxis->setLabel(tr("minimax epoch"));
  apTitle_->setText(tr("Privacy AP per attribute"));
  apLegend_->setText(swatch(kRawColour, tr("raw data")) + QStringLiteral("&nbsp;&nbsp; ") +
                     swatch(kAnonymizedColour, tr("anonymized (latest epoch)")));
  tradeoffTitle_->setText(tr("Trade-off"));
  tradeoffLegend_->setText(swatch(kTradeoffColour, tr("epochs (click one to pick its checkpoint)"), QStringLiteral("&#9679;")) +
                           QStringLiteral("&nbsp;&nbsp; ") + swatch(kRawColour.darker(140), tr("raw data"), QStringLiteral("&#9733;")));
  tradeoffPlot_->xAxis->setLabel(tr("privacy cMAP, % (lower is more private)"));
  tradeoffPlot_->yAxis->setLabel(tr("action top-1, %"));
  if (selectedEpoch_ >= 0) redrawTradeoff();
}

void TrainingCurves::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
