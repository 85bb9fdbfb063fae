#include "domain/report_checks.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

// A consistent 2021 report: 10 new + 2 carried = 9 closed + 3 open, all natural persons but one
// commercial applicant.
AnnualReport Consistent() {
  AnnualReport r = AnnualReport::Empty(TemplateVersion::k2021, false);
  for (RequestRow row : RowsOf(TemplateVersion::k2021, false)) {
    r.row(row).fill(0);
  }
  auto set = [&](RequestRow row, std::int64_t person, std::int64_t company) {
    r.row(row)[0] = person;
    r.row(row)[1] = company;
    r.row(row)[kTotalColumn] = person + company;
  };
  set(RequestRow::kNewlyReceived, 9, 1);
  set(RequestRow::kCarriedFromLastYear, 2, 0);
  set(RequestRow::kGranted, 4, 1);
  set(RequestRow::kWithheld5, 2, 0);
  set(RequestRow::kOther3, 2, 0);
  set(RequestRow::kTotal, 8, 1);
  set(RequestRow::kCarriedToNextYear, 3, 0);
  for (auto& [name, row] : *r.proactive) {
    for (auto& [column, value] : row) {
      value = 1;
    }
  }
  r.review_litigation = {1, 1, 0, 1, 3, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2};
  return r;
}

int CountRule(const std::vector<Finding>& findings, std::string_view rule, Severity severity) {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
    return f.rule == rule && f.severity == severity;
  }));
}

TEST(ReportChecksTest, ConsistentReportHasNoFindings) {
  const auto findings = CheckReport(Consistent());
  EXPECT_TRUE(findings.empty()) << findings.front().rule << ": " << findings.front().message;
}

TEST(ReportChecksTest, BalanceBrokenInOneColumn) {
  AnnualReport r = Consistent();
  r.row(RequestRow::kNewlyReceived)[1] = 2;
  r.row(RequestRow::kNewlyReceived)[kTotalColumn] = 11;
  const auto findings = CheckReport(r);
  EXPECT_EQ(CountRule(findings, kRuleBalance, Severity::kError), 2);  // 商业企业 and 总计
  const auto it = std::find_if(findings.begin(), findings.end(),
                               [](const Finding& f) { return f.rule == kRuleBalance; });
  EXPECT_NE(it->where.find("商业企业"), std::string::npos);
  EXPECT_NE(it->message.find("本年新收 2"), std::string::npos);
}

TEST(ReportChecksTest, RowTotalBroken) {
  AnnualReport r = Consistent();
  r.row(RequestRow::kWithheld5)[kTotalColumn] = 3;
  const auto findings = CheckReport(r);
  EXPECT_EQ(CountRule(findings, kRuleRowTotal, Severity::kError), 1);
  EXPECT_EQ(CountRule(findings, kRuleOutcomeTotal, Severity::kError), 1);
}

TEST(ReportChecksTest, OutcomeTotalBroken) {
  AnnualReport r = Consistent();
  r.row(RequestRow::kGranted)[0] = 5;
  r.row(RequestRow::kGranted)[kTotalColumn] = 6;
  const auto findings = CheckReport(r);
  EXPECT_EQ(CountRule(findings, kRuleOutcomeTotal, Severity::kError), 2);
  EXPECT_EQ(CountRule(findings, kRuleRowTotal, Severity::kError), 0);
}

TEST(ReportChecksTest, ReviewAndLitigationTotals) {
  AnnualReport r = Consistent();
  (*r.review_litigation)[4] = 0;   // 行政复议 总计
  (*r.review_litigation)[9] = 1;   // 直接起诉 总计
  (*r.review_litigation)[14] = 0;  // 复议后起诉 总计
  const auto findings = CheckReport(r);
  EXPECT_EQ(CountRule(findings, kRuleReviewTotal, Severity::kError), 1);
  EXPECT_EQ(CountRule(findings, kRuleLitigationDirectTotal, Severity::kError), 1);
  EXPECT_EQ(CountRule(findings, kRuleLitigationAfterReviewTotal, Severity::kError), 1);
}

TEST(ReportChecksTest, NegativeAndFractionalCells) {
  AnnualReport r = Consistent();
  r.row(RequestRow::kWithheld1)[2] = -1;
  r.row(RequestRow::kWithheld1)[3] = 1;
  (*r.proactive)["行政处罚"]["本年处理决定数量"] = 2.5;
  (*r.proactive)["行政事业性收费"]["本年收费金额（单位：万元）"] = 38.949;
  const auto findings = CheckReport(r);
  EXPECT_EQ(CountRule(findings, kRuleNonNegative, Severity::kError), 2);
}

TEST(ReportChecksTest, NullCellsAreNotCheckableNotPassed) {
  AnnualReport r = Consistent();
  r.row(RequestRow::kWithheld2)[3] = std::nullopt;
  (*r.review_litigation)[2] = std::nullopt;
  const auto findings = CheckReport(r);
  EXPECT_FALSE(HasErrors(findings));
  EXPECT_EQ(CountRule(findings, kRuleRowTotal, Severity::kInfo), 1);
  EXPECT_EQ(CountRule(findings, kRuleOutcomeTotal, Severity::kInfo), 1);
  EXPECT_EQ(CountRule(findings, kRuleReviewTotal, Severity::kInfo), 1);
  for (const Finding& f : findings) {
    EXPECT_TRUE(f.not_checkable);
  }
}

TEST(ReportChecksTest, SingleOtherRowIn2021IsAWarningAndStillBalances) {
  AnnualReport r = Consistent();
  r.single_other_row = true;
  r.row(RequestRow::kOtherSingle) = r.row(RequestRow::kOther3);
  const auto findings = CheckReport(r);
  EXPECT_EQ(CountRule(findings, kRuleOtherRows, Severity::kWarning), 1);
  EXPECT_FALSE(HasErrors(findings));
}

TEST(ReportChecksTest, CrossYearCarryOverAndInForceFlow) {
  AnnualReport last = Consistent();
  AnnualReport now = Consistent();
  last.row(RequestRow::kCarriedToNextYear)[0] = 1;
  (*now.proactive)["规章"]["现行有效件数"] = 7;
  const auto findings = CheckReport(now, &last);
  EXPECT_EQ(CountRule(findings, kRuleCarryOver, Severity::kWarning), 2);  // 自然人 and 总计
  EXPECT_EQ(CountRule(findings, kRuleInForceFlow, Severity::kInfo), 1);
}

TEST(ReportChecksTest, FeeInYuanIsFlagged) {
  AnnualReport r = Consistent();
  (*r.proactive)["行政事业性收费"]["本年收费金额（单位：万元）"] = 389490000;
  EXPECT_EQ(CountRule(CheckReport(r), kRuleFeeUnit, Severity::kWarning), 1);
}

TEST(ReportChecksTest, Pre2019HasNoTableChecks) {
  AnnualReport r = AnnualReport::Empty(TemplateVersion::kPre2019, false);
  EXPECT_TRUE(CheckReport(r).empty());
}

}  // namespace
}  // namespace gongkai::domain
