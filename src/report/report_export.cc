#include "report/report_export.h"

#include <fstream>

#include "domain/report_checks.h"
#include "report/report_html.h"
#include "report/report_markdown.h"
#include "report/report_xlsx.h"

namespace gongkai::report {

std::optional<ExportFormat> ExportFormatFromName(std::string_view name) {
  if (name == "md" || name == "markdown") {
    return ExportFormat::kMarkdown;
  }
  if (name == "html") {
    return ExportFormat::kHtml;
  }
  if (name == "xlsx") {
    return ExportFormat::kXlsx;
  }
  if (name == "json") {
    return ExportFormat::kJson;
  }
  return std::nullopt;
}

core::Status CheckExportable(const domain::AnnualReport& report) {
  std::string list;
  int errors = 0;
  for (const domain::Finding& finding : report.findings) {
    if (finding.severity != domain::Severity::kError) {
      continue;
    }
    ++errors;
    list += "\n  " + std::to_string(errors) + ". [" + finding.rule + "] " + finding.where + "：" +
            finding.message;
  }
  if (errors == 0) {
    return core::Ok();
  }
  return core::Error::FailedPrecondition("年度报告有 " + std::to_string(errors) +
                                         " 处不符合勾稽关系或格式要求，不能导出：" + list);
}

core::Result<std::string> ExportReport(const domain::AnnualReport& report,
                                       const domain::ReportText& text, ExportFormat format,
                                       const JsonOptions& json_options) {
  GONGKAI_TRY(CheckExportable(report));
  switch (format) {
    case ExportFormat::kMarkdown:
      return RenderMarkdown(report, text) + "\n";
    case ExportFormat::kHtml:
      return RenderHtml(report, text);
    case ExportFormat::kJson:
      return ReportToJson(report, json_options) + "\n";
    case ExportFormat::kXlsx:
      break;
  }
  return core::Error::InvalidArgument("XLSX 是二进制格式，请用 --output 指定输出文件");
}

core::Status ExportReportToFile(const domain::AnnualReport& report, const domain::ReportText& text,
                                ExportFormat format, const std::string& path,
                                const JsonOptions& json_options) {
  GONGKAI_TRY(CheckExportable(report));
  if (format == ExportFormat::kXlsx) {
    return WriteXlsx(report, path);
  }
  GONGKAI_ASSIGN_OR_RETURN(const std::string content,
                           ExportReport(report, text, format, json_options));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) {
    return core::Error::Unavailable("无法写入文件：" + path);
  }
  return core::Ok();
}

}  // namespace gongkai::report
