#pragma once
// File ▸ Export…: what to export (files and folders), how (codec and quality, audio, output
// size, method, an optional privacy score report) and where; then the queue of files with their progress, time left and cancel
// buttons, and a summary with each failure's reason. The work is ExportQueue's, off the UI thread.
#include <QDialog>

#include "export_queue.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace spact::widgets {
class ExportQueueView;
}

namespace spact::studio {

class StudioSettings;

class ExportDialog : public QDialog {
  Q_OBJECT
 public:
  ExportDialog(ExportQueue& queue, StudioSettings& settings, QWidget* parent = nullptr);

  // The method the model panel has chosen: the dialog's default, and where a model comes from.
  void setAnonymizer(const pipeline::AnonymizerConfig& config);
  void setInputs(const QStringList& paths);
  QStringList inputs() const;
  void setOutput(const QString& path);
  QString output() const;
  void setCodec(const QString& codec);  // "h264" or "ffv1"
  void setCrf(int crf);
  void setKeepAudio(bool keep);
  void setOutputHeight(int height);       // 0: the source's size
  void setMethod(const QString& method);  // the model panel's ids
  // "Write a privacy score report beside each output" (needs a loaded model; off by default).
  void setScoreReport(bool write);
  bool scoreReport() const;
  // What Start would run.
  ExportRequest request() const;
  // Starts the export (as the Start button does); false with the reason shown when it cannot.
  bool startExport();

  widgets::ExportQueueView* queueView() const { return queueView_; }
  QString summaryText() const;

 Q_SIGNALS:
  void exportFinished(const spact::studio::ExportQueue::Summary& summary);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateEnabled();
  void suggestOutput();
  void addFiles();
  void addFolder();
  void browseOutput();
  bool singleFile() const;
  void showSummary(const ExportQueue::Summary& summary);
  void saveChoices() const;

  ExportQueue& queue_;
  StudioSettings& settings_;
  pipeline::AnonymizerConfig panel_;
  QListWidget* inputs_ = nullptr;
  QPushButton* addFiles_ = nullptr;
  QPushButton* addFolder_ = nullptr;
  QPushButton* removeInput_ = nullptr;
  QComboBox* codec_ = nullptr;
  QSpinBox* crf_ = nullptr;
  QCheckBox* keepAudio_ = nullptr;
  QComboBox* height_ = nullptr;
  QComboBox* method_ = nullptr;
  QCheckBox* scoreReport_ = nullptr;
  QLineEdit* output_ = nullptr;
  QPushButton* browse_ = nullptr;
  widgets::ExportQueueView* queueView_ = nullptr;
  QLabel* summary_ = nullptr;
  QPushButton* start_ = nullptr;
  QPushButton* cancelAll_ = nullptr;
  QPushButton* close_ = nullptr;
  QList<QLabel*> labels_;
  QString outputSuggested_;  // the output we filled in (replaced when the inputs change)
  ExportQueue::Summary lastSummary_;
  bool hasSummary_ = false;
};

}  // namespace spact::studio
