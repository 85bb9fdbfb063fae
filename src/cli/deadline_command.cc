// `gongkai deadline`: the statutory working-day deadline from a receipt date, with every counted
// and skipped day (`--received`), or the full reply-clock explanation of a stored case
// (`deadline explain CASE`). The counting is domain/statutory_clock.h; this file parses and prints.
#include <charconv>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/calendar_in_effect.h"
#include "cli/case_reference.h"
#include "cli/case_view.h"
#include "cli/command_registry.h"
#include "cli/exit_codes.h"
#include "cli/status_callback.h"
#include "domain/statutory_clock.h"

namespace gongkai::cli {
namespace {

// Longest period accepted by --working-days (the longest statutory one is 20 + 20).
constexpr int kMaxWorkingDays = 366;

struct DeadlineArgs {
  std::string received;
  std::string working_days = "20";
  bool json = false;
  std::string db_url;  // empty: built-in calendar only (explain: the default database)
  std::string case_ref;
};

core::Result<core::Date> ParseDateArgument(const std::string& name, const std::string& text) {
  auto date = core::Date::Parse(text);
  if (!date.has_value()) {
    return core::Error::InvalidArgument(name + " 参数有误：" + date.error().message);
  }
  return date;
}

core::Result<int> ParseWorkingDays(const std::string& text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0 ||
      value > kMaxWorkingDays) {
    return core::Error::InvalidArgument("--working-days 参数有误：应为 0 到 " +
                                        std::to_string(kMaxWorkingDays) + " 之间的整数，收到“" +
                                        text + "”");
  }
  return value;
}

std::string Weekday(core::Date date) {
  return std::string(core::WeekdayName(date.weekday()));
}

std::string DayLine(const domain::ClockDay& day) {
  return day.info.date.ToString() + " " + Weekday(day.info.date) + "  " + day.Describe() + "\n";
}

std::string PeriodJson(const domain::CountedPeriod& period) {
  nlohmann::ordered_json days = nlohmann::ordered_json::array();
  for (const domain::ClockDay& day : period.days) {
    days.push_back({{"date", day.info.date.ToString()},
                    {"weekday", Weekday(day.info.date)},
                    {"counted", day.counted()},
                    {"ordinal", day.ordinal.has_value() ? nlohmann::ordered_json(*day.ordinal)
                                                        : nlohmann::ordered_json(nullptr)},
                    {"reason", day.reason},
                    {"provisional", day.info.provisional}});
  }
  const nlohmann::ordered_json root = {{"received", period.start.ToString()},
                                       {"working_days", period.working_days},
                                       {"due", period.due.ToString()},
                                       {"provisional", period.provisional()},
                                       {"provisional_years", period.provisional_years},
                                       {"days", days}};
  return root.dump(2) + "\n";
}

std::string PeriodText(const domain::CountedPeriod& period) {
  std::string text = "收到申请之日：" + period.start.ToString() + " " + Weekday(period.start) +
                     "（当日不计入，自次日起算）\n";
  text += "期限：" + std::to_string(period.working_days) + " 个工作日\n";
  text += "到期日：" + period.due.ToString() + " " + Weekday(period.due) +
          (period.provisional() ? "（暂定）\n" + domain::ProvisionalNote(period.provisional_years)
                                : std::string()) +
          "\n\n逐日说明：\n";
  for (const domain::ClockDay& day : period.days) {
    text += DayLine(day);
  }
  return text;
}

core::Status RunPeriod(const DeadlineArgs& args, CliEnvironment& env) {
  GONGKAI_ASSIGN_OR_RETURN(const core::Date received,
                           ParseDateArgument("--received", args.received));
  GONGKAI_ASSIGN_OR_RETURN(const int working_days, ParseWorkingDays(args.working_days));
  std::unique_ptr<domain::Store> store;
  if (!args.db_url.empty()) {
    GONGKAI_ASSIGN_OR_RETURN(store, OpenCommandStore(env, args.db_url));
  }
  GONGKAI_ASSIGN_OR_RETURN(const domain::WorkingCalendar calendar,
                           CalendarInEffect(env, store.get()));
  GONGKAI_ASSIGN_OR_RETURN(const domain::CountedPeriod period,
                           domain::CountPeriod(calendar, received, working_days));
  *env.out << (args.json ? PeriodJson(period) : PeriodText(period));
  return core::Ok();
}

std::string ClockText(const domain::RequestCase& request_case, const domain::ReplyClock& clock) {
  std::string text =
      "案件：" + request_case.tracking_number + "（id " + std::to_string(request_case.id) + "）\n";
  for (const std::string& note : clock.notes) {
    text += "· " + note + "\n";
  }
  for (const std::string& warning : clock.warnings) {
    text += "! 注意：" + warning + "\n";
  }
  if (clock.stopped.has_value()) {
    text += "答复期限当前暂停：" + ClockStopText(*clock.stopped) + "\n";
  }
  if (!clock.days.empty()) {
    text += "\n逐日说明（自 " + clock.clock_start.ToString() + " 次日起）：\n";
    for (const domain::ClockDay& day : clock.days) {
      text += DayLine(day);
    }
  }
  return text;
}

core::Status RunExplain(const DeadlineArgs& args, CliEnvironment& env) {
  const std::string& db_url = args.db_url.empty() ? env.default_db_url : args.db_url;
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store, OpenCommandStore(env, db_url));
  GONGKAI_ASSIGN_OR_RETURN(const domain::RequestCase request_case,
                           FindCase(store->cases(), args.case_ref));
  GONGKAI_ASSIGN_OR_RETURN(const domain::WorkingCalendar calendar,
                           CalendarInEffect(env, store.get()));
  GONGKAI_ASSIGN_OR_RETURN(const domain::ReplyClock clock,
                           domain::ComputeReplyClock(request_case, calendar));
  *env.out << ClockText(request_case, clock);
  return core::Ok();
}

}  // namespace

void RegisterDeadlineCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<DeadlineArgs>();
  CLI::App* cmd = app.add_subcommand("deadline", "按工作日计算法定期限并逐日说明");
  cmd->require_subcommand(0, 1);
  cmd->add_option("--received", args->received, "收到申请之日（YYYY-MM-DD），当日不计入");
  cmd->add_option("--working-days", args->working_days, "工作日数")->capture_default_str();
  cmd->add_flag("--json", args->json, "以 JSON 输出");
  cmd->add_option("--db", args->db_url,
                  "数据库（SQLite 文件或 postgresql:// 连接串）：使用其中保存的节假日安排；"
                  "explain 默认 " +
                      env.default_db_url);
  cmd->footer(
      "例：gongkai deadline --received 2025-01-24\n"
      "    gongkai deadline explain cq-scjg-2025-00017 --db gongkai.db");
  CLI::App* explain = cmd->add_subcommand("explain", "逐日说明一个案件的答复期限");
  explain->add_option("CASE", args->case_ref, "受理编号或案件 id")->required();
  explain->fallthrough();  // `deadline explain CASE --db URL` uses the --db of `deadline`

  SetStatusCallback(*explain, env, exit_code, [&env, args] { return RunExplain(*args, env); });
  cmd->callback([&env, &exit_code, args, explain] {
    if (explain->parsed()) {
      return;
    }
    if (args->received.empty()) {
      exit_code =
          ReportError(env, core::Error::InvalidArgument(
                               "请给出 --received YYYY-MM-DD，或使用 deadline explain CASE"));
      return;
    }
    const core::Status status = RunPeriod(*args, env);
    exit_code = status.has_value() ? kExitOk : ReportError(env, status.error());
  });
}

}  // namespace gongkai::cli
