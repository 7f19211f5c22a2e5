// Data set layouts as their publishers ship them, listed without opening a media file (so this
// runs in every build): detection, classes, splits, labels and attributes, missing files and
// broken annotations, the folder errors, and the report.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "data/data_report.h"
#include "data/layouts.h"
#include "test_media.h"

using namespace spact;
using namespace spact::data;

namespace {

// Creates `relative` under `root` (and its folders) holding `bytes`.
void put(const QTemporaryDir& root, const QString& relative, const QByteArray& bytes = "not a real video") {
  const QString path = root.filePath(relative);
  QDir().mkpath(QFileInfo(path).path());
  test::writeFile(path, bytes);
}

std::string file(const std::string& path) { return QFileInfo(QString::fromStdString(path)).fileName().toStdString(); }

// Videos of a listing by file name → label.
std::map<std::string, int> labels(const Listing& l) {
  std::map<std::string, int> out;
  for (const auto& v : l.videos) out[file(v.path)] = v.label;
  return out;
}

bool mentions(const Error& e, const QString& text) { return QString::fromStdString(e.message).contains(text); }

}  // namespace

class TestLayouts : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void ucf101() {
    QTemporaryDir d;
    // classInd.txt ships with CRLF line ends.
    put(d, "ucfTrainTestlist/classInd.txt", "1 ApplyEyeMakeup\r\n2 Biking\r\n3 HandstandPushups\r\n");
    for (const char* f : {"ApplyEyeMakeup/v_ApplyEyeMakeup_g01_c01.avi", "ApplyEyeMakeup/v_ApplyEyeMakeup_g08_c01.avi",
                          "Biking/v_Biking_g01_c01.avi", "Biking/v_Biking_g08_c01.avi",
                          "HandstandPushups/v_HandStandPushups_g01_c01.avi"})
      put(d, QString("UCF-101/") + f);
    put(d, "ucfTrainTestlist/trainlist01.txt",
        "ApplyEyeMakeup/v_ApplyEyeMakeup_g08_c01.avi 1\nBiking/v_Biking_g08_c01.avi 2\n"
        "Biking/v_Biking_g09_c01.avi 2\n");  // the last is not on disk
    // The lists do not always match the files' case.
    put(d, "ucfTrainTestlist/testlist01.txt",
        "ApplyEyeMakeup/v_ApplyEyeMakeup_g01_c01.avi\nBiking/v_Biking_g01_c01.avi\n"
        "HandstandPushups/v_HandstandPushups_g01_c01.avi\n");
    put(d, "ucfTrainTestlist/trainlist02.txt", "Biking/v_Biking_g01_c01.avi 2\n");
    // spact synth's sidecar: per-video privacy attributes.
    put(d, "attributes.json", R"({"attributes": ["a4_gender", "a17_color"],
                                  "videos": {"ApplyEyeMakeup/v_ApplyEyeMakeup_g08_c01.avi": [1, 0]}})");
    QCOMPARE(detectLayout(d.path().toStdString()), Layout::Ucf101);

    auto train = listDataSet(d.path().toStdString(), "train");
    QVERIFY2(train, train ? "" : train.error().message.c_str());
    QCOMPARE(train->classes, (std::vector<std::string>{"ApplyEyeMakeup", "Biking", "HandstandPushups"}));
    QCOMPARE(train->split, std::string("train1"));
    QCOMPARE(labels(*train),
             (std::map<std::string, int>{{"v_ApplyEyeMakeup_g08_c01.avi", 0}, {"v_Biking_g08_c01.avi", 1}}));
    QCOMPARE(train->attributes, (std::vector<std::string>{"a4_gender", "a17_color"}));
    QCOMPARE(train->videos[0].attributes, (std::vector<float>{1, 0}));
    QCOMPARE(train->videos[1].attributes, (std::vector<float>{0, 0}));
    QCOMPARE(train->missing.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(train->missing[0].path).endsWith("v_Biking_g09_c01.avi"));
    QVERIFY(QString::fromStdString(train->missing[0].reason).contains("trainlist01.txt"));

    auto test = listDataSet(d.path().toStdString(), "test");
    QVERIFY(test);
    QCOMPARE(test->videos.size(), std::size_t(3));
    QCOMPARE(labels(*test).at("v_HandStandPushups_g01_c01.avi"), 2);
    QVERIFY(test->missing.empty());

    // Split 2: by name or by option; split 4 does not exist.
    auto two = listDataSet(d.path().toStdString(), "train2");
    QVERIFY(two && two->videos.size() == 1);
    ReaderOptions o;
    o.split = 2;
    auto twoByOption = listDataSet(d.path().toStdString(), "train", o);
    QVERIFY(twoByOption && twoByOption->videos.size() == 1);
    auto three = listDataSet(d.path().toStdString(), "train3");  // no trainlist03.txt on disk
    QVERIFY(!three && mentions(three.error(), "trainlist03.txt"));
    auto four = listDataSet(d.path().toStdString(), "train4");
    QVERIFY(!four && mentions(four.error(), "1 to 3"));
  }

  void hmdb51() {
    QTemporaryDir d;
    for (const char* f :
         {"brush_hair/a.avi", "brush_hair/b.avi", "brush_hair/c.avi", "cartwheel/x.avi", "cartwheel/y.avi"})
      put(d, QString("hmdb51_org/") + f);
    // The split folder is found by its files' names, not its own.
    put(d, "my_splits/brush_hair_test_split1.txt", "a.avi 1 \nb.avi 2 \nc.avi 0 \n");
    put(d, "my_splits/cartwheel_test_split1.txt", "x.avi 1\ny.avi 2\nz.avi 1\n");  // z is missing
    put(d, "my_splits/brush_hair_test_split2.txt", "a.avi 2\nb.avi 1\nc.avi 1\n");
    put(d, "my_splits/cartwheel_test_split2.txt", "x.avi 2\ny.avi 1\n");
    QCOMPARE(detectLayout(d.path().toStdString()), Layout::Hmdb51);
    auto train = listDataSet(d.path().toStdString(), "train");
    QVERIFY2(train, train ? "" : train.error().message.c_str());
    QCOMPARE(train->classes, (std::vector<std::string>{"brush_hair", "cartwheel"}));
    QCOMPARE(labels(*train), (std::map<std::string, int>{{"a.avi", 0}, {"x.avi", 1}}));
    QCOMPARE(train->missing.size(), std::size_t(1));
    auto test = listDataSet(d.path().toStdString(), "test");
    QCOMPARE(labels(*test), (std::map<std::string, int>{{"b.avi", 0}, {"y.avi", 1}}));
    auto train2 = listDataSet(d.path().toStdString(), "train2");
    QCOMPARE(labels(*train2), (std::map<std::string, int>{{"b.avi", 0}, {"c.avi", 0}, {"y.avi", 1}}));
  }

  void paHmdb51() {
    QTemporaryDir d;
    for (const char* f : {"kiss/k1.avi", "kiss/k2.avi", "kiss/k3.avi", "pullup/p1.avi"}) put(d, f);
    // The publisher's format: per video, per attribute, [start, end, value] ranges.
    put(d, "PrivacyAttributes/kiss.json", R"({
      "k1.avi": {"face": [[0, 10, 2], [11, 20, 1]], "gender": [[0, 20, [1, 2]]], "skin_color": [[0, 20, 1]],
                 "nudity": [[0, 20, 0]], "relationship": [[0, 20, 1]], "review": false, "note": ""},
      "k2.avi": {"face": [[0, 9, 0]], "gender": [[0, 9, [0]]], "skin_color": [[0, 9, 1]],
                 "nudity": [[0, 4, 0], [5, 9, 2]], "relationship": [[0, 9, 0]], "review": false, "note": ""},
      "k3.avi": {"face": [[0, 9, 0]], "gender": [[0, 9, 1]], "skin_color": [[0, 9, 0]],
                 "nudity": [[0, 9, 0]], "relationship": [[0, 9, 0]]},
      "gone.avi": {"face": [[0, 9, 1]]}
    })");
    put(d, "PrivacyAttributes/pullup.json", R"({"p1.avi": {"face": [[0, 5, 1]], "gender": [[0, 5, 1]],
      "skin_color": [[0, 5, 3]], "nudity": [[0, 5, 1]], "relationship": [[0, 5, 0]]}})");
    put(d, "PrivacyAttributes/broken.json", "{\n  \"x.avi\": {\n    \"face\": [[0, 1, 1]\n  }\n");
    QCOMPARE(detectLayout(d.path().toStdString()), Layout::PaHmdb51);
    auto all = listDataSet(d.path().toStdString(), "all");
    QVERIFY2(all, all ? "" : all.error().message.c_str());
    QCOMPARE(all->attributes, (std::vector<std::string>{"skin_color", "face", "gender", "nudity", "relationship"}));
    QCOMPARE(all->classes, (std::vector<std::string>{"kiss", "pullup"}));
    std::map<std::string, std::vector<float>> attrs;
    for (const auto& v : all->videos) attrs[file(v.path)] = v.attributes;
    QCOMPARE(attrs.size(), std::size_t(4));
    QCOMPARE(attrs.at("k1.avi"), (std::vector<float>{1, 1, 1, 0, 1}));
    QCOMPARE(attrs.at("k2.avi"), (std::vector<float>{1, 0, 0, 1, 0}));  // nudity in its second range only
    QCOMPARE(attrs.at("k3.avi"), (std::vector<float>{0, 0, 1, 0, 0}));
    QCOMPARE(all->missing.size(), std::size_t(1));     // gone.avi
    QCOMPARE(all->unreadable.size(), std::size_t(1));  // broken.json, named with its line
    QVERIFY(QString::fromStdString(all->unreadable[0].path).endsWith("broken.json"));
    QVERIFY(QString::fromStdString(all->unreadable[0].reason).contains("line 4"));
    // Without HMDB51 split files: per class the first 70 % by name train, the rest test.
    auto train = listDataSet(d.path().toStdString(), "train");
    auto test = listDataSet(d.path().toStdString(), "test");
    QVERIFY(train && test);
    QCOMPARE(labels(*train), (std::map<std::string, int>{{"k1.avi", 0}, {"k2.avi", 0}, {"p1.avi", 1}}));
    QCOMPARE(labels(*test), (std::map<std::string, int>{{"k3.avi", 0}}));
  }

  void vispr() {
    QTemporaryDir d;
    for (const char* f : {"1.jpg", "2.jpg", "3.jpg", "5.jpg"}) put(d, QString("images/train2017/") + f, "jpeg bytes");
    put(d, "images/val2017/9.jpg", "jpeg bytes");
    put(d, "annotations/train2017/1.json", R"({"id": "1", "labels": ["a4_gender", "a17_color", "a0_safe"]})");
    put(d, "annotations/train2017/2.json",
        R"({"id": "2", "labels": ["a9_face_complete", "a64_rel_personal", "a65_rel_social", "a12_semi_nudity", "a10_face_partial"]})");
    put(d, "annotations/train2017/3.json", "{\"id\": \"3\",\n \"labels\": [\"a4_gender\",\n }");  // broken at line 3
    put(d, "annotations/train2017/4.json", R"({"id": "4", "labels": ["a4_gender"]})");            // no image
    put(d, "annotations/val2017/9.json", R"({"labels": ["a17_color"]})");
    QCOMPARE(detectLayout(d.path().toStdString()), Layout::Vispr);
    auto train = listDataSet(d.path().toStdString(), "train");
    QVERIFY2(train, train ? "" : train.error().message.c_str());
    QCOMPARE(train->split, std::string("train2017"));
    QCOMPARE(train->attributes, visprDefaultAttributes());
    QCOMPARE(train->images.size(), std::size_t(2));
    QCOMPARE(train->images[0].attributes, (std::vector<float>{1, 0, 0, 0, 1, 0, 0}));
    QCOMPARE(train->images[1].attributes, (std::vector<float>{0, 1, 1, 1, 0, 1, 1}));
    QCOMPARE(train->unreadable.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(train->unreadable[0].path).endsWith("3.json"));
    QVERIFY2(QString::fromStdString(train->unreadable[0].reason) == "is not valid JSON (line 3).",
             train->unreadable[0].reason.c_str());
    QCOMPARE(train->missing.size(), std::size_t(2));  // 4.jpg (annotated, absent), 5.jpg (no annotation)
    // The mapping is configurable, by "aN" prefix.
    ReaderOptions o;
    o.attributes = {"a17", "a4_gender"};
    auto val = listDataSet(d.path().toStdString(), "val", o);
    QVERIFY(val);
    QCOMPARE(val->split, std::string("val2017"));
    QCOMPARE(val->images.at(0).attributes, (std::vector<float>{1, 0}));
    auto test = listDataSet(d.path().toStdString(), "test");
    QVERIFY(!test && mentions(test.error(), "train2017") && mentions(test.error(), "'test'"));
  }

  void visprAllAnnotationsBroken() {
    QTemporaryDir d;
    put(d, "images/train2017/1.jpg", "x");
    put(d, "annotations/train2017/1.json", "{ nope");
    auto l = listDataSet(d.path().toStdString(), "train");
    QVERIFY(!l);
    QCOMPARE(l.error().code, ErrorCode::InvalidInput);
    QVERIFY(mentions(l.error(), "1.json") && mentions(l.error(), "line 1"));
  }

  void generic() {
    QTemporaryDir videos;
    for (const char* f : {"train/cat/1.mp4", "train/cat/2.mp4", "train/dog/3.avi", "test/dog/4.mp4", "test/eel/5.mp4"})
      put(videos, f);
    QCOMPARE(detectLayout(videos.path().toStdString()), Layout::GenericVideos);
    auto train = listDataSet(videos.path().toStdString(), "train");
    QVERIFY(train);
    QCOMPARE(train->classes, (std::vector<std::string>{"cat", "dog", "eel"}));  // over every split
    QCOMPARE(labels(*train), (std::map<std::string, int>{{"1.mp4", 0}, {"2.mp4", 0}, {"3.avi", 1}}));
    auto test = listDataSet(videos.path().toStdString(), "test");
    QCOMPARE(labels(*test), (std::map<std::string, int>{{"4.mp4", 1}, {"5.mp4", 2}}));

    QTemporaryDir images;
    for (const char* f : {"training/x/1.png", "training/y/2.jpg", "training/y/3.jpg"}) put(images, f);
    QCOMPARE(detectLayout(images.path().toStdString()), Layout::GenericImages);
    auto imgs = listDataSet(images.path().toStdString(), "train");
    QVERIFY(imgs);
    QCOMPARE(imgs->attributes, (std::vector<std::string>{"x", "y"}));  // one-hot class folder
    QCOMPARE(imgs->images.size(), std::size_t(3));
    QCOMPARE(imgs->images[0].attributes, (std::vector<float>{1, 0}));
    QCOMPARE(imgs->images[2].attributes, (std::vector<float>{0, 1}));
  }

  void folderErrors() {
    QTemporaryDir d;
    auto missing = listDataSet(d.filePath("nowhere").toStdString(), "train");
    QVERIFY(!missing && missing.error().code == ErrorCode::NotFound && mentions(missing.error(), "nowhere"));
    auto empty = listDataSet(d.path().toStdString(), "train");
    QVERIFY(!empty && mentions(empty.error(), "is empty"));
    put(d, "notes.txt", "hello");
    put(d, "stuff/more.txt", "hello");
    QCOMPARE(detectLayout(d.path().toStdString()), Layout::Unknown);
    auto unknown = listDataSet(d.path().toStdString(), "train");
    QVERIFY(!unknown && mentions(unknown.error(), "UCF101") && mentions(unknown.error(), d.path()));
    auto aFile = listDataSet(d.filePath("notes.txt").toStdString(), "train");
    QVERIFY(!aFile && mentions(aFile.error(), "is a file"));
  }

  void report() {
    QTemporaryDir d;
    for (const char* f : {"train/cat/1.mp4", "train/cat/2.mp4", "train/dog/3.avi"}) put(d, f);
    auto l = listDataSet(d.path().toStdString(), "train");
    QVERIFY(l);
    l->missing.push_back({"/x/gone.mp4", "named but not found."});
    const DataReport r = reportOf(*l);
    QCOMPARE(r.videos, std::int64_t(3));
    QCOMPARE(r.classCounts, (std::vector<std::int64_t>{2, 1}));
    const auto j = toJson(r);
    QCOMPARE(j["layout"].get<std::string>(), std::string("generic-videos"));
    QCOMPARE(j["classes"][0]["name"].get<std::string>(), std::string("cat"));
    QCOMPARE(j["classes"][0]["count"].get<int>(), 2);
    QCOMPARE(j["missing"]["count"].get<int>(), 1);
    QCOMPARE(j["missing"]["files"][0]["path"].get<std::string>(), std::string("/x/gone.mp4"));
    const QString text = QString::fromStdString(toText(r));
    QVERIFY2(text.contains("videos: 3") && text.contains("cat: 2") && text.contains("missing: 1"), qPrintable(text));

    // Attribute frequencies (VISPR-like).
    Listing v;
    v.layout = Layout::Vispr;
    v.attributes = {"a4_gender", "a17_color"};
    v.images = {{"1.jpg", {1, 0}}, {"2.jpg", {1, 1}}, {"3.jpg", {0, 0}}, {"4.jpg", {1, 0}}};
    const auto vj = toJson(reportOf(v));
    QCOMPARE(vj["attributes"][0]["count"].get<int>(), 3);
    QCOMPARE(vj["attributes"][1]["frequency"].get<double>(), 0.25);

    // inspect() without probing is the listing's report.
    auto inspected = inspect(d.path().toStdString(), {});
    QVERIFY(inspected && inspected->videos == 3 && !inspected->probed);
  }
};

QTEST_GUILESS_MAIN(TestLayouts)
#include "tst_layouts.moc"
