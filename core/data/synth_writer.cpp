#include "data/synth_writer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include "data/synth_render.h"
#include "data/synth_video_file.h"
#include "media/image_io.h"
#include "util/files.h"
#include "util/log.h"
#include "util/version.h"

namespace spact::data {
namespace fs = std::filesystem;
namespace {

constexpr int kFps = 25;  // UCF101's rate

std::string randomSuffix() {
  static const char digits[] = "0123456789abcdef";
  std::random_device rd;
  std::string s;
  for (int i = 0; i < 8; ++i) s += digits[rd() % 16];
  return s;
}

// Removes a folder tree on every way out unless released.
class TreeGuard {
 public:
  explicit TreeGuard(fs::path dir) : dir_(std::move(dir)) {}
  ~TreeGuard() {
    if (dir_.empty()) return;
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  TreeGuard(const TreeGuard&) = delete;
  TreeGuard& operator=(const TreeGuard&) = delete;
  void release() { dir_.clear(); }

 private:
  fs::path dir_;
};

// "'path'" (string concatenation that GCC 12's -Wstringop-overflow does not misjudge).
std::string quoted(const fs::path& path) { return std::string(1, '\'').append(path.string()).append(1, '\''); }

Status makeDirs(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return fail(
        ErrorCode::Io,
        std::string("Cannot create the folder ").append(quoted(dir)).append(": ").append(ec.message()).append("."));
  return {};
}

Status writeText(const fs::path& path, const std::string& text) {
  return files::writeTextAtomically(path.string(), text);
}

// Where OUT stands before writing: absent, empty, or an earlier benchmark that may be replaced.
Result<bool> checkTarget(const fs::path& out, bool replace) {
  std::error_code ec;
  const auto status = fs::symlink_status(out, ec);
  if (!fs::exists(status)) return false;
  if (!fs::is_directory(status))
    return fail(ErrorCode::InvalidInput, quoted(out).append(" exists and is not a folder."));
  if (fs::is_empty(out, ec)) return true;
  if (replace && fs::exists(out / "synth.json", ec)) return true;
  return fail(ErrorCode::InvalidInput,
              quoted(out).append(" is not empty") +
                  (replace ? " and holds no synthetic benchmark (no synth.json), so it is not replaced."
                           : "; choose a new folder (or replace an earlier synthetic benchmark with --force)."));
}

std::string describeText(const SynthOptions& o, const config::Json& summary) {
  std::string text =
      "SPAct Studio synthetic privacy/action benchmark (spact synth).\n\n"
      "action/   UCF101 layout: UCF-101/<Class>/*.avi (FFV1, lossless) and ucfTrainTestlist/ (split 1).\n"
      "          The class is the motion of the main figure; one frame carries no class information.\n"
      "          attributes.json: the privacy attributes of every video (0/1, in the order listed).\n"
      "privacy/  VISPR layout: images/{train2017,test2017}/*.png and annotations/<split>/*.json\n"
      "          with a \"labels\" list. Attributes are drawn independently of the action:\n"
      "            a4_gender         long hair down to the shoulders\n"
      "            a9_face_complete  the face is visible (eyes, mouth), not the back of the head\n"
      "            a10_face_partial  a mask covers the lower half of the face\n"
      "            a12_semi_nudity   a bare torso instead of a striped shirt\n"
      "            a17_color         dark skin tones instead of light ones\n"
      "            a64_rel_personal  a child holds the figure's hand\n"
      "            a65_rel_social    three bystanders in the scene\n\n"
      "Generated deterministically: the same options and seed give the same pixels.\n"
      "Options (synth.json has them all):\n";
  text += "  " + config::toJson(o).dump() + "\n";
  text += "Classes: " + summary["classes"].dump() + "\nAttributes: " + summary["attributes"].dump() + "\n";
  return text;
}

// One file to write: a video or an image of a split.
struct Job {
  bool video;
  bool test;
  std::size_t item;
};

class SynthWriter {
 public:
  SynthWriter(const SynthOptions& o, fs::path root) : o_(o), root_(std::move(root)) {}

