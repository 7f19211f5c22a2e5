#include "privacy_controller.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <stop_token>

#include "anonymizer_choice.h"
#include "compare_controller.h"
#include "eval/score.h"
#include "privacy_panel.h"
#include "util/log.h"

namespace spact::studio {
namespace {
using Clock = std::chrono::steady_clock;
using State = widgets::PrivacyPanel::State;
constexpr auto kProgressInterval = std::chrono::milliseconds(150);

// The baseline eval::ScoreOptions names for a compare method; empty for f_A.
QString scoreBaseline(const pipeline::AnonymizerConfig& config) {
  if (config.method == "model") return {};
  if (config.method == "downsample") return QStringLiteral("downsample%1").arg(config.downsampleFactor);
  return QString::fromStdString(config.method);
}

QStringList strings(const config::Json& j) {
  QStringList out;
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) out << QString::fromStdString(v.get<std::string>());
  return out;
}

QList<double> numbers(const config::Json& j) {
  QList<double> out;
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_number()) out << v.get<double>();
  return out;
}

QList<QPair<QString, double>> ranked(const config::Json& j) {
  QList<QPair<QString, double>> out;
  if (j.is_array())
    for (const auto& c : j)
      out.append({QString::fromStdString(c.value("class", std::string())), c.value("probability", 0.0)});
  return out;
}

// One entry of the report's "segments" (eval/score.h) as the panel takes it.
widgets::PrivacySegment segmentFrom(const config::Json& j) {
  widgets::PrivacySegment s;
  s.start = j.value("start_s", 0.0);
  s.end = j.value("end_s", s.start);
  if (j.contains("attributes")) {
    s.original = numbers(j["attributes"].value("original", config::Json::array()));
    s.anonymized = numbers(j["attributes"].value("anonymized", config::Json::array()));
  }
  if (j.contains("action")) {
    s.actionOriginal = ranked(j["action"].value("original", config::Json::array()));
    s.actionAnonymized = ranked(j["action"].value("anonymized", config::Json::array()));
  }
  return s;
}

}  // namespace

struct PrivacyController::Job {
  std::stop_source stop;
};

PrivacyController::PrivacyController(CompareController& compare, widgets::PrivacyPanel& panel, QObject* parent)
    : QObject(parent), compare_(compare), panel_(panel) {
  pool_.setMaxThreadCount(1);
  pool_.setObjectName(QStringLiteral("spact-privacy-scoring"));
  connect(&compare_, &CompareController::opened, this, &PrivacyController::restart);
  connect(&compare_, &CompareController::anonymizerChanged, this, &PrivacyController::onAnonymizerChanged);
  connect(&compare_, &CompareController::frameShown, &panel_,
          [this](qint64, double seconds, const QImage&, const QImage&) { panel_.setPosition(seconds); });
  connect(&panel_, &widgets::PrivacyPanel::seekRequested, &compare_, &CompareController::seekToTime);
  restart();
}

PrivacyController::~PrivacyController() {
  stop();
  pool_.waitForDone();  // the job returns at its next frame
}

void PrivacyController::stop() {
  if (job_) job_->stop.request_stop();
  job_.reset();
}

void PrivacyController::onAnonymizerChanged(const pipeline::AnonymizerConfig& config) {
  // Resolution and precision change how the player runs f_A, not what scoring does.
  const QString model = QString::fromStdString(config.modelPath);
  if (scoreBaseline(config) == baseline_ && model == model_ && QString::fromStdString(config.device) == device_ &&
      !model_.isEmpty())
    return;
  restart();
}

