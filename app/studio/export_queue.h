#pragma once
// The export jobs' facade on the GUI thread. One request (a file, or files and folders into an
// output folder) runs as a future off the UI thread through the same core calls as
// `spact anonymize` (pipeline::planExport, exportAnonymized, exportFolder and its resumable
// manifest), so the GUI writes the file the CLI writes for the same choices; optionally each
// output gets the privacy score report `spact score` gives for its source (eval::scoreVideo)
// beside it. Each file is a row with its own stop token; core's progress callback is throttled
// to a few signals a second.
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <memory>

#include "pipeline/anonymizer.h"
#include "pipeline/export_video.h"

namespace spact::studio {

struct ExportRequest {
  QStringList inputs;  // video files and folders of videos
  QString output;      // a file name (one input file) or a folder
  pipeline::AnonymizerConfig anonymizer;
  QString codec = QStringLiteral("h264");  // "h264" (MP4) or "ffv1" (lossless, MKV)
  int crf = 18;                            // H.264 quality, as `spact anonymize --crf`
  bool keepAudio = true;
  int outputHeight = 0;  // 0: the source's size
  // Also write "<output>.score.json" after each file: `spact score` of the source with the
  // anonymizer's model (its classifiers judge f_A's output, or the baseline's).
  bool scoreReport = false;
};

// The core options for a request: `spact anonymize`'s defaults with the request's choices.
pipeline::ExportOptions exportOptions(const ExportRequest& request);
// `path` with the extension the codec needs (.mkv for FFV1; .mp4 instead of .mkv for H.264).
QString withCodecExtension(const QString& path, const QString& codec);

class ExportQueue : public QObject {
  Q_OBJECT
 public:
  enum class ItemState { Waiting, Running, Done, Skipped, Failed, Cancelled };
  Q_ENUM(ItemState)

  struct Summary {
    int done = 0, skipped = 0, failed = 0, cancelled = 0;
    QStringList failures;  // one sentence from core per failed file
    QString error;         // the whole request failed before any file (bad output, model)
  };

  explicit ExportQueue(QObject* parent = nullptr);
  ~ExportQueue() override;  // stops a running request and waits for it

  // False (and nothing starts) while a request runs.
  bool start(const ExportRequest& request);
  bool isRunning() const;  // from start() until `finished`
  void cancel(int item);   // that file only; the queue goes on with the next
  void cancelAll();
  void waitForFinished();  // for tests and shutdown

 Q_SIGNALS:
  // The files of the request, one row each, and where each will be written.
  void planned(const QStringList& inputs, const QStringList& outputs);
  void itemStarted(int item);
  // `eta` in seconds, negative while unknown.
  void itemProgress(int item, double fraction, double eta);
  void itemFinished(int item, spact::studio::ExportQueue::ItemState state, const QString& message);
  void finished(const spact::studio::ExportQueue::Summary& summary);

 private:
  struct Run;
  std::shared_ptr<Run> run_;
  QFuture<void> future_;
  bool running_ = false;  // until `finished` is emitted
};

}  // namespace spact::studio

Q_DECLARE_METATYPE(spact::studio::ExportQueue::Summary)
