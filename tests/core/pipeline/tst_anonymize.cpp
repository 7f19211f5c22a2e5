// pipeline: whole videos through the anonymizers (identity, baselines, a tiny f_A), cancellation,
// region blur, and folder mode's resume. Videos are made by the ffmpeg tool, 64×48, a few frames.
#include <QDir>
#include <QtTest>
#include <cmath>

#include "media/decoder.h"
#include "media/image_io.h"
#include "nn/networks.h"
#include "pipeline/baselines.h"
#include "pipeline/folder_export.h"
#include "pipeline/model_anonymizer.h"
#include "test_media.h"

using namespace spact;
using namespace spact::pipeline;

namespace {

std::vector<media::Image> decodeAll(const QString& path) {
  std::vector<media::Image> frames;
  auto d = media::Decoder::open(path.toStdString());
  if (!d) return frames;
  while (true) {
    auto f = (*d)->next();
    if (!f || !*f) break;
    frames.push_back(std::move((**f).image));
  }
  return frames;
}

double meanAbsDiff(const media::Image& a, const media::Image& b) {
  if (a.rgb.size() != b.rgb.size()) return 1e9;
  double s = 0;
  for (std::size_t i = 0; i < a.rgb.size(); ++i) s += std::abs(int(a.rgb[i]) - int(b.rgb[i]));
  return s / double(a.rgb.size());
}

QString exportWith(Anonymizer& anonymizer, const QString& in, const QString& out) {
  JobControl job;
  ExportOptions options;
  options.encoder.preset = "ultrafast";
  auto r = exportAnonymized(in.toStdString(), out.toStdString(), anonymizer, options, job);
  return r ? QString() : QString::fromStdString(r.error().message);
}

}  // namespace

class TestAnonymize : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString src_;
  QString path(const QString& n) const { return dir_.filePath(n); }

