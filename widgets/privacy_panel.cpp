#include "privacy_panel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <algorithm>
#include <cmath>

#include "label_style.h"
#include "qcustomplot_include.h"

namespace spact::widgets {
namespace {

constexpr int kTopK = 5;
// Tableau 10: told apart by most readers, on light and dark backgrounds alike.
const QList<QColor>& attributeColours() {
  static const QList<QColor> colours = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                        QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                        QColor(0xba, 0xb0, 0xac)};
  return colours;
}
const QColor kOriginalColour(0x5b, 0x7d, 0xb8);
const QColor kAnonymizedColour(0xe0, 0x7b, 0x39);

QString percent(double p) { return PrivacyPanel::tr("%1 %").arg(QLocale().toString(100 * p, 'f', 0)); }
QString seconds(double s) { return QLocale().toString(s, 'f', 2); }

QLabel* wrappedLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

QCustomPlot* makePlot(QWidget* parent) {
  auto* plot = new QCustomPlot(parent);
  plot->setMinimumSize(180, 120);
  plot->setNoAntialiasingOnDrag(true);
  plot->yAxis->setRange(0, 1);
  return plot;
}

// 0 %, 50 %, 100 % on a probability axis (more would crowd a short plot).
void percentTicks(QCPAxis* axis) {
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (double v : {0.0, 0.5, 1.0}) ticker->addTick(v, percent(v));
  axis->setTicker(ticker);
}

// A legend entry as rich text: a square of the colour, then the name.
QString swatch(const QColor& colour, const QString& name) {
  return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2").arg(colour.name(), name.toHtmlEscaped());
}

QWidget* titled(QWidget* parent, QLabel* title, QLabel* legend, QWidget* body) {
  auto* box = new QWidget(parent);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  makeBold(title);
  title->setWordWrap(true);
  layout->addWidget(title);
  if (legend) {
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    layout->addWidget(legend);
  }
  layout->addWidget(body, 1);
  return box;
}

}  // namespace

