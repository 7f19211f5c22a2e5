#include "util/files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <atomic>
#include <sstream>
#include <unistd.h>

#include <fmt/format.h>

namespace spact::files {

std::string describeErrno(const std::string& path, const std::string& action, int err) {
  return fmt::format("Could not {} '{}': {}.", action, path, std::strerror(err));
}

static ErrorCode codeForErrno(int err) {
  if (err == ENOENT || err == ENOTDIR) return ErrorCode::NotFound;
  if (err == ENOMEM) return ErrorCode::OutOfMemory;
  return ErrorCode::Io;
}

Result<std::string> readText(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return fail(ErrorCode::InvalidInput, fmt::format("'{}' is a folder, not a file.", path));
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    return fail(codeForErrno(err), describeErrno(path, "read", err));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return fail(ErrorCode::Io, fmt::format("Could not read '{}': a read error occurred.", path));
  return ss.str();
}

Status writeTextAtomically(const std::string& path, std::string_view text) {
  AtomicFile file(path);
  if (auto st = file.open(); !st) return st;
  if (auto st = file.write(text.data(), text.size()); !st) return st;
  return file.commit();
}

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  // Unique per process and per writer, so concurrent writers of one target never share a file.
  static std::atomic<unsigned> counter{0};
  temp_ = target_;
  temp_ += fmt::format(".part-{}-{}", ::getpid(), counter.fetch_add(1));
}

AtomicFile::~AtomicFile() {
  if (file_) std::fclose(file_);
  if (!committed_) {
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
}

Status AtomicFile::open() {
  file_ = std::fopen(temp_.c_str(), "wb");
  if (!file_) {
    const int err = errno;
    return fail(codeForErrno(err), describeErrno(target_.string(), "write", err));
  }
  return {};
}

Status AtomicFile::write(const void* data, std::size_t size) {
  if (!file_) return fail(ErrorCode::Internal, fmt::format("'{}' was written before it was opened.", target_.string()));
  if (size > 0 && std::fwrite(data, 1, size, file_) != size) {
    const int err = errno;
    return fail(codeForErrno(err), describeErrno(target_.string(), "write", err));
  }
  return {};
}

Status AtomicFile::commit() {
  if (!file_) return fail(ErrorCode::Internal, fmt::format("'{}' was committed before it was opened.", target_.string()));
  if (std::fflush(file_) != 0 || ::fsync(fileno(file_)) != 0) {
    const int err = errno;
    return fail(codeForErrno(err), describeErrno(target_.string(), "write", err));
  }
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) {
    const int err = errno;
    return fail(codeForErrno(err), describeErrno(target_.string(), "write", err));
  }
  std::error_code ec;
  std::filesystem::rename(temp_, target_, ec);
  if (ec) return fail(ErrorCode::Io, fmt::format("Could not move the finished file into place as '{}': {}.", target_.string(), ec.message()));
  committed_ = true;
  return {};
}

}  // namespace spact::files
