#pragma once
// The one way the trade-off plots (action top-1 against privacy cMAP, both in %) frame their points.
class QCustomPlot;

namespace spact::widgets {

// Zooms both axes on the points' box [x0, x1] × [y0, y1] (x1 < x0: no points, all of 0–100 %) with
// a margin of 15 % of the span or 5 points, whichever is larger, going at most 2 points past 0 and
// 100: a marker on the 100 % edge (raw data's action top-1, often) shows whole, no tick passes 100.
void zoomPercentAxes(QCustomPlot* plot, double x0, double x1, double y0, double y1);

}  // namespace spact::widgets
