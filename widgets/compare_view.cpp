#include "compare_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace spact::widgets {
namespace {
constexpr int paneGap = 4;        // pixels between the two sides
constexpr int splitGrab = 6;      // how near the split line a press grabs it
constexpr double maxZoom = 32.0;  // enough to see single pixels of a 4K frame
constexpr double zoomStep = 1.25;
}  // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent), centre_(-1, -1) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setFocusPolicy(Qt::WheelFocus);
  setMouseTracking(true);  // the split line's cursor
}

void CompareView::setImages(const QImage& original, const QImage& anonymized) {
  const QSize before = imageSize();
  original_ = original;
  anonymized_ = anonymized;
  if (imageSize() != before) {  // another video: start from the whole picture
    zoom_ = 1.0;
    centre_ = QPointF(imageSize().width() / 2.0, imageSize().height() / 2.0);
    Q_EMIT zoomChanged(zoom_);
    Q_EMIT viewCentreChanged(centre_);
  }
  update();
}

void CompareView::setLabels(const QString& original, const QString& anonymized) {
  originalLabel_ = original;
  anonymizedLabel_ = anonymized;
  update();
}

void CompareView::setPlaceholderText(const QString& text) {
  placeholder_ = text;
  update();
}

void CompareView::setMode(Mode mode) {
  if (mode == mode_) return;
  mode_ = mode;
  centre_ = clampCentre(centre_);
  update();
  Q_EMIT modeChanged(mode);
}

void CompareView::setSplitPosition(double fraction) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  if (fraction == split_) return;
  split_ = fraction;
  update();
  Q_EMIT splitPositionChanged(split_);
}

QSize CompareView::imageSize() const { return original_.isNull() ? anonymized_.size() : original_.size(); }

QRect CompareView::paneRect(Side side) const {
  if (mode_ == Mode::Split) return rect();
  const int half = (width() - paneGap) / 2;
  return side == Side::Original ? QRect(0, 0, half, height()) : QRect(width() - half, 0, half, height());
}

double CompareView::fitScale() const {
  const QSize image = imageSize();
  if (image.isEmpty()) return 1.0;
  const QRect pane = paneRect(Side::Original);
  return std::max(1e-6, std::min(static_cast<double>(pane.width()) / image.width(),
                                 static_cast<double>(pane.height()) / image.height()));
}

QRectF CompareView::imageRect(Side side) const {
  const QSize image = imageSize();
  if (image.isEmpty()) return {};
  const double s = scale();
  const QRectF pane = paneRect(side);
  return {pane.center() - centre_ * s, QSizeF(image) * s};
}

QPointF CompareView::clampCentre(QPointF centre) const {
  const QSize image = imageSize();
  if (image.isEmpty()) return centre;
  const double s = scale();
  const QRect pane = paneRect(Side::Original);
  // Along each axis: centred while the picture is smaller than its side, else kept covering it.
  auto clampAxis = [s](double c, int imageLength, int paneLength) {
    const double half = paneLength / (2.0 * s);
    if (imageLength * s <= paneLength) return imageLength / 2.0;
    return std::clamp(c, half, imageLength - half);
  };
  return {clampAxis(centre.x(), image.width(), pane.width()), clampAxis(centre.y(), image.height(), pane.height())};
}

void CompareView::setZoom(double zoom, QPointF anchor) {
  zoom = std::clamp(zoom, 1.0, maxZoom);
  if (imageSize().isEmpty()) return;
  // Keep the image point under `anchor` (a widget position) where it is.
  QRectF pane = paneRect(Side::Original);
  if (anchor.x() < 0)
    anchor = pane.center();
  else if (mode_ == Mode::SideBySide && !pane.contains(anchor))
    pane = paneRect(Side::Anonymized);
  const QPointF offset = anchor - pane.center();
  const QPointF imagePoint = centre_ + offset / scale();
  const double before = zoom_;
  zoom_ = zoom;
  const QPointF centre = clampCentre(imagePoint - offset / scale());
  const bool moved = centre != centre_;
  centre_ = centre;
  update();
  if (zoom_ != before) Q_EMIT zoomChanged(zoom_);
  if (moved) Q_EMIT viewCentreChanged(centre_);
}

void CompareView::setViewCentre(QPointF centre) {
  centre = clampCentre(centre);
  if (centre == centre_) return;
  centre_ = centre;
  update();
  Q_EMIT viewCentreChanged(centre_);
}

void CompareView::zoomIn() { setZoom(zoom_ * zoomStep); }
void CompareView::zoomOut() { setZoom(zoom_ / zoomStep); }
void CompareView::fit() { setZoom(1.0); }

