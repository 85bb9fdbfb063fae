#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/cli_environment.h"
#include "cli/command_registry.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {

int RunCli(int argc, char** argv, CliEnvironment& env) {
  CLI::App app{"gongkai 公开 — 政府信息公开工作平台 (government information disclosure platform)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "gongkai 0.1.0");
  int exit_code = kExitOk;
  RegisterServeCommand(app, env, exit_code);
  RegisterAuditCommand(app, env, exit_code);
  RegisterDeadlineCommand(app, env, exit_code);
  RegisterCalendarCommand(app, env, exit_code);
  RegisterReportCommand(app, env, exit_code);
  RegisterDemoCommand(app, env, exit_code);
  RegisterAgencyCommand(app, env, exit_code);
  RegisterCaseCommand(app, env, exit_code);
  RegisterReviewCommand(app, env, exit_code);
  RegisterAuditLogCommand(app, env, exit_code);
  // Other engineers: add one Register…Command(app, env, exit_code) line per command here.
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    *env.out << app.help();
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    *env.out << app.version() << "\n";
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, *env.out, *env.err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}

}  // namespace gongkai::cli
