// The model manager: a .spact made here (imported through core from the official SPAct layout)
// shows a card with its networks; importing writes a .spact and adds it to the recent models; a
// corrupt file shows the engine's sentence and the manager keeps working; "Use for
// anonymization" asks for the model. Its screenshot is kept in the build folder to be looked at.
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "model_manager.h"
#include "model_manager_view.h"
#include "nn/io/model_files.h"
#include "studio_settings.h"
#include "test_media.h"

using namespace spact;
using namespace spact::studio;

namespace {
QString fixture(const QString& name) {
  return qEnvironmentVariable("SPACT_SOURCE_DIR") + "/tests/reference/fixtures/" + name;
}
}  // namespace

class TestModelManager : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    // A .spact with several networks, made through core.
    spact_ = dir_.filePath("official.spact");
    auto made = nn::io::importModelFile(fixture("io/official.pth").toStdString(), spact_.toStdString());
    QVERIFY2(made, made ? "" : made.error().message.c_str());
  }

  void init() {
    for (const QString& path : settings_.recentModels()) settings_.removeRecentModel(path);
    view_ = std::make_unique<widgets::ModelManagerView>();
    manager_ = std::make_unique<ModelManager>(settings_, *view_);
    view_->resize(900, 420);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
  }

  void cleanup() {
    manager_.reset();
    view_.reset();
  }

  void showsTheCardOfASpactFile() {
    QSignalSpy shown(manager_.get(), &ModelManager::cardShown);
    manager_->open(spact_);
    QVERIFY(shown.wait(30000));
    const QString card = view_->cardText();
    QVERIFY2(card.contains("Networks"), qPrintable(card));
    QVERIFY2(card.contains("anonymizer: unet"), qPrintable(card));
    QVERIFY2(card.contains("action:"), qPrintable(card));
    QVERIFY2(card.contains("parameters"), qPrintable(card));
    QVERIFY2(card.contains(spact_), qPrintable(card));
    QVERIFY(!view_->showsError());
    QCOMPARE(settings_.recentModels(), QStringList{spact_});
    QCOMPARE(view_->recentModels(), QStringList{spact_});
    QCOMPARE(view_->selectedModel(), spact_);

    // "Use for Anonymization" asks for the model shown.
    auto* use = view_->findChild<QPushButton*>("useModelButton");
    QVERIFY(use && use->isEnabled());
    QSignalSpy used(manager_.get(), &ModelManager::useRequested);
    use->click();
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.at(0).at(0).toString(), spact_);

    const QString artefacts = qEnvironmentVariable("SPACT_BINARY_DIR", dir_.path()) + "/test-artefacts";
    QVERIFY(QDir().mkpath(artefacts));
    const QString png = artefacts + "/model-manager.png";
    QVERIFY(view_->grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
  }

  void cardShowsTheModelCardsFields() {
    widgets::ModelCard card;
    card.path = "/models/tiny.spact";
    card.format = "spact";
    card.networks = {{"anonymizer", "unet, width 0.125", 1234}};
    card.inputResolution = 112;
    card.classes = {"wave", "jump"};
    card.attributes = {"face", "skin"};
    card.trainingData = "synthetic benchmark (seed 1)";
    card.metrics = {{"Action top-1", "0.812"}, {"Privacy cMAP", "0.433"}};
    card.hasAnonymizer = true;
    view_->showCard(card);
    const QString text = view_->cardText();
    for (const char* words : {"112 px", "2 — wave, jump", "2 — face, skin", "synthetic benchmark (seed 1)",
                              "Action top-1: 0.812", "Privacy cMAP: 0.433"})
      QVERIFY2(text.contains(words), qPrintable(text));
  }

  void importsToSpact() {
    const QString destination = dir_.filePath("imported.spact");
    QSignalSpy imported(manager_.get(), &ModelManager::imported);
    manager_->importModel(fixture("unet.weights.safetensors"), destination);
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.at(0).at(1).toString(), destination);
    QVERIFY(QFileInfo::exists(destination));
    QVERIFY(view_->cardText().contains("anonymizer: unet"));
    QCOMPARE(settings_.recentModels().value(0), destination);
    QCOMPARE(ModelManager::importDestination("/a/b/model.pth"), QString("/a/b/model.spact"));
  }

  void corruptModelShowsTheEnginesSentence_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("not a model at all\n");
    QTest::newRow("truncated zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8);
    QTest::newRow("empty") << QByteArray();
  }

  void corruptModelShowsTheEnginesSentence() {
    QFETCH(QByteArray, bytes);
    const QString bad = dir_.filePath("corrupt.spact");
    test::writeFile(bad, bytes);
    QSignalSpy failed(manager_.get(), &ModelManager::failed);
    manager_->open(bad);
    QVERIFY(failed.wait(30000));
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains("corrupt.spact"), qPrintable(message));
    QVERIFY(view_->showsError());
    QVERIFY2(view_->cardText().contains(message), qPrintable(view_->cardText()));
    QVERIFY(!settings_.recentModels().contains(bad));
    QVERIFY(!view_->findChild<QPushButton*>("useModelButton")->isEnabled());

    // And it keeps working.
    QSignalSpy shown(manager_.get(), &ModelManager::cardShown);
    manager_->open(spact_);
    QVERIFY(shown.wait(30000));
    QVERIFY(!view_->showsError());
  }

  void removesFromTheRecentList() {
    QSignalSpy shown(manager_.get(), &ModelManager::cardShown);
    manager_->open(spact_);
    QVERIFY(shown.wait(30000));
    view_->findChild<QPushButton*>("removeModelButton")->click();
    QVERIFY(settings_.recentModels().isEmpty());
    QVERIFY(view_->recentModels().isEmpty());
  }

 private:
  QTemporaryDir dir_;
  QString spact_;
  StudioSettings settings_;
  std::unique_ptr<widgets::ModelManagerView> view_;
  std::unique_ptr<ModelManager> manager_;
};

QTEST_MAIN(TestModelManager)
#include "tst_model_manager.moc"
