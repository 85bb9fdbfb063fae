// The annual report as a printable HTML page (A4) that mirrors the layout of the national
// template (国办公开办函〔2021〕30号): headings 一 to 六, the section 二 table in its four blocks,
// the section 三 table with its three header rows, the merged top-left note and the spanning
// labels, and the section 四 table with its two-level header. The tables are real <table>
// elements with rowspan/colspan, so that the project's own auditor can read the page back.
#pragma once

#include <string>

#include "domain/annual_inputs.h"
#include "domain/annual_report.h"

namespace gongkai::report {

// Renders a complete UTF-8 HTML document for `report` with the organ's `text` for sections 一,
// 五 and 六 (an empty text prints a placeholder). Text is HTML-escaped; null cells print empty.
// Does not check the report (see report_export.h). Never fails; pure; thread-safe.
std::string RenderHtml(const domain::AnnualReport& report, const domain::ReportText& text);

}  // namespace gongkai::report
