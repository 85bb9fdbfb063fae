#include "web/report_download.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <unistd.h>

#include "web/views/html_escape.h"

namespace gongkai::web {
namespace {

struct FormatInfo {
  const char* extension;
  const char* content_type;
};

FormatInfo InfoOf(report::ExportFormat format) {
  switch (format) {
    case report::ExportFormat::kMarkdown:
      return {"md", "text/markdown; charset=utf-8"};
    case report::ExportFormat::kHtml:
      return {"html", "text/html; charset=utf-8"};
    case report::ExportFormat::kXlsx:
      return {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"};
    case report::ExportFormat::kJson:
      break;
  }
  return {"json", "application/json; charset=utf-8"};
}

// libxlsxwriter writes to a file only, so the workbook goes through a fresh temporary file
// (mkstemps: unique and created 0600, so concurrent downloads never share one).
core::Result<std::string> ExportXlsxBytes(const domain::AnnualReport& report,
                                          const domain::ReportText& text) {
  std::error_code ignored;
  std::string path =
      (std::filesystem::temp_directory_path(ignored) / "gongkai-report-XXXXXX.xlsx").string();
  const int descriptor = mkstemps(path.data(), 5);
  if (descriptor < 0) {
    return core::Error::Unavailable("无法创建临时文件，暂时不能导出 XLSX");
  }
  close(descriptor);
  const core::Status written =
      report::ExportReportToFile(report, text, report::ExportFormat::kXlsx, path);
  std::ostringstream bytes;
  if (written.has_value()) {
    std::ifstream in(path, std::ios::binary);
    bytes << in.rdbuf();
  }
  std::filesystem::remove(path, ignored);
  if (!written.has_value()) {
    return written.error();
  }
  if (bytes.str().empty()) {
    return core::Error::Unavailable("无法读取生成的 XLSX 文件，请稍后重试");
  }
  return bytes.str();
}

}  // namespace

core::Result<ReportDownload> ExportReportDownload(const domain::AnnualReport& report,
                                                  const domain::ReportText& text,
                                                  report::ExportFormat format,
                                                  const std::string& file_stem) {
  ReportDownload download;
  const FormatInfo info = InfoOf(format);
  download.content_type = info.content_type;
  download.ascii_file_name = file_stem + "." + info.extension;
  download.file_name = report.agency.value_or(file_stem) +
                       (report.year.has_value() ? std::to_string(*report.year) + "年" : "") +
                       "政府信息公开工作年度报告." + info.extension;
  if (format == report::ExportFormat::kXlsx) {
    GONGKAI_ASSIGN_OR_RETURN(download.body, ExportXlsxBytes(report, text));
  } else {
    GONGKAI_ASSIGN_OR_RETURN(download.body, report::ExportReport(report, text, format));
  }
  return download;
}

HttpResponse DownloadResponse(const ReportDownload& download) {
  HttpResponse response;
  response.status = 200;
  response.content_type = download.content_type;
  response.body = download.body;
  // RFC 6266: the plain name for old clients, the UTF-8 one (RFC 5987) for the rest.
  response.headers.emplace_back("Content-Disposition",
                                "attachment; filename=\"" + download.ascii_file_name +
                                    "\"; filename*=UTF-8''" + UrlEncode(download.file_name));
  return response;
}

}  // namespace gongkai::web
