// `gongkai serve`: opens the store, loads the demo data when asked, starts the web server and
// serves until SIGINT or SIGTERM.
#pragma once

#include <iosfwd>

#include "cli/cli_environment.h"
#include "core/clock.h"
#include "core/result.h"

namespace gongkai::app {

// Runs the web application described by `options` (see cli::ServeOptions). Prints
// "gongkai 已启动：http://HOST:PORT/" to `out` once listening. With options.hash_password, reads
// one password line from `in` and prints its Argon2id hash instead. Errors: the store's, the
// staff file's (kInvalidArgument naming the line), kUnavailable when the port cannot be bound.
core::Status ServeWeb(const cli::ServeOptions& options, core::Clock& clock, std::istream& in,
                      std::ostream& out);

}  // namespace gongkai::app
