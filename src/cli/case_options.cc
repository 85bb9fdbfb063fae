#include "cli/case_options.h"

#include <utility>

#include <CLI/CLI.hpp>

#include "cli/calendar_in_effect.h"
#include "cli/option_values.h"

namespace gongkai::cli {
namespace {

// Versions are event counts; no case comes near this many events.
constexpr std::int64_t kMaxVersion = 1'000'000'000;

}  // namespace

void AddCaseCommonOptions(CLI::App& command, CaseCommonArgs& args, const CliEnvironment& env,
                          StepOptions which) {
  args.db_url = env.default_db_url;
  command.add_option("--db", args.db_url, "数据库：SQLite 文件路径或 postgresql:// 连接串")
      ->capture_default_str();
  if (which != StepOptions::kReadOnly) {
    command.add_option("--actor", args.actor, "经办人（默认：当前登录用户名，否则 clerk）");
  }
  if (which == StepOptions::kAll) {
    command.add_option("--date", args.date,
                       "办理日期 YYYY-MM-DD：该步骤在法律上发生的日期（默认：今天）");
    command.add_option("--expect-version", args.expect_version,
                       "仅当案件仍是第 N 版时执行（防止覆盖他人刚做的修改）");
  }
  if (which != StepOptions::kRecord) {
    command.add_flag("--json", args.json, "以 JSON 输出");
  }
}

domain::Actor CommandActor(const CaseCommonArgs& args, const CliEnvironment& env) {
  if (!args.actor.empty()) {
    return domain::Actor{args.actor};
  }
  return domain::Actor{env.user_name.empty() ? std::string("clerk") : env.user_name};
}

core::Result<domain::CommandContext> MakeCommandContext(const CaseCommonArgs& args,
                                                        const CliEnvironment& env) {
  domain::CommandContext context;
  context.actor = CommandActor(args, env);
  GONGKAI_ASSIGN_OR_RETURN(context.date, ParseOptionalDate("--date", args.date));
  GONGKAI_ASSIGN_OR_RETURN(
      context.expected_version,
      ParseOptionalInteger("--expect-version", args.expect_version, 0, kMaxVersion));
  return context;
}

core::Result<CaseWorkspace> OpenCaseWorkspace(CliEnvironment& env, const std::string& db_url) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store, OpenCommandStore(env, db_url));
  GONGKAI_ASSIGN_OR_RETURN(domain::WorkingCalendar calendar, CalendarInEffect(env, store.get()));
  return CaseWorkspace{std::move(store), std::move(calendar)};
}

}  // namespace gongkai::cli
