#include "run_events.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace spact::studio {
namespace {

constexpr qint64 kTailCheck = 64;        // bytes compared to recognise a followed file
constexpr qint64 kDigestWindow = 256 * 1024;  // the end of events.jsonl a run list reads

// Complete lines of `bytes` as objects; `consumed` is the length up to the last newline.
QList<QJsonObject> parseLines(const QByteArray& bytes, qint64* consumed, int* line, QString* error, const QString& path) {
  QList<QJsonObject> out;
  qint64 start = 0;
  while (true) {
    const qint64 end = bytes.indexOf('\n', start);
    if (end < 0) break;
    ++*line;
    const QByteArray row = bytes.mid(start, end - start).trimmed();
    start = end + 1;
    if (row.isEmpty()) continue;
    QJsonParseError parsed{};
    const QJsonDocument doc = QJsonDocument::fromJson(row, &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject()) {
      if (error->isEmpty()) *error = QCoreApplication::translate("EventReader", "'%1' line %2 is not a JSON object.").arg(path).arg(*line);
      continue;
    }
    out << doc.object();
  }
  *consumed = start;
  return out;
}

}  // namespace

QString eventsPath(const QString& root) { return QDir(root).filePath(QStringLiteral("events.jsonl")); }

bool isRunFolder(const QString& root) {
  const QDir dir(root);
  return QFileInfo(root).isDir() && (dir.exists(QStringLiteral("config.json")) || dir.exists(QStringLiteral("events.jsonl")));
}

void EventReader::reset(const QString& path) {
  path_ = path;
  offset_ = 0;
  tail_.clear();
  line_ = 0;
}

EventReader::Chunk EventReader::read() {
  Chunk chunk;
  QFile file(path_);
  if (!file.exists()) return chunk;  // not written yet
  if (!file.open(QIODevice::ReadOnly)) {
    chunk.error = QCoreApplication::translate("EventReader", "Could not read '%1': %2.").arg(path_, file.errorString());
    return chunk;
  }
  // Is this still the file read so far? A resumed run truncates it to its checkpoint and writes on.
  bool same = file.size() >= offset_;
  if (same && !tail_.isEmpty()) {
    file.seek(offset_ - tail_.size());
    same = file.read(tail_.size()) == tail_;
  }
  if (!same) {
    reset(path_);
    chunk.restarted = true;
  }
  file.seek(offset_);
  const QByteArray bytes = file.readAll();
  qint64 consumed = 0;
  chunk.events = parseLines(bytes, &consumed, &line_, &chunk.error, path_);
  offset_ += consumed;
  if (consumed > 0) {
    tail_ = (tail_ + bytes.left(consumed)).right(kTailCheck);
  }
  return chunk;
}

RunDigest digestRun(const QString& root) {
  RunDigest d;
  QFile file(eventsPath(root));
  if (!file.open(QIODevice::ReadOnly)) return d;
  d.modified = QFileInfo(file).lastModified();
  const qint64 from = std::max<qint64>(0, file.size() - kDigestWindow);
  file.seek(from);
  QByteArray bytes = file.readAll();
  if (from > 0) bytes = bytes.mid(bytes.indexOf('\n') + 1);  // the window starts mid-line
  qint64 consumed = 0;
  int line = 0;
  QString error;
  for (const QJsonObject& e : parseLines(bytes, &consumed, &line, &error, file.fileName())) {
    const QString type = e.value(QStringLiteral("type")).toString();
    if (e.contains(QStringLiteral("step"))) d.step = e.value(QStringLiteral("step")).toInteger();
    if (type == QLatin1String("started") || type == QLatin1String("resumed")) d.status = RunDigest::Status::Open;
    else if (type == QLatin1String("finished")) d.status = RunDigest::Status::Finished;
    else if (type == QLatin1String("stopped")) d.status = RunDigest::Status::Stopped;
    else if (type == QLatin1String("error")) {
      d.status = RunDigest::Status::Failed;
      d.message = e.value(QStringLiteral("message")).toString();
    } else if (type == QLatin1String("val") && e.value(QStringLiteral("anonymized")).toBool()) {
      d.actionTop1 = e.value(QStringLiteral("action_top1")).toDouble();
      const QJsonValue cmap = e.value(QStringLiteral("privacy_cmap"));
      d.privacyCmap = cmap.isDouble() ? std::optional<double>(cmap.toDouble()) : std::nullopt;
    }
    if (d.status == RunDigest::Status::NoEvents && !type.isEmpty()) d.status = RunDigest::Status::Open;
  }
  return d;
}

}  // namespace spact::studio
