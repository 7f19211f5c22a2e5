#pragma once
// The model manager's controller: describes model files (nn::io::describeModelFile) and imports
// them to .spact (nn::io::importModelFile) as futures off the UI thread, turns the engine's
// description into the card the view shows, and keeps the recent models in the settings. A file
// that cannot be read shows the engine's sentence; nothing else changes.
#include <QFutureWatcher>
#include <QObject>

#include "model_manager_view.h"

namespace spact::studio {

class StudioSettings;

class ModelManager : public QObject {
  Q_OBJECT
 public:
  ModelManager(StudioSettings& settings, widgets::ModelManagerView& view, QObject* parent = nullptr);

  // Shows the card of `path` (described in the background); a readable model joins the recent list.
  void open(const QString& path);
  // Converts `source` (PyTorch, safetensors, TorchScript, .spact) to the .spact file `destination`
  // and shows the card of what was written.
  void importModel(const QString& source, const QString& destination);
  bool isBusy() const { return busy_ > 0; }
  // The .spact name an import of `source` is offered: beside it, with the suffix replaced.
  static QString importDestination(const QString& source);
  void refreshRecent();  // after the settings' recent models changed elsewhere

 Q_SIGNALS:
  void cardShown(const QString& path);
  void failed(const QString& path, const QString& message);
  void imported(const QString& source, const QString& destination);
  // "Use for anonymization" on a model that holds an anonymizer.
  void useRequested(const QString& path);

 private:
  struct Described {
    bool ok = false;
    widgets::ModelCard card;
    QString error;
  };
  void watch(QFuture<Described> future, const QString& path, const QString& importedFrom);
  void chooseOpen();
  void chooseImport();

  StudioSettings& settings_;
  widgets::ModelManagerView& view_;
  quint64 generation_ = 0;
  int busy_ = 0;
};

}  // namespace spact::studio
