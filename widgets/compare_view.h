#pragma once
// Two pictures of the same moment — the original and its anonymized version — either side by
// side or as one picture cut by a draggable split line. Zoom (wheel, +/-, 0 to fit) and pan
// (drag) are one transform shared by both sides, so the same image point is always under the
// same place of each side.
#include <QImage>
#include <QPointF>
#include <QWidget>

namespace spact::widgets {

class CompareView : public QWidget {
  Q_OBJECT
 public:
  enum class Mode { SideBySide, Split };
  enum class Side { Original, Anonymized };
  Q_ENUM(Mode)
  Q_ENUM(Side)

  explicit CompareView(QWidget* parent = nullptr);

  void setImages(const QImage& original, const QImage& anonymized);
  QImage original() const { return original_; }
  QImage anonymized() const { return anonymized_; }
  void setLabels(const QString& original, const QString& anonymized);
  QString label(Side side) const { return side == Side::Original ? originalLabel_ : anonymizedLabel_; }
  void setPlaceholderText(const QString& text);
  QString placeholderText() const { return placeholder_; }

  void setMode(Mode mode);
  Mode mode() const { return mode_; }
  // Where the split line is, as a fraction of the width (Split mode).
  void setSplitPosition(double fraction);
  double splitPosition() const { return split_; }

  // 1 = the whole picture fits its side; larger zooms in. Clamped to [1, 32].
  void setZoom(double zoom, QPointF anchor = QPointF(-1, -1));
  double zoom() const { return zoom_; }
  // The image point at the centre of each side, in image pixels.
  QPointF viewCentre() const { return centre_; }
  void setViewCentre(QPointF centre);
  void zoomIn();
  void zoomOut();
  void fit();

  // Where a side's picture is drawn, in widget coordinates, and the part of the widget that side
  // owns (in Split mode both sides own the whole widget and the line clips them).
  QRectF imageRect(Side side) const;
  QRect paneRect(Side side) const;

  QSize sizeHint() const override { return {960, 400}; }
  QSize minimumSizeHint() const override { return {240, 120}; }

 Q_SIGNALS:
  void zoomChanged(double zoom);
  void viewCentreChanged(QPointF centre);
  void splitPositionChanged(double fraction);
  void modeChanged(spact::widgets::CompareView::Mode mode);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  QSize imageSize() const;
  double fitScale() const;
  double scale() const { return fitScale() * zoom_; }
  bool nearSplitLine(QPointF pos) const;
  QPointF clampCentre(QPointF centre) const;
  void drawSide(QPainter& p, Side side, const QImage& image) const;
  void drawLabel(QPainter& p, const QRect& pane, const QString& text, Qt::Alignment corner) const;

  QImage original_, anonymized_;
  QString originalLabel_, anonymizedLabel_, placeholder_;
  Mode mode_ = Mode::SideBySide;
  double split_ = 0.5;
  double zoom_ = 1.0;
  QPointF centre_;  // image pixels; (-1,-1) until there is an image
  enum class Drag { None, Pan, Split } drag_ = Drag::None;
  QPointF lastPos_;
};

}  // namespace spact::widgets
