#include "media_loader.h"

#include <QtConcurrent>

#include "media/decoder.h"
#include "media/probe.h"

namespace spact::studio {

QImage toQImage(const media::Image& image) {
  if (image.empty()) return {};
  QImage out(image.width, image.height, QImage::Format_RGB888);
  for (int y = 0; y < image.height; ++y)
    std::memcpy(out.scanLine(y), image.pixel(0, y), static_cast<std::size_t>(image.width) * 3);
  return out;
}

MediaLoader::MediaLoader(QObject* parent) : QObject(parent) {
  connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
    if (pending_ != running_) {  // superseded while it ran: start the newest request instead
      start(pending_);
      return;
    }
    auto result = watcher_.result();
    if (result) Q_EMIT loaded(std::make_shared<const LoadedMedia>(std::move(*result)));
    else Q_EMIT failed(running_, QString::fromStdString(result.error().message));
  });
}

MediaLoader::~MediaLoader() { watcher_.waitForFinished(); }

bool MediaLoader::isBusy() const { return watcher_.isRunning(); }

void MediaLoader::load(const QString& path) {
  pending_ = path;
  Q_EMIT started(path);
  if (!watcher_.isRunning()) start(path);
}

void MediaLoader::start(const QString& path) {
  running_ = path;
  watcher_.setFuture(QtConcurrent::run([path] { return loadNow(path); }));
}

Result<LoadedMedia> MediaLoader::loadNow(const QString& path) {
  const std::string file = path.toStdString();
  auto info = media::probe(file);
  if (!info) return tl::unexpected(info.error());
  LoadedMedia loaded{path, std::move(*info), {}};
  if (!loaded.info.videoStream) return loaded;
  media::DecoderOptions options;
  if (loaded.info.displayWidth() > 1920) options.width = 1920;
  auto decoder = media::Decoder::open(file, options);
  if (!decoder) return tl::unexpected(decoder.error());
  auto frame = (*decoder)->next();
  if (!frame) return tl::unexpected(frame.error());
  if (*frame) loaded.firstFrame = toQImage((*frame)->image);
  return loaded;
}

}  // namespace spact::studio
