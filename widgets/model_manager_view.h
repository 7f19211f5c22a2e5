#pragma once
// The model manager: the recent model files on the left, the card of the one selected on the
// right (its networks, architectures, input resolution, classes and attributes, where it was
// trained, its metrics, the file), and buttons to open or import a model and to use it for
// anonymization. A view: it shows Qt values and says what the user asked for.
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace spact::widgets {

// What a model card shows, in Qt values (app/ fills it from the engine's description).
struct ModelCard {
  struct Network {
    QString role;          // "anonymizer", "action", "privacy", "attributes"
    QString architecture;  // "unet, width 0.125, channels 3→3"
    qint64 parameters = 0;
  };
  QString path;
  QString format;  // "spact", "pytorch", "safetensors", "torchscript"
  qint64 fileSize = 0;
  QList<Network> networks;
  int inputResolution = 0;  // 0: not recorded
  QStringList classes, attributes;
  QString trainingData;                    // where it was trained, as the card says; empty: not recorded
  QList<QPair<QString, QString>> metrics;  // name, value
  bool scripted = false;
  bool hasAnonymizer = false;
};

class ModelManagerView : public QWidget {
  Q_OBJECT
 public:
  explicit ModelManagerView(QWidget* parent = nullptr);

  void setRecentModels(const QStringList& paths);
  QStringList recentModels() const;
  void selectModel(const QString& path);  // emits nothing
  QString selectedModel() const;

  void showCard(const ModelCard& card);
  // A file that could not be read: the engine's sentence instead of a card.
  void showError(const QString& path, const QString& message);
  void showBusy(const QString& text);
  QString cardText() const;  // the card as plain text (for tests)
  bool showsError() const { return error_; }

  static QString cardHtml(const ModelCard& card);

 Q_SIGNALS:
  void openRequested();
  void importRequested();
  void modelSelected(const QString& path);
  void useRequested(const QString& path);
  void removeRequested(const QString& path);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateButtons();

  QListWidget* list_ = nullptr;
  QTextBrowser* card_ = nullptr;
  QPushButton* open_ = nullptr;
  QPushButton* import_ = nullptr;
  QPushButton* use_ = nullptr;
  QPushButton* remove_ = nullptr;
  QLabel* recentLabel_ = nullptr;
  ModelCard shown_;
  bool hasCard_ = false;
  bool error_ = false;
  QString errorPath_, errorMessage_;
};

}  // namespace spact::widgets
