// Action top-k and attribute AP / cMAP / F1 against scikit-learn's values
// (tests/reference/fixtures/metrics/metrics.json, written by make_metrics_fixtures.py), plus
// small cases checked by hand and the errors for inputs that do not fit together.
#include <QtTest>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "eval/metrics.h"
#include "util/config.h"

using namespace spact;
using config::Json;

namespace {

constexpr double kTol = 1e-9;

Json loadFixture() {
  const std::string path =
      qEnvironmentVariable("SPACT_SOURCE_DIR").toStdString() + "/tests/reference/fixtures/metrics/metrics.json";
  auto j = config::readJsonFile(path);
  if (!j) qFatal("%s", j.error().message.c_str());
  return *j;
}

std::vector<float> floats(const Json& j) {
  std::vector<float> out;
  for (const auto& v : j) out.push_back(static_cast<float>(v.get<double>()));
  return out;
}

bool near(double a, double b, double tolerance = kTol) { return std::abs(a - b) <= tolerance; }

QByteArray describe(const Json& c, const std::string& what, std::size_t i, double got, const Json& want) {
  return QByteArray::fromStdString(c.at("name").get<std::string>() + ": " + what + "[" + std::to_string(i) +
                                   "] = " + std::to_string(got) + ", sklearn " + want.dump());
}

}  // namespace

