// AtomicFile and the text helpers: a write that does not finish (error, cancel, full disk) never
// leaves a partial file under the final name, and errors name the path.
//
// Permission cases (a read-only folder or file) are not tested: the suites run as root in CI,
// where every permission check passes. A full disk is simulated with RLIMIT_FSIZE instead,
// which makes write(2) fail with EFBIG exactly as ENOSPC would, without a special file system.
#include <QtTest>
#include <csignal>
#include <filesystem>
#include <string>
#include <sys/resource.h>

#include "util/files.h"

using namespace spact;
namespace fs = std::filesystem;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QStringList entries(const QString& dir) {
  return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Caps the size of files this process may write, ignoring SIGXFSZ so that write(2) fails with
// EFBIG instead of killing the process; restores both on destruction.
class FileSizeLimit {
public:
  explicit FileSizeLimit(rlim_t bytes) {
    ok_ = getrlimit(RLIMIT_FSIZE, &saved_) == 0;
    previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
    rlimit lower = saved_;
    lower.rlim_cur = bytes;
    ok_ = ok_ && setrlimit(RLIMIT_FSIZE, &lower) == 0;
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, previousHandler_);
  }
  bool ok() const { return ok_; }

private:
  rlimit saved_{};
  void (*previousHandler_)(int) = nullptr;
  bool ok_ = false;
};

}  // namespace

class TestFiles : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void writeAndRead_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("hello\nworld\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary with NULs") << QByteArray("a\0b\0\xff\r\n", 7);
    QTest::newRow("larger than a stdio buffer") << QByteArray(200000, 'x');
  }

  void writeAndRead() {
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("out.txt").toStdString();
    auto st = files::writeTextAtomically(path, std::string_view(content.constData(), std::size_t(content.size())));
    QVERIFY2(st, st ? "" : st.error().message.c_str());
    QCOMPARE(entries(dir.path()), QStringList{"out.txt"});  // no temporary left behind
    auto back = files::readText(path);
    QVERIFY(back);
    QCOMPARE(QByteArray::fromStdString(*back), content);
  }

  void replacesExistingFile() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.txt").toStdString();
    QVERIFY(files::writeTextAtomically(path, "a much longer first version"));
    QVERIFY(files::writeTextAtomically(path, "short"));
    QCOMPARE(q(*files::readText(path)), QString("short"));
    QCOMPARE(entries(dir.path()), QStringList{"out.txt"});
  }

  void temporarySitsBesideTheTarget() {
    QTemporaryDir dir;
    const fs::path target = dir.filePath("model.pt").toStdString();
    files::AtomicFile file(target);
    QCOMPARE(file.tempPath().parent_path(), target.parent_path());
    QVERIFY(file.tempPath() != target);
    QVERIFY(file.open());
    QVERIFY(fs::exists(file.tempPath()));
    QVERIFY(!fs::exists(target));
    QVERIFY(file.write("abc", 3));
    QVERIFY(file.commit());
    QVERIFY(!fs::exists(file.tempPath()));
    QCOMPARE(q(*files::readText(target.string())), QString("abc"));
  }

  void destructorWithoutCommitKeepsOldContent() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("report.json").toStdString();
    QVERIFY(files::writeTextAtomically(path, "old"));
    fs::path temp;
    {
      files::AtomicFile file(path);
      temp = file.tempPath();
      QVERIFY(file.open());
      QVERIFY(file.write("new, half written", 17));
      QVERIFY(fs::exists(temp));
    }  // cancelled: never committed
    QVERIFY(!fs::exists(temp));
    QCOMPARE(q(*files::readText(path)), QString("old"));
    QCOMPARE(entries(dir.path()), QStringList{"report.json"});
  }

  void destructorWithoutCommitCreatesNothing() {
    QTemporaryDir dir;
    {
      files::AtomicFile file(dir.filePath("new.bin").toStdString());
      QVERIFY(file.open());
      QVERIFY(file.write("x", 1));
    }
    QVERIFY(entries(dir.path()).isEmpty());
  }

  void misuseIsAnInternalError() {
    QTemporaryDir dir;
    files::AtomicFile file(dir.filePath("x").toStdString());
    auto w = file.write("x", 1);
    QVERIFY(!w);
    QCOMPARE(w.error().code, ErrorCode::Internal);
    auto c = file.commit();
    QVERIFY(!c);
    QCOMPARE(c.error().code, ErrorCode::Internal);
    QVERIFY(entries(dir.path()).isEmpty());
  }

  void writeIntoMissingFolder() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("no/such/folder/out.txt").toStdString();
    auto st = files::writeTextAtomically(path, "x");
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::NotFound);
    QVERIFY2(q(st.error().message).contains(q(path)), st.error().message.c_str());
    QVERIFY(!fs::exists(dir.filePath("no").toStdString()));
  }

  void writeWhereAFileIsInTheWay() {
    QTemporaryDir dir;
    QVERIFY(files::writeTextAtomically(dir.filePath("file").toStdString(), "x"));
    const std::string path = dir.filePath("file/out.txt").toStdString();  // ENOTDIR
    auto st = files::writeTextAtomically(path, "y");
    QVERIFY(!st);
    QVERIFY(st.error().code == ErrorCode::NotFound || st.error().code == ErrorCode::Io);
    QVERIFY2(q(st.error().message).contains(q(path)), st.error().message.c_str());
  }

  void diskFullWhileWriting_data() {
    QTest::addColumn<int>("size");
    // A buffer larger than stdio's goes straight to write(2); a small one fails at the flush.
    QTest::newRow("fails in write") << 256 * 1024;
    QTest::newRow("fails in the final flush") << 6000;
  }

  void diskFullWhileWriting() {
    QFETCH(int, size);
    QTemporaryDir dir;
    const std::string path = dir.filePath("big.bin").toStdString();
    QVERIFY(files::writeTextAtomically(path, "previous"));
    const std::string data(std::size_t(size), 'z');
    Status st;
    {
      FileSizeLimit limit(4096);
      if (!limit.ok()) QSKIP("RLIMIT_FSIZE cannot be set here");
      st = files::writeTextAtomically(path, data);
    }
    QVERIFY2(!st, "a write past the file size limit succeeded");
    QCOMPARE(st.error().code, ErrorCode::Io);
    QVERIFY2(q(st.error().message).contains(q(path)), st.error().message.c_str());
    QVERIFY2(q(st.error().message).contains("File too large"), st.error().message.c_str());
    QCOMPARE(q(*files::readText(path)), QString("previous"));
    QCOMPARE(entries(dir.path()), QStringList{"big.bin"});
  }

  void readErrors_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << "missing.txt" << int(ErrorCode::NotFound);
    QTest::newRow("folder") << "sub" << int(ErrorCode::InvalidInput);
    QTest::newRow("inside a missing folder") << "nope/x.txt" << int(ErrorCode::NotFound);
  }

  void readErrors() {
    QFETCH(QString, name);
    QFETCH(int, code);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("sub"));
    const std::string path = dir.filePath(name).toStdString();
    auto r = files::readText(path);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), code);
    QVERIFY2(q(r.error().message).contains(q(path)), r.error().message.c_str());
  }

  void describeErrnoIsOneSentence() {
    QCOMPARE(q(files::describeErrno("/x/y", "read", ENOENT)), QString("Could not read '/x/y': No such file or directory."));
  }
};

QTEST_APPLESS_MAIN(TestFiles)
#include "tst_files.moc"
