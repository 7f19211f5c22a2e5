#include "evaluation_results.h"

#include <optional>

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>

#include "label_style.h"
#include "percent_axes.h"
#include "qcustomplot_include.h"

namespace spact::widgets {
namespace {

enum Column { MethodColumn, KindColumn, Top1Column, CmapColumn, F1Column, SecondsColumn, ColumnCount };

const QColor kRawColour(0x9a, 0x9a, 0x9a);
const QColor kBaselineColour(0x4e, 0x79, 0xa7);
const QColor kModelColour(0xe0, 0x7b, 0x39);
// Bars of the methods, in table order (the raw data keeps its grey).
const QColor kBarColours[] = {QColor(0x4e, 0x79, 0xa7), QColor(0x59, 0xa1, 0x4f), QColor(0xe0, 0x7b, 0x39),
                              QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                              QColor(0xe1, 0x57, 0x59), QColor(0x9c, 0x75, 0x5f)};

QCustomPlot* makePlot(QWidget* parent, const QString& name) {
  auto* plot = new QCustomPlot(parent);
  plot->setObjectName(name);
  plot->setMinimumSize(240, 180);
  QFont small = plot->font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
    axis->setTickLabelFont(small);
    axis->setLabelFont(small);
  }
  plot->legend->setFont(small);
  return plot;
}

QString percent(const QJsonValue& v) {
  return v.isDouble() ? QString::number(100 * v.toDouble(), 'f', 1) : QStringLiteral("–");
}


}  // namespace

EvaluationResults::EvaluationResults(QWidget* parent) : QWidget(parent) {
  table_ = new QTableWidget(0, ColumnCount, this);
  table_->setObjectName(QStringLiteral("evaluationTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(MethodColumn, QHeaderView::Stretch);

  tradeoff_ = makePlot(this, QStringLiteral("evaluationTradeoffPlot"));
  tradeoff_->legend->setVisible(true);
  tradeoff_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  ap_ = makePlot(this, QStringLiteral("evaluationApPlot"));
  // The bars fill the plot up to 100 %: their legend goes below it, in rows, not over them.
  ap_->legend->setVisible(true);
  ap_->axisRect()->insetLayout()->take(ap_->legend);
  ap_->plotLayout()->addElement(1, 0, ap_->legend);
  ap_->plotLayout()->setRowStretchFactor(1, 0.001);
  ap_->legend->setFillOrder(QCPLegend::foColumnsFirst);
  ap_->legend->setWrap(3);
  ap_->legend->setIconSize(12, 10);
  ap_->legend->setBorderPen(Qt::NoPen);
  tradeoffTitle_ = boldLabel(this);
  apTitle_ = boldLabel(this);

  auto* plots = new QWidget(this);
  auto* grid = new QGridLayout(plots);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(tradeoffTitle_, 0, 0);
  grid->addWidget(apTitle_, 0, 1);
  grid->addWidget(tradeoff_, 1, 0);
  grid->addWidget(ap_, 1, 1);
  grid->setRowStretch(1, 1);

  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(table_);
  split->addWidget(plots);
  split->setStretchFactor(0, 0);
  split->setStretchFactor(1, 1);
  split->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);
  retranslate();
}

void EvaluationResults::setReport(const QJsonObject& report) {
  rows_.clear();
  for (const auto& r : report.value(QStringLiteral("rows")).toArray()) rows_ << r.toObject();
  attributes_.clear();
  for (const auto& a : report.value(QStringLiteral("attributes")).toArray()) attributes_ << a.toString();
  refresh();
}

void EvaluationResults::addRow(const QJsonObject& row) {
  const QString method = row.value(QStringLiteral("method")).toString();
  bool replaced = false;
  for (auto& r : rows_)
    if (r.value(QStringLiteral("method")).toString() == method) {
      r = row;
      replaced = true;
    }
  if (!replaced) rows_ << row;
  if (attributes_.isEmpty())
    for (const auto& a : row.value(QStringLiteral("attributes")).toArray())
      attributes_ << a.toObject().value(QStringLiteral("name")).toString();
  refresh();
}

void EvaluationResults::clear() {
  rows_.clear();
  attributes_.clear();
  refresh();
}

QStringList EvaluationResults::methods() const {
  QStringList out;
  for (const auto& r : rows_) out << r.value(QStringLiteral("method")).toString();
  return out;
}

QPixmap EvaluationResults::tradeoffPicture(int width, int height) { return tradeoff_->toPixmap(width, height); }
QPixmap EvaluationResults::apPicture(int width, int height) { return ap_->toPixmap(width, height); }

void EvaluationResults::refresh() {
  fillTable();
  plotTradeoff();
  plotAp();
}

void EvaluationResults::fillTable() {
  table_->setRowCount(static_cast<int>(rows_.size()));
  for (int i = 0; i < rows_.size(); ++i) {
    const QJsonObject& r = rows_[i];
    const QString kind = r.value(QStringLiteral("kind")).toString();
    const QString kindText = kind == QLatin1String("raw")     ? tr("raw data")
                             : kind == QLatin1String("model") ? tr("anonymizer")
                                                              : tr("baseline");
    const QJsonValue seconds = r.value(QStringLiteral("seconds"));
    const QStringList cells = {r.value(QStringLiteral("method")).toString(),
                               kindText,
                               percent(r.value(QStringLiteral("action_top1"))),
                               percent(r.value(QStringLiteral("privacy_cmap"))),
                               percent(r.value(QStringLiteral("privacy_macro_f1"))),
                               seconds.isDouble() ? QString::number(seconds.toDouble(), 'f', 1) : QStringLiteral("–")};
    for (int c = 0; c < ColumnCount; ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c >= Top1Column) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      table_->setItem(i, c, item);
    }
  }
}