private Q_SLOTS:
  void initTestCase() {
    if (spact::test::run("ffmpeg", {"-version"}) != 0) QSKIP("the ffmpeg tool is not installed");
    src_ = path("src.mp4");
    QVERIFY(spact::test::makeVideo(src_, {.width = 64, .height = 48, .frames = 10, .fps = 25, .audio = true}));
  }

  void identityMatchesInput() {
    auto id = makeIdentity();
    QCOMPARE(exportWith(*id, src_, path("id.mp4")), QString());
    const auto a = decodeAll(src_), b = decodeAll(path("id.mp4"));
    QCOMPARE(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) QVERIFY2(meanAbsDiff(a[i], b[i]) < 3.0, qPrintable(QString::number(meanAbsDiff(a[i], b[i]))));
    // FFV1 in Matroska: lossless, so the identity is exact.
    QCOMPARE(exportWith(*id, src_, path("id.mkv")), QString());
    const auto c = decodeAll(path("id.mkv"));
    QCOMPARE(c.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) QVERIFY(c[i].rgb == a[i].rgb);
  }

  void baselinesChangeThePicture_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("blur") << "blur";
    QTest::newRow("pixelate") << "pixelate";
    QTest::newRow("downsample") << "downsample";
  }
  void baselinesChangeThePicture() {
    QFETCH(QString, method);
    AnonymizerConfig config;
    config.method = method.toStdString();
    auto anonymizer = makeAnonymizer(config);
    QVERIFY(anonymizer);
    auto frames = decodeAll(src_);
    const auto original = frames;
    QVERIFY((*anonymizer)->process(frames));
    QVERIFY(meanAbsDiff(frames[0], original[0]) > 5.0);
    QCOMPARE(frames[0].width, original[0].width);
  }

  // A real Haar detection needs a photographic face, which a test cannot draw convincingly;
  // the region logic is tested with an injected detector, the cascade only for loading.
  void regionBlurTouchesOnlyTheRegion() {
    auto frames = decodeAll(src_);
    const auto original = frames;
    auto blur = makeRegionBlur([](const media::Image&) { return std::vector<Box>{{20, 10, 15, 15}}; });
    QVERIFY(blur->process(frames));
    // The region grown by 20% each side (3 px): x 17..37, y 7..27.
    double inside = 0;
    int n = 0;
    for (int y = 0; y < 48; ++y)
      for (int x = 0; x < 64; ++x) {
        const bool in = x >= 17 && x < 38 && y >= 7 && y < 28;
        for (int c = 0; c < 3; ++c) {
          const int d = std::abs(int(frames[0].pixel(x, y)[c]) - int(original[0].pixel(x, y)[c]));
          if (!in) QCOMPARE(d, 0);
          else {
            inside += d;
            ++n;
          }
        }
      }
    QVERIFY(inside / n > 5.0);
    QVERIFY(haarFaceDetector("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml") ||
            !QFile::exists("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml"));
    QVERIFY(!haarFaceDetector(path("none.xml").toStdString()));
  }

  // The real Haar cascade on a real face (tests/reference/fixtures/media/face.jpg): the face is
  // found, its region is blurred, and every pixel away from it is left exactly as it was.
  void faceBlurOnARealFace() {
    const std::string cascade = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";
    if (!QFile::exists(QString::fromStdString(cascade))) QSKIP("opencv-data's cascades are not installed");
    auto image = media::readImage(qEnvironmentVariable("SPACT_SOURCE_DIR").toStdString() +
                                  "/tests/reference/fixtures/media/face.jpg");
    QVERIFY2(image, image ? "" : image.error().message.c_str());
    auto detector = haarFaceDetector(cascade);
    QVERIFY(detector);
    const auto faces = (*detector)(*image);
    QCOMPARE(int(faces.size()), 1);
    const Box face = faces.front();
    QVERIFY(face.width > 30 && face.height > 30);

    auto blur = makeRegionBlur(*detector);
    std::vector<media::Image> frames = {*image};
    QVERIFY(blur->process(frames));
    const media::Image& out = frames.front();
    double inside = 0, outside = 0;
    int nIn = 0, nOut = 0;
    for (int y = 0; y < out.height; ++y)
      for (int x = 0; x < out.width; ++x) {
        int d = 0;
        for (int c = 0; c < 3; ++c) d += std::abs(int(out.pixel(x, y)[c]) - int(image->pixel(x, y)[c]));
        const bool inFace = x >= face.x && x < face.x + face.width && y >= face.y && y < face.y + face.height;
        // Beyond the 20 % growth on each side, plus a margin for the blur's reach.
        const int mx = face.width / 2, my = face.height / 2;
        const bool far = x < face.x - mx || x >= face.x + face.width + mx || y < face.y - my || y >= face.y + face.height + my;
        if (inFace) { inside += d; ++nIn; }
        if (far) { outside += d; ++nOut; }
      }
    QVERIFY2(inside / nIn > 10.0, qPrintable(QString::number(inside / nIn)));  // the face is obscured
    QCOMPARE(outside, 0.0);                                                     // the rest is untouched
    QVERIFY(nOut > out.width * out.height / 4);
  }

  void tinyUNet() {
    nn::NetworkSpec spec;
    spec.width = 0.125;
    auto net = nn::makeNetwork(spec);
    QVERIFY(net);
    auto fa = makeModelAnonymizer(std::move(*net), {.resolution = 32, .batch = 4});
    QVERIFY(fa);
    QCOMPARE(exportWith(**fa, src_, path("unet.mp4")), QString());
    const auto out = decodeAll(path("unet.mp4"));
    QCOMPARE(out.size(), std::size_t(10));
    QCOMPARE(out[0].width, 64);
  }

  // A TorchScript anonymizer (tests/reference/make_io_fixtures.py) runs through the same path as
  // our UNet: the file is loaded by loadModelAnonymizer and the whole video is exported.
  void torchScriptAnonymizer() {
    const QString model = qEnvironmentVariable("SPACT_SOURCE_DIR") + "/tests/reference/fixtures/io/scripted_anonymizer.pt";
    auto fa = loadModelAnonymizer(model.toStdString(), {.resolution = 32, .batch = 4});
    QVERIFY2(fa, fa ? "" : fa.error().message.c_str());
    QCOMPARE(QString::fromStdString((*fa)->name()), QString("f_A (TorchScript)"));
    QCOMPARE(exportWith(**fa, src_, path("scripted.mp4")), QString());
    const auto out = decodeAll(path("scripted.mp4"));
    QCOMPARE(out.size(), std::size_t(10));
    QCOMPARE(out[0].width, 64);
    // A file that is neither: the weights' error, naming the file.
    test::writeFile(path("junk.pt"), "not a model");
    auto junk = loadModelAnonymizer(path("junk.pt").toStdString(), {});
    QVERIFY(!junk);
    QVERIFY(QString::fromStdString(junk.error().message).contains("junk.pt"));
  }

  void cancelLeavesNothing() {
    auto id = makeIdentity();
    std::stop_source stop;
    int reports = 0;
    JobControl job(stop.get_token(), [&](const Progress&) { return ++reports < 3; });
    auto r = exportAnonymized(src_.toStdString(), path("cancel.mp4").toStdString(), *id, {}, job);
    QVERIFY(!r && r.error().isCancelled());
    QVERIFY(QDir(dir_.path()).entryList({"cancel.mp4*"}).isEmpty());
  }

  // An anonymizer that fails half-way: the export stops with its sentence, naming the input, and
  // the encoder thread leaves no file behind.
  void anonymizerFailsHalfWay() {
    class FailsSecondTime final : public Anonymizer {
     public:
      std::string name() const override { return "fails"; }
      int batchSize() const override { return 4; }
      Status process(std::vector<media::Image>&) override {
        if (++calls_ == 2) return fail(ErrorCode::Internal, "the network broke.");
        return {};
      }

     private:
      int calls_ = 0;
    } anonymizer;
    const QString message = exportWith(anonymizer, src_, path("broken.mp4"));
    QVERIFY2(message.contains("src.mp4") && message.contains("the network broke."), qPrintable(message));
    QVERIFY(QDir(dir_.path()).entryList({"broken.mp4*"}).isEmpty());
  }

  void badInputs_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing.mp4" << "o1.mp4" << "does not exist";
    QTest::newRow("output is input") << "src.mp4" << "src.mp4" << "input file itself";
    QTest::newRow("missing out folder") << "src.mp4" << "nodir/o.mp4" << "does not exist";
    QTest::newRow("zero bytes") << "zero.mp4" << "o2.mp4" << "empty";
    QTest::newRow("text") << "text.mp4" << "o3.mp4" << "not a media file";
    QTest::newRow("audio only") << "audio.m4a" << "o4.mp4" << "no video stream";
    QTest::newRow("truncated") << "trunc.mp4" << "o5.mp4" << "trunc.mp4";
  }
  void badInputs() {
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(QString, expected);
    spact::test::writeFile(path("zero.mp4"), {});
    spact::test::writeFile(path("text.mp4"), "hello, not a video\n");
    if (!QFile::exists(path("audio.m4a")))
      spact::test::run("ffmpeg", {"-v", "error", "-f", "lavfi", "-i", "sine=d=0.3", "-c:a", "aac", path("audio.m4a")});
    QFile whole(src_);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    spact::test::writeFile(path("trunc.mp4"), whole.readAll().left(int(whole.size() / 2)));
    auto id = makeIdentity();
    const QString message = exportWith(*id, path(input), path(output));
    QVERIFY2(message.contains(expected), qPrintable(message));
    if (output != input) QVERIFY(!QFile::exists(path(output)));
  }

  // A disk that fills during the export: a 200 KiB tmpfs (root may mount one; anyone else skips).
  // The error names the file and says why, and neither the output nor its temporary file is left.
  void diskFills() {
    const QString mount = path("small-disk");
    QVERIFY(QDir().mkpath(mount));
    if (spact::test::run("mount", {"-t", "tmpfs", "-o", "size=200k", "tmpfs", mount}) != 0)
      QSKIP("mounting a small tmpfs is not permitted here");
    struct Unmount {
      QString dir;
      ~Unmount() { spact::test::run("umount", {dir}); }
    } unmount{mount};
    // FFV1 of 320×240 noise: about 200 KB a frame, so the disk fills within the first frames.
    const QString big = path("noise.mkv");
    QCOMPARE(
        spact::test::run("ffmpeg", {"-v", "error", "-y", "-f", "lavfi", "-i",
                                    "nullsrc=s=320x240:d=0.4:r=25,geq=random(1)*255:128:128", "-c:v", "ffv1", big}),
        0);
    auto id = makeIdentity();
    const QString out = mount + "/full.mkv";
    const QString message = exportWith(*id, big, out);
    QVERIFY2(message.contains("full.mkv") && message.contains("disk is full"), qPrintable(message));
    QVERIFY(QDir(mount).entryList(QDir::Files | QDir::Hidden).isEmpty());
  }

  void folderResumes() {
    QDir(dir_.path()).mkpath("tree/sub");
    QDir(dir_.path()).mkpath("out");
    QVERIFY(QFile::copy(src_, path("tree/a.mp4")));
    QVERIFY(QFile::copy(src_, path("tree/sub/b.mkv")));
    spact::test::writeFile(path("tree/sub/bad.mp4"), "not a video");
    auto items = collectInputs({path("tree").toStdString()}, path("out").toStdString());
    QVERIFY(items);
    QCOMPARE(items->size(), std::size_t(3));
    auto id = makeIdentity();
    JobControl job;
    ExportOptions options;
    options.encoder.preset = "ultrafast";
    auto first = exportFolder(*items, path("out").toStdString(), *id, "identity", options, job);
    QVERIFY(first);
    QCOMPARE(first->done, 2);
    QCOMPARE(first->failed, 1);
    QVERIFY(QFile::exists(path("out/a.mp4")) && QFile::exists(path("out/sub/b.mkv")));
    QVERIFY(QFile::exists(path("out/spact-manifest.json")));
    auto second = exportFolder(*items, path("out").toStdString(), *id, "identity", options, job);
    QVERIFY(second);
    QCOMPARE(second->skipped, 2);
    QCOMPARE(second->done, 0);
    QCOMPARE(second->failed, 1);
    // Other settings: nothing is reused.
    auto third = exportFolder(*items, path("out").toStdString(), *id, "blur", options, job);
    QVERIFY(third);
    QCOMPARE(third->done, 2);
  }
};

QTEST_GUILESS_MAIN(TestAnonymize)
#include "tst_anonymize.moc"