PrivacyPanel::PrivacyPanel(QWidget* parent) : QWidget(parent) {
  stateLabel_ = wrappedLabel(this);
  stateLabel_->setObjectName(QStringLiteral("privacyState"));
  progressBar_ = new QProgressBar(this);
  progressBar_->setObjectName(QStringLiteral("privacyProgress"));
  progressBar_->setRange(0, 1000);
  progressBar_->setTextVisible(false);
  progressBar_->setMaximumHeight(6);
  sourceLabel_ = wrappedLabel(this);
  sourceLabel_->setObjectName(QStringLiteral("privacySource"));
  sourceLabel_->setForegroundRole(QPalette::PlaceholderText);

  message_ = wrappedLabel(this);
  message_->setObjectName(QStringLiteral("privacyMessage"));
  message_->setAlignment(Qt::AlignCenter);
  message_->setMargin(12);

  // The bars: one group per attribute, original beside anonymized.
  barsPlot_ = makePlot(this);
  barsPlot_->setObjectName(QStringLiteral("privacyBars"));
  auto* group = new QCPBarsGroup(barsPlot_);
  group->setSpacingType(QCPBarsGroup::stAbsolute);
  group->setSpacing(2);
  originalBars_ = new QCPBars(barsPlot_->xAxis, barsPlot_->yAxis);
  anonymizedBars_ = new QCPBars(barsPlot_->xAxis, barsPlot_->yAxis);
  for (auto [bars, colour] :
       {std::pair{originalBars_, kOriginalColour}, std::pair{anonymizedBars_, kAnonymizedColour}}) {
    bars->setWidth(0.36);
    bars->setPen(QPen(colour.darker(120)));
    bars->setBrush(colour);
    bars->setBarsGroup(group);
  }
  percentTicks(barsPlot_->yAxis);
  barsPlot_->installEventFilter(this);  // tick labels turn when they no longer fit side by side
  noAttributes_ = wrappedLabel(this);
  noAttributes_->setAlignment(Qt::AlignCenter);
  barsPages_ = new QStackedWidget(this);
  barsPages_->addWidget(barsPlot_);
  barsPages_->addWidget(noAttributes_);
  barsTitle_ = new QLabel(this);
  barsTitle_->setObjectName(QStringLiteral("privacyBarsTitle"));
  barsLegend_ = new QLabel(this);

  // The timeline: one line per attribute and side, the cursor at the play head.
  timelinePlot_ = makePlot(this);
  timelinePlot_->setObjectName(QStringLiteral("privacyTimeline"));
  percentTicks(timelinePlot_->yAxis);
  cursor_ = new QCPItemStraightLine(timelinePlot_);
  cursor_->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5));
  cursor_->setClipToAxisRect(true);
  connect(timelinePlot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
    if (segments_.isEmpty() || event->button() != Qt::LeftButton) return;
    if (!timelinePlot_->axisRect()->rect().contains(event->pos())) return;
    const double t = timelinePlot_->xAxis->pixelToCoord(event->position().x());
    Q_EMIT seekRequested(std::clamp(t, 0.0, std::max(duration_, segments_.back().end)));
  });
  noAttributesTimeline_ = wrappedLabel(this);
  noAttributesTimeline_->setAlignment(Qt::AlignCenter);
  timelinePages_ = new QStackedWidget(this);
  timelinePages_->addWidget(timelinePlot_);
  timelinePages_->addWidget(noAttributesTimeline_);
  timelineTitle_ = new QLabel(this);
  timelineLegend_ = new QLabel(this);
  timelineLegend_->setObjectName(QStringLiteral("privacyTimelineLegend"));

  // The action top-5, original | anonymized.
  actionTable_ = new QTableWidget(kTopK, 2, this);
  actionTable_->setObjectName(QStringLiteral("privacyActions"));
  actionTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  actionTable_->setSelectionMode(QAbstractItemView::NoSelection);
  actionTable_->setFocusPolicy(Qt::NoFocus);
  actionTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  actionTable_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  actionTable_->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  actionTable_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  actionTable_->setWordWrap(false);
  actionTable_->setTextElideMode(Qt::ElideMiddle);
  actionTable_->setMinimumWidth(180);
  for (int r = 0; r < kTopK; ++r)
    for (int c = 0; c < 2; ++c) actionTable_->setItem(r, c, new QTableWidgetItem);
  actionVerdict_ = wrappedLabel(this);
  actionVerdict_->setObjectName(QStringLiteral("privacyActionVerdict"));
  auto* actionBody = new QWidget(this);
  auto* actionLayout = new QVBoxLayout(actionBody);
  actionLayout->setContentsMargins(0, 0, 0, 0);
  actionLayout->addWidget(actionTable_, 1);
  actionLayout->addWidget(actionVerdict_);
  noAction_ = wrappedLabel(this);
  noAction_->setAlignment(Qt::AlignCenter);
  actionPages_ = new QStackedWidget(this);
  actionPages_->addWidget(actionBody);
  actionPages_->addWidget(noAction_);
  actionTitle_ = new QLabel(this);

  auto* viewsWidget = new QWidget(this);
  views_ = new QBoxLayout(QBoxLayout::LeftToRight, viewsWidget);
  views_->setContentsMargins(0, 0, 0, 0);
  views_->setSpacing(10);
  views_->addWidget(titled(viewsWidget, barsTitle_, barsLegend_, barsPages_), 3);
  views_->addWidget(titled(viewsWidget, timelineTitle_, timelineLegend_, timelinePages_), 4);
  views_->addWidget(titled(viewsWidget, actionTitle_, nullptr, actionPages_), 3);
  pages_ = new QStackedWidget(this);
  pages_->addWidget(message_);
  pages_->addWidget(viewsWidget);

  auto* head = new QHBoxLayout;
  head->addWidget(stateLabel_, 1);
  head->addWidget(progressBar_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 4, 6, 4);
  layout->setSpacing(3);
  layout->addLayout(head);
  layout->addWidget(sourceLabel_);
  layout->addWidget(pages_, 1);

  applyPalette();
  rebuildPlots();
  retranslate();
}

PrivacyPanel::~PrivacyPanel() = default;

QCPBars* PrivacyPanel::bars(Side side) const { return side == Side::Original ? originalBars_ : anonymizedBars_; }

QCPGraph* PrivacyPanel::timeline(int attribute, Side side) const {
  const auto& graphs = side == Side::Original ? originalGraphs_ : anonymizedGraphs_;
  return attribute >= 0 && attribute < graphs.size() ? graphs[attribute] : nullptr;
}

void PrivacyPanel::begin(const QStringList& attributes, bool hasAction, double duration) {
  attributes_ = attributes;
  hasAction_ = hasAction;
  duration_ = std::max(0.0, duration);
  segments_.clear();
  current_ = -1;
  rebuildPlots();
  updateCurrent();
  updatePages();
}

