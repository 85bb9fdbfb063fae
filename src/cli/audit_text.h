// The people's (Chinese) text of `gongkai audit`: one block per audited file with its findings
// and a verdict, and the closing summary of a batch.
#pragma once

#include <string>
#include <string_view>

#include "audit/audit_runner.h"
#include "audit/batch_summary.h"
#include "domain/finding.h"
#include "domain/report_taxonomy.h"

namespace gongkai::cli {

// "2021年版（国办公开办函〔2021〕30号）", "2019年试行版（国办公开办函〔2019〕60号）" or
// "2019年以前的自由格式".
std::string_view TemplateDisplayName(domain::TemplateVersion version);

// "错误", "警告" or "提示".
std::string_view SeverityLabel(domain::Severity severity);

// The block printed for one file: 文件, 机关, 年度, 模板, each finding as
// "[错误] 规则id  位置：…  说明：…", and a one-line 结论. Pure.
std::string FormatAuditText(const audit::AuditOutcome& outcome, const audit::FileSummary& row);

// The closing summary of a batch: files, reports read, reports with errors, unreadable files and
// the ten rules violated in the most reports; names the CSV when `csv_path` is not empty. Pure.
std::string FormatBatchSummaryText(const audit::BatchSummary& summary, std::string_view csv_path);

}  // namespace gongkai::cli
