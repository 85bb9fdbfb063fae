// The consistency rules (勾稽关系) of the national template as named checks with stable rule ids.
// Shared by the auditor (published reports) and the generator (reports computed from records).
// The rule ids and their meanings are listed in docs/REPORT-RULES.md.
#pragma once

#include <span>
#include <vector>

#include "domain/annual_report.h"
#include "domain/finding.h"

namespace gongkai::domain {

// Rule ids.
inline constexpr std::string_view kRuleBalance = "requests.balance";
inline constexpr std::string_view kRuleOutcomeTotal = "requests.outcome_total";
inline constexpr std::string_view kRuleRowTotal = "requests.row_total";
inline constexpr std::string_view kRuleReviewTotal = "review.total";
inline constexpr std::string_view kRuleLitigationDirectTotal = "litigation_direct.total";
inline constexpr std::string_view kRuleLitigationAfterReviewTotal = "litigation_after_review.total";
inline constexpr std::string_view kRuleNonNegative = "cells.nonnegative";
inline constexpr std::string_view kRuleCarryOver = "requests.carry_over";
inline constexpr std::string_view kRuleInForceFlow = "proactive.in_force_flow";
inline constexpr std::string_view kRuleFeeUnit = "proactive.fee_unit";
inline constexpr std::string_view kRuleOtherRows = "structure.other_rows";

// Runs every check on `report` and returns the findings (does not modify the report).
// `previous_year`, when given, is the same organ's report of the year before; it enables the
// cross-year rules requests.carry_over and proactive.in_force_flow. A rule that needs a null cell
// yields one not-checkable finding (severity info) instead of passing silently.
// Thread-safe; pure.
std::vector<Finding> CheckReport(const AnnualReport& report,
                                 const AnnualReport* previous_year = nullptr);

// True when any finding has severity error.
bool HasErrors(std::span<const Finding> findings);

}  // namespace gongkai::domain
