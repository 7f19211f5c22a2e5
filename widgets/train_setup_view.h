#pragma once
// A new training run: the action and privacy data sets, a preset, device and precision, the run
// folder, every hyper-parameter in a generated form, and Start. A view: the application inspects
// the data, fills the form from the configuration and starts the run.
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace spact::widgets {

class ConfigForm;
class DataPicker;

class TrainSetupView : public QWidget {
  Q_OBJECT
 public:
  explicit TrainSetupView(QWidget* parent = nullptr);

  DataPicker* actionData() const { return actionData_; }
  DataPicker* privacyData() const { return privacyData_; }
  ConfigForm* form() const { return form_; }

  // Choices as (id, shown name) pairs; the current id stays where it still exists.
  void setPresets(const QStringList& ids, const QStringList& names);
  void setDevices(const QStringList& ids, const QStringList& names);
  void setPrecisions(const QStringList& ids, const QStringList& names);
  QString preset() const;
  QString device() const;
  QString precision() const;
  void setPreset(const QString& id);  // without presetChosen
  void setDevice(const QString& id);
  void setPrecision(const QString& id);
  QComboBox* presetBox() const { return preset_; }
  QComboBox* deviceBox() const { return device_; }
  QComboBox* precisionBox() const { return precision_; }

  QString runFolder() const;
  void setRunFolder(const QString& folder);

  // A line above Start: why the run cannot start, or what it will do.
  void setMessage(const QString& text, bool problem);
  QString message() const;
  void setStartEnabled(bool enabled);
  // While a run trains: nothing here can be changed.
  void setEditable(bool editable);
  QPushButton* startButton() const { return start_; }

 Q_SIGNALS:
  void presetChosen(const QString& id);
  void deviceChosen(const QString& id);
  void changed();  // the run folder or precision changed (the data and form say so themselves)
  void startRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  DataPicker* actionData_ = nullptr;
  DataPicker* privacyData_ = nullptr;
  QLabel* actionLabel_ = nullptr;
  QLabel* privacyLabel_ = nullptr;
  QLabel* presetLabel_ = nullptr;
  QLabel* deviceLabel_ = nullptr;
  QLabel* precisionLabel_ = nullptr;
  QLabel* folderLabel_ = nullptr;
  QLabel* formLabel_ = nullptr;
  QComboBox* preset_ = nullptr;
  QComboBox* device_ = nullptr;
  QComboBox* precision_ = nullptr;
  QLineEdit* folder_ = nullptr;
  QToolButton* browseFolder_ = nullptr;
  ConfigForm* form_ = nullptr;
  QLabel* message_ = nullptr;
  QPushButton* start_ = nullptr;
  bool problem_ = false;
};

}  // namespace spact::widgets
