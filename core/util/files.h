#pragma once
// Small file helpers with errors as values. AtomicFile writes to a temporary name beside the
// target and renames it into place only when everything was written and flushed, so an
// interrupted write (cancel, full disk, crash) never leaves a partial file under the final name.
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "util/result.h"

namespace spact::files {

Result<std::string> readText(const std::string& path);
Status writeTextAtomically(const std::string& path, std::string_view text);

// "'path': cause" for errno-style failures, as one sentence.
std::string describeErrno(const std::string& path, const std::string& action, int err);

class AtomicFile {
public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();  // removes the temporary file unless commit() succeeded
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  Status open();
  Status write(const void* data, std::size_t size);
  Status commit();  // flush, fsync, rename over the target
  const std::filesystem::path& tempPath() const { return temp_; }

private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

}  // namespace spact::files
