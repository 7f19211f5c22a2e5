// media::Decoder and media::probe on videos the test makes with the ffmpeg tool: frame counts,
// sizes, timestamps (constant and variable rate), rotation, scaling, and damaged inputs. The
// ffmpeg tool's own decoding (it rotates automatically) is the reference for pixels.
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "media/decoder.h"
#include "media/media_info_json.h"
#include "media/probe.h"
#include "test_media.h"

using namespace spact;
using namespace spact::media;
using spact::test::VideoSpec;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

std::unique_ptr<Decoder> openOrFail(const QString& path, DecoderOptions options = {}) {
  auto d = Decoder::open(path.toStdString(), options);
  if (!d) {
    qWarning("%s", d.error().message.c_str());
    return nullptr;
  }
  return std::move(*d);
}

// Every frame of `path`; an empty list and a warning on error.
std::vector<VideoFrame> decodeAll(const QString& path, DecoderOptions options = {}) {
  std::vector<VideoFrame> frames;
  auto d = openOrFail(path, options);
  if (!d) return frames;
  while (true) {
    auto f = d->next();
    if (!f) {
      qWarning("%s", f.error().message.c_str());
      return {};
    }
    if (!*f) break;
    frames.push_back(std::move(**f));
  }
  return frames;
}

// The first picture as the ffmpeg tool decodes it (auto-rotated unless told), packed RGB24.
QByteArray ffmpegFirstFrame(const QString& path, const QStringList& filters = {}, bool autorotate = true) {
  QStringList args = {"-v", "error"};
  if (!autorotate) args << "-noautorotate";
  args << "-i" << path;
  if (!filters.isEmpty()) args << "-vf" << filters.join(',');
  args << "-frames:v" << "1" << "-f" << "rawvideo" << "-pix_fmt" << "rgb24" << "-";
  QByteArray out, err;
  if (spact::test::run("ffmpeg", args, &out, &err) != 0) qWarning("ffmpeg: %s", err.constData());
  return out;
}

double meanAbsDiff(const Image& image, const QByteArray& reference) {
  if (reference.size() != qsizetype(image.rgb.size())) return 1e9;
  double sum = 0;
  for (std::size_t i = 0; i < image.rgb.size(); ++i)
    sum += std::abs(int(image.rgb[i]) - int(static_cast<std::uint8_t>(reference[qsizetype(i)])));
  return sum / double(image.rgb.size());
}

}  // namespace

