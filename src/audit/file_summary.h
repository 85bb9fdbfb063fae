// FileSummary: the few facts kept about each audited file in batch mode (one row of the summary
// CSV), so that a batch over thousands of reports never holds the reports themselves.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/annual_report.h"

namespace gongkai::audit {

// How the audit of one file ended.
enum class AuditStatus {
  kOk,          // 无误: read in full, no error findings (warnings and infos may exist)
  kErrors,      // 有错误: at least one finding of severity error (the printed report is wrong)
  kPartlyRead,  // 未能完整读取: no error, but the auditor could not read something (unread)
  kUnreadable   // 无法读取: not readable, or not an annual report
};

// "ok", "errors", "partly_read", "unreadable" (the CSV status column).
std::string_view AuditStatusName(AuditStatus status);

struct FileSummary {
  std::string path;
  AuditStatus status = AuditStatus::kUnreadable;
  std::optional<std::string> agency;
  std::optional<int> year;
  std::optional<domain::TemplateVersion> template_version;  // nullopt when unreadable
  int error_count = 0;
  int warning_count = 0;
  int info_count = 0;
  int unread_count = 0;  // findings of severity unread: what the auditor could not read
  int null_cell_count = 0;
  // Distinct rule ids of the error, warning and unread findings, in order of appearance.
  std::vector<std::string> violated_rules;
  // The first error finding's message; for an unreadable file, why it is unreadable.
  std::optional<std::string> first_error;
};

// The status of an audit: kUnreadable for an error, kErrors when a finding is an error, else
// kPartlyRead when a finding is unread, else kOk.
AuditStatus StatusOf(const core::Result<domain::AnnualReport>& report);

// Summarises the audit of `path`. Pure; thread-safe.
FileSummary SummarizeAudit(const std::string& path,
                           const core::Result<domain::AnnualReport>& report);

// Number of null cells in the tables the report's template prints (section 二, the template's
// rows of section 三 and the 15 cells of section 四); 0 for tables that are absent (pre-2019).
int CountNullCells(const domain::AnnualReport& report);

}  // namespace gongkai::audit
