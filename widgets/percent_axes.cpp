#include "percent_axes.h"

#include <algorithm>

#include "qcustomplot_include.h"

namespace spact::widgets {

void zoomPercentAxes(QCustomPlot* plot, double x0, double x1, double y0, double y1) {
  if (x1 < x0) x0 = 0, x1 = 100, y0 = 0, y1 = 100;
  const double mx = std::max(5.0, 0.15 * (x1 - x0)), my = std::max(5.0, 0.15 * (y1 - y0));
  plot->xAxis->setRange(std::max(-2.0, x0 - mx), std::min(102.0, x1 + mx));
  plot->yAxis->setRange(std::max(-2.0, y0 - my), std::min(102.0, y1 + my));
}

}  // namespace spact::widgets