class TestDecoder : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString plain_;  // 160x120, 25 frames at 25 fps, with audio

  QString path(const QString& name) const { return dir_.filePath(name); }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    if (spact::test::run("ffmpeg", {"-version"}) != 0) QSKIP("the ffmpeg tool is not installed");
    plain_ = path("plain.mp4");
    QVERIFY(spact::test::makeVideo(plain_));
  }

  void framesSizeAndTimestamps_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("fps");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("container");
    QTest::addColumn<bool>("audio");
    QTest::newRow("mp4 h264 with audio") << 160 << 120 << 25 << 25 << "libx264" << "mp4" << true;
    QTest::newRow("mp4 h264 silent") << 96 << 64 << 7 << 10 << "libx264" << "mp4" << false;
    QTest::newRow("mkv (no stored frame count)") << 96 << 64 << 17 << 10 << "libx264" << "matroska" << false;
    QTest::newRow("mkv 30 fps with audio") << 64 << 48 << 12 << 30 << "libx264" << "matroska" << true;
    QTest::newRow("avi mpeg4") << 128 << 96 << 9 << 15 << "mpeg4" << "avi" << false;
    QTest::newRow("mov mjpeg, width not a multiple of 8") << 102 << 78 << 5 << 5 << "mjpeg" << "mov" << false;
    QTest::newRow("mp4 h264, width not a multiple of 8") << 102 << 78 << 5 << 5 << "libx264" << "mp4" << false;
    QTest::newRow("single frame") << 64 << 64 << 1 << 25 << "libx264" << "mp4" << false;
  }

  void framesSizeAndTimestamps() {
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, frames);
    QFETCH(int, fps);
    QFETCH(QString, codec);
    QFETCH(QString, container);
    QFETCH(bool, audio);
    VideoSpec spec;
    spec.width = width;
    spec.height = height;
    spec.frames = frames;
    spec.fps = fps;
    spec.codec = codec;
    spec.container = container;
    spec.audio = audio;
    const QString file = path(QString("video-%1.%2").arg(QTest::currentDataTag()).arg(container).replace(' ', '_'));
    QVERIFY(spact::test::makeVideo(file, spec));

    auto info = probe(file.toStdString());
    QVERIFY2(info, info ? "" : info.error().message.c_str());
    QVERIFY(info->videoStream.has_value());
    const StreamInfo* v = info->video();
    QVERIFY(v);
    QCOMPARE(v->width, width);
    QCOMPARE(v->height, height);
    QCOMPARE(v->frameCount, std::int64_t(frames));
    QVERIFY(v->frameCountExact);
    QCOMPARE(v->frameRate, double(fps));
    QCOMPARE(v->rotation, 0);
    QCOMPARE(info->audioStreamCount(), audio ? 1 : 0);
    QCOMPARE(info->displayWidth(), width);
    QCOMPARE(info->displayHeight(), height);

    const auto decoded = decodeAll(file);
    QCOMPARE(int(decoded.size()), frames);
    for (int i = 0; i < frames; ++i) {
      const VideoFrame& f = decoded[std::size_t(i)];
      QCOMPARE(f.index, std::int64_t(i));
      QCOMPARE(f.image.width, width);
      QCOMPARE(f.image.height, height);
      QCOMPARE(f.image.rgb.size(), std::size_t(width) * std::size_t(height) * 3);
      QVERIFY2(std::abs(f.seconds - double(i) / fps) < 1e-3,
               qPrintable(QString("frame %1 at %2 s, expected %3 s").arg(i).arg(f.seconds).arg(double(i) / fps)));
    }
    const double mad = meanAbsDiff(decoded.front().image, ffmpegFirstFrame(file));
    QVERIFY2(mad < 3.0, qPrintable(QString("mean absolute difference to ffmpeg: %1").arg(mad)));
  }

  void nextAfterTheEndStaysAtTheEnd() {
    auto d = openOrFail(plain_);
    QVERIFY(d);
    int n = 0;
    while (true) {
      auto f = d->next();
      QVERIFY(f);
      if (!*f) break;
      ++n;
    }
    QCOMPARE(n, 25);
    for (int i = 0; i < 3; ++i) {
      auto f = d->next();
      QVERIFY(f);
      QVERIFY(!*f);
    }
  }

  void rotationIsApplied_data() {
    QTest::addColumn<int>("rotation");
    QTest::newRow("90") << 90;
    QTest::newRow("180") << 180;
    QTest::newRow("270") << 270;
  }

  void rotationIsApplied() {
    QFETCH(int, rotation);
    VideoSpec spec;
    spec.frames = 3;
    spec.audio = false;
    spec.rotation = rotation;
    const QString file = path(QString("rot%1.mp4").arg(rotation));
    QVERIFY(spact::test::makeVideo(file, spec));
    const bool quarter = rotation != 180;
    const int uprightW = quarter ? 120 : 160, uprightH = quarter ? 160 : 120;

    auto info = probe(file.toStdString());
    QVERIFY2(info, info ? "" : info.error().message.c_str());
    QCOMPARE(info->video()->rotation, rotation);
    QCOMPARE(info->video()->width, 160);  // stored size
    QCOMPARE(info->displayWidth(), uprightW);
    QCOMPARE(info->displayHeight(), uprightH);

    auto d = openOrFail(file);
    QVERIFY(d);
    auto first = d->next();
    QVERIFY(first && *first);
    const Image& image = (*first)->image;
    QCOMPARE(image.width, uprightW);
    QCOMPARE(image.height, uprightH);
    const double mad = meanAbsDiff(image, ffmpegFirstFrame(file));
    QVERIFY2(mad < 3.0, qPrintable(QString("mean absolute difference to ffmpeg's upright frame: %1").arg(mad)));

    // Without rotation the stored picture comes out, as ffmpeg gives it with -noautorotate.
    auto raw = openOrFail(file, {.applyRotation = false});
    QVERIFY(raw);
    auto stored = raw->next();
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->image.width, 160);
    QCOMPARE((*stored)->image.height, 120);
    QByteArray reference, err;
    QCOMPARE(spact::test::run("ffmpeg", {"-v", "error", "-noautorotate", "-i", file, "-frames:v", "1", "-f", "rawvideo",
                                         "-pix_fmt", "rgb24", "-"},
                              &reference, &err),
             0);
    QVERIFY(meanAbsDiff((*stored)->image, reference) < 3.0);
  }

  void requestedSize_data() {
    QTest::addColumn<int>("rotation");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("expectedWidth");
    QTest::addColumn<int>("expectedHeight");
    QTest::newRow("width only keeps aspect") << 0 << 80 << 0 << 80 << 60;
    QTest::newRow("height only keeps aspect") << 0 << 0 << 30 << 40 << 30;
    QTest::newRow("width only, rounded") << 0 << 50 << 0 << 50 << 38;
    QTest::newRow("both given") << 0 << 64 << 64 << 64 << 64;
    QTest::newRow("width not a multiple of 8") << 0 << 90 << 0 << 90 << 68;
    QTest::newRow("upscale") << 0 << 320 << 0 << 320 << 240;
    QTest::newRow("tiny") << 0 << 1 << 0 << 1 << 1;
    QTest::newRow("rotated, width of the upright picture") << 90 << 60 << 0 << 60 << 80;
    QTest::newRow("rotated, both given") << 270 << 50 << 70 << 50 << 70;
  }

  void requestedSize() {
    QFETCH(int, rotation);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, expectedWidth);
    QFETCH(int, expectedHeight);
    QString file = plain_;
    if (rotation != 0) {
      file = path(QString("size-rot%1.mp4").arg(rotation));
      VideoSpec spec;
      spec.frames = 2;
      spec.audio = false;
      spec.rotation = rotation;
      QVERIFY(spact::test::makeVideo(file, spec));
    }
    auto d = openOrFail(file, {.width = width, .height = height});
    QVERIFY(d);
    auto f = d->next();
    QVERIFY(f && *f);
    const Image& image = (*f)->image;
    QCOMPARE(image.width, expectedWidth);
    QCOMPARE(image.height, expectedHeight);
    QCOMPARE(image.rgb.size(), std::size_t(expectedWidth) * std::size_t(expectedHeight) * 3);
    if (expectedWidth >= 16) {
      // The decoder scales in the stored orientation, then turns the picture upright; ffmpeg
      // doing the same gives the reference. (Turning first, then scaling 4:2:0 video moves the
      // chroma sampling grid: the two orders differ by ~9 levels on average on testsrc2.)
      const bool quarter = rotation == 90 || rotation == 270;
      QStringList filters = {QString("scale=%1:%2:flags=bicubic")
                                 .arg(quarter ? expectedHeight : expectedWidth)
                                 .arg(quarter ? expectedWidth : expectedHeight)};
      if (rotation == 90) filters << "transpose=clock";
      if (rotation == 270) filters << "transpose=cclock";
      const double mad = meanAbsDiff(image, ffmpegFirstFrame(file, filters, /*autorotate=*/false));
      QVERIFY2(mad < 3.0, qPrintable(QString("mean absolute difference to ffmpeg: %1").arg(mad)));
    }
  }

  void audioOnly() {
    const QString file = path("tone.m4a");
    QByteArray err;
    QCOMPARE(spact::test::run("ffmpeg", {"-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
                                         "-t", "0.5", "-c:a", "aac", file},
                              nullptr, &err),
             0);
    auto info = probe(file.toStdString());
    QVERIFY2(info, info ? "" : info.error().message.c_str());
    QVERIFY(!info->videoStream);
    QVERIFY(info->video() == nullptr);
    QCOMPARE(info->audioStreamCount(), 1);
    QCOMPARE(info->streams.size(), std::size_t(1));
    QCOMPARE(q(info->streams[0].codec), QString("aac"));
    QCOMPARE(info->streams[0].sampleRate, 44100);
    QCOMPARE(info->streams[0].channels, 1);
    QVERIFY(std::abs(info->duration - 0.5) < 0.05);
    QCOMPARE(info->displayWidth(), 0);
    const auto j = toJson(*info);
    QCOMPARE(q(j.at("kind").get<std::string>()), QString("audio"));
    QVERIFY(!j.contains("width"));
    QCOMPARE(j.at("audio_streams").get<int>(), 1);

    auto d = Decoder::open(file.toStdString());
    QVERIFY(!d);
    QCOMPARE(d.error().code, ErrorCode::InvalidInput);
    QVERIFY2(q(d.error().message).contains(file), d.error().message.c_str());
    QVERIFY2(q(d.error().message).contains("audio only"), d.error().message.c_str());
  }

  void badFiles_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("zero bytes") << "empty" << int(ErrorCode::InvalidInput);
    QTest::newRow("truncated mp4") << "truncated" << int(ErrorCode::InvalidInput);
    QTest::newRow("text named .mp4") << "text" << int(ErrorCode::InvalidInput);
    QTest::newRow("random bytes") << "noise" << int(ErrorCode::InvalidInput);
    QTest::newRow("missing") << "missing" << int(ErrorCode::NotFound);
    QTest::newRow("folder") << "folder" << int(ErrorCode::InvalidInput);
  }

  void badFiles() {
    QFETCH(QString, kind);
    QFETCH(int, code);
    const QString file = path("bad-" + kind + ".mp4");
    if (kind == "empty") {
      spact::test::writeFile(file, {});
    } else if (kind == "truncated") {
      QFile f(plain_);
      QVERIFY(f.open(QIODevice::ReadOnly));
      const QByteArray all = f.readAll();
      spact::test::writeFile(file, all.left(all.size() * 3 / 10));
    } else if (kind == "text") {
      spact::test::writeFile(file, "This is not a video, just some text.\n");
    } else if (kind == "noise") {
      QByteArray bytes(20000, '\0');
      quint32 x = 12345;
      for (auto& b : bytes) b = char((x = x * 1664525u + 1013904223u) >> 24);
      spact::test::writeFile(file, bytes);
    } else if (kind == "folder") {
      QVERIFY(QDir().mkpath(file));
    }
    if (QTest::currentTestFailed()) return;

    auto info = probe(file.toStdString());
    QVERIFY(!info);
    QCOMPARE(int(info.error().code), code);
    QVERIFY2(q(info.error().message).contains(file), info.error().message.c_str());

    auto d = Decoder::open(file.toStdString());
    QVERIFY(!d);
    QVERIFY2(q(d.error().message).contains(file), d.error().message.c_str());
  }

  void variableFrameRate() {
    // Frames 0-9 every 40 ms, then every 80 ms: t(N) = (N < 10 ? N : 2N) / 25.
    const QString file = path("vfr.mkv");
    QByteArray err;
    QCOMPARE(spact::test::run("ffmpeg", {"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=96x64:rate=25",
                                         "-frames:v", "30", "-vf", "setpts='if(lt(N,10),N,N*2)/25/TB'", "-vsync", "vfr",
                                         "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast", file},
                              nullptr, &err),
             0);
    auto info = probe(file.toStdString());
    QVERIFY2(info, info ? "" : info.error().message.c_str());
    QCOMPARE(info->video()->frameCount, std::int64_t(30));
    QVERIFY(info->video()->frameCountExact);

    // The reference times are what ffprobe reads from the file: ffmpeg stamps the last frame
    // of a -frames:v limited VFR encode with the previous gap, so it is not exactly the formula.
    QByteArray out;
    QCOMPARE(spact::test::run("ffprobe", {"-v", "error", "-select_streams", "v:0", "-show_entries",
                                          "packet=pts_time", "-of", "csv=p=0", file},
                              &out),
             0);
    std::vector<double> expected;
    for (const QByteArray& line : out.trimmed().split('\n')) expected.push_back(line.trimmed().toDouble());
    std::sort(expected.begin(), expected.end());  // packets come in decoding order
    QCOMPARE(int(expected.size()), 30);
    for (int n = 0; n < 29; ++n) QVERIFY(std::abs(expected[std::size_t(n)] - (n < 10 ? n : 2 * n) / 25.0) < 1e-6);

    const auto frames = decodeAll(file);
    QCOMPARE(int(frames.size()), 30);
    for (int n = 0; n < 30; ++n) {
      QVERIFY2(std::abs(frames[std::size_t(n)].seconds - expected[std::size_t(n)]) < 1e-3,
               qPrintable(QString("frame %1 at %2 s, expected %3 s").arg(n).arg(frames[std::size_t(n)].seconds).arg(expected[std::size_t(n)])));
      if (n > 0) QVERIFY(frames[std::size_t(n)].seconds > frames[std::size_t(n - 1)].seconds);
    }
    QVERIFY(std::abs(info->duration - expected.back()) < 0.1);
  }

  // Seeking by frame index and by time lands on the same picture and time as decoding from the
  // start, forwards and backwards, for a constant-rate H.264 file with B-frames and a
  // variable-rate Matroska file.
  void seekLandsOnTheRequestedFrame_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("h264 with B-frames") << "bframes.mp4"
                                        << QStringList{"-r", "25", "-frames:v", "40", "-c:v", "libx264", "-preset", "medium",
                                                       "-g", "12", "-bf", "3"};
    QTest::newRow("variable frame rate") << "vfr-seek.mkv"
                                         << QStringList{"-frames:v", "30", "-vf", "setpts='if(lt(N,10),N,N*2)/25/TB'",
                                                        "-vsync", "vfr", "-c:v", "libx264", "-preset", "ultrafast", "-g", "8"};
  }

  void seekLandsOnTheRequestedFrame() {
    QFETCH(QString, file);
    QFETCH(QStringList, args);
    const QString video = path(file);
    QStringList full = {"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=96x64:rate=25"};
    full << args << "-pix_fmt" << "yuv420p" << video;
    QByteArray err;
    QVERIFY2(spact::test::run("ffmpeg", full, nullptr, &err) == 0, err.constData());
    const auto all = decodeAll(video);
    QVERIFY(all.size() >= 30);
    auto d = openOrFail(video);
    QVERIFY(d);
    const auto last = static_cast<std::int64_t>(all.size()) - 1;
    for (std::int64_t index : {std::int64_t(17), std::int64_t(0), last, std::int64_t(11), std::int64_t(5)}) {
      const VideoFrame& want = all[static_cast<std::size_t>(index)];
      QVERIFY(d->seekToFrame(index));
      auto got = d->next();
      QVERIFY(got && *got);
      QCOMPARE((*got)->index, index);
      QCOMPARE((*got)->pts, want.pts);
      QVERIFY((*got)->image.rgb == want.image.rgb);

      QVERIFY(d->seekToTime(want.seconds));
      got = d->next();
      QVERIFY(got && *got);
      QCOMPARE((*got)->index, index);
      QCOMPARE((*got)->pts, want.pts);
      auto after = d->next();  // and decoding goes on from there
      QVERIFY(after);
      if (index < last) QCOMPARE((**after).pts, all[static_cast<std::size_t>(index + 1)].pts);
      else QVERIFY(!*after);

      if (index < last) {  // a time between two frames gives the later one
        QVERIFY(d->seekToTime(want.seconds + 0.001));
        got = d->next();
        QVERIFY(got && *got);
        QCOMPARE((*got)->index, index + 1);
      }
    }
    QVERIFY(!d->seekToFrame(last + 1));
    QVERIFY(!d->seekToFrame(-1));
    QVERIFY(d->seekToTime(1e6));  // past the end: next() reports the end
    auto end = d->next();
    QVERIFY(end && !*end);
  }

  // Damaged packets inside an intact container: the decoder skips what it cannot decode, as
  // players do, and goes on; it neither fails the file nor crashes.
  void corruptedPacketsAreSkipped() {
    const QString video = path("corrupt.mp4");
    QByteArray err;
    QVERIFY2(spact::test::run("ffmpeg", {"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25",
                                         "-frames:v", "50", "-c:v", "libx264", "-preset", "ultrafast", "-g", "5",
                                         "-pix_fmt", "yuv420p", "-movflags", "+faststart", video},
                              nullptr, &err) == 0,
             err.constData());
    QFile f(video);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    // Overwrite 3 % of the picture data, a third of the way in (the index is at the front).
    QVERIFY(f.seek(size / 3));
    QByteArray junk(static_cast<int>(size * 3 / 100), '\0');
    for (int i = 0; i < junk.size(); ++i) junk[i] = static_cast<char>((i * 131 + 7) & 0xff);
    QCOMPARE(f.write(junk), junk.size());
    f.close();

    auto d = openOrFail(video);
    QVERIFY(d);
    int frames = 0;
    while (true) {
      auto frame = d->next();
      QVERIFY2(frame, frame ? "" : frame.error().message.c_str());
      if (!*frame) break;
      QCOMPARE((*frame)->image.width, 160);
      ++frames;
    }
    QVERIFY2(frames >= 40 && frames <= 50, qPrintable(QString("%1 frames decoded").arg(frames)));
  }

  void decoderInfoMatchesProbe() {
    auto info = probe(plain_.toStdString());
    QVERIFY(info);
    auto d = openOrFail(plain_);
    QVERIFY(d);
    QCOMPARE(d->info().videoStream, info->videoStream);
    QCOMPARE(d->info().video()->width, 160);
    QCOMPARE(q(d->info().video()->codec), QString("h264"));
    QCOMPARE(q(d->info().path), plain_);
  }
};

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
