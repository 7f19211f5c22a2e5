#pragma once
// The export queue as a table: one row per file with its name, a progress bar, the time left,
// its state, and a button that cancels that file. A view: it shows what it is told and says
// which row the user wants cancelled.
#include <QTreeWidget>

namespace spact::widgets {

class ExportQueueView : public QTreeWidget {
  Q_OBJECT
 public:
  enum class RowState { Waiting, Running, Done, Skipped, Failed, Cancelled };

  explicit ExportQueueView(QWidget* parent = nullptr);

  // Replaces the rows: the input files and their outputs (shown as tool tips).
  void setRows(const QStringList& inputs, const QStringList& outputs);
  int rowCount() const { return topLevelItemCount(); }
  // `eta` in seconds, negative while unknown.
  void setProgress(int row, double fraction, double eta);
  void setState(int row, RowState state, const QString& message = QString());
  RowState state(int row) const;
  QString stateText(int row) const;
  // "1 min 05 s", "12 s": the time left, in the user's language.
  static QString formatEta(double seconds);

 Q_SIGNALS:
  void cancelRequested(int row);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  QString stateName(RowState state) const;
  QList<RowState> states_;
};

}  // namespace spact::widgets
