#pragma once
// Reading a run directory's events.jsonl (DESIGN.md, "Run directory") as the trainer writes it,
// one flushed line at a time: from where the last read stopped, so that the studio follows a run
// as it goes (its own, or one `spact train` is writing), and what the end of the file says about
// a run, for the run list. Qt only: the lines are JSON objects.
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace spact::studio {

class EventReader {
 public:
  struct Chunk {
    QList<QJsonObject> events;
    bool restarted = false;  // the file was read again from its start (see read())
    QString error;           // a line that is not a JSON object (it is skipped), or the file cannot be read
  };

  void reset(const QString& path);  // the next read starts at the beginning
  QString path() const { return path_; }
  // The complete lines added since the last read (a torn last line waits for the next). When the
  // file no longer holds what was read (a resumed run cut it back and wrote on), it is read again
  // from its start.
  Chunk read();

 private:
  QString path_;
  qint64 offset_ = 0;
  QByteArray tail_;  // the bytes just before offset_, to recognise the file by
  int line_ = 0;
};

// What the end of a run's events says.
struct RunDigest {
  enum class Status { NoEvents, Open, Finished, Stopped, Failed };  // Open: started or resumed, no end yet
  Status status = Status::NoEvents;
  qint64 step = 0;
  std::optional<double> actionTop1, privacyCmap;  // the latest validation on anonymized data
  QString message;                                 // a failure's
  QDateTime modified;                              // events.jsonl's last change
};
RunDigest digestRun(const QString& root);

QString eventsPath(const QString& root);
bool isRunFolder(const QString& root);  // holds config.json or events.jsonl

}  // namespace spact::studio
