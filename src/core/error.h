// Error values shared by every module: a stable code plus a message that is safe to show users.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::core {

enum class ErrorCode {
  kInvalidArgument,
  kNotFound,
  kConflict,
  kFailedPrecondition,  // an illegal state change
  kPermissionDenied,
  kUnavailable,
  kResourceExhausted,  // too many requests or attempts: try again later
  kInternal,
};

// Stable machine-readable name of a code, e.g. "INVALID_ARGUMENT". Used by the API and CLI.
std::string_view ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // user-facing, Chinese in the UI paths; details go to the log

  static Error InvalidArgument(std::string m) {
    return {ErrorCode::kInvalidArgument, std::move(m)};
  }
  static Error NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
  static Error Conflict(std::string m) { return {ErrorCode::kConflict, std::move(m)}; }
  static Error FailedPrecondition(std::string m) {
    return {ErrorCode::kFailedPrecondition, std::move(m)};
  }
  static Error ResourceExhausted(std::string m) {
    return {ErrorCode::kResourceExhausted, std::move(m)};
  }
  static Error PermissionDenied(std::string m) {
    return {ErrorCode::kPermissionDenied, std::move(m)};
  }
  static Error Unavailable(std::string m) { return {ErrorCode::kUnavailable, std::move(m)}; }
  static Error Internal(std::string m) { return {ErrorCode::kInternal, std::move(m)}; }
};

}  // namespace gongkai::core
