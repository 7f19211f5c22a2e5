// Errors are values: Result<T>/Status hold a value or an Error with a code and a sentence;
// Cancelled is a code but not a failure, and the CLI maps it to exit status 130.
#include <QtTest>
#include <string>

#include "util/result.h"

using namespace spact;

namespace {

Result<int> parsePositive(int v) {
  if (v < 0) return fail(ErrorCode::InvalidInput, "The value " + std::to_string(v) + " is negative.");
  if (v == 0) return cancelled();
  return v * 2;
}

Status check(bool ok) {
  if (!ok) return fail(ErrorCode::Io, "Could not write 'out.txt': No space left on device.");
  return {};
}

}  // namespace

class TestResult : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void valueIsHeld() {
    const Result<int> r = parsePositive(21);
    QVERIFY(r.has_value());
    QVERIFY(static_cast<bool>(r));
    QCOMPARE(*r, 42);
    QCOMPARE(r.value_or(-1), 42);
  }

  void errorIsHeld() {
    const Result<int> r = parsePositive(-3);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().message, std::string("The value -3 is negative."));
    QVERIFY(!r.error().isCancelled());
    QCOMPARE(exitCodeFor(r.error()), 1);
    QCOMPARE(r.value_or(-1), -1);
  }

  void cancelledIsNotAFailure() {
    const Result<int> r = parsePositive(0);
    QVERIFY(!r);
    QVERIFY(r.error().isCancelled());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(r.error().message, std::string("Cancelled."));
    QCOMPARE(exitCodeFor(r.error()), 130);
  }

  void statusOkAndError() {
    const Status ok = check(true);
    QVERIFY(ok.has_value());
    const Status bad = check(false);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Io);
    QVERIFY(QString::fromStdString(bad.error().message).contains("out.txt"));
  }

  void errorPropagatesThroughAndThen() {
    auto doubled = parsePositive(5).and_then([](int v) -> Result<int> { return v + 1; });
    QCOMPARE(*doubled, 11);
    auto failed = parsePositive(-1).and_then([](int v) -> Result<int> { return v + 1; });
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::InvalidInput);
  }

  void defaultErrorIsInternal() {
    const Error e;
    QCOMPARE(e.code, ErrorCode::Internal);
    QVERIFY(!e.isCancelled());
    QCOMPARE(exitCodeFor(e), 1);
  }

  void exitCode_data() {
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("isCancelled");
    QTest::newRow("cancelled") << int(ErrorCode::Cancelled) << "cancelled" << 130 << true;
    QTest::newRow("invalid-input") << int(ErrorCode::InvalidInput) << "invalid-input" << 1 << false;
    QTest::newRow("not-found") << int(ErrorCode::NotFound) << "not-found" << 1 << false;
    QTest::newRow("io") << int(ErrorCode::Io) << "io" << 1 << false;
    QTest::newRow("unsupported") << int(ErrorCode::Unsupported) << "unsupported" << 1 << false;
    QTest::newRow("out-of-memory") << int(ErrorCode::OutOfMemory) << "out-of-memory" << 1 << false;
    QTest::newRow("internal") << int(ErrorCode::Internal) << "internal" << 1 << false;
  }

  void exitCode() {
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(bool, isCancelled);
    const Error e{static_cast<ErrorCode>(code), "x"};
    QCOMPARE(QString::fromLatin1(errorCodeName(e.code)), name);
    QCOMPARE(exitCodeFor(e), exitCode);
    QCOMPARE(e.isCancelled(), isCancelled);
  }

  void unknownCodeHasAName() {
    QCOMPARE(QString::fromLatin1(errorCodeName(static_cast<ErrorCode>(999))), QString("unknown"));
  }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
