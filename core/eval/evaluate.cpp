#include "eval/evaluate.h"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <mutex>
#include <set>

#include "data/loader.h"
#include "eval/report.h"
#include "eval/transforms.h"
#include "nn/io/model_import.h"
#include "train/fresh_targets.h"
#include "util/files.h"
#include "util/log.h"
#ifdef SPACT_HAVE_MEDIA
#include "media/image_io.h"
#endif

namespace spact::eval {

namespace fs = std::filesystem;

namespace {

std::uint64_t fnv(std::uint64_t h, std::string_view bytes) {
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}
constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;

// The file's size and FNV-1a of its bytes: retraining into the same path changes the row.
std::string fileFingerprint(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "unreadable";
  std::uint64_t h = kFnvBasis, size = 0;
  std::string buffer(1 << 20, '\0');
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    h = fnv(h, std::string_view(buffer.data(), n));
    size += n;
  }
  return fmt::format("{}:{:016x}", size, h);
}

std::string safeName(const std::string& s) {
  std::string out;
  for (char c : s) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  return out;
}

std::string now() {
  const auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// The evaluation's progress, shared by rows trained side by side (train::forEachRow): each row
// reports into its slot, the whole is their sum, and every call into the evaluation's JobControl
// and event callback happens under one lock, one at a time as when rows ran in turn.
class SharedProgress {
public:
  SharedProgress(JobControl& outer, const std::function<void(const config::Json&)>& onEvent, std::size_t rows)
      : outer_(outer), onEvent_(onEvent), done_(rows, 0.0) {}

  void event(const config::Json& e) {
    std::lock_guard lock(mutex_);
    if (onEvent_) onEvent_(e);
  }

  // Row `index` is `fraction` done; false when the evaluation should stop.
  bool report(std::size_t index, double fraction, const std::string& stage) {
    std::lock_guard lock(mutex_);
    done_[index] = std::max(done_[index], fraction);  // a row's later stage never counts for less
    double sum = 0;
    for (double d : done_) sum += d;
    return outer_.report({stage, static_cast<std::int64_t>(sum * 1000), static_cast<std::int64_t>(done_.size()) * 1000});
  }

  bool stopRequested() {
    std::lock_guard lock(mutex_);
    return outer_.stopRequested();
  }

  // A JobControl for one row: stopped by `stop` (another row failed) or by the evaluation's.
  JobControl rowJob(std::stop_token stop, const Method& m, std::size_t index) {
    return JobControl(std::move(stop), [this, &m, index](const Progress& p) {
      double fraction = 0;
      if (p.stage == "fresh action") fraction = 0.5 * p.fraction();
      else if (p.stage == "fresh attributes") fraction = 0.5 + 0.5 * p.fraction();
      return report(index, fraction, fmt::format("{} ({}/{}): {}", m.id, index + 1, done_.size(), p.stage));
    });
  }

private:
  std::mutex mutex_;
  JobControl& outer_;
  const std::function<void(const config::Json&)>& onEvent_;
  std::vector<double> done_;
};

// The first `count` test images (evaluation order), for the report's sample frames.
Result<torch::Tensor> sampleImages(const train::TrainData& data, const EvalConfig& config) {
  data::LoaderOptions o;
  o.train = false;
  o.batch = config.samples;
  o.dropLast = false;
  o.size = config.data.size;
  o.workers = 1;
  data::ImageLoader loader(data.privacyVal, o);
  auto batch = loader.next();
  if (!batch) return tl::unexpected(batch.error());
  if (!*batch) return fail(ErrorCode::InvalidInput, "No test image could be read for the sample frames.");
  return (*batch)->view1;
}

// A strip of pictures side by side, as PNG, where this build can write images.
std::optional<std::string> writeStrip(const fs::path& path, const torch::Tensor& frames) {
#ifdef SPACT_HAVE_MEDIA
  auto images = toImages(frames);
  media::Image strip;
  strip.width = 0;
  strip.height = images.empty() ? 0 : images.front().height;
  for (const auto& im : images) strip.width += im.width;
  strip.rgb.resize(static_cast<std::size_t>(strip.width) * strip.height * 3);
  int x0 = 0;
  for (const auto& im : images) {
    for (int y = 0; y < im.height; ++y)
      std::copy(im.pixel(0, y), im.pixel(0, y) + im.width * 3, strip.pixel(x0, y));
    x0 += im.width;
  }
  if (strip.empty()) return std::nullopt;
  if (auto st = media::writeImage(path.string(), strip); !st) {
    log::get("eval")->warn("{}", st.error().message);
    return std::nullopt;
  }
  return path.string();
#else
  (void)path;
  (void)frames;
  return std::nullopt;
#endif
}

config::Json with(config::Json j, const config::Json& more) {
  j.update(more);
  return j;
}

config::Json rowJson(const Method& m, const std::string& fingerprint, const train::TargetScores& s, double seconds) {
  config::Json attributes = config::Json::array();
  if (s.json.contains("privacy") && s.json["privacy"].contains("attributes")) attributes = s.json["privacy"]["attributes"];
  return {{"method", m.id},
          {"kind", m.kind},
          {"model", m.kind == "model" ? config::Json(m.model) : config::Json(nullptr)},
          {"fingerprint", fingerprint},
          {"action_top1", s.actionTop1},
          {"privacy_cmap", s.privacyCmap ? config::Json(*s.privacyCmap) : config::Json(nullptr)},
          {"privacy_macro_f1", s.privacyMacroF1},
          {"attributes", attributes},
          {"seconds", seconds},
          {"finished", now()},
          {"targets", s.json}};
}

}  // namespace

Result<std::vector<Method>> methodsFor(const std::vector<std::string>& baselines, const std::vector<std::string>& models) {
  std::vector<Method> out;
  std::set<std::string> ids;
  for (const auto& b : baselines) {
    if (!isBaseline(b)) {
      std::string known;
      for (const auto& n : baselineNames()) known += (known.empty() ? "" : ", ") + n;
      return fail(ErrorCode::InvalidInput, fmt::format("Unknown baseline '{}': use {}.", b, known));
    }
    if (!ids.insert(b).second) return fail(ErrorCode::InvalidInput, fmt::format("The baseline '{}' is named twice.", b));
    out.push_back({b, b == "raw" ? "raw" : "baseline", "", b});
  }
  for (const auto& path : models) {
    const fs::path p(path);
    std::string id = "f_A " + p.stem().string();
    if (ids.count(id)) id = "f_A " + p.parent_path().filename().string() + "/" + p.stem().string();
    for (int n = 2; ids.count(id); ++n) id = fmt::format("f_A {} #{}", p.stem().string(), n);
    ids.insert(id);
    out.push_back({id, "model", path, "model-" + safeName(id.substr(4))});
  }
  if (out.empty()) return fail(ErrorCode::InvalidInput, "Nothing to evaluate: give --model files or --baselines.");
  return out;
}

Result<std::vector<config::Json>> readCards(const std::vector<std::string>& models) {
  std::vector<config::Json> cards;
  for (const auto& path : models) {
    auto bundle = nn::io::importModel(path);
    if (!bundle) return tl::unexpected(bundle.error());
    if (!bundle->network(nn::NetworkKind::Anonymizer))
      return fail(ErrorCode::InvalidInput, fmt::format("'{}' holds no anonymizer (f_A) to evaluate.", path));
    cards.push_back(bundle->card.is_object() ? bundle->card : config::Json::object());
  }
  return cards;
}

Result<EvalOutcome> runEvaluation(const EvalRequest& request, JobControl& job) {
  const auto& config = request.config;
  if (auto st = config::validate(config, "the evaluation configuration"); !st) return tl::unexpected(st.error());
  auto methods = methodsFor(request.baselines, request.models);
  if (!methods) return tl::unexpected(methods.error());
  auto cards = readCards(request.models);
  if (!cards) return tl::unexpected(cards.error());
  // Every transform before any training: a bad model file or a missing cascade fails in seconds.
  std::vector<train::FrameTransform> transforms;
  for (const auto& m : *methods) {
    auto t = m.kind == "model" ? modelTransform(m.model, config.device) : baselineTransform(m.id, config.cascade);
    if (!t) return tl::unexpected(t.error());
    transforms.push_back(std::move(*t));
  }
  auto data = openProtocolData(config, request.actionSpec, request.privacySpec, *cards);
  if (!data) return tl::unexpected(data.error());

  std::error_code ec;
  fs::create_directories(request.outDir / "rows", ec);
  if (!ec) fs::create_directories(request.outDir / "samples", ec);
  if (ec)
    return fail(ErrorCode::Io, fmt::format("Cannot create '{}': {}.", request.outDir.string(), ec.message()));

  config::Json configJson = toJson(config);
  config::Json decisive = configJson;
  decisive.erase("samples");  // the report's pictures do not change a row's numbers
  decisive.erase("cascade");
  const std::string base = config::Json{{"config", decisive}, {"data", data->description}}.dump();

  std::optional<torch::Tensor> samples;
  if (config.samples > 0) {
    auto s = sampleImages(*data, config);
    if (!s) return tl::unexpected(s.error());
    samples = *s;
    writeStrip(request.outDir / "samples" / "original.png", *samples);
  }

  EvalOutcome outcome;
  const std::size_t n = methods->size();
  std::vector<config::Json> rows(n);
  SharedProgress shared(job, request.onEvent, n);
  // Rows computed before with the same configuration, data and model file are read back.
  std::vector<std::size_t> todo;
  std::vector<std::string> fingerprints(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Method& m = (*methods)[i];
    const std::string identity = m.kind == "model" ? m.model + "@" + fileFingerprint(m.model) : m.id;
    fingerprints[i] = fmt::format("{:016x}", fnv(fnv(kFnvBasis, base), identity));
    const fs::path rowFile = request.outDir / "rows" / (m.file + ".json");
    if (fs::exists(rowFile, ec)) {
      auto previous = config::readJsonFile(rowFile.string());
      if (previous && previous->value("fingerprint", "") == fingerprints[i]) {
        rows[i] = *previous;
        ++outcome.reused;
        shared.event({{"method", m.id}, {"index", i}, {"rows", n}, {"type", "row_reused"}});
        shared.report(i, 1.0, fmt::format("{} ({}/{}): reused", m.id, i + 1, n));
        continue;
      }
    }
    todo.push_back(i);
  }

  // The others are trained, side by side where that is faster (train::forEachRow).
  const auto options = targetOptions(config);
  std::atomic<std::size_t> trained{0};
  auto computed = train::forEachRow(todo.size(), config.device, [&](std::size_t k, std::stop_token stop) -> Status {
    const std::size_t i = todo[k];
    const Method& m = (*methods)[i];
    if (stop.stop_requested() || shared.stopRequested()) return cancelled();
    const config::Json started = {{"method", m.id}, {"index", i}, {"rows", n}};
    shared.event(with(started, {{"type", "row_started"}}));
    const auto t0 = std::chrono::steady_clock::now();
    JobControl inner = shared.rowJob(stop, m, i);
    auto onTargetEvent = [&shared](const config::Json& e) { shared.event(e); };
    Result<train::TargetScores> scores = fail(ErrorCode::Internal, "not run");
    try {
      scores = train::trainFreshTargets(transforms[i], *data, options, inner, onTargetEvent);
    } catch (const std::exception& e) {
      scores = fail(ErrorCode::Internal, fmt::format("The {} row failed: {}", m.id, e.what()));
    }
    if (!scores) {
      if (scores.error().isCancelled()) return cancelled();
      return fail(scores.error().code, fmt::format("{} (method {})", scores.error().message, m.id));
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    auto row = rowJson(m, fingerprints[i], *scores, seconds);
    row["sample"] = nullptr;
    if (samples) {
      try {
        torch::NoGradGuard noGrad;
        auto out = transforms[i] ? transforms[i](samples->to(torch::Device(config.device))) : *samples;
        if (auto written = writeStrip(request.outDir / "samples" / (m.file + ".png"), out))
          row["sample"] = "samples/" + m.file + ".png";
      } catch (const std::exception& e) {
        log::get("eval")->warn("No sample frames for {}: {}", m.id, e.what());
      }
    }
    const fs::path rowFile = request.outDir / "rows" / (m.file + ".json");
    if (auto st = files::writeTextAtomically(rowFile.string(), row.dump(2) + "\n"); !st) return st;
    rows[i] = row;
    ++trained;
    shared.event(with(started, {{"type", "row_finished"}, {"seconds", seconds},
                                {"action_top1", row["action_top1"]}, {"privacy_cmap", row["privacy_cmap"]}}));
    // The last row's end is the evaluation's: a stop asked then still gets the report.
    if (!shared.report(i, 1.0, fmt::format("{} ({}/{}): done", m.id, i + 1, n)) && trained + static_cast<std::size_t>(outcome.reused) < n)
      return cancelled();
    return {};
  });
  outcome.trained = static_cast<int>(trained.load());
  if (!computed) {
    if (computed.error().isCancelled() || shared.stopRequested()) return cancelled();
    return tl::unexpected(computed.error());
  }

  ReportInput input;
  input.config = configJson;
  input.data = data->description;
  input.rows = rows;
  for (std::size_t i = 0; i < request.models.size(); ++i)
    input.models.push_back({{"path", request.models[i]}, {"fingerprint", fileFingerprint(request.models[i])},
                            {"card", summariseCard((*cards)[i])}});
  input.outDir = request.outDir;
  auto report = writeReports(input);
  if (!report) return tl::unexpected(report.error());
  outcome.report = std::move(*report);
  return outcome;
}

}  // namespace spact::eval
