// The command registry: each command lives in its own file and adds itself to the CLI11 app via
// one Register…Command function listed here (CLI11 types are forward-declared so that its
// header stays inside cli/*.cc).
#pragma once

#include "cli/cli_environment.h"

namespace CLI {
class App;
}  // namespace CLI

namespace gongkai::cli {

// Each function adds a subcommand to `app`. The callback stores its exit status in `exit_code`.
void RegisterServeCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterAuditCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterDeadlineCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterCalendarCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterReportCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterCaseCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterAuditLogCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterReviewCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterAgencyCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterDemoCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterInspectCommand(CLI::App& app, CliEnvironment& env, int& exit_code);
void RegisterSearchCommand(CLI::App& app, CliEnvironment& env, int& exit_code);

}  // namespace gongkai::cli
