#pragma once
// Media the tests make themselves, with the ffmpeg command-line tool: tiny videos with and
// without audio, rotated, variable frame rate, and broken files of every kind.
#include <QString>
#include <QStringList>

namespace spact::test {

struct VideoSpec {
  int width = 160;
  int height = 120;
  int frames = 25;
  int fps = 25;
  bool audio = true;
  int rotation = 0;           // display rotation metadata, clockwise degrees
  QString codec = "libx264";  // video encoder
  QString container = "mp4";
  // "testsrc2" (FFmpeg's moving test pattern) or "index": a grey band over the top third whose
  // level says the frame index (16 + 4·index, video-range luma) above a checkerboard, losslessly
  // coded (libx264 only), for tests that must know which frame a picture is.
  QString pattern = "testsrc2";
};

// Writes a video to `path` (test pattern + optional sine tone). Returns false, with a warning
// saying why, when the ffmpeg tool is missing or failed; callers wrap it in QVERIFY.
bool makeVideo(const QString& path, const VideoSpec& spec = {});

// Runs a program with arguments, returns its exit code; stdout/stderr into the out-parameters.
int run(const QString& program, const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr,
        int timeoutMs = 120000);

// The spact CLI built with the tests (from the SPACT_CLI environment variable CTest sets).
QString spactCli();

// Writes `bytes` to `path`.
void writeFile(const QString& path, const QByteArray& bytes);

}  // namespace spact::test