void PrivacyPanel::addSegment(const PrivacySegment& segment) {
  segments_.append(segment);
  // Steps: each segment's value holds from its start to its end (the next segment's start).
  const int n = static_cast<int>(attributes_.size());
  for (int a = 0; a < n; ++a) {
    for (Side side : {Side::Original, Side::Anonymized}) {
      const auto& values = side == Side::Original ? segment.original : segment.anonymized;
      if (a >= values.size()) continue;
      QCPGraph* graph = timeline(a, side);
      auto data = graph->data();
      if (!data->isEmpty()) data->remove((data->constEnd() - 1)->key);  // the previous segment's closing point
      graph->addData(segment.start, values[a]);
      graph->addData(std::max(segment.end, segment.start), values[a]);
    }
  }
  const double end = std::max(duration_, segment.end);
  timelinePlot_->xAxis->setRange(0, end > 0 ? end : 1);
  timelinePlot_->replot(QCustomPlot::rpQueuedReplot);
  updateCurrent();
  updateStateText();
  updatePages();
}

void PrivacyPanel::setState(State state, const QString& detail) {
  state_ = state;
  detail_ = detail;
  if (state != State::Scoring) progress_ = state == State::Scored ? 1 : 0;
  if (state == State::NoVideo || state == State::NeedsModel || state == State::NoClassifiers) {
    segments_.clear();
    current_ = -1;
    rebuildPlots();
    updateCurrent();
  }
  updateStateText();
  updatePages();
}

void PrivacyPanel::setProgress(double fraction) {
  progress_ = std::clamp(fraction, 0.0, 1.0);
  progressBar_->setValue(static_cast<int>(std::lround(progress_ * 1000)));
  updateStateText();
}

void PrivacyPanel::setPosition(double seconds) {
  position_ = seconds;
  cursor_->point1->setCoords(seconds, 0);
  cursor_->point2->setCoords(seconds, 1);
  timelinePlot_->replot(QCustomPlot::rpQueuedReplot);
  if (segmentAt(seconds) != current_ || current_ < 0) updateCurrent();  // playback: most frames stay in their segment
}

void PrivacyPanel::setSource(const QString& text) {
  sourceLabel_->setText(text);
  sourceLabel_->setVisible(!text.isEmpty());
}

QString PrivacyPanel::stateText() const {
  return pages_->currentWidget() == message_ ? message_->text() : stateLabel_->text();
}

QString PrivacyPanel::sourceText() const { return sourceLabel_->text(); }

QStringList PrivacyPanel::actionRows(Side side) const {
  QStringList rows;
  const int column = side == Side::Original ? 0 : 1;
  for (int r = 0; r < actionTable_->rowCount(); ++r)
    if (!actionTable_->item(r, column)->text().isEmpty()) rows << actionTable_->item(r, column)->text();
  return rows;
}

int PrivacyPanel::segmentAt(double t) const {
  if (segments_.isEmpty()) return -1;
  // The last segment that starts at or before t, if t is inside it (or it is the last one and t is its end).
  auto it = std::upper_bound(segments_.begin(), segments_.end(), t,
                             [](double v, const PrivacySegment& s) { return v < s.start; });
  if (it == segments_.begin()) return -1;
  --it;
  const bool last = it + 1 == segments_.end();
  if (t < it->end || (last && t <= it->end + 1e-9)) return static_cast<int>(it - segments_.begin());
  return -1;
}

