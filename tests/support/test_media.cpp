#include "test_media.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

namespace spact::test {

int run(const QString& program, const QStringList& args, QByteArray* out, QByteArray* err, int timeoutMs) {
  QProcess p;
  p.start(program, args);
  if (!p.waitForStarted(30000)) return -1;
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
    return -2;
  }
  if (out) *out = p.readAllStandardOutput();
  if (err) *err = p.readAllStandardError();
  return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

namespace {

// Clockwise display rotation of the first video stream as ffprobe reads the display matrix
// (its "rotation" is counter-clockwise); -1 when ffprobe fails.
int probedRotation(const QString& path) {
  QByteArray out;
  if (run("ffprobe", {"-v", "error", "-select_streams", "v:0", "-show_entries", "stream_side_data=rotation", "-of",
                      "default=noprint_wrappers=1:nokey=1", path},
          &out) != 0)
    return -1;
  const QByteArray text = out.trimmed();
  const int counterClockwise = text.isEmpty() ? 0 : text.split('\n').first().trimmed().toInt();
  return ((-counterClockwise % 360) + 360) % 360;
}

// The "rotate" tag is only turned into a display matrix when remuxing, and FFmpeg 5 writes it
// with the opposite sign to FFmpeg 4 and 6: remux with the tag, check what a reader sees, and
// flip the sign if needed.
bool setRotation(const QString& path, const QString& container, int clockwise) {
  const QString tmp = path + ".rot";
  for (const int tag : {clockwise, (360 - clockwise) % 360}) {
    QByteArray err;
    const int rc = run("ffmpeg", {"-v", "error", "-y", "-i", path, "-map", "0", "-c", "copy", "-metadata:s:v:0",
                                  QString("rotate=%1").arg(tag), "-f", container, tmp},
                       nullptr, &err);
    if (rc != 0) {
      qWarning("ffmpeg failed (%d) rotating %s: %s", rc, qPrintable(path), err.constData());
      return false;
    }
    if (probedRotation(tmp) == clockwise) {
      QFile::remove(path);
      return QFile::rename(tmp, path);
    }
  }
  QFile::remove(tmp);
  qWarning("could not give %s a display rotation of %d degrees", qPrintable(path), clockwise);
  return false;
}

}  // namespace

bool makeVideo(const QString& path, const VideoSpec& spec) {
  const double seconds = static_cast<double>(spec.frames) / spec.fps;
  const bool index = spec.pattern == "index";
  // The band's luma is 16 + 4·N (video range), so N reads back as R/(4·255/219) in RGB.
  const QString source =
      index ? QString("nullsrc=size=%1x%2:rate=%3,format=yuv420p,"
                      "geq=lum='if(lt(Y\\,H/3)\\,16+4*N\\,if(mod(floor(X/8)+floor(Y/8)\\,2)\\,200\\,50))':cb=128:cr=128")
                  .arg(spec.width)
                  .arg(spec.height)
                  .arg(spec.fps)
            : QString("testsrc2=size=%1x%2:rate=%3").arg(spec.width).arg(spec.height).arg(spec.fps);
  QStringList args = {"-v", "error", "-y", "-f", "lavfi", "-i", source};
  if (spec.audio) args << "-f" << "lavfi" << "-i" << "sine=frequency=440:sample_rate=44100";
  args << "-frames:v" << QString::number(spec.frames) << "-c:v" << spec.codec;
  if (spec.codec == "libx264") args << "-pix_fmt" << "yuv420p" << "-preset" << "ultrafast";
  if (spec.codec == "libx264" && index) args << "-qp" << "0";
  if (spec.audio) args << "-c:a" << "aac" << "-t" << QString::number(seconds, 'f', 3);
  args << "-f" << spec.container << path;
  QByteArray err;
  const int rc = run("ffmpeg", args, nullptr, &err);
  if (rc != 0) qWarning("ffmpeg failed (%d) making %s: %s", rc, qPrintable(path), err.constData());
  if (rc != 0) return false;
  return spec.rotation == 0 || setRotation(path, spec.container, spec.rotation);
}

QString spactCli() { return qEnvironmentVariable("SPACT_CLI", "spact"); }

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  QCOMPARE(f.write(bytes), bytes.size());
}

}  // namespace spact::test
