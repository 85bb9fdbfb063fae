// `gongkai calendar`: the working-day calendar. `import FILE` validates a schedule file (the
// working-days.md §6 format) and stores each notice year in the database, so a new year's
// holiday notice can be loaded without a new release; `show` lists the years in effect or the days
// of one year. Parsing and validation live in domain/calendar_codec.h.
#include <algorithm>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/calendar_in_effect.h"
#include "cli/command_registry.h"
#include "cli/file_text.h"
#include "cli/status_callback.h"
#include "domain/calendar_codec.h"
#include "domain/calendar_import.h"

namespace gongkai::cli {
namespace {

struct CalendarArgs {
  std::string file;
  std::string db_url;  // import: defaults to env.default_db_url; show: empty = built-in only
  std::string actor = "命令行";
  int year = 0;
  bool year_given = false;  // --year was on the command line
  bool replace = false;     // import: a loaded year may be replaced by different days
};

std::string Counts(const domain::CalendarYear& year) {
  return "放假 " + std::to_string(year.off.size()) + " 天，调休上班 " +
         std::to_string(year.work.size()) + " 天";
}

core::Status RunImport(const CalendarArgs& args, CliEnvironment& env) {
  GONGKAI_ASSIGN_OR_RETURN(const std::string text, ReadFileText(args.file));
  const std::string& db_url = args.db_url.empty() ? env.default_db_url : args.db_url;
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store, OpenCommandStore(env, db_url));
  domain::CalendarImportOptions options;
  options.existing =
      args.replace ? domain::ExistingYears::kReplace : domain::ExistingYears::kRefuse;
  auto imported = domain::ImportCalendar(*store, text, options, domain::Actor{args.actor});
  if (!imported.has_value()) {
    return core::Error{imported.error().code, args.file + "：" + imported.error().message};
  }
  for (const std::string& line : domain::DescribeImport(*imported)) {
    *env.out << line << "\n";
  }
  return core::Ok();
}

std::string YearTable(const domain::WorkingCalendar& calendar, const std::set<int>& stored_years) {
  std::string text = "年度  放假  调休上班  数据  来源\n";
  for (const domain::CalendarYear& year : calendar.years()) {
    text += std::to_string(year.year) + "  " + std::to_string(year.off.size()) + " 天  " +
            std::to_string(year.work.size()) + " 天     " +
            (stored_years.contains(year.year) ? "数据库" : "内置") + "  " + year.source + "\n";
  }
  return text;
}

std::string DayList(const domain::WorkingCalendar& calendar, const domain::CalendarYear& year) {
  std::vector<std::pair<core::Date, bool>> days;  // date, is a make-up working day
  for (core::Date date : year.off) {
    days.emplace_back(date, false);
  }
  for (core::Date date : year.work) {
    days.emplace_back(date, true);
  }
  std::sort(days.begin(), days.end());
  std::string text = std::to_string(year.year) + "年节假日安排（来源：" + year.source + "）\n" +
                     Counts(year) + "\n";
  for (const auto& [date, working] : days) {
    std::string name;
    if (auto info = calendar.Explain(date); info.has_value() && info->holiday.has_value()) {
      name = *info->holiday;
    } else if (auto it = year.names.find(date); it != year.names.end()) {
      name = it->second;  // a date of the previous year, whose own schedule is not loaded
    }
    text += date.ToString() + " " + std::string(core::WeekdayName(date.weekday())) +
            (working ? "  调休上班  " : "  放假      ") + name + "\n";
  }
  return text;
}

core::Status RunShow(const CalendarArgs& args, CliEnvironment& env) {
  std::unique_ptr<domain::Store> store;
  std::set<int> stored_years;
  if (!args.db_url.empty()) {
    GONGKAI_ASSIGN_OR_RETURN(store, OpenCommandStore(env, args.db_url));
    GONGKAI_ASSIGN_OR_RETURN(const auto stored, store->calendars().ListCalendarYears());
    for (const auto& entry : stored) {
      stored_years.insert(entry.first);
    }
  }
  GONGKAI_ASSIGN_OR_RETURN(const domain::WorkingCalendar calendar,
                           CalendarInEffect(env, store.get()));
  if (!args.year_given) {
    *env.out << YearTable(calendar, stored_years);
    if (!store) {
      *env.out << "（仅内置数据；加 --db 可同时显示数据库中导入的年度）\n";
    }
    return core::Ok();
  }
  for (const domain::CalendarYear& year : calendar.years()) {
    if (year.year == args.year) {
      *env.out << DayList(calendar, year);
      return core::Ok();
    }
  }
  return core::Error::NotFound("没有" + std::to_string(args.year) +
                               "年的节假日安排；可用 gongkai calendar import 导入");
}

}  // namespace

void RegisterCalendarCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<CalendarArgs>();
  CLI::App* cmd = app.add_subcommand("calendar", "工作日日历：导入或查看国务院办公厅节假日安排");
  cmd->require_subcommand(1);

  CLI::App* import_command = cmd->add_subcommand("import", "校验节假日安排文件并逐年保存到数据库");
  import_command
      ->add_option("FILE", args->file, "JSON 文件（working-days.md §6 格式，可含多个年度）")
      ->required();
  import_command->add_option(
      "--db", args->db_url,
      "数据库：SQLite 文件路径或 postgresql:// 连接串（默认 " + env.default_db_url + "）");
  import_command->add_option("--actor", args->actor, "记入审计日志的操作人")->capture_default_str();
  import_command->add_flag("--replace", args->replace,
                           "已载入的年度与文件不同时以文件替换（仅用于更正后的通知）");
  SetStatusCallback(*import_command, env, exit_code,
                    [&env, args] { return RunImport(*args, env); });

  CLI::App* show = cmd->add_subcommand("show", "列出生效的年度，或某一年度的放假日和调休上班日");
  show->add_option("--year", args->year, "只显示该年度的每一天");
  show->add_option("--db", args->db_url, "同时显示该数据库中导入的年度");
  SetStatusCallback(*show, env, exit_code, [&env, args, show] {
    args->year_given = show->count("--year") > 0;
    return RunShow(*args, env);
  });
}

}  // namespace gongkai::cli