void PrivacyPanel::rebuildPlots() {
  // Bars: one tick per attribute, named.
  const int n = static_cast<int>(attributes_.size());
  QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
  for (int a = 0; a < n; ++a) names->addTick(a + 1, attributes_[a]);
  barsPlot_->xAxis->setTicker(names);
  barsPlot_->xAxis->setRange(0.4, std::max(1, n) + 0.6);
  barsPlot_->xAxis->setSubTicks(false);
  barsPlot_->xAxis->setTickLength(0, 3);
  originalBars_->data()->clear();
  anonymizedBars_->data()->clear();

  // Timeline: the graphs of the attributes (anonymized solid and in the legend, original dashed).
  timelinePlot_->clearGraphs();
  originalGraphs_.clear();
  anonymizedGraphs_.clear();
  for (int a = 0; a < n; ++a) {
    const QColor colour = attributeColours()[a % attributeColours().size()];
    QCPGraph* original = timelinePlot_->addGraph();
    QColor faint = colour;
    faint.setAlpha(150);
    original->setPen(QPen(faint, 1.2, Qt::DashLine));
    original->setLineStyle(QCPGraph::lsStepLeft);
    original->removeFromLegend();
    QCPGraph* anonymized = timelinePlot_->addGraph();
    anonymized->setPen(QPen(colour, 2));
    anonymized->setLineStyle(QCPGraph::lsStepLeft);
    anonymized->setName(attributes_[a]);
    originalGraphs_ << original;
    anonymizedGraphs_ << anonymized;
  }
  updateLegends();
  fitBarLabels();
  timelinePlot_->xAxis->setRange(0, duration_ > 0 ? duration_ : 1);
  barsPlot_->replot(QCustomPlot::rpQueuedReplot);
  timelinePlot_->replot(QCustomPlot::rpQueuedReplot);
}

void PrivacyPanel::updateCurrent() {
  current_ = segmentAt(position_);
  const PrivacySegment* s = current_ >= 0 ? &segments_[current_] : nullptr;
  QVector<double> keys, original, anonymized;
  if (s)
    for (int a = 0; a < attributes_.size() && a < s->original.size() && a < s->anonymized.size(); ++a) {
      keys << a + 1;
      original << s->original[a];
      anonymized << s->anonymized[a];
    }
  originalBars_->setData(keys, original, true);
  anonymizedBars_->setData(keys, anonymized, true);
  barsPlot_->replot(QCustomPlot::rpQueuedReplot);

  for (int r = 0; r < kTopK; ++r)
    for (int c = 0; c < 2; ++c) {
      const auto* list = s ? (c == 0 ? &s->actionOriginal : &s->actionAnonymized) : nullptr;
      QTableWidgetItem* item = actionTable_->item(r, c);
      if (list && r < list->size()) {
        item->setText(QStringLiteral("%1  %2").arg((*list)[r].first, percent((*list)[r].second)));
        item->setToolTip((*list)[r].first);
      } else {
        item->setText(QString());
        item->setToolTip(QString());
      }
    }
  if (s && !s->actionOriginal.isEmpty() && !s->actionAnonymized.isEmpty()) {
    const QString before = s->actionOriginal.front().first, after = s->actionAnonymized.front().first;
    actionVerdict_->setText(before == after ? tr("Top-1 kept: %1").arg(before)
                                            : tr("Top-1 changed: %1 → %2").arg(before, after));
  } else {
    actionVerdict_->clear();
  }

  if (s)
    barsTitle_->setText(tr("This clip: %1–%2 s").arg(seconds(s->start), seconds(s->end)));
  else if (!segments_.isEmpty() || state_ == State::Scoring)
    barsTitle_->setText(tr("This clip: not scored yet"));
  else
    barsTitle_->setText(tr("This clip"));
}

void PrivacyPanel::updateStateText() {
  QString text;
  switch (state_) {
    case State::NoVideo:
      text = tr("Open a video to see what the attribute classifier still finds after anonymization.");
      break;
    case State::NeedsModel:
      text =
          tr("Privacy scores need a model with an attribute classifier. Baselines such as blur have none of their "
             "own: open a SPAct model (File ▸ Open Model…) and its classifiers will judge the baseline's output.");
      break;
    case State::NoClassifiers:
      text =
          tr("This model carries no attribute classifier: privacy scores need one. Open a model trained with an "
             "attribute classifier (and f_T for the action top-5).");
      break;
    case State::Scoring:
      text = tr("Scoring the video… %1").arg(percent(progress_));
      break;
    case State::Scored:
      text = tr("Segments scored: %1").arg(segments_.size());
      break;
    case State::Failed:
      text = tr("Could not score the video: %1").arg(detail_);
      break;
  }
  stateLabel_->setText(text);
  message_->setText(text);
}

void PrivacyPanel::updatePages() {
  const bool views =
      state_ == State::Scoring || state_ == State::Scored || (state_ == State::Failed && !segments_.isEmpty());
  pages_->setCurrentIndex(views ? 1 : 0);
  stateLabel_->setVisible(views);
  progressBar_->setVisible(state_ == State::Scoring);
  barsPages_->setCurrentIndex(attributes_.isEmpty() ? 1 : 0);
  timelinePages_->setCurrentIndex(attributes_.isEmpty() ? 1 : 0);
  actionPages_->setCurrentIndex(hasAction_ ? 0 : 1);
}