bool CompareView::nearSplitLine(QPointF pos) const {
  return mode_ == Mode::Split && std::abs(pos.x() - split_ * width()) <= splitGrab;
}

void CompareView::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0 || imageSize().isEmpty()) return event->ignore();
  setZoom(zoom_ * std::pow(zoomStep, steps), event->position());
  event->accept();
}

void CompareView::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
  drag_ = nearSplitLine(event->position()) ? Drag::Split : Drag::Pan;
  lastPos_ = event->position();
  if (drag_ == Drag::Pan) setCursor(Qt::ClosedHandCursor);
  event->accept();
}

void CompareView::mouseMoveEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  if (drag_ == Drag::Split) {
    setSplitPosition(pos.x() / std::max(1, width()));
  } else if (drag_ == Drag::Pan) {
    setViewCentre(centre_ - (pos - lastPos_) / scale());
    lastPos_ = pos;
  } else {
    setCursor(nearSplitLine(pos) ? Qt::SplitHCursor : Qt::ArrowCursor);
  }
}

void CompareView::mouseReleaseEvent(QMouseEvent* event) {
  drag_ = Drag::None;
  setCursor(nearSplitLine(event->position()) ? Qt::SplitHCursor : Qt::ArrowCursor);
}

void CompareView::mouseDoubleClickEvent(QMouseEvent* event) {
  if (!nearSplitLine(event->position())) fit();
}

void CompareView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
      zoomIn();
      break;
    case Qt::Key_Minus:
      zoomOut();
      break;
    case Qt::Key_0:
      fit();
      break;
    default:
      return QWidget::keyPressEvent(event);
  }
  event->accept();
}

void CompareView::resizeEvent(QResizeEvent* event) {
  centre_ = clampCentre(centre_);
  QWidget::resizeEvent(event);
}

void CompareView::drawSide(QPainter& p, Side side, const QImage& image) const {
  const QRect pane = paneRect(side);
  if (image.isNull()) {
    p.setPen(palette().color(QPalette::BrightText));
    p.drawText(pane.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, QStringLiteral("…"));
    return;
  }
  // Zoomed far in, show the pixels as they are; otherwise smooth.
  p.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 3.0);
  p.drawImage(imageRect(side), image);
}

void CompareView::drawLabel(QPainter& p, const QRect& pane, const QString& text, Qt::Alignment corner) const {
  if (text.isEmpty()) return;
  const QFontMetrics fm = p.fontMetrics();
  QRect box(0, 0, fm.horizontalAdvance(text) + 16, fm.height() + 8);
  // On the picture's top edge when it is letterboxed, else at the top of the side.
  const int top = std::max(pane.top(), static_cast<int>(imageRect(Side::Original).top()));
  box.moveTop(std::min(top, pane.bottom() - box.height() - 8) + 8);
  if (corner & Qt::AlignRight)
    box.moveRight(pane.right() - 8);
  else
    box.moveLeft(pane.left() + 8);
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(0, 0, 0, 160));
  p.drawRoundedRect(box, 4, 4);
  p.setPen(Qt::white);
  p.drawText(box, Qt::AlignCenter, text);
}

void CompareView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().color(QPalette::Dark).darker(180));
  if (original_.isNull() && anonymized_.isNull()) {
    p.setPen(palette().color(QPalette::BrightText));
    p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  if (mode_ == Mode::SideBySide) {
    for (const Side side : {Side::Original, Side::Anonymized}) {
      p.save();
      p.setClipRect(paneRect(side));
      drawSide(p, side, side == Side::Original ? original_ : anonymized_);
      p.restore();
    }
    drawLabel(p, paneRect(Side::Original), originalLabel_, Qt::AlignLeft);
    drawLabel(p, paneRect(Side::Anonymized), anonymizedLabel_, Qt::AlignLeft);
    return;
  }
  const int line = static_cast<int>(std::lround(split_ * width()));
  p.save();
  p.setClipRect(QRect(0, 0, line, height()));
  drawSide(p, Side::Original, original_);
  p.setClipRect(QRect(line, 0, width() - line, height()));
  drawSide(p, Side::Anonymized, anonymized_);
  p.restore();
  // The line and its handle.
  p.setPen(QPen(Qt::white, 2));
  p.drawLine(line, 0, line, height());
  p.setBrush(QColor(255, 255, 255, 220));
  p.setPen(QPen(QColor(0, 0, 0, 120), 1));
  p.drawEllipse(QPointF(line, height() / 2.0), 9, 9);
  drawLabel(p, QRect(0, 0, line, height()), originalLabel_, Qt::AlignLeft);
  drawLabel(p, QRect(line, 0, width() - line, height()), anonymizedLabel_, Qt::AlignRight);
}

}  // namespace spact::widgets
