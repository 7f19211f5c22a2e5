#include "util/result.h"

namespace spact {

const char* errorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::InvalidInput: return "invalid-input";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Io: return "io";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::OutOfMemory: return "out-of-memory";
    case ErrorCode::Internal: return "internal";
  }
  return "unknown";
}

int exitCodeFor(const Error& error) {
  return error.isCancelled() ? 130 : 1;
}

}  // namespace spact
