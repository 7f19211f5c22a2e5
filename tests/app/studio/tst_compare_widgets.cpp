// The compare player's views, offscreen: the compare view keeps zoom and pan in step on both
// sides and its split line follows the mouse; the transport bar shows the position and asks for
// play, steps, seeks and speeds; the model panel reports edits and offers a model only when one
// is loaded.
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QToolButton>
#include <QtTest>

#include "compare_view.h"
#include "model_panel.h"
#include "transport_bar.h"

using namespace spact::widgets;
using Side = CompareView::Side;

namespace {

QImage picture(QColor colour) {
  QImage image(320, 240, QImage::Format_RGB888);
  image.fill(colour);
  return image;
}

// The rectangle a side's picture occupies relative to the part of the widget that side owns.
QRectF relative(const CompareView& view, Side side) {
  return view.imageRect(side).translated(-view.paneRect(side).topLeft());
}

void wheel(QWidget* widget, QPointF pos, int delta) {
  QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
  QApplication::sendEvent(widget, &event);
}

}  // namespace

class TestCompareWidgets : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void compareViewFitsBothSides() {
    CompareView view;
    view.resize(808, 300);
    view.setImages(picture(Qt::red), picture(Qt::blue));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.zoom(), 1.0);
    // Side by side: two panes of 402 × 300; a 320 × 240 picture fits at 1.25 (its height).
    QCOMPARE(view.paneRect(Side::Original), QRect(0, 0, 402, 300));
    QCOMPARE(view.paneRect(Side::Anonymized), QRect(406, 0, 402, 300));
    QCOMPARE(relative(view, Side::Original), relative(view, Side::Anonymized));
    QCOMPARE(view.imageRect(Side::Original).size(), QSizeF(400, 300));
    // What is painted: red on the left, blue on the right.
    const QImage shot = view.grab().toImage();
    QCOMPARE(shot.pixelColor(200, 150), QColor(Qt::red));
    QCOMPARE(shot.pixelColor(606, 150), QColor(Qt::blue));
  }

  void wheelZoomKeepsTheSidesInStep_data() {
    QTest::addColumn<bool>("split");
    QTest::newRow("side by side") << false;
    QTest::newRow("split") << true;
  }

  void wheelZoomKeepsTheSidesInStep() {
    QFETCH(bool, split);
    CompareView view;
    view.resize(808, 300);
    view.setMode(split ? CompareView::Mode::Split : CompareView::Mode::SideBySide);
    view.setImages(picture(Qt::red), picture(Qt::blue));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy zoomed(&view, &CompareView::zoomChanged);

    // Zoom in around a point of the anonymized side: that image point stays under the cursor, and
    // the original side shows the same part of its picture. (In Split mode the zoomed picture is
    // still narrower than the widget, so it stays centred across: zoom on the middle.)
    const QPointF cursor = split ? QPointF(404, 100) : QPointF(700, 100);
    const QRectF before = view.imageRect(Side::Anonymized);
    const QPointF imagePoint = (cursor - before.topLeft()) / (before.width() / 320.0);
    wheel(&view, cursor, 240);  // two notches
    QCOMPARE(zoomed.size(), 1);
    QVERIFY(qFuzzyCompare(view.zoom(), 1.25 * 1.25));
    const QRectF after = view.imageRect(Side::Anonymized);
    const QPointF stays = after.topLeft() + imagePoint * (after.width() / 320.0);
    QVERIFY2(QLineF(stays, cursor).length() < 1.0, "the point under the cursor moved");
    QCOMPARE(relative(view, Side::Original), relative(view, Side::Anonymized));

    // Drag to pan: both sides move together.
    const QPointF centre = view.viewCentre();
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(300, 150));
    QTest::mouseMove(&view, QPoint(260, 130));
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(260, 130));
    QVERIFY(view.viewCentre() != centre);
    QCOMPARE(relative(view, Side::Original), relative(view, Side::Anonymized));
    QCOMPARE(view.splitPosition(), 0.5);  // a pan, not a split drag

    // Keys: - zooms out, 0 fits, + zooms in.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(qFuzzyCompare(view.zoom(), 1.25));
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.zoom(), 1.0);
    QCOMPARE(view.viewCentre(), QPointF(160, 120));
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(qFuzzyCompare(view.zoom(), 1.25));
    QCOMPARE(relative(view, Side::Original), relative(view, Side::Anonymized));
  }

  void panStopsAtThePictureEdges() {
    CompareView view;
    view.resize(808, 300);
    view.setImages(picture(Qt::red), picture(Qt::blue));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(4);
    view.setViewCentre(QPointF(-1000, -1000));
    // The top-left corner of the picture is at the top-left of each side, not beyond.
    QCOMPARE(view.imageRect(Side::Original).topLeft(), QPointF(0, 0));
    QCOMPARE(relative(view, Side::Anonymized).topLeft(), QPointF(0, 0));
    view.fit();
    QCOMPARE(view.zoom(), 1.0);
  }

  void splitLineFollowsTheMouse() {
    CompareView view;
    view.resize(800, 300);
    view.setImages(picture(Qt::red), picture(Qt::blue));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy mode(&view, &CompareView::modeChanged);
    view.setMode(CompareView::Mode::Split);
    QCOMPARE(mode.size(), 1);
    // One picture: both sides share the whole widget and the same place.
    QCOMPARE(view.paneRect(Side::Original), view.rect());
    QCOMPARE(view.imageRect(Side::Original), view.imageRect(Side::Anonymized));
    QSignalSpy moved(&view, &CompareView::splitPositionChanged);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(402, 150));  // on the line
    QTest::mouseMove(&view, QPoint(480, 150));
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(480, 150));
    QVERIFY(!moved.isEmpty());
    QCOMPARE(view.splitPosition(), 0.6);
    // Left of the line the original, right of it the anonymized picture (which spans 200..600).
    const QImage shot = view.grab().toImage();
    QCOMPARE(shot.pixelColor(300, 250), QColor(Qt::red));
    QCOMPARE(shot.pixelColor(550, 250), QColor(Qt::blue));
  }

  void transportBarShowsThePositionAndAsks() {
    TransportBar bar;
    bar.show();
    bar.setFrameCount(250);
    bar.setDuration(10.0);
    bar.setPosition(31, 1.24);
    QCOMPARE(bar.slider()->maximum(), 249);
    QCOMPARE(bar.slider()->value(), 31);
    QCOMPARE(bar.timeText(), QString("0:01.24 / 0:10.00"));
    QCOMPARE(bar.frameText(), QString("Frame 31 / 249"));
    QCOMPARE(formatPlayerTime(3723.04), QString("1:02:03.04"));

    QSignalSpy play(&bar, &TransportBar::playPauseClicked);
    QSignalSpy step(&bar, &TransportBar::stepRequested);
    QSignalSpy seek(&bar, &TransportBar::seekRequested);
    QSignalSpy speed(&bar, &TransportBar::speedChanged);
    bar.findChild<QToolButton*>("playButton")->click();
    QCOMPARE(play.size(), 1);
    bar.findChild<QToolButton*>("stepBackButton")->click();
    bar.findChild<QToolButton*>("stepForwardButton")->click();
    QCOMPARE(step.size(), 2);
    QCOMPARE(step.at(0).at(0).toInt(), -1);
    QCOMPARE(step.at(1).at(0).toInt(), 1);
    bar.slider()->setValue(120);  // the user scrubs
    QCOMPARE(seek.size(), 1);
    QCOMPARE(seek.first().first().toLongLong(), qint64(120));
    bar.setPosition(121, 4.84);  // playback moves the slider: no request
    QCOMPARE(seek.size(), 1);
    auto* box = bar.findChild<QComboBox*>("speedBox");
    box->setCurrentIndex(box->findData(2.0));
    Q_EMIT box->activated(box->currentIndex());
    QCOMPARE(speed.size(), 1);
    QCOMPARE(speed.first().first().toDouble(), 2.0);
    bar.setSpeed(0.3);  // the nearest offered
    QCOMPARE(bar.speed(), 0.25);
    QCOMPARE(speed.size(), 1);
  }

  void modelPanelReportsEdits() {
    ModelPanel panel;
    panel.show();
    QCOMPARE(panel.method(), QString("blur"));
    auto* method = panel.findChild<QComboBox*>("methodBox");
    auto* resolution = panel.findChild<QComboBox*>("resolutionBox");
    auto* device = panel.findChild<QComboBox*>("deviceBox");
    // Without a model file there is no model to pick; baselines take no resolution or device.
    const auto* items = qobject_cast<QStandardItemModel*>(method->model());
    QVERIFY(!items->item(0)->isEnabled());
    QVERIFY(!resolution->isEnabled());
    QSignalSpy changed(&panel, &ModelPanel::changed);
    QSignalSpy open(&panel, &ModelPanel::openModelRequested);
    method->setCurrentIndex(method->findData("pixelate"));
    Q_EMIT method->activated(method->currentIndex());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel.method(), QString("pixelate"));
    panel.findChild<QPushButton*>("openModelButton")->click();
    QCOMPARE(open.size(), 1);

    panel.setModelFile("/models/fa.spact", "fa.spact");
    panel.setMethod("model");
    QCOMPARE(changed.size(), 1);  // set by the application: not an edit
    QVERIFY(items->item(0)->isEnabled());
    QCOMPARE(method->currentText(), QString("Model: fa.spact"));
    QVERIFY(resolution->isEnabled());
    panel.setResolution(0);
    QCOMPARE(panel.resolution(), 0);
    panel.setCudaUsable(false);
    panel.setDevice("cuda");
    QCOMPARE(panel.device(), QString("cpu"));  // not offered without a usable device
    QVERIFY(device->isEnabled());
    panel.setPrecision("bf16");
    QCOMPARE(panel.precision(), QString("bf16"));
    QCOMPARE(ModelPanel::methodName("downsample4"), QString("Down-sampling ×4"));
  }
};

QTEST_MAIN(TestCompareWidgets)
#include "tst_compare_widgets.moc"
