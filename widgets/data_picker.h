#pragma once
// Picks a training data set: a folder (typed, or chosen with Browse…) or a "synth:…" spec for the
// in-memory synthetic benchmark. Each change is announced at once (typing settles for a moment
// first) so the application can inspect it; what it found is shown under the field — layout,
// classes, videos, images, attributes — or why the folder cannot be used.
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace spact::widgets {

// What a data set holds, as the picker shows it.
struct DataSummary {
  QString layout;  // "UCF101", "VISPR", "synthetic", …
  QString split;
  QStringList classes;
  qint64 videos = 0;
  qint64 images = 0;
  QStringList attributes;
  QList<double> attributeFrequencies;  // per attribute in [0, 1]; empty when not known
  qint64 problems = 0;                 // files missing or unreadable
};

class DataPicker : public QWidget {
  Q_OBJECT
 public:
  enum class State { Empty, Checking, Valid, Invalid };
  Q_ENUM(State)

  explicit DataPicker(QWidget* parent = nullptr);

  QString spec() const;
  // Shows `spec` and announces it (specChanged) unless it is already shown.
  void setSpec(const QString& spec);
  void setPlaceholderText(const QString& text);

  void setChecking();
  void setSummary(const DataSummary& summary);
  void setProblem(const QString& message);
  State state() const { return state_; }
  QString statusText() const;
  void setEditable(bool editable);

  QLineEdit* lineEdit() const { return edit_; }

 Q_SIGNALS:
  void specChanged(const QString& spec);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void announce();
  void retranslate();

  QLineEdit* edit_ = nullptr;
  QToolButton* browse_ = nullptr;
  QLabel* status_ = nullptr;
  QTimer settle_;
  QString announced_;
  State state_ = State::Empty;
  DataSummary summary_;
  QString problem_;
};

}  // namespace spact::widgets
