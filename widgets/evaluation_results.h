#pragma once
// The results of an evaluation (report.json's object, or its rows as they arrive): the table, one
// row per method; the trade-off plot, action top-1 against privacy cMAP, one point per method
// with the raw data marked; and per-attribute AP as bars grouped by attribute, one bar per method.
// A view: it takes Qt values and knows nothing of the engine.
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace spact::widgets {

class EvaluationResults : public QWidget {
  Q_OBJECT
 public:
  explicit EvaluationResults(QWidget* parent = nullptr);

  // Shows report.json's rows (the attributes' names from its "attributes").
  void setReport(const QJsonObject& report);
  // Adds or replaces the row of `row["method"]` (a report row, or a row_finished event: no APs).
  void addRow(const QJsonObject& row);
  void clear();

  QTableWidget* table() const { return table_; }
  QCustomPlot* tradeoffPlot() const { return tradeoff_; }
  QCustomPlot* apPlot() const { return ap_; }
  int rowCount() const { return static_cast<int>(rows_.size()); }
  QStringList methods() const;
  // The two plots as pictures (the PDF export).
  QPixmap tradeoffPicture(int width, int height);
  QPixmap apPicture(int width, int height);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void refresh();
  void fillTable();
  void plotTradeoff();
  void plotAp();
  void retranslate();

  QTableWidget* table_ = nullptr;
  QCustomPlot* tradeoff_ = nullptr;
  QCustomPlot* ap_ = nullptr;
  QLabel* tradeoffTitle_ = nullptr;
  QLabel* apTitle_ = nullptr;
  QList<QJsonObject> rows_;
  QStringList attributes_;
};

}  // namespace spact::widgets
