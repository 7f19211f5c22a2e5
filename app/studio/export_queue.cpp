#include "export_queue.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <filesystem>
#include <functional>
#include <mutex>
#include <stop_token>

#include "eval/score.h"
#include "pipeline/folder_export.h"
#include "util/log.h"

namespace spact::studio {
namespace {
using Clock = std::chrono::steady_clock;
constexpr auto kProgressInterval = std::chrono::milliseconds(100);
constexpr double kExportShare = 0.8;  // of a row's progress bar, when a score report follows the export

std::vector<std::string> toStrings(const QStringList& list) {
  std::vector<std::string> out;
  for (const QString& s : list) out.push_back(s.toStdString());
  return out;
}
}  // namespace

pipeline::ExportOptions exportOptions(const ExportRequest& request) {
  pipeline::ExportOptions options;  // the CLI's defaults (preset "medium", codec by extension)
  options.encoder.crf = request.crf;
  options.encoder.copyAudio = request.keepAudio;
  options.outputHeight = request.outputHeight;
  return options;
}

QString withCodecExtension(const QString& path, const QString& codec) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  const QString base = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
  if (codec == QLatin1String("ffv1")) return suffix == QLatin1String("mkv") ? path : base + QStringLiteral(".mkv");
  return suffix == QLatin1String("mkv") || suffix.isEmpty() ? base + QStringLiteral(".mp4") : path;
}

struct ExportQueue::Run {
  std::stop_source all;
  std::mutex mutex;
  std::vector<std::stop_source> items;  // set once the request is planned
};

ExportQueue::ExportQueue(QObject* parent) : QObject(parent) {
  qRegisterMetaType<Summary>();
  qRegisterMetaType<ItemState>();
  // Connected first, so that whoever hears `finished` may start the next request.
  connect(this, &ExportQueue::finished, this, [this] { running_ = false; });
}

ExportQueue::~ExportQueue() {
  cancelAll();
  waitForFinished();
}

bool ExportQueue::isRunning() const { return running_; }

void ExportQueue::waitForFinished() {
  if (future_.isValid()) future_.waitForFinished();
}

void ExportQueue::cancel(int item) {
  if (!run_) return;
  std::lock_guard lock(run_->mutex);
  if (item >= 0 && item < static_cast<int>(run_->items.size()))
    run_->items[static_cast<std::size_t>(item)].request_stop();
}

void ExportQueue::cancelAll() {
  if (run_) run_->all.request_stop();
}