class TestMetrics : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void attributesMatchSklearn_data() {
    QTest::addColumn<int>("index");
    const Json f = loadFixture();
    QCOMPARE(f.at("sklearn").get<std::string>().substr(0, 4), std::string("1.2."));
    for (std::size_t i = 0; i < f.at("attributes").size(); ++i)
      QTest::newRow(f.at("attributes")[i].at("name").get<std::string>().c_str()) << static_cast<int>(i);
  }
  void attributesMatchSklearn() {
    QFETCH(int, index);
    const Json c = loadFixture().at("attributes")[static_cast<std::size_t>(index)];
    const auto cols = c.at("cols").get<std::size_t>();
    const auto m = eval::attributeMetrics(floats(c.at("scores")), cols, floats(c.at("targets")));
    QVERIFY2(m.has_value(), m ? "" : m.error().message.c_str());
    QCOMPARE(m->samples, c.at("rows").get<std::size_t>());
    QCOMPARE(m->ap.size(), cols);
    for (std::size_t a = 0; a < cols; ++a) {
      const Json& want = c.at("ap")[a];
      if (want.is_null()) {
        // sklearn 1.2 returns 0 for an attribute without positives; SPAct leaves it undefined.
        QVERIFY2(!m->ap[a].has_value(), describe(c, "ap", a, m->ap[a].value_or(-1), want));
        QCOMPARE(c.at("ap_sklearn")[a].get<double>(), 0.0);
        QCOMPARE(m->positives[a], std::size_t{0});
      } else {
        QVERIFY2(m->ap[a].has_value(), describe(c, "ap", a, -1, want));
        QVERIFY2(near(*m->ap[a], want.get<double>()), describe(c, "ap", a, *m->ap[a], want));
      }
      QVERIFY2(near(m->f1[a], c.at("f1")[a].get<double>()), describe(c, "f1", a, m->f1[a], c.at("f1")[a]));
      // The single-attribute entry points agree with the matrix one.
      std::vector<float> column, target;
      const auto scores = floats(c.at("scores")), targets = floats(c.at("targets"));
      for (std::size_t r = a; r < scores.size(); r += cols) column.push_back(scores[r]), target.push_back(targets[r]);
      QCOMPARE(eval::averagePrecision(column, target).value(), m->ap[a]);
      QCOMPARE(eval::f1Score(column, target).value(), m->f1[a]);
    }
    QCOMPARE(m->skipped, c.at("skipped").get<std::size_t>());
    if (c.at("cmap").is_null()) {
      QVERIFY(!m->cmap.has_value());
    } else {
      QVERIFY(m->cmap.has_value());
      QVERIFY2(near(*m->cmap, c.at("cmap").get<double>()), describe(c, "cmap", 0, *m->cmap, c.at("cmap")));
    }
    if (m->skipped == 0) QVERIFY(near(*m->cmap, c.at("cmap_sklearn").get<double>()));
    QVERIFY2(near(m->macroF1, c.at("macro_f1").get<double>()),
             describe(c, "macro_f1", 0, m->macroF1, c.at("macro_f1")));
  }

  void actionsMatchSklearn_data() {
    QTest::addColumn<int>("index");
    const Json f = loadFixture();
    for (std::size_t i = 0; i < f.at("actions").size(); ++i)
      QTest::newRow(f.at("actions")[i].at("name").get<std::string>().c_str()) << static_cast<int>(i);
  }
  void actionsMatchSklearn() {
    QFETCH(int, index);
    const Json c = loadFixture().at("actions")[static_cast<std::size_t>(index)];
    const auto scores = floats(c.at("scores"));
    const auto labels = c.at("labels").get<std::vector<std::int64_t>>();
    const auto classes = c.at("cols").get<std::size_t>();
    std::vector<std::string> videos;
    if (c.contains("videos")) videos = c.at("videos").get<std::vector<std::string>>();
    const auto m = eval::actionMetrics(scores, classes, labels, videos);
    QVERIFY2(m.has_value(), m ? "" : m.error().message.c_str());
    QCOMPARE(m->clips.count, labels.size());
    QVERIFY2(near(m->clips.top1, c.at("top1").get<double>()), describe(c, "top1", 0, m->clips.top1, c.at("top1")));
    QVERIFY2(near(m->clips.top5, c.at("top5").get<double>()), describe(c, "top5", 0, m->clips.top5, c.at("top5")));
    QCOMPARE(m->videos.has_value(), c.contains("videos"));
    if (m->videos) {
      QCOMPARE(m->videos->count, c.at("video_count").get<std::size_t>());
      QVERIFY2(near(m->videos->top1, c.at("video_top1").get<double>()),
               describe(c, "video_top1", 0, m->videos->top1, c.at("video_top1")));
      QVERIFY2(near(m->videos->top5, c.at("video_top5").get<double>()),
               describe(c, "video_top5", 0, m->videos->top5, c.at("video_top5")));
    }
  }

  void averagePrecisionByHand_data() {
    QTest::addColumn<std::vector<float>>("scores");
    QTest::addColumn<std::vector<float>>("targets");
    QTest::addColumn<double>("expected");
    QTest::newRow("1,0,1 ranked") << std::vector<float>{.9f, .8f, .7f} << std::vector<float>{1, 0, 1}
                                  << (1 + 2. / 3) / 2;
    QTest::newRow("perfect") << std::vector<float>{.9f, .8f, .1f} << std::vector<float>{1, 1, 0} << 1.0;
    QTest::newRow("reversed") << std::vector<float>{.1f, .2f, .3f} << std::vector<float>{1, 0, 0} << 1. / 3;
    // All tied: one threshold, precision = prevalence.
    QTest::newRow("all equal") << std::vector<float>{.5f, .5f, .5f, .5f} << std::vector<float>{1, 0, 0, 1} << 0.5;
    // The tie at .8 enters at once: recall 1/2 at precision 1/2, then 1 at 2/3 (no interpolation).
    QTest::newRow("tie") << std::vector<float>{.8f, .8f, .3f} << std::vector<float>{0, 1, 1} << (.5 * .5 + .5 * 2. / 3);
    QTest::newRow("all positive") << std::vector<float>{.1f, .7f} << std::vector<float>{1, 1} << 1.0;
  }
  void averagePrecisionByHand() {
    QFETCH(std::vector<float>, scores);
    QFETCH(std::vector<float>, targets);
    QFETCH(double, expected);
    const auto ap = eval::averagePrecision(scores, targets);
    QVERIFY(ap.has_value());
    QVERIFY(ap->has_value());
    QVERIFY(near(**ap, expected));
  }

  void noPositiveIsUndefinedAndSkipped() {
    const std::vector<float> probs{.9f, .1f, .8f, .2f, .3f, .7f};  // 3 samples × 2 attributes
    const std::vector<float> targets{0, 1, 0, 0, 0, 1};            // attribute 0 has no positive
    const auto m = eval::attributeMetrics(probs, 2, targets, {"a4", "a9"});
    QVERIFY(m.has_value());
    QVERIFY(!m->ap[0].has_value());
    QCOMPARE(m->skipped, std::size_t{1});
    QVERIFY(near(*m->cmap, *m->ap[1]));
    QCOMPARE(m->f1[0], 0.0);  // two false positives: defined, and 0
    QVERIFY(near(m->f1[1], 2.0 / 3));
    QVERIFY(near(m->macroF1, 1.0 / 3));

    const Json j = eval::toJson(*m);
    QVERIFY(j.at("cmap").is_number());
    QCOMPARE(j.at("skipped").get<int>(), 1);
    QCOMPARE(j.at("attributes")[0].at("name").get<std::string>(), std::string("a4"));
    QVERIFY(j.at("attributes")[0].at("ap").is_null());
    QCOMPARE(j.at("attributes")[1].at("positives").get<int>(), 2);
    QCOMPARE(j.at("threshold").get<double>(), 0.5);
  }

  void f1ZeroDivisionIsZero() {
    // Neither true nor predicted positives: sklearn's default zero_division gives 0.
    QCOMPARE(eval::f1Score(std::vector<float>{.1f, .4f}, std::vector<float>{0, 0}).value(), 0.0);
    // Exactly at the threshold counts as predicted.
    QCOMPARE(eval::f1Score(std::vector<float>{.5f, .4f}, std::vector<float>{1, 0}).value(), 1.0);
    // Logits with threshold 0.
    QCOMPARE(eval::f1Score(std::vector<float>{3.f, -2.f}, std::vector<float>{1, 1}, 0.0).value(), 2.0 / 3);
  }

  void topKByHand() {
    // Row 0: true class 2 second; row 1: true class 0 first; row 2: true class 1 last.
    const std::vector<float> scores{.1f, .3f, .6f, .1f,  //
                                    .7f, .1f, .1f, .1f,  //
                                    .4f, .0f, .3f, .3f};
    const std::vector<std::int64_t> labels{1, 0, 1};
    QVERIFY(near(eval::topKAccuracy(scores, 4, labels, 1).value(), 1. / 3));
    QVERIFY(near(eval::topKAccuracy(scores, 4, labels, 2).value(), 2. / 3));
    QVERIFY(near(eval::topKAccuracy(scores, 4, labels, 3).value(), 2. / 3));
    QCOMPARE(eval::topKAccuracy(scores, 4, labels, 4).value(), 1.0);
    QCOMPARE(eval::topKAccuracy(scores, 4, labels, 9).value(), 1.0);
  }

  void videoLevelAveragesClipScores() {
    // Video "v" has two clips, each wrong, whose mean is right; "w" is one right clip.
    const std::vector<float> scores{.6f, .4f, .0f,  //
                                    .0f, .4f, .6f,  //
                                    .1f, .1f, .8f};
    const std::vector<std::int64_t> labels{1, 1, 2};
    const std::vector<std::string> videos{"v", "v", "w"};
    const auto avg = eval::averageByVideo(scores, 3, labels, videos);
    QVERIFY(avg.has_value());
    QCOMPARE(avg->ids, (std::vector<std::string>{"v", "w"}));
    QCOMPARE(avg->labels, (std::vector<std::int64_t>{1, 2}));
    // Float inputs: .6f is not 0.6.
    QVERIFY(near(avg->scores[0], 0.3, 1e-6) && near(avg->scores[1], 0.4, 1e-6) && near(avg->scores[2], 0.3, 1e-6));
    const auto m = eval::actionMetrics(scores, 3, labels, videos);
    QVERIFY(m.has_value());
    QVERIFY(near(m->clips.top1, 1. / 3));
    QCOMPARE(m->videos->top1, 1.0);
    QCOMPARE(m->videos->count, std::size_t{2});

    const Json j = eval::toJson(*m);
    QCOMPARE(j.at("videos").at("count").get<int>(), 2);
    QCOMPARE(j.at("clips").at("count").get<int>(), 3);
    QVERIFY(eval::toJson(*eval::actionMetrics(scores, 3, labels)).at("videos").is_null());
  }

  void sigmoidIsStable() {
    QCOMPARE(eval::sigmoid(0.0), 0.5);
    QVERIFY(near(eval::sigmoid(2.0), 1 / (1 + std::exp(-2.0))));
    QCOMPARE(eval::sigmoid(-1000.0), 0.0);
    QCOMPARE(eval::sigmoid(1000.0), 1.0);
    const auto p = eval::sigmoid(std::vector<float>{0.f, -800.f});
    QCOMPARE(p, (std::vector<float>{0.5f, 0.f}));
  }

  void errorsNameTheProblem_data() {
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("message");
    auto row = [](const char* name, const char* which, const char* message) {
      QTest::newRow(name) << QString(which) << QString(message);
    };
    row("scores vs labels", "topk-size", "hold 5 values, not 2 rows × 3 columns");
    row("label range", "topk-label", "Label 3 of row 1 is outside the 3 classes");
    row("k", "topk-k", "k >= 1");
    row("nan score", "topk-nan", "Action score 1 is not a finite number");
    row("no rows", "topk-empty", "there are no rows");
    row("video ids", "video-ids", "1 video ids for 2 clips");
    row("video labels", "video-labels", "clips of video 'v' have different labels (0 and 2)");
    row("ap sizes", "ap-size", "3 attribute scores but 2 targets");
    row("ap target", "ap-target", "Attribute target 1 is 0.5, not 0 or 1");
    row("ap empty", "ap-empty", "no attribute scores");
    row("attr rows", "attr-rows", "do not form rows of 2 attributes");
    row("attr names", "attr-names", "1 attribute names for 2 attributes");
  }
  void errorsNameTheProblem() {
    QFETCH(QString, which);
    QFETCH(QString, message);
    const std::vector<float> s3{.1f, .2f, .7f, .3f, .3f, .4f};
    const std::vector<std::int64_t> l2{0, 2};
    Error error;
    auto take = [&](const auto& r) {
      QVERIFY(!r.has_value());
      error = r.error();
    };
    if (which == "topk-size") take(eval::topKAccuracy(std::span(s3).first(5), 3, l2, 1));
    if (which == "topk-label") take(eval::topKAccuracy(s3, 3, std::vector<std::int64_t>{0, 3}, 1));
    if (which == "topk-k") take(eval::topKAccuracy(s3, 3, l2, 0));
    if (which == "topk-nan") {
      auto bad = s3;
      bad[1] = std::numeric_limits<float>::quiet_NaN();
      take(eval::topKAccuracy(bad, 3, l2, 1));
    }
    if (which == "topk-empty") take(eval::actionMetrics({}, 3, {}));
    if (which == "video-ids") take(eval::actionMetrics(s3, 3, l2, std::vector<std::string>{"v"}));
    if (which == "video-labels") take(eval::actionMetrics(s3, 3, l2, std::vector<std::string>{"v", "v"}));
    if (which == "ap-size") take(eval::averagePrecision(std::vector<float>{.1f, .2f, .3f}, std::vector<float>{0, 1}));
    if (which == "ap-target") take(eval::averagePrecision(std::vector<float>{.1f, .2f}, std::vector<float>{0, .5f}));
    if (which == "ap-empty") take(eval::f1Score({}, {}));
    if (which == "attr-rows")
      take(eval::attributeMetrics(std::vector<float>{.1f, .2f, .3f}, 2, std::vector<float>{0, 1, 0}));
    if (which == "attr-names") take(eval::attributeMetrics(s3, 2, std::vector<float>{0, 1, 0, 1, 0, 1}, {"a4"}));
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QVERIFY2(QString::fromStdString(error.message).contains(message), error.message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
