#include "audit/file_summary.h"

#include <algorithm>

#include "domain/report_checks.h"

namespace gongkai::audit {

std::string_view AuditStatusName(AuditStatus status) {
  switch (status) {
    case AuditStatus::kOk:
      return "ok";
    case AuditStatus::kErrors:
      return "errors";
    case AuditStatus::kPartlyRead:
      return "partly_read";
    case AuditStatus::kUnreadable:
      return "unreadable";
  }
  return "unreadable";
}

AuditStatus StatusOf(const core::Result<domain::AnnualReport>& report) {
  if (!report.has_value()) {
    return AuditStatus::kUnreadable;
  }
  if (domain::HasErrors(report->findings)) {
    return AuditStatus::kErrors;
  }
  const bool unread = std::any_of(
      report->findings.begin(), report->findings.end(),
      [](const domain::Finding& finding) { return finding.severity == domain::Severity::kUnread; });
  return unread ? AuditStatus::kPartlyRead : AuditStatus::kOk;
}

int CountNullCells(const domain::AnnualReport& report) {
  int nulls = 0;
  if (report.proactive.has_value()) {
    for (const auto& [label, row] : *report.proactive) {
      nulls += static_cast<int>(
          std::count_if(row.begin(), row.end(), [](const auto& cell) { return !cell.second; }));
    }
  }
  if (report.requests.has_value()) {
    for (domain::RequestRow r : domain::RowsOf(report.template_version, report.single_other_row)) {
      const domain::RequestRowCells& cells = report.row(r);
      nulls += static_cast<int>(
          std::count_if(cells.begin(), cells.end(), [](const auto& cell) { return !cell; }));
    }
  }
  if (report.review_litigation.has_value()) {
    const auto& cells = *report.review_litigation;
    nulls += static_cast<int>(
        std::count_if(cells.begin(), cells.end(), [](const auto& cell) { return !cell; }));
  }
  return nulls;
}

namespace {

void CountFindings(const domain::AnnualReport& report, FileSummary& summary) {
  for (const domain::Finding& finding : report.findings) {
    switch (finding.severity) {
      case domain::Severity::kError:
        ++summary.error_count;
        if (!summary.first_error.has_value()) {
          summary.first_error = finding.message;
        }
        break;
      case domain::Severity::kWarning:
        ++summary.warning_count;
        break;
      case domain::Severity::kInfo:
        ++summary.info_count;
        continue;  // not a violation: no rule id in the violated list
      case domain::Severity::kUnread:
        ++summary.unread_count;  // the auditor's own failure: listed, but not an error
        break;
    }
    std::vector<std::string>& rules = summary.violated_rules;
    if (std::find(rules.begin(), rules.end(), finding.rule) == rules.end()) {
      rules.push_back(finding.rule);
    }
  }
}

}  // namespace

FileSummary SummarizeAudit(const std::string& path,
                           const core::Result<domain::AnnualReport>& report) {
  FileSummary summary;
  summary.path = path;
  summary.status = StatusOf(report);
  if (!report.has_value()) {
    summary.first_error = report.error().message;
    return summary;
  }
  summary.agency = report->agency;
  summary.year = report->year;
  summary.template_version = report->template_version;
  summary.null_cell_count = CountNullCells(*report);
  CountFindings(*report, summary);
  return summary;
}

}  // namespace gongkai::audit
