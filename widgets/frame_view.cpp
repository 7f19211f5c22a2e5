#include "frame_view.h"

#include <QPainter>

namespace spact::widgets {

FrameView::FrameView(QWidget* parent) : QWidget(parent) {
  setAutoFillBackground(false);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setMinimumSize(160, 90);
}

void FrameView::setImage(const QImage& image) {
  image_ = image;
  update();
}

void FrameView::setPlaceholderText(const QString& text) {
  placeholder_ = text;
  update();
}

void FrameView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().color(QPalette::Dark).darker(180));
  if (image_.isNull()) {
    p.setPen(palette().color(QPalette::BrightText));
    p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  QSize scaled = image_.size().scaled(size(), Qt::KeepAspectRatio);
  QRect target(QPoint(0, 0), scaled);
  target.moveCenter(rect().center());
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  p.drawImage(target, image_);
}

}  // namespace spact::widgets
