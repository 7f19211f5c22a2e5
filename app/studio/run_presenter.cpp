#include "run_presenter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLocale>
#include <cmath>

#include "training_curves.h"
#include "training_monitor.h"

namespace spact::studio {
namespace {

constexpr int kPhases = 5;  // f_A, f_T, f_B, the monitor, the game
const char* const kPhaseOrder[kPhases] = {"init_anonymizer", "init_action", "init_privacy", "init_attributes", "minimax"};

QString percent(double v) { return QLocale().toString(100 * v, 'f', 1); }

QString duration(double seconds) {
  const auto s = static_cast<qint64>(std::llround(std::max(0.0, seconds)));
  if (s >= 3600) return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

double nowSeconds() { return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0; }

std::optional<double> optionalNumber(const QJsonValue& v) {
  return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

}  // namespace

RunPresenter::RunPresenter(widgets::TrainingMonitor& monitor, QObject* parent) : QObject(parent), monitor_(monitor) {}

void RunPresenter::reset(const QString& root) {
  root_ = root;
  events_ = 0;
  status_ = RunDigest::Status::NoEvents;
  failure_.clear();
  step_ = 0;
  phase_.clear();
  phaseEpochs_ = stepsPerEpoch_ = 0;
  etaAnchorTime_ = -1;
  validations_.clear();
  rawAp_.clear();
  kept_.clear();
  bestEpoch_ = -1;
  lastCheckpointStep_ = -1;
  lastCheckpointPhase_.clear();
  monitor_.curves()->clear();
  monitor_.clearLog();
  monitor_.setSamples(QImage(), QString());
  monitor_.setPhase(QString());
  monitor_.setPosition(QString());
  monitor_.setThroughput(QString());
  monitor_.setEta(QString());
  monitor_.setProgress(-1);
  monitor_.setRun(root.isEmpty() ? QString() : QFileInfo(root).fileName(), root);
}

QString RunPresenter::phaseTitle(const QString& phase) const {
  int index = 0;
  for (int i = 0; i < kPhases; ++i)
    if (phase == QLatin1String(kPhaseOrder[i])) index = i + 1;
  QString name;
  if (phase == QLatin1String("init_anonymizer")) name = tr("f_A learns the identity");
  else if (phase == QLatin1String("init_action")) name = tr("f_T on raw clips");
  else if (phase == QLatin1String("init_privacy")) name = tr("f_B on raw images");
  else if (phase == QLatin1String("init_attributes")) name = tr("the attribute monitor on raw images");
  else if (phase == QLatin1String("minimax")) name = tr("the minimax game");
  else name = phase;
  return index > 0 ? tr("Phase %1 of %2: %3").arg(index).arg(kPhases).arg(name) : name;
}

QString RunPresenter::phaseMarker(const QString& phase) const {
  if (phase == QLatin1String("init_anonymizer")) return tr("f_A init");
  if (phase == QLatin1String("init_action")) return tr("f_T init");
  if (phase == QLatin1String("init_privacy")) return tr("f_B init");
  if (phase == QLatin1String("init_attributes")) return tr("monitor init");
  if (phase == QLatin1String("minimax")) return tr("minimax");
  return phase;
}

void RunPresenter::log(const QJsonObject& e, const QString& text) {
  const double t = e.value(QStringLiteral("time")).toDouble();
  const QString when = t > 0 ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(t * 1000)).toString(QStringLiteral("HH:mm:ss")) : QString();
  monitor_.appendLog(when.isEmpty() ? text : tr("%1  %2").arg(when, text));
}

void RunPresenter::add(const QJsonObject& e) {
  ++events_;
  const QString type = e.value(QStringLiteral("type")).toString();
  if (e.contains(QStringLiteral("step"))) step_ = e.value(QStringLiteral("step")).toInteger();
  widgets::TrainingCurves& curves = *monitor_.curves();

  if (type == QLatin1String("started")) {
    status_ = RunDigest::Status::Open;
    const QJsonObject c = e.value(QStringLiteral("config")).toObject();
    log(e, tr("Started: preset %1, device %2, %3, seed %4.")
               .arg(c.value(QStringLiteral("preset")).toString(), c.value(QStringLiteral("device")).toString(),
                    c.value(QStringLiteral("precision")).toString())
               .arg(c.value(QStringLiteral("seed")).toInteger()));
  } else if (type == QLatin1String("resumed")) {
    status_ = RunDigest::Status::Open;
    etaAnchorTime_ = -1;
    log(e, tr("Resumed at step %1 (%2, epoch %3).")
               .arg(step_)
               .arg(phaseTitle(e.value(QStringLiteral("phase")).toString()))
               .arg(e.value(QStringLiteral("epoch")).toInteger() + 1));
  } else if (type == QLatin1String("phase")) {
    phase_ = e.value(QStringLiteral("phase")).toString();
    phaseEpochs_ = e.value(QStringLiteral("epochs")).toInteger();
    stepsPerEpoch_ = e.value(QStringLiteral("steps_per_epoch")).toInteger();
    etaAnchorTime_ = -1;
    curves.addPhase(static_cast<double>(step_), phaseMarker(phase_));
    monitor_.setPhase(phaseTitle(phase_));
    log(e, tr("%1: %2 × %3 steps.").arg(phaseTitle(phase_)).arg(phaseEpochs_).arg(stepsPerEpoch_));
  } else if (type == QLatin1String("train")) {
    const QString phase = e.value(QStringLiteral("phase")).toString();
    if (phase != phase_) {  // the run was read from the middle of a phase
      phase_ = phase;
      monitor_.setPhase(phaseTitle(phase_));
    }
    const std::pair<const char*, widgets::LossCurve> losses[] = {{"loss_a", widgets::LossCurve::Anonymizer},
                                                                 {"loss_t", widgets::LossCurve::Action},
                                                                 {"loss_b", widgets::LossCurve::Privacy}};
    for (const auto& [key, curve] : losses)
      if (e.value(QLatin1String(key)).isDouble()) curves.addLoss(curve, static_cast<double>(step_), e.value(QLatin1String(key)).toDouble());
    const qint64 epoch = e.value(QStringLiteral("epoch")).toInteger();
    const qint64 batch = e.value(QStringLiteral("batch")).toInteger();
    const qint64 batches = e.value(QStringLiteral("batches")).toInteger();
    const qint64 epochs = std::max<qint64>(phaseEpochs_, epoch + 1);
    monitor_.setPosition(tr("Epoch %1 of %2 · batch %3 of %4 · step %5")
                             .arg(std::min(epoch + 1, epochs))
                             .arg(epochs)
                             .arg(batch)
                             .arg(batches)
                             .arg(QLocale().toString(step_)));
    QStringList rates;
    const QLocale locale;
    if (e.value(QStringLiteral("clips_per_s")).isDouble())
      rates << tr("%1 clips/s").arg(locale.toString(e.value(QStringLiteral("clips_per_s")).toDouble(), 'f', 1));
    if (e.value(QStringLiteral("images_per_s")).isDouble())
      rates << tr("%1 images/s").arg(locale.toString(e.value(QStringLiteral("images_per_s")).toDouble(), 'f', 1));
    monitor_.setThroughput(rates.join(QStringLiteral(" · ")));
    updateEta(epoch * batches + batch, epochs * batches, e.value(QStringLiteral("time")).toDouble());
  } else if (type == QLatin1String("val")) {
    const bool anonymized = e.value(QStringLiteral("anonymized")).toBool(true);
    const double top1 = e.value(QStringLiteral("action_top1")).toDouble();
    const std::optional<double> cmap = optionalNumber(e.value(QStringLiteral("privacy_cmap")));
    QStringList names;
    QList<double> ap;
    for (const QJsonValue& a : e.value(QStringLiteral("privacy")).toObject().value(QStringLiteral("attributes")).toArray()) {
      const QJsonObject o = a.toObject();
      names << o.value(QStringLiteral("name")).toString();
      ap << optionalNumber(o.value(QStringLiteral("ap"))).value_or(std::nan(""));
    }
    const int epoch = static_cast<int>(e.value(QStringLiteral("epoch")).toInteger());
    if (anonymized) {
      validations_.insert(epoch, {step_, top1, cmap});
      curves.addValidation({epoch, step_, top1, cmap});
      QList<double> raw;
      for (const QString& n : names) raw << rawAp_.value(n, std::nan(""));
      curves.setAttributeAp(names, ap, rawAp_.isEmpty() ? QList<double>() : raw);
    } else {
      for (qsizetype i = 0; i < names.size(); ++i) rawAp_.insert(names[i], ap[i]);
      curves.setReference(top1, cmap);
      curves.setAttributeAp(names, {}, ap);
    }
    const QString cmapText = cmap ? tr("%1 %").arg(percent(*cmap)) : tr("n/a");
    log(e, anonymized ? tr("Validation after minimax epoch %1: action top-1 %2 %, privacy cMAP %3.").arg(epoch).arg(percent(top1)).arg(cmapText)
                      : tr("Validation on raw data (the reference): action top-1 %1 %, privacy cMAP %2.").arg(percent(top1), cmapText));
  } else if (type == QLatin1String("checkpoint")) {
    lastCheckpointStep_ = step_;
    lastCheckpointPhase_ = e.value(QStringLiteral("phase")).toString();
    const int epoch = static_cast<int>(e.value(QStringLiteral("epoch")).toInteger());
    const bool best = e.value(QStringLiteral("best")).toBool();
    if (e.contains(QStringLiteral("kept"))) kept_ << Checkpoint{epoch, step_, QFileInfo(e.value(QStringLiteral("kept")).toString()).fileName()};
    if (best) bestEpoch_ = epoch;
    log(e, best ? tr("Checkpoint at step %1 (the best so far).").arg(step_) : tr("Checkpoint at step %1.").arg(step_));
  } else if (type == QLatin1String("samples")) {
    // The path as written; a run folder that moved still has the file under samples/.
    QString path = e.value(QStringLiteral("path")).toString();
    if (!QFileInfo::exists(path)) path = QDir(root_).filePath(QStringLiteral("samples/") + QFileInfo(path).fileName());
    const QImage grid(path);
    if (!grid.isNull())
      monitor_.setSamples(grid, tr("After minimax epoch %1 (step %2)").arg(e.value(QStringLiteral("epoch")).toInteger()).arg(step_));
  } else if (type == QLatin1String("stopped")) {
    status_ = RunDigest::Status::Stopped;
    monitor_.setEta(QString());
    log(e, tr("Stopped at step %1 with a checkpoint; it can be resumed.").arg(step_));
  } else if (type == QLatin1String("finished")) {
    status_ = RunDigest::Status::Finished;
    monitor_.setEta(QString());
    monitor_.setProgress(1);
    log(e, tr("Finished after %1 steps.").arg(step_));
  } else if (type == QLatin1String("error")) {
    status_ = RunDigest::Status::Failed;
    monitor_.setEta(QString());
    failure_ = e.value(QStringLiteral("message")).toString();
    log(e, failure_);
  }
}

void RunPresenter::progress(const QString& stage, qint64 done, qint64 total) {
  if (stage != phase_ || total <= 0) return;
  updateEta(done, total, nowSeconds());
}

void RunPresenter::pauseChanged(bool) { etaAnchorTime_ = -1; }

void RunPresenter::updateEta(qint64 done, qint64 total, double now) {
  if (total <= 0) return;
  monitor_.setProgress(static_cast<double>(done) / static_cast<double>(total));
  if (etaAnchorTime_ < 0 || done < etaAnchorDone_) {
    etaAnchorTime_ = now;
    etaAnchorDone_ = done;
    return;
  }
  const double seconds = now - etaAnchorTime_;
  const qint64 steps = done - etaAnchorDone_;
  if (steps <= 0 || seconds <= 0) return;
  monitor_.setEta(tr("Phase ETA %1 (%2 s per step)")
                      .arg(duration(seconds / static_cast<double>(steps) * static_cast<double>(total - done)),
                           QLocale().toString(seconds / static_cast<double>(steps), 'f', 2)));
}

QList<widgets::CheckpointRow> RunPresenter::checkpoints() const {
  QList<widgets::CheckpointRow> rows;
  const QDir dir(QDir(root_).filePath(QStringLiteral("checkpoints")));
  for (const Checkpoint& c : kept_) {
    if (!dir.exists(c.file)) continue;
    widgets::CheckpointRow row;
    row.path = dir.filePath(c.file);
    row.label = tr("epoch %1").arg(c.epoch);
    row.epoch = c.epoch;
    row.step = c.step;
    if (validations_.contains(c.epoch)) {
      row.actionTop1 = validations_.value(c.epoch).top1;
      row.privacyCmap = validations_.value(c.epoch).cmap;
    }
    row.best = c.epoch == bestEpoch_;
    rows << row;
  }
  if (lastCheckpointStep_ >= 0 && dir.exists(QStringLiteral("last.spact"))) {
    widgets::CheckpointRow row;
    row.path = dir.filePath(QStringLiteral("last.spact"));
    row.label = tr("last (%1)").arg(phaseMarker(lastCheckpointPhase_));
    row.step = lastCheckpointStep_;
    rows << row;
  }
  return rows;
}

}  // namespace spact::studio
