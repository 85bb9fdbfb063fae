// `gongkai report`: the annual report computed from the records (export as Markdown, HTML, XLSX
// or JSON; `--explain CELL` lists the records behind one number), plus the organ's own inputs:
// `report text` (sections 一, 五, 六) and `report figures` (section 二). The logic is in report/;
// this file parses arguments, reads files and prints.
#include <memory>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/calendar_in_effect.h"
#include "cli/command_registry.h"
#include "cli/exit_codes.h"
#include "cli/file_text.h"
#include "cli/status_callback.h"
#include "report/cell_explanation.h"
#include "report/figures_import.h"
#include "report/report_builder.h"
#include "report/report_export.h"

namespace gongkai::cli {
namespace {

struct ReportArgs {
  int year = 0;
  std::string agency;
  bool all_below = false;
  std::string format = "md";
  std::string output;
  std::string db_url;
  std::string explain;
};

struct TextArgs {
  int year = 0;
  std::string agency;
  int section = 0;
  std::string file;
  std::string db_url;
};

struct FiguresArgs {
  int year = 0;
  std::string agency;
  std::string file;
  std::string db_url;
};

// Who the CLI records as the author of a change.
domain::Actor CliActor() {
  return domain::Actor{"命令行"};
}

// The agency a report is for when --agency is not given: the only top-level agency.
core::Result<std::string> DefaultAgency(domain::Store& store) {
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::Agency> agencies,
                           store.agencies().ListAgencies());
  std::vector<std::string> roots;
  std::string all;
  for (const domain::Agency& agency : agencies) {
    all += (all.empty() ? "" : "、") + agency.id;
    if (!agency.parent_id.has_value()) {
      roots.push_back(agency.id);
    }
  }
  if (roots.size() == 1) {
    return roots.front();
  }
  return core::Error::InvalidArgument(agencies.empty() ? std::string("数据库中还没有机构")
                                                       : "请用 --agency 指定机构（" + all + "）");
}

void PrintNotices(CliEnvironment& env, const domain::AnnualReport& report) {
  for (const domain::Finding& finding : report.findings) {
    if (finding.severity == domain::Severity::kWarning) {
      *env.err << "提示：[" << finding.rule << "] " << finding.where << "：" << finding.message
               << "\n";
    }
  }
}

core::Status Export(CliEnvironment& env, domain::Store& store, const std::string& agency,
                    const ReportArgs& args) {
  const std::optional<report::ExportFormat> format = report::ExportFormatFromName(args.format);
  if (!format.has_value()) {
    return core::Error::InvalidArgument("--format 应为 md、html、xlsx 或 json，收到“" +
                                        args.format + "”");
  }
  if (*format == report::ExportFormat::kXlsx && args.output.empty()) {
    return core::Error::InvalidArgument("XLSX 是二进制格式，请用 --output 指定输出文件");
  }
  const report::Scope scope =
      args.all_below ? report::Scope::kAgencyAndBelow : report::Scope::kAgencyOnly;
  GONGKAI_ASSIGN_OR_RETURN(const domain::AnnualReport built,
                           report::BuildAnnualReport(store, agency, args.year, scope));
  core::Result<domain::ReportText> text = store.annual_inputs().GetReportText(agency, args.year);
  if (!text.has_value() && text.error().code != core::ErrorCode::kNotFound) {
    return text.error();
  }
  const domain::ReportText report_text = text.has_value() ? *text : domain::ReportText{};
  PrintNotices(env, built);
  if (args.output.empty()) {
    GONGKAI_ASSIGN_OR_RETURN(const std::string content,
                             report::ExportReport(built, report_text, *format));
    *env.out << content;
    return core::Ok();
  }
  GONGKAI_TRY(report::ExportReportToFile(built, report_text, *format, args.output));
  *env.out << "已导出 " << built.agency.value_or("") << args.year << "年年度报告：" << args.output
           << "\n";
  return core::Ok();
}

int RunReport(CliEnvironment& env, const ReportArgs& args) {
  if (args.year == 0) {
    return ReportError(env, core::Error::InvalidArgument("请用 --year 指定报告年度"));
  }
  auto store = OpenCommandStore(env, args.db_url);
  if (!store.has_value()) {
    return ReportError(env, store.error());
  }
  core::Result<std::string> agency =
      args.agency.empty() ? DefaultAgency(**store) : core::Result<std::string>(args.agency);
  if (!agency.has_value()) {
    return ReportError(env, agency.error());
  }
  if (!args.explain.empty()) {
    const auto explanation = report::Explain(
        **store, *agency, args.year,
        args.all_below ? report::Scope::kAgencyAndBelow : report::Scope::kAgencyOnly, args.explain);
    if (!explanation.has_value()) {
      return ReportError(env, explanation.error());
    }
    *env.out << report::FormatExplanation(*explanation);
    return kExitOk;
  }
  const core::Status status = Export(env, **store, *agency, args);
  return status.has_value() ? kExitOk : ReportError(env, status.error());
}

core::Status StoreText(domain::Store& store, const TextArgs& args) {
  GONGKAI_TRY(store.agencies().GetAgency(args.agency));
  GONGKAI_ASSIGN_OR_RETURN(const std::string content, ReadFileText(args.file));
  core::Result<domain::ReportText> existing =
      store.annual_inputs().GetReportText(args.agency, args.year);
  if (!existing.has_value() && existing.error().code != core::ErrorCode::kNotFound) {
    return existing.error();
  }
  domain::ReportText text =
      existing.has_value() ? *existing : domain::ReportText{args.agency, args.year, "", "", ""};
  std::string& field = args.section == 1   ? text.overview
                       : args.section == 5 ? text.problems
                                           : text.other_matters;
  field = content;
  return store.annual_inputs().PutReportText(text, CliActor());
}

core::Status StoreFigures(domain::Store& store, const FiguresArgs& args) {
  GONGKAI_TRY(store.agencies().GetAgency(args.agency));
  GONGKAI_ASSIGN_OR_RETURN(const std::string content, ReadFileText(args.file));
  const bool csv = args.file.size() >= 4 && args.file.substr(args.file.size() - 4) == ".csv";
  GONGKAI_ASSIGN_OR_RETURN(
      const domain::ProactiveFigures figures,
      report::ParseProactiveFigures(
          content, csv ? report::FiguresFormat::kCsv : report::FiguresFormat::kJson, args.agency,
          args.year));
  return store.annual_inputs().PutProactiveFigures(figures, CliActor());
}

template <typename Args>
core::Status RunInput(CliEnvironment& env, const Args& args,
                      core::Status (*store_input)(domain::Store&, const Args&),
                      const std::string& done) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           OpenCommandStore(env, args.db_url));
  GONGKAI_TRY(store_input(*store, args));
  *env.out << done << "\n";
  return core::Ok();
}

