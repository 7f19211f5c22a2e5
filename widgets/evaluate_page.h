#pragma once
// The Evaluate page: on the left what to evaluate — model files, baselines, the protocol, the data
// sets, the fresh target models' budget, the output folder — with Start and Stop; on the right the
// progress with its ETA and the results (EvaluationResults), an existing report folder opened, and
// the report exported. A view: the application reads its choices and fills in what it finds.
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QGroupBox;

namespace spact::widgets {

class ConfigForm;
class DataPicker;
class EvaluationResults;

class EvaluatePage : public QWidget {
  Q_OBJECT
 public:
  explicit EvaluatePage(QWidget* parent = nullptr);

  // The baselines a user can tick, as `spact evaluate --baselines` names them.
  static QStringList baselineNames();

  QStringList models() const;
  void setModels(const QStringList& paths);
  void addModels(const QStringList& paths);  // those not listed yet
  QStringList baselines() const;             // ticked, in baselineNames() order
  void setBaselines(const QStringList& names);
  QCheckBox* baselineBox(const QString& name) const;
  QString protocol() const;  // "known" or "novel"
  void setProtocol(const QString& protocol);
  DataPicker* actionData() const { return actionData_; }
  DataPicker* privacyData() const { return privacyData_; }
  ConfigForm* budget() const { return budget_; }
  QString outputFolder() const;
  void setOutputFolder(const QString& folder);

  QPushButton* startButton() const { return start_; }
  QPushButton* stopButton() const { return stop_; }
  QPushButton* openButton() const { return open_; }
  QPushButton* exportButton(const QString& format) const;  // "html", "pdf", "csv"
  EvaluationResults* results() const { return results_; }

  // Running: the set-up is read-only and Stop is offered.
  void setRunning(bool running);
  void setProgress(int permille, const QString& text, const QString& eta);
  // The last word: what happened, or why an evaluation was refused (`error`).
  void setStatus(const QString& text, bool error = false);
  QString statusText() const;
  QString etaText() const;
  int progressValue() const;  // permille
  // The report shown: its folder ("" when none), which enables the exports.
  void setReportFolder(const QString& folder);

 Q_SIGNALS:
  void startRequested();
  void stopRequested();
  void openReportRequested();
  void exportRequested(const QString& format);
  void modelsChanged();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  QWidget* makeSetup();
  void chooseModels();
  void chooseOutput();
  void updateButtons();
  void retranslate();

  QListWidget* models_ = nullptr;
  QPushButton* addModel_ = nullptr;
  QPushButton* removeModel_ = nullptr;
  QList<QCheckBox*> baselineBoxes_;
  QComboBox* protocol_ = nullptr;
  DataPicker* actionData_ = nullptr;
  DataPicker* privacyData_ = nullptr;
  ConfigForm* budget_ = nullptr;
  QLineEdit* output_ = nullptr;
  QPushButton* browseOutput_ = nullptr;
  QPushButton* start_ = nullptr;
  QPushButton* stop_ = nullptr;
  QPushButton* open_ = nullptr;
  QPushButton* exportHtml_ = nullptr;
  QPushButton* exportPdf_ = nullptr;
  QPushButton* exportCsv_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* eta_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* reportLabel_ = nullptr;
  QGroupBox* modelsBox_ = nullptr;
  QGroupBox* baselinesBox_ = nullptr;
  QGroupBox* dataBox_ = nullptr;
  QGroupBox* budgetBox_ = nullptr;
  QGroupBox* outputBox_ = nullptr;
  QLabel* protocolLabel_ = nullptr;
  QLabel* actionLabel_ = nullptr;
  QLabel* privacyLabel_ = nullptr;
  EvaluationResults* results_ = nullptr;
  QString reportFolder_;
  bool running_ = false;
};

}  // namespace spact::widgets