namespace {

// The request, on a pool thread. What the GUI sees is posted to `queue` (queued calls, so
// signals are emitted on its thread); the queue waits for this before it is destroyed.
void execute(ExportQueue* queue, const std::shared_ptr<std::stop_source>& all,
             const std::function<std::stop_token(std::size_t)>& itemsPlanned, const ExportRequest& request) {
  using State = ExportQueue::ItemState;
  auto post = [queue](auto f) { QMetaObject::invokeMethod(queue, std::move(f), Qt::QueuedConnection); };
  ExportQueue::Summary summary;
  auto finish = [&] { post([queue, summary] { Q_EMIT queue->finished(summary); }); };

  const pipeline::ExportOptions options = exportOptions(request);
  auto plan = pipeline::planExport(toStrings(request.inputs), request.output.toStdString());
  if (!plan) summary.error = QString::fromStdString(plan.error().message);
  std::unique_ptr<pipeline::Anonymizer> anonymizer;
  if (plan && request.scoreReport && request.anonymizer.modelPath.empty())
    summary.error = ExportQueue::tr("A privacy score report needs a model with an attribute classifier: load one, "
                                    "or export without the report.");
  if (plan && summary.error.isEmpty()) {
    auto made = pipeline::makeAnonymizer(request.anonymizer);
    if (made)
      anonymizer = std::move(*made);
    else
      summary.error = QString::fromStdString(made.error().message);
  }
  if (!summary.error.isEmpty()) {
    log::get("studio")->error("Export: {}", summary.error.toStdString());
    return finish();
  }

  // One row per file: the input and where it goes.
  QStringList inputs, outputs;
  std::vector<pipeline::FolderItem> items;
  if (plan->folderMode) {
    for (auto item : plan->items) {
      item.relative = withCodecExtension(QString::fromStdString(item.relative), request.codec).toStdString();
      inputs << QString::fromStdString(item.input);
      outputs << QString::fromStdString((std::filesystem::path(plan->output) / item.relative).string());
      items.push_back(std::move(item));
    }
  } else {
    items.push_back({request.inputs.front().toStdString(), plan->output});
    inputs << request.inputs.front();
    outputs << request.output;
  }
  std::vector<std::stop_token> stops;
  for (std::size_t i = 0; i < items.size(); ++i) stops.push_back(itemsPlanned(i));
  post([queue, inputs, outputs] { Q_EMIT queue->planned(inputs, outputs); });
  const std::string settings = pipeline::manifestSettings(request.anonymizer, options);

  for (std::size_t i = 0; i < items.size(); ++i) {
    const int row = static_cast<int>(i);
    if (all->stop_requested() || stops[i].stop_requested()) {
      ++summary.cancelled;
      post([queue, row] { Q_EMIT queue->itemFinished(row, State::Cancelled, {}); });
      continue;
    }
    post([queue, row] { Q_EMIT queue->itemStarted(row); });
    // Core reports every batch; the GUI hears of it at most every kProgressInterval. With a score
    // report the export fills the first kExportShare of the row, scoring the rest.
    const auto started = Clock::now();
    auto last = started - kProgressInterval;
    auto progress = [&, row](double from, double span) {
      return [&, row, from, span](const Progress& p) {
        const auto now = Clock::now();
        if (now - last >= kProgressInterval || (p.total > 0 && p.done >= p.total)) {
          last = now;
          const double fraction = from + span * p.fraction();
          const double elapsed = std::chrono::duration<double>(now - started).count();
          const double eta = fraction > 0.02 ? elapsed * (1 - fraction) / fraction : -1;
          post([queue, row, fraction, eta] { Q_EMIT queue->itemProgress(row, fraction, eta); });
        }
        return !all->stop_requested();
      };
    };
    JobControl job(stops[i], progress(0, request.scoreReport ? kExportShare : 1.0));

    State state = State::Done;
    QString message;
    if (!plan->folderMode) {
      auto result = pipeline::exportAnonymized(items[i].input, items[i].relative, *anonymizer, options, job);
      if (!result) {
        state = result.error().isCancelled() ? State::Cancelled : State::Failed;
        message = QString::fromStdString(result.error().message);
      }
    } else {
      // One file at a time through the folder mode, so each can be cancelled on its own while
      // the manifest (spact-manifest.json) is kept as `spact anonymize` keeps it.
      auto result = pipeline::exportFolder({items[i]}, plan->output, *anonymizer, settings, options, job);
      if (!result) {
        state = result.error().isCancelled() ? State::Cancelled : State::Failed;
        message = QString::fromStdString(result.error().message);
      } else if (!result->outcomes.empty()) {
        const auto& outcome = result->outcomes.front();
        state = outcome.state == pipeline::FolderOutcome::State::Skipped  ? State::Skipped
                : outcome.state == pipeline::FolderOutcome::State::Failed ? State::Failed
                                                                          : State::Done;
        message = QString::fromStdString(outcome.message);
      }
    }
    // The score report of the source, beside the output (also for a file a rerun skipped, if its report is missing).
    const std::string report = eval::scoreReportPath(plan->folderMode ? outputs[row].toStdString() : plan->output);
    if (request.scoreReport &&
        (state == State::Done || (state == State::Skipped && !std::filesystem::exists(report)))) {
      JobControl scoring(stops[i], progress(kExportShare, 1 - kExportShare));
      eval::ScoreOptions scoreOptions;
      scoreOptions.device = request.anonymizer.device;
      scoreOptions.cascadePath = request.anonymizer.cascadePath;
      if (request.anonymizer.method == "downsample")
        scoreOptions.baseline = "downsample" + std::to_string(request.anonymizer.downsampleFactor);
      else if (request.anonymizer.method != "model")
        scoreOptions.baseline = request.anonymizer.method;
      auto scores = eval::scoreVideo(items[i].input, request.anonymizer.modelPath, scoreOptions, scoring);
      Status written = scores ? eval::writeScoreReport(*scores, report) : Status(tl::unexpected(scores.error()));
      if (!written && written.error().isCancelled()) {
        state = State::Cancelled;
      } else if (!written) {
        state = State::Failed;
        message = ExportQueue::tr("%1 was exported, but its privacy score report could not be written: %2")
                      .arg(QFileInfo(outputs[row]).fileName(), QString::fromStdString(written.error().message));
      }
    }
    switch (state) {
      case State::Done:
        ++summary.done;
        break;
      case State::Skipped:
        ++summary.skipped;
        break;
      case State::Cancelled:
        ++summary.cancelled;
        message.clear();
        break;
      default:
        ++summary.failed;
        summary.failures << message;
        log::get("studio")->error("Export: {}", message.toStdString());
    }
    post([queue, row, state, message] { Q_EMIT queue->itemFinished(row, state, message); });
  }
  finish();
}

}  // namespace

bool ExportQueue::start(const ExportRequest& request) {
  if (isRunning()) return false;
  waitForFinished();  // the previous request has posted its summary; its thread is ending
  running_ = true;
  run_ = std::make_shared<Run>();
  auto all = std::shared_ptr<std::stop_source>(run_, &run_->all);
  auto itemsPlanned = [run = run_](std::size_t i) {
    std::lock_guard lock(run->mutex);
    if (run->items.size() <= i) run->items.resize(i + 1);
    return run->items[i].get_token();
  };
  future_ = QtConcurrent::run([this, all, itemsPlanned, request] { execute(this, all, itemsPlanned, request); });
  return true;
}

}  // namespace spact::studio
