// Deciding which national template a report follows (annual-report-format.md §1): 2021 (30号),
// 2019 (60号 试行) or an older free-form report, and whether （六）其他处理 is printed as one row.
#pragma once

#include <optional>
#include <vector>

#include "domain/finding.h"
#include "domain/report_taxonomy.h"

namespace gongkai::audit {

struct TemplateEvidence {
  bool proactive_2021 = false;  // section 二 prints 本年制发件数 / 本年废止件数 / 现行有效件数 …
  bool proactive_2019 = false;  // section 二 prints 本年新制作数量 / 第二十条第（九）项 …
  bool other_sub_rows = false;    // 其他处理 1.–3. were recognised in section 三
  bool other_single_row = false;  // a （六）其他处理 row label was recognised
  bool tables_found = false;      // the request or proactive table was found
  bool request_heading_2019 = false;  // "三、收到和处理政府信息公开申请情况" is printed
  std::optional<int> year;
};

struct TemplateDecision {
  domain::TemplateVersion version = domain::TemplateVersion::k2021;
  bool single_other_row = false;
  std::vector<domain::Finding> findings;  // template.pre2019 / template.mixed
};

// The request table decides first: three 其他处理 sub-rows exist only in 2021. A single 其他处理
// row is the 2019 template when section 二 has 2019 columns (or, without section 二 evidence,
// when the report year is 2019 or 2020); otherwise a 2021 report printing the group as one row.
// Without any table the report is pre-2019 when its year is before 2019, or it has neither a year
// nor the 2019 heading of section 三. Pure.
TemplateDecision DetectTemplate(const TemplateEvidence& evidence);

}  // namespace gongkai::audit
