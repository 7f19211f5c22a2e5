#pragma once
// Opens a video off the UI thread (a one-shot future): probes it and decodes its first frame.
// Only the latest request is delivered; an older one that finishes later is dropped.
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <memory>

#include "media/image.h"
#include "media/media_info.h"
#include "util/result.h"

namespace spact::studio {

struct LoadedMedia {
  QString path;
  media::MediaInfo info;
  QImage firstFrame;  // upright, at the source's display size (at most 1920 wide)
};

class MediaLoader : public QObject {
  Q_OBJECT
public:
  explicit MediaLoader(QObject* parent = nullptr);
  ~MediaLoader() override;

  void load(const QString& path);
  bool isBusy() const;

  // The blocking work itself (also what the tests call).
  static Result<LoadedMedia> loadNow(const QString& path);

Q_SIGNALS:
  void started(const QString& path);
  void loaded(std::shared_ptr<const spact::studio::LoadedMedia> media);
  void failed(const QString& path, const QString& message);

private:
  void start(const QString& path);

  QFutureWatcher<Result<LoadedMedia>> watcher_;
  QString pending_;  // the newest request
  QString running_;  // the one being worked on
};

QImage toQImage(const media::Image& image);

}  // namespace spact::studio
