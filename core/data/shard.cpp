#include "data/shard.h"

namespace spact::data {

namespace {

std::size_t sharedCount(std::size_t size, int world) { return size / static_cast<std::size_t>(world); }

class ActionShard final : public ActionSource {
public:
  ActionShard(ActionSourcePtr s, int rank, int world) : s_(std::move(s)), rank_(rank), world_(world) {}
  const std::vector<std::string>& classNames() const override { return s_->classNames(); }
  const std::vector<std::string>& attributeNames() const override { return s_->attributeNames(); }
  std::size_t size() const override { return sharedCount(s_->size(), world_); }
  int label(std::size_t i) const override { return s_->label(at(i)); }
  std::vector<float> attributes(std::size_t i) const override { return s_->attributes(at(i)); }
  std::string name(std::size_t i) const override { return s_->name(at(i)); }
  Result<std::int64_t> frameCount(std::size_t i) const override { return s_->frameCount(at(i)); }
  Result<std::vector<media::Image>> readFrames(std::size_t i, const std::vector<std::int64_t>& indices) const override {
    return s_->readFrames(at(i), indices);
  }

private:
  std::size_t at(std::size_t i) const { return i * static_cast<std::size_t>(world_) + static_cast<std::size_t>(rank_); }
  ActionSourcePtr s_;
  int rank_, world_;
};

class ImageShard final : public ImageSource {
public:
  ImageShard(ImageSourcePtr s, int rank, int world) : s_(std::move(s)), rank_(rank), world_(world) {}
  const std::vector<std::string>& attributeNames() const override { return s_->attributeNames(); }
  std::size_t size() const override { return sharedCount(s_->size(), world_); }
  std::vector<float> attributes(std::size_t i) const override { return s_->attributes(at(i)); }
  std::string name(std::size_t i) const override { return s_->name(at(i)); }
  Result<media::Image> readImage(std::size_t i) const override { return s_->readImage(at(i)); }

private:
  std::size_t at(std::size_t i) const { return i * static_cast<std::size_t>(world_) + static_cast<std::size_t>(rank_); }
  ImageSourcePtr s_;
  int rank_, world_;
};

}  // namespace

ActionSourcePtr shardOf(ActionSourcePtr source, int rank, int world) {
  if (world <= 1) return source;
  return std::make_shared<ActionShard>(std::move(source), rank, world);
}

ImageSourcePtr shardOf(ImageSourcePtr source, int rank, int world) {
  if (world <= 1) return source;
  return std::make_shared<ImageShard>(std::move(source), rank, world);
}

}  // namespace spact::data