  Status prepare() {
    for (bool test : {false, true}) {
      auto a = makeSynthActionSource(o_, test ? "test" : "train");
      auto i = makeSynthImageSource(o_, test ? "test" : "train");
      if (!a) return tl::unexpected(a.error());
      if (!i) return tl::unexpected(i.error());
      actions_[test] = *a;
      images_[test] = *i;
    }
    const auto& classes = actions_[0]->classNames();
    for (const auto& c : classes)
      if (auto ok = makeDirs(root_ / "action" / "UCF-101" / c); !ok) return ok;
    for (const char* split : {"train2017", "test2017"}) {
      if (auto ok = makeDirs(root_ / "privacy" / "images" / split); !ok) return ok;
      if (auto ok = makeDirs(root_ / "privacy" / "annotations" / split); !ok) return ok;
    }
    if (auto ok = makeDirs(root_ / "action" / "ucfTrainTestlist"); !ok) return ok;

    std::string classInd, trainList, testList;
    config::Json perVideo = config::Json::object();
    for (std::size_t c = 0; c < classes.size(); ++c) classInd += std::to_string(c + 1) + " " + classes[c] + "\n";
    for (bool test : {false, true}) {
      const auto& source = *actions_[test];
      for (std::size_t item = 0; item < source.size(); ++item) {
        const int label = source.label(item);
        const std::string rel = videoPath(test, item);
        std::string& list = test ? testList : trainList;
        list.append(rel);
        if (!test) list.append(" ").append(std::to_string(label + 1));
        list.append("\n");
        perVideo[rel] = source.attributes(item);
        jobs_.push_back({true, test, item});
      }
    }
    for (bool test : {false, true})
      for (std::size_t item = 0; item < images_[test]->size(); ++item) jobs_.push_back({false, test, item});

    const fs::path lists = root_ / "action" / "ucfTrainTestlist";
    if (auto ok = writeText(lists / "classInd.txt", classInd); !ok) return ok;
    if (auto ok = writeText(lists / "trainlist01.txt", trainList); !ok) return ok;
    if (auto ok = writeText(lists / "testlist01.txt", testList); !ok) return ok;
    config::Json attributes = {{"attributes", actions_[0]->attributeNames()}, {"videos", perVideo}};
    return writeText(root_ / "action" / "attributes.json", attributes.dump(1) + "\n");
  }

  std::size_t jobCount() const { return jobs_.size(); }
  Status runIndex(std::size_t i) const { return run(jobs_[i]); }

  Status run(const Job& job) const {
    if (job.video) {
      const SynthScene scene = synthVideoScene(o_, job.test, job.item);
      const fs::path path = root_ / "action" / "UCF-101" / videoPath(job.test, job.item);
      return writeLosslessVideo(path.string(), o_.size, o_.size, o_.frames, kFps,
                                [&](int i) { return renderSynthFrame(scene, i, o_.size); });
    }
    const auto& source = *images_[job.test];
    const std::string split = job.test ? "test2017" : "train2017";
    const std::string stem = synthImageStem(job.test, job.item);
    auto image = source.readImage(job.item);
    if (!image) return tl::unexpected(image.error());
    const std::string imageRel = "images/" + split + "/" + stem + ".png";
    if (auto ok = media::writeImage((root_ / "privacy" / imageRel).string(), *image); !ok) return ok;
    config::Json labels = config::Json::array();
    const auto values = source.attributes(job.item);
    for (std::size_t k = 0; k < values.size(); ++k)
      if (values[k] > 0.5f) labels.push_back(source.attributeNames()[k]);
    const config::Json annotation = {{"id", stem}, {"image_path", imageRel}, {"labels", labels}};
    return writeText(root_ / "privacy" / "annotations" / split / (stem + ".json"), annotation.dump() + "\n");
  }

  config::Json summary() const {
    return {{"generator", "spact synth"},
            {"version", SPACT_VERSION},
            {"options", config::toJson(o_)},
            {"classes", actions_[0]->classNames()},
            {"attributes", actions_[0]->attributeNames()},
            {"videos", {{"train", actions_[0]->size()}, {"test", actions_[1]->size()}}},
            {"images", {{"train", images_[0]->size()}, {"test", images_[1]->size()}}},
            {"frames_per_video", o_.frames},
            {"fps", kFps},
            {"size", o_.size}};
  }

 private:
  std::string videoPath(bool test, std::size_t item) const {
    const auto& source = *actions_[test];
    return source.classNames()[static_cast<std::size_t>(source.label(item))] + "/" + synthVideoStem(o_, test, item) +
           ".avi";
  }