void PrivacyController::restart() {
  stop();
  const quint64 generation = ++generation_;
  scoring_ = false;
  segments_ = 0;
  const pipeline::AnonymizerConfig config = compare_.anonymizer();
  video_ = compare_.hasVideo() ? compare_.path() : QString();
  baseline_ = scoreBaseline(config);
  model_ = QString::fromStdString(config.modelPath);
  device_ = QString::fromStdString(config.device);
  panel_.setPosition(compare_.current().index >= 0 ? compare_.current().seconds : 0.0);
  if (video_.isEmpty()) {
    panel_.setSource(QString());
    panel_.setState(State::NoVideo);
    return;
  }
  const QString method = anonymizerName(config);
  if (model_.isEmpty() || !QFileInfo::exists(model_)) {
    model_.clear();
    panel_.setSource(tr("Anonymized with: %1").arg(method));
    panel_.setState(State::NeedsModel);
    Q_EMIT scoringUnavailable(panel_.stateText());
    return;
  }
  const QString modelName = QFileInfo(model_).fileName();
  panel_.setSource(baseline_.isEmpty() ? tr("%1, judged by its own classifiers").arg(method)
                                       : tr("%1, judged by the classifiers of %2").arg(method, modelName));
  panel_.begin({}, false, compare_.duration());
  panel_.setState(State::Scoring);
  panel_.setProgress(0);
  scoring_ = true;
  log::get("studio")->info("Scoring '{}' with the classifiers of '{}'{}", video_.toStdString(), model_.toStdString(),
                           baseline_.isEmpty() ? std::string() : " (anonymized by " + baseline_.toStdString() + ")");
  Q_EMIT scoringStarted(video_, model_);

  auto job = std::make_shared<Job>();
  job_ = job;
  eval::ScoreOptions options;
  options.baseline = baseline_.toStdString();
  options.device = config.device;
  options.cascadePath = config.cascadePath;
  const std::string video = video_.toStdString(), model = model_.toStdString();
  // On the pool's thread. What the panel sees is posted back (queued calls on this object's
  // thread) and dropped there when a newer generation has started.
  auto work = [this, job, generation, video, model, options] {
    if (job->stop.stop_requested()) return;
    auto post = [this, generation](auto f) {
      QMetaObject::invokeMethod(
          this,
          [this, generation, f = std::move(f)] {
            if (generation == generation_) f();
          },
          Qt::QueuedConnection);
    };
    eval::ScoreOptions o = options;
    bool noClassifiers = false;
    o.onStart = [&](const config::Json& header) {
      const QStringList attributes = strings(header["attributes"].value("names", config::Json::array()));
      const bool hasAction = header["action"].contains("classes");
      if (attributes.isEmpty() && !hasAction) {
        noClassifiers = true;
        return false;
      }
      const double duration = header.value("duration_s", 0.0);
      post([this, attributes, hasAction, duration] {
        panel_.begin(attributes, hasAction, duration > 0 ? duration : compare_.duration());
        panel_.setState(State::Scoring);
        Q_EMIT headerReady(attributes, hasAction);
      });
      return true;
    };
    o.onSegment = [&](const config::Json& s) {
      const int index = s.value("index", 0);
      post([this, index, segment = segmentFrom(s)] {
        ++segments_;
        panel_.addSegment(segment);
        Q_EMIT segmentScored(index, segment.start, segment.end);
      });
    };
    auto last = Clock::now() - kProgressInterval;
    JobControl control(job->stop.get_token(), [&](const Progress& p) {
      if (const auto now = Clock::now(); now - last >= kProgressInterval) {
        last = now;
        post([this, fraction = p.fraction()] { panel_.setProgress(fraction); });
      }
      return true;
    });
    auto result = eval::scoreVideo(video, model, o, control);
    if (noClassifiers) {
      post([this] {
        scoring_ = false;
        panel_.setState(State::NoClassifiers);
        Q_EMIT scoringUnavailable(panel_.stateText());
      });
    } else if (result) {
      post([this] {
        scoring_ = false;
        panel_.setState(State::Scored);
        Q_EMIT scoringFinished(segments_);
      });
    } else if (!result.error().isCancelled()) {
      post([this, message = QString::fromStdString(result.error().message)] {
        scoring_ = false;
        log::get("studio")->error("Privacy scores: {}", message.toStdString());
        panel_.setState(State::Failed, message);
        Q_EMIT scoringFailed(message);
      });
    }
  };
  (void)QtConcurrent::run(&pool_, work);
}

}  // namespace spact::studio
