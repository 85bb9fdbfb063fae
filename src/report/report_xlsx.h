// The annual report's tables as an XLSX workbook (libxlsxwriter), one sheet per table of the
// national template — 二 (proactive disclosure), 三 (requests) and 四 (reconsideration and
// litigation) — with merged header and label cells laid out like the template, for organs that
// file their statistics as spreadsheets.
#pragma once

#include <string>

#include "core/result.h"
#include "domain/annual_report.h"

namespace gongkai::report {

// Writes the workbook to `path` (created or replaced). Numbers are numeric cells; null cells are
// blank. Each sheet starts with the report title. Does not check the report (see
// report_export.h). kUnavailable when the file cannot be written (the message names the path);
// kInternal on any other library error. Thread-safe for distinct paths.
core::Status WriteXlsx(const domain::AnnualReport& report, const std::string& path);

}  // namespace gongkai::report