void AddTextCommand(CLI::App& report, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<TextArgs>();
  args->db_url = env.default_db_url;
  CLI::App* cmd = report.add_subcommand("text", "保存本机关年度报告第一、五、六部分的文字");
  cmd->add_option("--year", args->year, "报告年度")->required()->check(CLI::Range(1901, 2999));
  cmd->add_option("--agency", args->agency, "机构代码")->required();
  cmd->add_option("--section", args->section, "部分：1（总体情况）、5（问题及改进）、6（其他事项）")
      ->required()
      ->check(CLI::IsMember({1, 5, 6}));
  cmd->add_option("--file", args->file, "UTF-8 文本文件")->required();
  cmd->add_option("--db", args->db_url, "数据库：SQLite 文件路径或 postgresql:// 连接串");
  SetStatusCallback(*cmd, env, exit_code, [&env, args] {
    return RunInput<TextArgs>(env, *args, StoreText,
                              "已保存 " + args->agency + " " + std::to_string(args->year) +
                                  "年年度报告第" + std::to_string(args->section) + "部分文字");
  });
}

void AddFiguresCommand(CLI::App& report, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<FiguresArgs>();
  args->db_url = env.default_db_url;
  CLI::App* cmd = report.add_subcommand(
      "figures", "录入或导入本机关第二部分（主动公开）数据：JSON 或 CSV（行,列,值）文件");
  cmd->add_option("--year", args->year, "报告年度")->required()->check(CLI::Range(1901, 2999));
  cmd->add_option("--agency", args->agency, "机构代码")->required();
  cmd->add_option("--file", args->file, "*.json 或 *.csv 文件")->required();
  cmd->add_option("--db", args->db_url, "数据库：SQLite 文件路径或 postgresql:// 连接串");
  SetStatusCallback(*cmd, env, exit_code, [&env, args] {
    return RunInput<FiguresArgs>(
        env, *args, StoreFigures,
        "已保存 " + args->agency + " " + std::to_string(args->year) + "年主动公开数据");
  });
}

}  // namespace

void RegisterReportCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<ReportArgs>();
  args->db_url = env.default_db_url;
  CLI::App* cmd = app.add_subcommand("report", "根据办理记录生成政府信息公开工作年度报告");
  cmd->add_option("--year", args->year, "报告年度")->check(CLI::Range(1901, 2999));
  cmd->add_option("--agency", args->agency, "机构代码（默认：唯一的顶层机构）");
  cmd->add_flag("--all-below", args->all_below, "包含下属机构（全系统报告）");
  cmd->add_option("--format", args->format, "输出格式：md、html、xlsx 或 json")
      ->capture_default_str();
  cmd->add_option("--output", args->output, "输出文件（默认：标准输出；xlsx 必须指定）");
  cmd->add_option("--db", args->db_url, "数据库：SQLite 文件路径或 postgresql:// 连接串")
      ->capture_default_str();
  cmd->add_option("--explain", args->explain,
                  "列出某个单元格背后的记录，如 三.不予公开.5.自然人、四.行政复议.结果维持");
  AddTextCommand(*cmd, env, exit_code);
  AddFiguresCommand(*cmd, env, exit_code);
  cmd->callback([&env, &exit_code, cmd, args] {
    if (!cmd->get_subcommands().empty()) {
      return;  // `report text` / `report figures` ran instead
    }
    exit_code = RunReport(env, *args);
  });
}

}  // namespace gongkai::cli
