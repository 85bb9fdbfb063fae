#include "audit/batch_summary.h"

#include <algorithm>

namespace gongkai::audit {

void BatchSummary::Add(const FileSummary& file) {
  ++files_;
  if (file.status == AuditStatus::kUnreadable) {
    ++unreadable_;
    return;
  }
  ++reports_read_;
  if (file.status == AuditStatus::kErrors) {
    ++reports_with_errors_;
  }
  if (file.status == AuditStatus::kPartlyRead) {
    ++reports_partly_read_;
  }
  error_findings_ += static_cast<std::size_t>(file.error_count);
  warning_findings_ += static_cast<std::size_t>(file.warning_count);
  for (const std::string& rule : file.violated_rules) {
    ++rule_reports_[rule];
  }
}

std::vector<RuleCount> BatchSummary::TopRules(std::size_t limit) const {
  std::vector<RuleCount> counts;
  counts.reserve(rule_reports_.size());
  for (const auto& [rule, reports] : rule_reports_) {
    counts.push_back({rule, reports});
  }
  // The map iterates in rule-id order and stable_sort keeps that order among equal counts.
  std::stable_sort(counts.begin(), counts.end(),
                   [](const RuleCount& a, const RuleCount& b) { return a.reports > b.reports; });
  if (counts.size() > limit) {
    counts.resize(limit);
  }
  return counts;
}

}  // namespace gongkai::audit
