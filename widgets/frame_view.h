#pragma once
// Shows one picture scaled to fit, keeping its aspect ratio, or a hint when there is none.
#include <QImage>
#include <QWidget>

namespace spact::widgets {

class FrameView : public QWidget {
  Q_OBJECT
public:
  explicit FrameView(QWidget* parent = nullptr);

  void setImage(const QImage& image);
  QImage image() const { return image_; }
  void setPlaceholderText(const QString& text);
  QString placeholderText() const { return placeholder_; }

  QSize sizeHint() const override { return {640, 360}; }

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  QImage image_;
  QString placeholder_;
};

}  // namespace spact::widgets
