#include "pipeline/baselines.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace spact::pipeline {
namespace {

cv::Mat view(media::Image& image) { return cv::Mat(image.height, image.width, CV_8UC3, image.rgb.data()); }

int shorterSide(const media::Image& image) { return std::min(image.width, image.height); }

// One frame at a time, with any OpenCV exception turned into an error value.
class PerFrame : public Anonymizer {
public:
  PerFrame(std::string name, std::function<void(media::Image&)> apply) : name_(std::move(name)), apply_(std::move(apply)) {}
  std::string name() const override { return name_; }
  Status process(std::vector<media::Image>& frames) override {
    try {
      for (auto& frame : frames)
        if (!frame.empty()) apply_(frame);
    } catch (const cv::Exception& e) {
      return fail(ErrorCode::Internal, name_ + " failed: " + e.what());
    } catch (const std::bad_alloc&) {
      return fail(ErrorCode::OutOfMemory, "Out of memory in " + name_ + ".");
    }
    return {};
  }

private:
  std::string name_;
  std::function<void(media::Image&)> apply_;
};

void gaussian(cv::Mat& m, double sigma) {
  cv::GaussianBlur(m, m, cv::Size(0, 0), std::max(0.5, sigma), 0, cv::BORDER_REFLECT);
}

}  // namespace

std::unique_ptr<Anonymizer> makeIdentity() {
  return std::make_unique<PerFrame>("identity", [](media::Image&) {});
}

std::unique_ptr<Anonymizer> makeBlur() {
  return std::make_unique<PerFrame>("blur", [](media::Image& image) {
    cv::Mat m = view(image);
    gaussian(m, shorterSide(image) / 28.0);
  });
}

std::unique_ptr<Anonymizer> makePixelate() {
  return std::make_unique<PerFrame>("pixelate", [](media::Image& image) {
    cv::Mat m = view(image);
    const int block = std::max(2, shorterSide(image) / 14);
    cv::Mat small;
    cv::resize(m, small, cv::Size(std::max(1, (image.width + block - 1) / block), std::max(1, (image.height + block - 1) / block)),
               0, 0, cv::INTER_AREA);
    cv::resize(small, m, m.size(), 0, 0, cv::INTER_NEAREST);
  });
}

std::unique_ptr<Anonymizer> makeDownsample(int factor) {
  factor = std::max(1, factor);
  return std::make_unique<PerFrame>("downsample" + std::to_string(factor), [factor](media::Image& image) {
    cv::Mat m = view(image);
    cv::Mat small;
    cv::resize(m, small, cv::Size(std::max(1, image.width / factor), std::max(1, image.height / factor)), 0, 0, cv::INTER_AREA);
    cv::resize(small, m, m.size(), 0, 0, cv::INTER_LINEAR);
  });
}

std::unique_ptr<Anonymizer> makeRegionBlur(RegionDetector detector, std::string name) {
  return std::make_unique<PerFrame>(std::move(name), [detector = std::move(detector)](media::Image& image) {
    cv::Mat m = view(image);
    const cv::Rect frame(0, 0, image.width, image.height);
    for (const Box& b : detector(image)) {
      const int gx = b.width / 5, gy = b.height / 5;
      const cv::Rect r = cv::Rect(b.x - gx, b.y - gy, b.width + 2 * gx, b.height + 2 * gy) & frame;
      if (r.empty()) continue;
      cv::Mat roi = m(r);
      cv::Mat blurred = roi.clone();  // blur inside the region only: nothing outside leaks in or changes
      gaussian(blurred, std::max(r.width, r.height) / 6.0);
      blurred.copyTo(roi);
    }
  });
}

Result<RegionDetector> haarFaceDetector(const std::string& cascadePath) {
  std::error_code ec;
  if (!std::filesystem::exists(cascadePath, ec))
    return fail(ErrorCode::NotFound, "The face detector '" + cascadePath + "' does not exist (install opencv-data).");
  auto cascade = std::make_shared<cv::CascadeClassifier>();
  try {
    if (!cascade->load(cascadePath))
      return fail(ErrorCode::InvalidInput, "'" + cascadePath + "' is not an OpenCV cascade classifier.");
  } catch (const cv::Exception& e) {
    return fail(ErrorCode::InvalidInput, "'" + cascadePath + "' could not be loaded: " + e.what());
  }
  return RegionDetector([cascade](const media::Image& image) {
    cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.rgb.data()));
    cv::Mat gray;
    cv::cvtColor(rgb, gray, cv::COLOR_RGB2GRAY);
    cv::equalizeHist(gray, gray);
    std::vector<cv::Rect> faces;
    const int minSide = std::max(12, std::min(image.width, image.height) / 20);
    cascade->detectMultiScale(gray, faces, 1.1, 3, 0, cv::Size(minSide, minSide));
    std::vector<Box> boxes;
    for (const auto& f : faces) boxes.push_back({f.x, f.y, f.width, f.height});
    return boxes;
  });
}

}  // namespace spact::pipeline
