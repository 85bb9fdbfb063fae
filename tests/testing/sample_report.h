// Sample annual reports for the auditor's tests and benchmarks: statistics of the 2021 template
// with varied numbers that satisfy every consistency rule, printed the way published reports are
// (text with one table cell per line, like the seeds; an HTML page with the template's tables).
#pragma once

#include <cstdint>
#include <string>

#include "domain/annual_report.h"

namespace gongkai::samples {

// A fully filled 2021-template report whose every consistency rule holds; agency, year and all
// numbers vary with `seed` (the same seed always gives the same report).
domain::AnnualReport MakeConsistentReport(std::uint32_t seed);

// The report as plain text in the layout of copied web pages and `pdftotext` output: title,
// preamble and prose sections, then each table cell on its own line separated by blank lines.
// A null cell prints nothing (the cell disappears, as in real copies). About 8–10 KB.
std::string RenderReportText(const domain::AnnualReport& report);

// The report as a UTF-8 HTML page whose sections 二, 三 and 四 are <table>s with the template's
// merged cells (rowspan/colspan). A null cell prints as an empty <td>.
std::string RenderReportHtml(const domain::AnnualReport& report);

}  // namespace gongkai::samples
