// Reading the reconsideration/litigation table of section 四: one data row of 15 cells under a
// three-level header, however the layout spreads the header and the values.
#pragma once

#include <optional>
#include <vector>

#include "audit/layout_tokenizer.h"
#include "domain/annual_report.h"
#include "domain/finding.h"

namespace gongkai::audit {

struct ReviewTableResult {
  bool found = false;  // any value was printed in the section
  std::array<domain::CountCell, domain::kReviewLitigationCount> cells;
  std::vector<domain::Finding> findings;
};

// Collects the value tokens of section 四 in reading order (header words are skipped; running text
// after the values ends the table) and resolves them as one row of 15 cells with ResolveRow.
// Without any value, `found` is false and there are no findings (the caller reports the missing
// table). Pure; linear.
ReviewTableResult ParseReviewTable(const LayoutLines& lines);

}  // namespace gongkai::audit
