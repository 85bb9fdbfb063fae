#include "audit/file_summary.h"

#include <gtest/gtest.h>

#include "domain/report_taxonomy.h"

namespace gongkai::audit {
namespace {

domain::Finding MakeFinding(std::string rule, domain::Severity severity, std::string message) {
  domain::Finding finding;
  finding.rule = std::move(rule);
  finding.severity = severity;
  finding.message = std::move(message);
  return finding;
}

TEST(FileSummaryTest, CountsFindingsAndKeepsFirstErrorMessage) {
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, false);
  report.agency = "某某市人民政府";
  report.year = 2023;
  report.findings = {MakeFinding("cells.blank", domain::Severity::kWarning, "空白"),
                     MakeFinding("requests.balance", domain::Severity::kError, "第一个错误"),
                     MakeFinding("requests.balance", domain::Severity::kError, "第二个错误"),
                     MakeFinding("review.total", domain::Severity::kInfo, "无法核对")};
  const FileSummary summary = SummarizeAudit("a.txt", report);
  EXPECT_EQ(summary.path, "a.txt");
  EXPECT_EQ(summary.status, AuditStatus::kErrors);
  EXPECT_EQ(summary.agency, "某某市人民政府");
  EXPECT_EQ(summary.year, 2023);
  EXPECT_EQ(summary.template_version, domain::TemplateVersion::k2021);
  EXPECT_EQ(summary.error_count, 2);
  EXPECT_EQ(summary.warning_count, 1);
  EXPECT_EQ(summary.info_count, 1);
  EXPECT_EQ(summary.violated_rules, (std::vector<std::string>{"cells.blank", "requests.balance"}));
  EXPECT_EQ(summary.first_error, "第一个错误");
}

TEST(FileSummaryTest, ReportWithoutErrorsIsOk) {
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, false);
  report.findings = {MakeFinding("cells.blank", domain::Severity::kWarning, "空白")};
  const FileSummary summary = SummarizeAudit("b.txt", report);
  EXPECT_EQ(summary.status, AuditStatus::kOk);
  EXPECT_FALSE(summary.first_error.has_value());
}

TEST(FileSummaryTest, UnreadableKeepsTheReason) {
  const core::Result<domain::AnnualReport> report =
      core::Error::InvalidArgument("不是年度报告：找不到第三部分的表格");
  const FileSummary summary = SummarizeAudit("c.pdf", report);
  EXPECT_EQ(summary.status, AuditStatus::kUnreadable);
  EXPECT_EQ(summary.first_error, "不是年度报告：找不到第三部分的表格");
  EXPECT_FALSE(summary.template_version.has_value());
  EXPECT_EQ(AuditStatusName(summary.status), "unreadable");
}

TEST(FileSummaryTest, CountsNullCellsOfTheTemplateRowsOnly) {
  // 2021 template with three 其他处理 rows: 10 proactive cells, 25 × 7 request cells, 15 cells.
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, false);
  EXPECT_EQ(CountNullCells(report), 10 + 25 * 7 + 15);
  for (auto& row : *report.requests) {
    row.fill(0);
  }
  report.review_litigation->fill(0);
  for (auto& [label, row] : *report.proactive) {
    for (auto& [column, cell] : row) {
      cell = 0;
    }
  }
  EXPECT_EQ(CountNullCells(report), 0);
  report.row(domain::RequestRow::kTotal)[3].reset();
  (*report.review_litigation)[14].reset();
  EXPECT_EQ(CountNullCells(report), 2);
}

TEST(FileSummaryTest, PreTemplateReportHasNoNullCells) {
  const domain::AnnualReport report =
      domain::AnnualReport::Empty(domain::TemplateVersion::kPre2019, false);
  EXPECT_EQ(CountNullCells(report), 0);
}

}  // namespace
}  // namespace gongkai::audit
