// Exporting a generated annual report: the one gate every export goes through. A report computed
// from the records must satisfy every consistency rule; one with an error finding is refused
// rather than published (report-json.md: "refuses to export a report that fails them").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/annual_inputs.h"
#include "domain/annual_report.h"
#include "report/report_json.h"

namespace gongkai::report {

enum class ExportFormat { kMarkdown, kHtml, kXlsx, kJson };

// "md" (or "markdown"), "html", "xlsx", "json"; nullopt otherwise.
std::optional<ExportFormat> ExportFormatFromName(std::string_view name);

// kFailedPrecondition when `report.findings` has an error finding; the message counts them and
// lists each as "where：message". Ok otherwise (warnings and info do not block). Pure.
core::Status CheckExportable(const domain::AnnualReport& report);

// Renders a text format (Markdown, HTML or JSON) after CheckExportable. kInvalidArgument for
// kXlsx (a binary format: use ExportReportToFile); kFailedPrecondition as CheckExportable.
core::Result<std::string> ExportReport(const domain::AnnualReport& report,
                                       const domain::ReportText& text, ExportFormat format,
                                       const JsonOptions& json_options = {});

// Writes any format to `path` (created or replaced) after CheckExportable.
// kFailedPrecondition as CheckExportable; kUnavailable when the file cannot be written.
core::Status ExportReportToFile(const domain::AnnualReport& report, const domain::ReportText& text,
                                ExportFormat format, const std::string& path,
                                const JsonOptions& json_options = {});

}  // namespace gongkai::report
