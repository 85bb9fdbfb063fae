// The annual report as a file to download (printable HTML, XLSX, JSON or Markdown), made by the
// report module's exporter — the one `gongkai report --format` uses, with the same refusal of a
// report that has an error finding.
#pragma once

#include <string>

#include "core/result.h"
#include "domain/annual_inputs.h"
#include "domain/annual_report.h"
#include "report/report_export.h"
#include "web/http_message.h"

namespace gongkai::web {

struct ReportDownload {
  std::string content_type;  // e.g. "application/vnd.openxmlformats-…sheet"
  std::string file_name;  // e.g. "北京市市场监督管理局2024年政府信息公开工作年度报告.xlsx"
  std::string ascii_file_name;  // for old clients, e.g. "bj-scjg-2024.xlsx"
  std::string body;             // the file's bytes
};

// Exports `report` (with `text` for sections 一, 五, 六) in `format` through
// report::ExportReport / ExportReportToFile. kFailedPrecondition, with the exporter's Chinese
// message, when the report has an error finding; kUnavailable when the temporary file for XLSX
// cannot be written or read. `file_stem` names the ASCII file name (e.g. "bj-scjg-2024").
// Thread-safe (XLSX goes through a uniquely named temporary file that is removed again).
core::Result<ReportDownload> ExportReportDownload(const domain::AnnualReport& report,
                                                  const domain::ReportText& text,
                                                  report::ExportFormat format,
                                                  const std::string& file_stem);

// 200 with the file as an attachment (Content-Disposition with both file names). Pure.
HttpResponse DownloadResponse(const ReportDownload& download);

}  // namespace gongkai::web
