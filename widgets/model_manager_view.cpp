#include "model_manager_view.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace spact::widgets {
namespace {
QString row(const QString& name, const QString& value) {
  return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value);
}
// Long lists stay readable: the first few names and how many more.
QString names(const QStringList& list) {
  constexpr int shown = 12;
  QString text = QStringList(list.mid(0, shown)).join(QStringLiteral(", ")).toHtmlEscaped();
  if (list.size() > shown) text += QStringLiteral(" ") + ModelManagerView::tr("(and %1 more)").arg(list.size() - shown);
  return QStringLiteral("%1 — %2").arg(list.size()).arg(text);
}
}  // namespace

ModelManagerView::ModelManagerView(QWidget* parent) : QWidget(parent) {
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("recentModelList"));
  card_ = new QTextBrowser(this);
  card_->setObjectName(QStringLiteral("modelCard"));
  card_->setOpenLinks(false);
  open_ = new QPushButton(this);
  open_->setObjectName(QStringLiteral("openModelFileButton"));
  import_ = new QPushButton(this);
  import_->setObjectName(QStringLiteral("importModelButton"));
  use_ = new QPushButton(this);
  use_->setObjectName(QStringLiteral("useModelButton"));
  remove_ = new QPushButton(this);
  remove_->setObjectName(QStringLiteral("removeModelButton"));
  recentLabel_ = new QLabel(this);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(recentLabel_);
  leftLayout->addWidget(list_, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(open_);
  buttons->addWidget(import_);
  leftLayout->addLayout(buttons);
  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(card_, 1);
  auto* cardButtons = new QHBoxLayout;
  cardButtons->addStretch(1);
  cardButtons->addWidget(remove_);
  cardButtons->addWidget(use_);
  rightLayout->addLayout(cardButtons);
  auto* splitter = new QSplitter(this);
  splitter->addWidget(left);
  splitter->addWidget(right);
  splitter->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(splitter);

  connect(open_, &QPushButton::clicked, this, &ModelManagerView::openRequested);
  connect(import_, &QPushButton::clicked, this, &ModelManagerView::importRequested);
  connect(use_, &QPushButton::clicked, this, [this] { Q_EMIT useRequested(selectedModel()); });
  connect(remove_, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(selectedModel()); });
  connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
    updateButtons();
    if (item && !signalsBlocked()) Q_EMIT modelSelected(item->data(Qt::UserRole).toString());
  });
  retranslate();
}

void ModelManagerView::setRecentModels(const QStringList& paths) {
  const QString selected = selectedModel();
  const QSignalBlocker block(list_);
  list_->clear();
  for (const QString& path : paths) {
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), list_);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
  }
  selectModel(selected);
  updateButtons();
}

QStringList ModelManagerView::recentModels() const {
  QStringList paths;
  for (int i = 0; i < list_->count(); ++i) paths << list_->item(i)->data(Qt::UserRole).toString();
  return paths;
}

void ModelManagerView::selectModel(const QString& path) {
  const QSignalBlocker block(list_);
  for (int i = 0; i < list_->count(); ++i)
    if (list_->item(i)->data(Qt::UserRole).toString() == path) list_->setCurrentRow(i);
  updateButtons();
}

QString ModelManagerView::selectedModel() const {
  const QListWidgetItem* item = list_->currentItem();
  return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ModelManagerView::cardHtml(const ModelCard& card) {
  QString html =
      QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(QFileInfo(card.path).fileName().toHtmlEscaped());
  QString networks;
  for (const auto& net : card.networks)
    networks += QStringLiteral("%1: %2 — %3<br>")
                    .arg(net.role.toHtmlEscaped(), net.architecture.toHtmlEscaped(),
                         tr("%1 parameters").arg(QLocale().toString(net.parameters)));
  html += row(tr("Networks"), networks.isEmpty() ? tr("none") : networks);
  if (card.scripted) html += row(tr("Kind"), tr("TorchScript anonymizer"));
  html += row(tr("Input resolution"),
              card.inputResolution > 0 ? tr("%1 px").arg(card.inputResolution) : tr("not recorded"));
  html += row(tr("Classes"), card.classes.isEmpty() ? tr("not recorded") : names(card.classes));
  html += row(tr("Attributes"), card.attributes.isEmpty() ? tr("not recorded") : names(card.attributes));
  html += row(tr("Trained on"), card.trainingData.isEmpty() ? tr("not recorded") : card.trainingData.toHtmlEscaped());
  QString metrics;
  for (const auto& [name, value] : card.metrics)
    metrics += QStringLiteral("%1: %2<br>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
  html += row(tr("Metrics"), metrics.isEmpty() ? tr("none recorded") : metrics);
  html += row(tr("Format"), card.format.toHtmlEscaped());
  html += row(tr("File"),
              QStringLiteral("%1<br>%2").arg(card.path.toHtmlEscaped(), QLocale().formattedDataSize(card.fileSize)));
  if (!card.hasAnonymizer)
    html += row(tr("Note"), tr("This file holds no anonymizer (f_A); it cannot be used for anonymization."));
  return html + QStringLiteral("</table>");
}

void ModelManagerView::showCard(const ModelCard& card) {
  shown_ = card;
  hasCard_ = true;
  error_ = false;
  card_->setHtml(cardHtml(card));
  selectModel(card.path);
  updateButtons();
}

void ModelManagerView::showError(const QString& path, const QString& message) {
  hasCard_ = false;
  error_ = true;
  errorPath_ = path;
  errorMessage_ = message;
  card_->setHtml(QStringLiteral("<h3>%1</h3><p style=\"color:#c0392b\">%2</p>")
                     .arg(tr("This model cannot be read").toHtmlEscaped(), message.toHtmlEscaped()));
  updateButtons();
}

void ModelManagerView::showBusy(const QString& text) {
  hasCard_ = false;
  error_ = false;
  card_->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped()));
  updateButtons();
}

QString ModelManagerView::cardText() const { return card_->toPlainText(); }

void ModelManagerView::updateButtons() {
  const bool selectedShown = hasCard_ && shown_.path == selectedModel();
  use_->setEnabled(selectedShown && shown_.hasAnonymizer);
  remove_->setEnabled(list_->currentItem() != nullptr);
}

void ModelManagerView::retranslate() {
  recentLabel_->setText(tr("Recent models"));
  open_->setText(tr("Open…"));
  open_->setToolTip(tr("Show the card of a .spact, .pth, .safetensors or TorchScript file"));
  import_->setText(tr("Import…"));
  import_->setToolTip(tr("Convert a PyTorch, safetensors or TorchScript file to a .spact model"));
  use_->setText(tr("Use for Anonymization"));
  remove_->setText(tr("Remove from List"));
  if (hasCard_)
    card_->setHtml(cardHtml(shown_));
  else if (error_)
    showError(errorPath_, errorMessage_);
  else
    card_->setHtml(
        QStringLiteral("<p><i>%1</i></p>").arg(tr("Open or import a model to see its card.").toHtmlEscaped()));
}

void ModelManagerView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace spact::widgets
