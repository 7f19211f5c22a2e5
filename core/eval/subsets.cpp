#include "eval/subsets.h"

#include <fmt/format.h>

#include <algorithm>

namespace spact::eval {

namespace {

Result<std::vector<std::size_t>> indicesOf(const std::vector<std::string>& all, const std::vector<std::string>& wanted,
                                           const char* what, const std::string& source) {
  std::vector<std::size_t> out;
  for (const auto& w : wanted) {
    auto it = std::find(all.begin(), all.end(), w);
    if (it == all.end()) return fail(ErrorCode::InvalidInput, fmt::format("The {} '{}' is not in {}.", what, w, source));
    out.push_back(static_cast<std::size_t>(it - all.begin()));
  }
  return out;
}

std::vector<float> pick(const std::vector<float>& values, const std::vector<std::size_t>& columns) {
  std::vector<float> out;
  out.reserve(columns.size());
  for (auto c : columns) out.push_back(c < values.size() ? values[c] : 0.0f);
  return out;
}

class ActionSubset : public data::ActionSource {
public:
  ActionSubset(data::ActionSourcePtr source, std::vector<std::string> classes, std::vector<std::size_t> classIndex,
               std::vector<std::string> attributes, std::vector<std::size_t> attributeIndex)
      : source_(std::move(source)), classes_(std::move(classes)), attributes_(std::move(attributes)),
        attributeIndex_(std::move(attributeIndex)) {
    std::vector<int> relabel(source_->classNames().size(), -1);
    for (std::size_t i = 0; i < classIndex.size(); ++i) relabel[classIndex[i]] = static_cast<int>(i);
    for (std::size_t i = 0; i < source_->size(); ++i) {
      const int l = source_->label(i);
      if (l >= 0 && static_cast<std::size_t>(l) < relabel.size() && relabel[static_cast<std::size_t>(l)] >= 0) {
        items_.push_back(i);
        labels_.push_back(relabel[static_cast<std::size_t>(l)]);
      }
    }
  }
  const std::vector<std::string>& classNames() const override { return classes_; }
  const std::vector<std::string>& attributeNames() const override { return attributes_; }
  std::size_t size() const override { return items_.size(); }
  int label(std::size_t item) const override { return labels_[item]; }
  std::vector<float> attributes(std::size_t item) const override {
    return pick(source_->attributes(items_[item]), attributeIndex_);
  }
  std::string name(std::size_t item) const override { return source_->name(items_[item]); }
  Result<std::int64_t> frameCount(std::size_t item) const override { return source_->frameCount(items_[item]); }
  Result<std::vector<media::Image>> readFrames(std::size_t item, const std::vector<std::int64_t>& indices) const override {
    return source_->readFrames(items_[item], indices);
  }

private:
  data::ActionSourcePtr source_;
  std::vector<std::string> classes_, attributes_;
  std::vector<std::size_t> attributeIndex_, items_;
  std::vector<int> labels_;
};

class ImageColumns : public data::ImageSource {
public:
  ImageColumns(data::ImageSourcePtr source, std::vector<std::string> names, std::vector<std::size_t> index)
      : source_(std::move(source)), names_(std::move(names)), index_(std::move(index)) {}
  const std::vector<std::string>& attributeNames() const override { return names_; }
  std::size_t size() const override { return source_->size(); }
  std::vector<float> attributes(std::size_t item) const override { return pick(source_->attributes(item), index_); }
  std::string name(std::size_t item) const override { return source_->name(item); }
  Result<media::Image> readImage(std::size_t item) const override { return source_->readImage(item); }

private:
  data::ImageSourcePtr source_;
  std::vector<std::string> names_;
  std::vector<std::size_t> index_;
};

class VideoFrames : public data::ImageSource {
public:
  explicit VideoFrames(data::ActionSourcePtr source) : source_(std::move(source)) {}
  const std::vector<std::string>& attributeNames() const override { return source_->attributeNames(); }
  std::size_t size() const override { return source_->size(); }
  std::vector<float> attributes(std::size_t item) const override { return source_->attributes(item); }
  std::string name(std::size_t item) const override { return source_->name(item) + "#middle"; }
  Result<media::Image> readImage(std::size_t item) const override {
    auto count = source_->frameCount(item);
    if (!count) return tl::unexpected(count.error());
    if (*count <= 0) return fail(ErrorCode::InvalidInput, fmt::format("'{}' has no frames.", source_->name(item)));
    auto frames = source_->readFrames(item, {*count / 2});
    if (!frames) return tl::unexpected(frames.error());
    if (frames->empty()) return fail(ErrorCode::InvalidInput, fmt::format("'{}' gave no frame.", source_->name(item)));
    return std::move(frames->front());
  }

private:
  data::ActionSourcePtr source_;
};

}  // namespace

Result<data::ActionSourcePtr> actionSubset(data::ActionSourcePtr source, const std::vector<std::string>& classes,
                                           const std::vector<std::string>& attributes) {
  if (classes.empty()) return fail(ErrorCode::InvalidInput, "An action subset needs at least one class.");
  auto classIndex = indicesOf(source->classNames(), classes, "action class", "the action data");
  if (!classIndex) return tl::unexpected(classIndex.error());
  std::vector<std::string> names = attributes.empty() ? source->attributeNames() : attributes;
  auto attributeIndex = indicesOf(source->attributeNames(), names, "attribute", "the action data");
  if (!attributeIndex) return tl::unexpected(attributeIndex.error());
  return data::ActionSourcePtr(std::make_shared<ActionSubset>(std::move(source), classes, std::move(*classIndex),
                                                              std::move(names), std::move(*attributeIndex)));
}

Result<data::ImageSourcePtr> attributeSubset(data::ImageSourcePtr source, const std::vector<std::string>& attributes) {
  if (attributes.empty()) return fail(ErrorCode::InvalidInput, "An attribute subset needs at least one attribute.");
  auto index = indicesOf(source->attributeNames(), attributes, "attribute", "the privacy data");
  if (!index) return tl::unexpected(index.error());
  return data::ImageSourcePtr(std::make_shared<ImageColumns>(std::move(source), attributes, std::move(*index)));
}

Result<data::ImageSourcePtr> videoFramesAsImages(data::ActionSourcePtr source) {
  if (source->attributeNames().empty())
    return fail(ErrorCode::InvalidInput, "The action data labels no privacy attributes, so it cannot serve as its own privacy set; give --privacy-data.");
  return data::ImageSourcePtr(std::make_shared<VideoFrames>(std::move(source)));
}

}  // namespace spact::eval