void EvaluationResults::plotTradeoff() {
  tradeoff_->clearPlottables();
  tradeoff_->clearItems();
  struct Series {
    QString kind;
    QString name;
    QColor colour;
    QCPScatterStyle::ScatterShape shape;
    double size;
  };
  const Series series[] = {
      {QStringLiteral("raw"), tr("Raw data"), kRawColour.darker(140), QCPScatterStyle::ssStar, 13},
      {QStringLiteral("baseline"), tr("Baselines"), kBaselineColour, QCPScatterStyle::ssCircle, 8},
      {QStringLiteral("model"), tr("Anonymizers (f_A)"), kModelColour, QCPScatterStyle::ssDiamond, 10}};
  auto pointOf = [](const QJsonObject& r) -> std::optional<QPointF> {
    const QJsonValue cmap = r.value(QStringLiteral("privacy_cmap")), top1 = r.value(QStringLiteral("action_top1"));
    if (!cmap.isDouble() || !top1.isDouble()) return std::nullopt;
    return QPointF(100 * cmap.toDouble(), 100 * top1.toDouble());
  };
  // Zoom on the points, as the HTML report does: methods often differ by a few points.
  double x0 = 100, x1 = 0, y0 = 100, y1 = 0;
  for (const auto& r : rows_)
    if (const auto p = pointOf(r))
      x0 = std::min(x0, p->x()), x1 = std::max(x1, p->x()), y0 = std::min(y0, p->y()), y1 = std::max(y1, p->y());
  zoomPercentAxes(tradeoff_, x0, x1, y0, y1);
  // A label goes above right of its point, or to the first corner that no label of a point near
  // it has taken.
  const double nearX = 0.3 * tradeoff_->xAxis->range().size(), nearY = 0.08 * tradeoff_->yAxis->range().size();
  const std::pair<Qt::Alignment, QMargins> corners[] = {{Qt::AlignLeft | Qt::AlignBottom, QMargins(6, 0, 0, 4)},
                                                        {Qt::AlignRight | Qt::AlignTop, QMargins(0, 4, 6, 0)},
                                                        {Qt::AlignLeft | Qt::AlignTop, QMargins(6, 4, 0, 0)},
                                                        {Qt::AlignRight | Qt::AlignBottom, QMargins(0, 0, 6, 4)}};
  QList<std::pair<QPointF, std::size_t>> placed;
  for (const Series& s : series) {
    QCPGraph* g = tradeoff_->addGraph();
    g->setName(s.name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(s.shape, QPen(s.colour, 1.5), s.colour.lighter(130), s.size));
    bool any = false;
    for (const auto& r : rows_) {
      if (r.value(QStringLiteral("kind")).toString() != s.kind) continue;
      const auto p = pointOf(r);
      if (!p) continue;
      g->addData(p->x(), p->y());
      any = true;
      bool taken[std::size(corners)] = {};
      for (const auto& [q, corner] : placed)
        if (std::abs(q.x() - p->x()) < nearX && std::abs(q.y() - p->y()) < nearY) taken[corner] = true;
      std::size_t corner = 0;
      while (corner + 1 < std::size(corners) && taken[corner]) ++corner;
      placed.append({*p, corner});
      const auto& [alignment, padding] = corners[corner];
      auto* label = new QCPItemText(tradeoff_);
      label->position->setCoords(p->x(), p->y());
      label->setPositionAlignment(alignment);
      label->setPadding(padding);
      label->setText(r.value(QStringLiteral("method")).toString());
      QFont f = tradeoff_->font();
      f.setPointSizeF(f.pointSizeF() * 0.8);
      label->setFont(f);
      label->setColor(s.colour.darker(130));
    }
    if (!any) g->removeFromLegend();
  }
  tradeoff_->replot(QCustomPlot::rpQueuedReplot);
}

