// `gongkai case show` and `gongkai case list`: reading cases, as part of the `case` command
// (case_command.cc registers them under it).
#pragma once

#include "cli/cli_environment.h"

namespace CLI {
class App;
}  // namespace CLI

namespace gongkai::cli {

// Adds `show` and `list` to `case_command`. Callbacks store their exit status in `exit_code`.
void AddCaseQueryCommands(CLI::App& case_command, CliEnvironment& env, int& exit_code);

}  // namespace gongkai::cli
