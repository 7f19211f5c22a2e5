#pragma once
// Errors are values in core: Result<T> is an expected holding either a T or an Error with a
// code and one clear sentence. Cancelled is a code, but not a failure: callers that report
// errors check isCancelled() first (MuseScore's Ret/RetVal, Qt Creator's Result).
#include <string>
#include <tl/expected.hpp>
#include <utility>

namespace spact {

enum class ErrorCode {
  Cancelled,     // the user asked to stop; not an error
  InvalidInput,  // the input exists but is not what it should be (corrupt, wrong format, bad value)
  NotFound,      // a file or folder that does not exist
  Io,            // reading or writing failed (permissions, full disk)
  Unsupported,   // valid input this build cannot handle (codec, feature compiled out)
  OutOfMemory,
  Internal,      // a bug: an invariant that did not hold
};

const char* errorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::Internal;
  std::string message;  // one sentence naming the file and the cause

  bool isCancelled() const { return code == ErrorCode::Cancelled; }
};

template <class T>
using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}
inline tl::unexpected<Error> cancelled() {
  return fail(ErrorCode::Cancelled, "Cancelled.");
}

// The exit status DESIGN.md gives the CLI: 0 success, 1 a failure the message explains,
// 130 cancelled (2, a usage error, is the argument parser's).
int exitCodeFor(const Error& error);

}  // namespace spact