void PrivacyPanel::updateLegends() {
  barsLegend_->setText(swatch(kOriginalColour, tr("Original")) + QStringLiteral("&nbsp;&nbsp; ") +
                       swatch(kAnonymizedColour, tr("Anonymized")));
  QStringList entries;
  for (int a = 0; a < attributes_.size(); ++a)
    entries << swatch(attributeColours()[a % attributeColours().size()], attributes_[a]);
  timelineLegend_->setText(entries.join(QStringLiteral("&nbsp;&nbsp; ")) +
                           QStringLiteral("&nbsp;&nbsp; <span style=\"color:%1\">%2</span>")
                               .arg(palette().color(QPalette::PlaceholderText).name(),
                                    tr("(solid: anonymized, dashed: original)").toHtmlEscaped()));
  timelineLegend_->setVisible(!attributes_.isEmpty());
  barsLegend_->setVisible(!attributes_.isEmpty());
}

void PrivacyPanel::fitBarLabels() {
  // Side by side while every name fits its group's width; turned otherwise.
  const QFontMetrics metrics(barsPlot_->xAxis->tickLabelFont());
  int widest = 0;
  for (const QString& name : attributes_) widest = std::max(widest, metrics.horizontalAdvance(name));
  const int groups = std::max<int>(1, static_cast<int>(attributes_.size()));
  const int available = (barsPlot_->width() - 50) / groups;
  const double rotation = widest + 6 <= available ? 0 : -35;
  if (barsPlot_->xAxis->tickLabelRotation() != rotation) {
    barsPlot_->xAxis->setTickLabelRotation(rotation);
    barsPlot_->replot(QCustomPlot::rpQueuedReplot);
  }
}

bool PrivacyPanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == barsPlot_ && event->type() == QEvent::Resize) fitBarLabels();
  return QWidget::eventFilter(watched, event);
}

void PrivacyPanel::applyPalette() {
  const QColor text = palette().color(QPalette::WindowText);
  const QColor base = palette().color(QPalette::Window);
  QColor grid = text;
  grid.setAlpha(40);
  for (QCustomPlot* plot : {barsPlot_, timelinePlot_}) {
    plot->setBackground(base);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
      axis->setBasePen(QPen(text));
      axis->setTickPen(QPen(text));
      axis->setSubTickPen(QPen(text));
      axis->setTickLabelColor(text);
      axis->setLabelColor(text);
      axis->setTickLabelFont(font());
      axis->setLabelFont(font());
      axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    plot->legend->setVisible(false);  // the legends are labels above the plots
    plot->replot(QCustomPlot::rpQueuedReplot);
  }
}

void PrivacyPanel::retranslate() {
  originalBars_->setName(tr("Original"));
  anonymizedBars_->setName(tr("Anonymized"));
  updateLegends();
  percentTicks(barsPlot_->yAxis);
  percentTicks(timelinePlot_->yAxis);
  timelinePlot_->xAxis->setLabel(tr("Time (s)"));
  timelineTitle_->setText(tr("Over the video"));
  timelineTitle_->setToolTip(
      tr("Each attribute's probability: solid after anonymization, dashed in the original. "
         "Click to go to that moment."));
  timelinePlot_->setToolTip(timelineTitle_->toolTip());
  barsPlot_->setToolTip(tr("How likely the attribute classifier finds each private attribute in this clip"));
  actionTitle_->setText(tr("Action top-5, this clip"));
  actionTable_->setHorizontalHeaderLabels({tr("Original"), tr("Anonymized")});
  const QString noAttributes = tr("This model carries no attribute classifier: privacy scores need one.");
  noAttributes_->setText(noAttributes);
  noAttributesTimeline_->setText(noAttributes);
  noAction_->setText(tr("This model carries no action classifier (f_T): no action top-5."));
  updateCurrent();
  updateStateText();
  updatePages();
}

void PrivacyPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) applyPalette();
  QWidget::changeEvent(event);
}

void PrivacyPanel::resizeEvent(QResizeEvent* event) {
  // Side by side where the panel is wide (a bottom dock), stacked where it is tall (a side dock).
  views_->setDirection(width() > 1.6 * height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
  QWidget::resizeEvent(event);
}

}  // namespace spact::widgets
