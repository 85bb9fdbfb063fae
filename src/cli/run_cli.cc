#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/cli_environment.h"
#include "cli/command_registry.h"
#include "cli/exit_codes.h"
#include "cli/parse_error_text.h"

namespace gongkai::cli {
namespace {

// Help in Chinese: CLI11's own headings and the help flag of every command. The formatter is
// shared by all subcommands; each subcommand made its help flag before our option group applied.
void LocalizeHelp(CLI::App& command) {
  if (CLI::Option* help = command.get_help_ptr(); help != nullptr) {
    help->group("选项");
    help->description("显示本帮助并退出");
  }
  for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) {
    sub->group("子命令");
    LocalizeHelp(*sub);
  }
}

void SetUpChineseFormatter(CLI::App& app) {
  const auto formatter = app.get_formatter();
  formatter->label("Usage", "用法");
  formatter->label("OPTIONS", "选项");
  formatter->label("SUBCOMMAND", "子命令");
  formatter->label("SUBCOMMANDS", "子命令");
  formatter->label("REQUIRED", "必填");
  formatter->label("Positionals", "位置参数");
  formatter->label("Excludes", "不能同时使用");
  formatter->label("Needs", "须同时使用");
  app.option_defaults()->group("选项");
}

// "gongkai case reply": the command the user was running when the parse failed.
std::string CommandPath(const CLI::App& app) {
  std::string path = "gongkai";
  const CLI::App* command = &app;
  while (!command->get_subcommands().empty()) {
    command = command->get_subcommands().front();
    path += " " + command->get_name();
  }
  return path;
}

}  // namespace

int RunCli(int argc, char** argv, CliEnvironment& env) {
  CLI::App app{"gongkai 公开 — 政府信息公开工作平台 (government information disclosure platform)"};
  SetUpChineseFormatter(app);
  app.require_subcommand(1);
  app.set_version_flag("--version", "gongkai 0.1.0", "显示版本并退出");
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
  RegisterInspectCommand(app, env, exit_code);
  RegisterSearchCommand(app, env, exit_code);
  // Other engineers: add one Register…Command(app, env, exit_code) line per command here.
  LocalizeHelp(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    *env.out << app.help();
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    *env.out << app.version() << "\n";
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return kExitOk;
    }
    *env.err << "错误：" << ParseErrorInChinese(e.get_name(), e.what()) << "\n运行 "
             << CommandPath(app) << " --help 查看用法。\n";
    return kExitUsage;
  }
  return exit_code;
}

}  // namespace gongkai::cli
