// Rule ids of the findings the layout parser itself emits (cells it could not read, structure it
// could not find, the template it detected). The consistency rules (勾稽关系) live in
// domain/report_checks.h. Every id is described in docs/REPORT-RULES.md.
#pragma once

#include <string>
#include <string_view>

#include "domain/finding.h"

namespace gongkai::audit {

// A row printed fewer numbers than it has columns.
inline constexpr std::string_view kRuleCellsMissing = "cells.missing";
// A row printed more numbers than it has columns.
inline constexpr std::string_view kRuleCellsExtra = "cells.extra";
// A cell that is not a number (or a count with a fraction).
inline constexpr std::string_view kRuleCellsMalformed = "cells.malformed";
// A cell left blank or printed as "-", "—", "/", "无".
inline constexpr std::string_view kRuleCellsBlank = "cells.blank";
// A cell printed with a leading zero ("00"), read as the number.
inline constexpr std::string_view kRuleCellsLeadingZero = "cells.leading_zero";
// A run of fused digits split in the only way the row's arithmetic allows.
inline constexpr std::string_view kRuleCellsSplitRun = "cells.split_run";
// A run of fused digits that no split, or more than one split, fits.
inline constexpr std::string_view kRuleCellsFusedRun = "cells.fused_run";
// Numbers in a table that cannot be attributed to any row with certainty.
inline constexpr std::string_view kRuleCellsUnplaced = "cells.unplaced";
// Numbers printed apart from their row labels (partly column by column), placed in the only
// reading the table's own arithmetic allows (column_order_recovery.h).
inline constexpr std::string_view kRuleCellsColumnOrder = "cells.column_order";
// A row of the template that the report does not print (or that could not be recognised).
// A fused run of section 二 split the one way the report's prose agrees with (warning).
inline constexpr std::string_view kRuleProseSplit = "prose.split";
// A number the prose states differs from the table (warning quoting both).
inline constexpr std::string_view kRuleProseMismatch = "prose.mismatch";
inline constexpr std::string_view kRuleRowMissing = "structure.row_missing";
// A whole table (section 二, 三 or 四) that could not be found.
inline constexpr std::string_view kRuleTableMissing = "structure.table_missing";
// The report is an older free-form one (before the 2019 template): no tables to read.
inline constexpr std::string_view kRuleTemplatePre2019 = "template.pre2019";
// The report mixes marks of the 2019 and 2021 templates.
inline constexpr std::string_view kRuleTemplateMixed = "template.mixed";
// No agency / no year could be read from the title or preamble.
inline constexpr std::string_view kRuleAgencyMissing = "report.agency_missing";
inline constexpr std::string_view kRuleYearMissing = "report.year_missing";
// The title's year and the statistics period's year differ.
inline constexpr std::string_view kRuleYearConflict = "report.year_conflict";

inline domain::Finding MakeFinding(std::string_view rule, domain::Severity severity,
                                   std::string where, std::string message) {
  return domain::Finding{std::string(rule), severity, std::move(where), std::move(message), false};
}

}  // namespace gongkai::audit
