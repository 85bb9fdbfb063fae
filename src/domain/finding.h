// A finding: one broken consistency rule (勾稽关系) or malformed cell of an annual report.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::domain {

// kError: the printed report is wrong (a rule broken by cells read with certainty, a row printed
// with too many or too few numbers, a cell that is not a number). kUnread: the auditor could not
// find or place something (a table, a row, a fused run); the report is not accused of anything.
enum class Severity { kError, kWarning, kInfo, kUnread };

// "error", "warning", "info", "unread".
std::string_view SeverityName(Severity severity);

struct Finding {
  std::string rule;  // stable rule id, e.g. "requests.balance" (docs/REPORT-RULES.md)
  Severity severity = Severity::kError;
  std::string where;    // section / row / column in the report's own words
  std::string message;  // Chinese, for a clerk
  // True when the rule could not be evaluated because a cell it needs is null; such a finding
  // is reported as "not checkable" (severity info), never as passed.
  bool not_checkable = false;
};

}  // namespace gongkai::domain
