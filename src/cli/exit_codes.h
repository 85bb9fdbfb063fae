// Process exit codes, and the one table mapping ErrorCode to them.
#pragma once

#include "cli/cli_environment.h"
#include "core/error.h"

namespace gongkai::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;    // audit: errors found in a report
inline constexpr int kExitUnreadable = 2;  // audit: unreadable input
inline constexpr int kExitPartlyRead = 3;  // audit: read, no error, but not every part was read
inline constexpr int kExitUsage = 64;      // bad command line (EX_USAGE)

// Exit status for a failed command.
int ExitCodeFor(core::ErrorCode code);

// Prints "错误：<message>" to env.err and returns the exit status for `error`.
int ReportError(CliEnvironment& env, const core::Error& error);

}  // namespace gongkai::cli
