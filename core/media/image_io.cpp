#include "media/image_io.h"

#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

#include "util/files.h"

namespace spact::media {

Result<Image> readImage(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) return fail(ErrorCode::NotFound, "'" + path + "' does not exist.");
  if (fs::is_directory(path, ec)) return fail(ErrorCode::InvalidInput, "'" + path + "' is a folder, not an image.");
  if (fs::file_size(path, ec) == 0) return fail(ErrorCode::InvalidInput, "'" + path + "' is empty (0 bytes).");
  auto bytes = files::readText(path);
  if (!bytes) return tl::unexpected(bytes.error());
  cv::Mat bgr;
  try {
    const cv::Mat buffer(1, static_cast<int>(bytes->size()), CV_8UC1, bytes->data());
    bgr = cv::imdecode(buffer, cv::IMREAD_COLOR);  // applies EXIF orientation
  } catch (const cv::Exception& e) {
    return fail(ErrorCode::InvalidInput, "'" + path + "' could not be decoded as an image (" + e.what() + ").");
  }
  if (bgr.empty()) return fail(ErrorCode::InvalidInput, "'" + path + "' is not an image OpenCV can read, or it is damaged.");
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  Image out;
  out.width = rgb.cols;
  out.height = rgb.rows;
  out.rgb.assign(rgb.data, rgb.data + rgb.total() * rgb.elemSize());
  return out;
}

Status writeImage(const std::string& path, const Image& image, int quality) {
  if (image.empty() || image.rgb.size() != static_cast<std::size_t>(image.width) * image.height * 3)
    return fail(ErrorCode::InvalidInput, "Cannot write '" + path + "': the picture is empty or its size is inconsistent.");
  const std::string ext = std::filesystem::path(path).extension().string();
  std::vector<uchar> encoded;
  try {
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.rgb.data()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    const std::vector<int> params = {cv::IMWRITE_JPEG_QUALITY, quality, cv::IMWRITE_WEBP_QUALITY, std::max(1, quality)};
    if (ext.empty() || !cv::imencode(ext, bgr, encoded, params))
      return fail(ErrorCode::Unsupported, "Cannot write '" + path + "': no image format is known for the extension '" + ext + "'.");
  } catch (const cv::Exception&) {
    return fail(ErrorCode::Unsupported, "Cannot write '" + path + "': no image format is known for the extension '" + ext + "'.");
  }
  files::AtomicFile file(path);
  if (auto st = file.open(); !st) return st;
  if (auto st = file.write(encoded.data(), encoded.size()); !st) return st;
  return file.commit();
}

}  // namespace spact::media
