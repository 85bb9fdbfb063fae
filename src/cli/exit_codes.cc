#include "cli/exit_codes.h"

#include <ostream>

namespace gongkai::cli {

int ExitCodeFor(core::ErrorCode code) {
  // sysexits.h values, so scripts can tell bad input from an unavailable database.
  switch (code) {
    case core::ErrorCode::kInvalidArgument:
      return 65;  // EX_DATAERR
    case core::ErrorCode::kNotFound:
      return 66;  // EX_NOINPUT
    case core::ErrorCode::kConflict:
    case core::ErrorCode::kFailedPrecondition:
    case core::ErrorCode::kResourceExhausted:
      return 75;  // EX_TEMPFAIL: retry or fix the state first
    case core::ErrorCode::kPermissionDenied:
      return 77;  // EX_NOPERM
    case core::ErrorCode::kUnavailable:
      return 69;  // EX_UNAVAILABLE
    case core::ErrorCode::kInternal:
      return 70;  // EX_SOFTWARE
  }
  return 70;
}

int ReportError(CliEnvironment& env, const core::Error& error) {
  *env.err << "错误：" << error.message << "\n";
  return ExitCodeFor(error.code);
}

}  // namespace gongkai::cli
