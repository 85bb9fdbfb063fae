#include "cli/audit_text.h"

#include <gtest/gtest.h>

namespace gongkai::cli {
namespace {

audit::AuditOutcome OutcomeWith(std::vector<domain::Finding> findings) {
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2019, false);
  report.agency = "上海市人民政府办公厅";
  report.year = 2019;
  report.findings = std::move(findings);
  audit::AuditOutcome outcome;
  outcome.path = "a.html";
  outcome.status = audit::StatusOf(report);
  outcome.report = std::move(report);
  return outcome;
}

std::string Format(const audit::AuditOutcome& outcome) {
  return FormatAuditText(outcome, audit::SummarizeAudit(outcome.path, outcome.report));
}

TEST(AuditTextTest, ListsFindingsAndVerdict) {
  const audit::AuditOutcome outcome =
      OutcomeWith({{"requests.balance", domain::Severity::kError, "三 / 总计列", "不平衡", false},
                   {"cells.blank", domain::Severity::kWarning, "三 / 予以公开", "空白", false}});
  EXPECT_EQ(Format(outcome),
            "文件：a.html\n"
            "机关：上海市人民政府办公厅\n"
            "年度：2019\n"
            "模板：2019年试行版（国办公开办函〔2019〕60号）\n"
            "[错误] requests.balance  位置：三 / 总计列  说明：不平衡\n"
            "[警告] cells.blank  位置：三 / 予以公开  说明：空白\n"
            "结论：有错误——发现 1 个错误、1 个警告。\n");
}

TEST(AuditTextTest, PassingReportMentionsWarningsAndNotes) {
  EXPECT_EQ(Format(OutcomeWith({})).substr(Format(OutcomeWith({})).rfind("结论")),
            "结论：无误——未发现错误。\n");
  const std::string text =
      Format(OutcomeWith({{"review.total", domain::Severity::kInfo, "四", "无法核对", true}}));
  EXPECT_NE(text.find("[提示] review.total  位置：四  说明：无法核对\n"), std::string::npos);
  EXPECT_NE(text.find("结论：无误——未发现错误（1 条提示）。\n"), std::string::npos);
}

TEST(AuditTextTest, UnreadableFileSaysWhy) {
  audit::AuditOutcome outcome;
  outcome.path = "x.pdf";
  outcome.report = core::Error::InvalidArgument("PDF 文件已损坏");
  EXPECT_EQ(Format(outcome), "文件：x.pdf\n无法读取：PDF 文件已损坏\n结论：无法读取。\n");
}

TEST(AuditTextTest, UnknownAgencyAndYear) {
  audit::AuditOutcome outcome = OutcomeWith({});
  outcome.report->agency.reset();
  outcome.report->year.reset();
  const std::string text = Format(outcome);
  EXPECT_NE(text.find("机关：（未识别）\n年度：（未识别）\n"), std::string::npos);
}

TEST(AuditTextTest, TemplateNames) {
  EXPECT_EQ(TemplateDisplayName(domain::TemplateVersion::k2021),
            "2021年版（国办公开办函〔2021〕30号）");
  EXPECT_EQ(TemplateDisplayName(domain::TemplateVersion::kPre2019), "2019年以前的自由格式");
}

TEST(AuditTextTest, BatchSummaryListsTopRules) {
  audit::BatchSummary summary;
  audit::FileSummary bad;
  bad.status = audit::AuditStatus::kErrors;
  bad.violated_rules = {"review.total"};
  summary.Add(bad);
  summary.Add(bad);
  audit::FileSummary unreadable;
  summary.Add(unreadable);
  EXPECT_EQ(FormatBatchSummaryText(summary, "out.csv"),
            "汇总：共 3 个文件；读取报告 2 份，其中有错误的 2 份、未能完整读取的 0 份、无误的 0 "
            "份；无法读取的文件 1 个。\n"
            "最常见的问题（规则 id：出现该问题的报告份数）：\n"
            "   1. review.total：2\n"
            "每个文件的审核摘要已写入 out.csv\n");
}

}  // namespace
}  // namespace gongkai::cli
