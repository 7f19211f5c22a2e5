#pragma once
// Chooses how the anonymized side is made: a loaded model file or one of the baselines
// (identity, blur, pixelation, down-sampling ×2/×4, face blur), and, for a model, the processing
// resolution, the device and the precision. A view: `changed` says the user edited a choice;
// the application decides what it means and may put a choice back (setMethod & co. emit nothing).
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace spact::widgets {

class ModelPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ModelPanel(QWidget* parent = nullptr);

  // Method ids: "model", "identity", "blur", "pixelate", "downsample2", "downsample4", "faceblur".
  static const QStringList& methods();
  // What a method is called in the user's language ("Blur", "Model: name").
  static QString methodName(const QString& method, const QString& modelName = QString());
  void setMethod(const QString& method);
  QString method() const;

  // The model entry: its file and the name shown; an empty path removes it.
  void setModelFile(const QString& path, const QString& name);
  QString modelFile() const { return modelFile_; }

  // Processing resolution (shorter side f_A sees); 0 = the frame's own size.
  static const QList<int>& resolutions();
  void setResolution(int resolution);
  int resolution() const;

  // Devices offered ("cpu", "cuda"); the ones not usable are shown disabled.
  void setCudaUsable(bool usable);
  void setDevice(const QString& device);
  QString device() const;
  void setPrecision(const QString& precision);  // "fp32" or "bf16"
  QString precision() const;

  // A line under the choices: what is active, or that a model is being loaded.
  void setStatus(const QString& text);
  QString status() const;

 Q_SIGNALS:
  void changed();
  void openModelRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateEnabled();

  QComboBox* method_ = nullptr;
  QPushButton* open_ = nullptr;
  QComboBox* resolution_ = nullptr;
  QComboBox* device_ = nullptr;
  QComboBox* precision_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* methodLabel_ = nullptr;
  QLabel* resolutionLabel_ = nullptr;
  QLabel* deviceLabel_ = nullptr;
  QLabel* precisionLabel_ = nullptr;
  QString modelFile_, modelName_;
  bool cudaUsable_ = false;
};

}  // namespace spact::widgets