  SynthOptions o_;
  fs::path root_;
  ActionSourcePtr actions_[2];
  ImageSourcePtr images_[2];
  std::vector<Job> jobs_;
};

// Runs every job on `threads` workers; the calling thread reports progress and relays a stop.
Status runJobs(const SynthWriter& writer, JobControl& control, int threads) {
  const std::size_t total = writer.jobCount();
  std::atomic<std::size_t> next{0}, done{0};
  std::atomic<bool> stop{false};
  std::mutex mutex;
  std::condition_variable wake;
  std::optional<Error> error;
  std::vector<std::jthread> workers;
  const int n = std::max(1, std::min<int>(threads, static_cast<int>(total)));
  for (int t = 0; t < n; ++t) {
    workers.emplace_back([&] {
      while (!stop.load()) {
        const std::size_t i = next.fetch_add(1);
        if (i >= total) break;
        auto ok = writer.runIndex(i);
        std::lock_guard lock(mutex);
        if (!ok) {
          if (!error) error = ok.error();
          stop.store(true);
        }
        done.fetch_add(1);
        wake.notify_one();
      }
    });
  }
  bool userStopped = false;
  {
    std::unique_lock lock(mutex);
    while (done.load() < total && !stop.load()) {
      wake.wait_for(lock, std::chrono::milliseconds(50));
      lock.unlock();
      const bool go =
          control.report({"writing", static_cast<std::int64_t>(done.load()), static_cast<std::int64_t>(total)});
      lock.lock();
      if (!go) {
        userStopped = true;
        stop.store(true);
      }
    }
  }
  workers.clear();  // joins
  if (error) return tl::unexpected(*error);
  if (userStopped || control.stopRequested()) return cancelled();
  control.report({"writing", static_cast<std::int64_t>(total), static_cast<std::int64_t>(total)});
  return {};
}

}  // namespace

Status writeSynth(const std::string& outDir, const SynthOptions& options, JobControl& job, bool replace, int threads) {
  if (auto ok = config::validate(options, "synthetic benchmark options"); !ok) return ok;
  if (outDir.empty()) return fail(ErrorCode::InvalidInput, "No output folder given.");
  fs::path out = fs::absolute(fs::path(outDir)).lexically_normal();
  if (!out.has_filename()) out = out.parent_path();
  auto existing = checkTarget(out, replace);
  if (!existing) return tl::unexpected(existing.error());
  if (auto ok = makeDirs(out.parent_path()); !ok) return ok;

  const fs::path temp = out.parent_path() / (out.filename().string() + ".part-" + randomSuffix());
  if (auto ok = makeDirs(temp); !ok) return ok;
  TreeGuard guard(temp);

  SynthWriter writer(options, temp);
  if (auto ok = writer.prepare(); !ok) return ok;
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (auto ok = runJobs(writer, job, threads); !ok) return ok;

  const config::Json summary = writer.summary();
  if (auto ok = writeText(temp / "README.txt", describeText(options, summary)); !ok) return ok;
  // synth.json last: its presence marks a complete benchmark.
  if (auto ok = writeText(temp / "synth.json", summary.dump(2) + "\n"); !ok) return ok;
  if (job.stopRequested()) return cancelled();

  std::error_code ec;
  std::optional<TreeGuard> old;
  if (*existing && !fs::is_empty(out, ec)) {
    // Replacing an earlier benchmark: move it aside, move the new one in, then delete the old.
    const fs::path aside = out.parent_path() / (out.filename().string() + ".old-" + randomSuffix());
    fs::rename(out, aside, ec);
    if (ec)
      return fail(ErrorCode::Io,
                  std::string("Cannot replace ").append(quoted(out)).append(": ").append(ec.message()).append("."));
    old.emplace(aside);
  } else if (*existing) {
    fs::remove(out, ec);  // an empty folder
  }
  fs::rename(temp, out, ec);
  if (ec)
    return fail(ErrorCode::Io, std::string("Cannot move the finished benchmark to ")
                                   .append(quoted(out))
                                   .append(": ")
                                   .append(ec.message())
                                   .append("."));
  guard.release();
  log::get("data")->info("synthetic benchmark written to '{}'", out.string());
  return {};
}

}  // namespace spact::data