void EvaluationResults::plotAp() {
  ap_->clearPlottables();
  auto* group = new QCPBarsGroup(ap_);
  group->setSpacingType(QCPBarsGroup::stAbsolute);
  group->setSpacing(1);
  QList<const QJsonObject*> withAp;
  for (const auto& r : rows_)
    if (!r.value(QStringLiteral("attributes")).toArray().isEmpty()) withAp << &r;
  const double width = withAp.isEmpty() ? 0.8 : 0.8 / static_cast<double>(withAp.size());
  int colour = 0;
  for (const QJsonObject* r : withAp) {
    auto* bars = new QCPBars(ap_->xAxis, ap_->yAxis);
    bars->setName(r->value(QStringLiteral("method")).toString());
    const QColor c = r->value(QStringLiteral("kind")).toString() == QLatin1String("raw")
                         ? kRawColour
                         : kBarColours[colour++ % static_cast<int>(std::size(kBarColours))];
    bars->setPen(QPen(c.darker(120)));
    bars->setBrush(c);
    bars->setWidth(width);
    bars->setBarsGroup(group);
    const QJsonArray aps = r->value(QStringLiteral("attributes")).toArray();
    for (int a = 0; a < aps.size(); ++a) {
      const QJsonValue ap = aps[a].toObject().value(QStringLiteral("ap"));
      if (ap.isDouble()) bars->addData(a + 1, 100 * ap.toDouble());
    }
  }
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  for (int a = 0; a < attributes_.size(); ++a) ticker->addTick(a + 1, attributes_[a]);
  ap_->xAxis->setTicker(ticker);
  ap_->xAxis->setTickLabelRotation(attributes_.size() > 6 ? -45 : 0);
  ap_->xAxis->setRange(0.4, std::max<double>(1, static_cast<double>(attributes_.size())) + 0.6);
  ap_->yAxis->setRange(0, 105);
  ap_->replot(QCustomPlot::rpQueuedReplot);
}

void EvaluationResults::retranslate() {
  table_->setHorizontalHeaderLabels(
      {tr("Method"), tr("Kind"), tr("Action top-1 %"), tr("Privacy cMAP %"), tr("Macro F1 %"), tr("Seconds")});
  tradeoffTitle_->setText(tr("Trade-off: action top-1 (higher is better) against privacy cMAP (lower is better)"));
  tradeoffTitle_->setWordWrap(true);
  apTitle_->setText(tr("Per-attribute AP (lower: less private information)"));
  apTitle_->setWordWrap(true);
  tradeoff_->xAxis->setLabel(tr("Privacy cMAP %"));
  tradeoff_->yAxis->setLabel(tr("Action top-1 %"));
  ap_->yAxis->setLabel(tr("AP %"));
  refresh();
}

void EvaluationResults::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
