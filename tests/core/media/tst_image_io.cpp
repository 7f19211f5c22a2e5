// Stills through OpenCV: lossless round trips, JPEG within its loss, bad files named clearly,
// and nothing left under the final name when writing fails.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "media/image_io.h"
#include "test_media.h"

using namespace spact;
using namespace spact::media;

namespace {

Image gradient(int w, int h) {
  Image img{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 3)};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      std::uint8_t* p = img.pixel(x, y);
      p[0] = static_cast<std::uint8_t>(x * 255 / (w - 1));  // red grows to the right
      p[1] = static_cast<std::uint8_t>(y * 255 / (h - 1));  // green grows downwards
      p[2] = 40;
    }
  return img;
}

}  // namespace

class TestImageIo : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void roundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("tolerance");  // mean absolute difference allowed, in levels
    QTest::newRow("png") << "a.png" << 0.0;
    QTest::newRow("bmp") << "a.bmp" << 0.0;
    QTest::newRow("tiff") << "a.tiff" << 0.0;
    QTest::newRow("jpeg") << "a.jpg" << 3.0;
  }

  void roundTrip() {
    QFETCH(QString, name);
    QFETCH(double, tolerance);
    const Image img = gradient(37, 23);
    const std::string file = dir_.filePath(name).toStdString();
    QVERIFY(writeImage(file, img));
    auto back = readImage(file);
    QVERIFY2(back, back ? "" : back.error().message.c_str());
    QCOMPARE(back->width, 37);
    QCOMPARE(back->height, 23);
    double diff = 0;
    for (std::size_t i = 0; i < img.rgb.size(); ++i) diff += std::abs(int(img.rgb[i]) - int(back->rgb[i]));
    QVERIFY2(diff / double(img.rgb.size()) <= tolerance, qPrintable(QString::number(diff / double(img.rgb.size()))));
    // Channels are in RGB order: the top-right pixel is red.
    QVERIFY(back->pixel(36, 0)[0] > 200 && back->pixel(36, 0)[1] < 40);
    QVERIFY(QDir(dir_.path()).entryList({"*.part-*"}).isEmpty());
  }

  void badFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray() << false << "does not exist";
    QTest::newRow("empty") << QByteArray() << true << "empty";
    QTest::newRow("text") << QByteArray("not an image\n") << true << "not an image";
    QTest::newRow("truncated png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << true << "not an image";
  }

  void badFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QFETCH(QString, expected);
    const QString file = dir_.filePath(QString("bad-%1.png").arg(QTest::currentDataTag()).replace(' ', '-'));
    if (create) spact::test::writeFile(file, bytes);
    auto img = readImage(file.toStdString());
    QVERIFY(!img);
    const QString message = QString::fromStdString(img.error().message);
    QVERIFY2(message.contains(file) && message.contains(expected), qPrintable(message));
  }

  void writeFailures() {
    const Image img = gradient(8, 8);
    auto unknown = writeImage(dir_.filePath("x.unknownext").toStdString(), img);
    QVERIFY(!unknown);
    QVERIFY(QString::fromStdString(unknown.error().message).contains("x.unknownext"));
    QVERIFY(!QFile::exists(dir_.filePath("x.unknownext")));
    QVERIFY(!writeImage(dir_.filePath("missing/x.png").toStdString(), img));
    QVERIFY(!writeImage(dir_.filePath("empty.png").toStdString(), Image{}));
    QVERIFY(!QFile::exists(dir_.filePath("empty.png")));
  }

private:
  QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestImageIo)
#include "tst_image_io.moc"
