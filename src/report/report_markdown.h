// The annual report as Markdown: the six sections of the national template with the section 二,
// 三 and 四 tables as pipe tables (Markdown cannot merge cells, so group labels are repeated in
// the row labels). For reading and diffing; the printable form is report_html.h.
#pragma once

#include <string>

#include "domain/annual_inputs.h"
#include "domain/annual_report.h"

namespace gongkai::report {

// Renders `report` with the organ's `text` for sections 一, 五 and 六 (an empty text prints a
// placeholder). Null cells print empty. Does not check the report (see report_export.h).
// Never fails; pure; thread-safe.
std::string RenderMarkdown(const domain::AnnualReport& report, const domain::ReportText& text);

}  // namespace gongkai::report
