// `gongkai demo`: fills a database with the demo data set (report/demo_data.h) — a municipal
// bureau with three district branches and a realistic disclosure workload per year — so that the
// web pages and reports have something to show.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command_registry.h"
#include "cli/status_callback.h"
#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"
#include "report/demo_data.h"

namespace gongkai::cli {
namespace {

struct DemoArgs {
  std::string db_url;
  std::vector<int> years;  // default: the two last complete years
  std::uint32_t seed = report::DemoOptions{}.seed;
  int requests = report::DemoOptions{}.requests_per_year;
};

core::Result<report::DemoSummary> Generate(CliEnvironment& env, const DemoArgs& args) {
  if (!env.open_store) {
    return core::Error::Unavailable("本程序尚未接入数据库存储，无法生成演示数据");
  }
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store, env.open_store(args.db_url));
  GONGKAI_ASSIGN_OR_RETURN(const auto stored_years, store->calendars().ListCalendarYears());
  GONGKAI_ASSIGN_OR_RETURN(
      const domain::WorkingCalendar calendar,
      domain::LoadEffectiveCalendar(domain::BuiltinCalendarJson(), stored_years));
  report::DemoOptions options;
  options.seed = args.seed;
  options.requests_per_year = args.requests;
  const int this_year = env.clock->Today().year();
  options.years = args.years.empty() ? std::vector<int>{this_year - 2, this_year - 1} : args.years;
  return report::GenerateDemoData(*store, calendar, *env.clock, options);
}

void PrintSummary(CliEnvironment& env, const DemoArgs& args, const report::DemoSummary& summary) {
  *env.out << "已生成演示数据（种子 " << args.seed << "）：" << summary.agency_ids.size()
           << " 个机构";
  for (const std::string& id : summary.agency_ids) {
    *env.out << " " << id;
  }
  *env.out << "\n";
  for (const report::DemoYearSummary& year : summary.years) {
    *env.out << "  " << year.year << "年：收到申请 " << year.received << " 件，至今未办结 "
             << year.open << " 件，行政复议和行政诉讼 " << year.reviews << " 件\n";
  }
  if (!summary.years.empty()) {
    *env.out << "查看全系统年度报告：gongkai report --db " << args.db_url << " --year "
             << summary.years.front().year << " --agency " << summary.root_agency_id
             << " --all-below --format html --output report.html\n";
  }
}

core::Status RunDemo(CliEnvironment& env, const DemoArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(const report::DemoSummary summary, Generate(env, args));
  PrintSummary(env, args, summary);
  return core::Ok();
}

}  // namespace

void RegisterDemoCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<DemoArgs>();
  args->db_url = env.default_db_url;
  CLI::App* cmd = app.add_subcommand(
      "demo",
      "生成演示数据：一个市级局及其三个分局若干年度的申请、复议诉讼、主动公开数据和报告文字");
  cmd->add_option("--db", args->db_url, "数据库：SQLite 文件路径或 postgresql:// 连接串")
      ->capture_default_str();
  cmd->add_option("--years", args->years,
                  "收到申请的年度，逗号分隔，如 2024,2025（默认：最近两个完整年度）")
      ->delimiter(',')
      ->check(CLI::Range(1901, 2999));
  cmd->add_option("--seed", args->seed, "随机种子（同一种子生成相同数据）")->capture_default_str();
  cmd->add_option("--requests", args->requests, "每年申请数（约数，全部机构合计）")
      ->capture_default_str()
      ->check(CLI::Range(10, 100000));
  SetStatusCallback(*cmd, env, exit_code, args, RunDemo);
}

}  // namespace gongkai::cli
