// Who published a report and for which year: read from the title
// ("XX2024年政府信息公开工作年度报告", possibly with the organ on the line above), the statistics
// period in the preamble, and the publication date of a web page.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "audit/document.h"
#include "domain/finding.h"

namespace gongkai::audit {

struct ReportIdentity {
  std::optional<std::string> agency;  // the organ named in the title, completed from the preamble
  std::optional<int> year;            // the report year
  std::optional<int> title_year;
  std::optional<int> period_year;     // from "统计期限自2024年1月1日…"
  std::optional<int> published_year;  // from "发布时间:2025-01-24"
  bool looks_like_report = false;  // a report title (政府信息公开…年度报告 with a year) was seen
  std::vector<domain::Finding> findings;  // report.* findings
};

// Reads lines [0, head_end) (the part before the statistics tables). The title is the first short
// line naming 政府信息公开 and 年度报告 with a year; the agency is the organ before the year (or
// the line above when the title starts with the year), lengthened to the fullest form the preamble
// gives ("洪泽区人民政府" -> "淮安市洪泽区人民政府"). The year is the title's, else the statistics
// period's, else the publication year minus one. Linear; pure.
ReportIdentity DetectIdentity(const Document& document, std::size_t head_end);

}  // namespace gongkai::audit
