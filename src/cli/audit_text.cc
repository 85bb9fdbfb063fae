#include "cli/audit_text.h"

#include <fmt/format.h>

namespace gongkai::cli {
namespace {

// "2 个错误、1 个警告", leaving out the kinds that did not occur.
std::string CountsText(const audit::FileSummary& row) {
  std::string text;
  const auto add = [&text](int count, std::string_view what) {
    if (count > 0) {
      text += fmt::format("{}{} {}", text.empty() ? "" : "、", count, what);
    }
  };
  add(row.error_count, "个错误");
  add(row.warning_count, "个警告");
  add(row.info_count, "条提示");
  add(row.unread_count, "处未能读取");
  return text;
}

std::string Verdict(const audit::FileSummary& row) {
  if (row.status == audit::AuditStatus::kUnreadable) {
    return "结论：无法读取。\n";
  }
  if (row.error_count > 0) {
    return "结论：有错误——发现 " + CountsText(row) + "。\n";
  }
  if (row.status == audit::AuditStatus::kPartlyRead) {
    return "结论：未能完整读取——没有发现错误，但有 " + std::to_string(row.unread_count) +
           " 处未能读出（" + CountsText(row) + "），相关核对无法进行。\n";
  }
  const std::string counts = CountsText(row);
  return counts.empty() ? "结论：无误——未发现错误。\n"
                        : "结论：无误——未发现错误（" + counts + "）。\n";
}

}  // namespace

std::string_view TemplateDisplayName(domain::TemplateVersion version) {
  switch (version) {
    case domain::TemplateVersion::k2021:
      return "2021年版（国办公开办函〔2021〕30号）";
    case domain::TemplateVersion::k2019:
      return "2019年试行版（国办公开办函〔2019〕60号）";
    case domain::TemplateVersion::kPre2019:
      return "2019年以前的自由格式";
  }
  return "2019年以前的自由格式";
}

std::string_view SeverityLabel(domain::Severity severity) {
  switch (severity) {
    case domain::Severity::kError:
      return "错误";
    case domain::Severity::kWarning:
      return "警告";
    case domain::Severity::kInfo:
      return "提示";
    case domain::Severity::kUnread:
      return "未能读取";
  }
  return "错误";
}

std::string FormatAuditText(const audit::AuditOutcome& outcome, const audit::FileSummary& row) {
  std::string text = "文件：" + outcome.path + "\n";
  if (!outcome.report.has_value()) {
    text += "无法读取：" + outcome.report.error().message + "\n";
    return text + Verdict(row);
  }
  const domain::AnnualReport& report = *outcome.report;
  if (!outcome.kind.empty()) {
    text += "类型：" + outcome.kind + "\n";
  }
  text += "机关：" + report.agency.value_or("（未识别）") + "\n";
  text += "年度：" + (report.year.has_value() ? std::to_string(*report.year) : "（未识别）") + "\n";
  text += "模板：" + std::string(TemplateDisplayName(report.template_version)) + "\n";
  for (const domain::Finding& finding : report.findings) {
    text += fmt::format("[{}] {}  位置：{}  说明：{}\n", SeverityLabel(finding.severity),
                        finding.rule, finding.where, finding.message);
  }
  return text + Verdict(row);
}

std::string FormatBatchSummaryText(const audit::BatchSummary& summary, std::string_view csv_path) {
  const std::size_t read_fully =
      summary.reports_read() - summary.reports_with_errors() - summary.reports_partly_read();
  std::string text = fmt::format(
      "汇总：共 {} 个文件；读取报告 {} 份，其中有错误的 {} 份、未能完整读取的 {} 份、无误的 {} "
      "份；无法读取的文件 {} 个。\n",
      summary.files(), summary.reports_read(), summary.reports_with_errors(),
      summary.reports_partly_read(), read_fully, summary.unreadable());
  const std::vector<audit::RuleCount> top = summary.TopRules(10);
  if (!top.empty()) {
    text += "最常见的问题（规则 id：出现该问题的报告份数）：\n";
    for (std::size_t i = 0; i < top.size(); ++i) {
      text += fmt::format("  {:>2}. {}：{}\n", i + 1, top[i].rule, top[i].reports);
    }
  }
  if (!csv_path.empty()) {
    text += fmt::format("每个文件的审核摘要已写入 {}\n", csv_path);
  } else {
    text += "（加 --csv 文件名 可得到每个文件一行的审核摘要）\n";
  }
  return text;
}

}  // namespace gongkai::cli
