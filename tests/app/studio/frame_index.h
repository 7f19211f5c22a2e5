#pragma once
// Reading back what the compare player shows: the frame index of test::makeVideo's "index"
// pattern, and how much two pictures differ.
#include <QImage>
#include <cmath>
#include <cstdlib>

namespace spact::test {

// The index in the grey band over the top third (luma 16 + 4·index, decoded to RGB in video
// range), read in the band's middle, where a blur or pixelation leaves it alone. -1 for no image.
inline qint64 frameIndexIn(const QImage& image) {
  if (image.isNull()) return -1;
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  const int y = rgb.height() / 6;
  double sum = 0;
  int n = 0;
  for (int x = rgb.width() / 4; x < rgb.width() * 3 / 4; ++x, ++n) sum += rgb.pixelColor(x, y).red();
  return static_cast<qint64>(std::lround((n ? sum / n : 0) / (4.0 * 255.0 / 219.0)));
}

// Mean absolute difference of the grey levels of the lower two thirds (the checkerboard).
inline double patternDifference(const QImage& a, const QImage& b) {
  if (a.size() != b.size() || a.isNull()) return 255;
  const QImage ga = a.convertToFormat(QImage::Format_Grayscale8), gb = b.convertToFormat(QImage::Format_Grayscale8);
  double sum = 0;
  long n = 0;
  for (int y = a.height() / 3 + 2; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x, ++n) sum += std::abs(int(ga.constScanLine(y)[x]) - int(gb.constScanLine(y)[x]));
  return n ? sum / n : 0;
}

}  // namespace spact::test
