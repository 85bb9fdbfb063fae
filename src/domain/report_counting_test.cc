#include "domain/report_counting.h"

#include <gtest/gtest.h>

#include "domain/report_checks.h"

namespace gongkai::domain {
namespace {

core::Date D(const char* s) {
  return *core::Date::Parse(s);
}

CaseReportFact Fact(int kind, const char* received, std::optional<const char*> closed,
                    std::optional<RequestRow> outcome) {
  CaseReportFact f;
  f.applicant_kind = kind;
  f.received_on = D(received);
  if (closed) {
    f.closed_on = D(*closed);
  }
  f.outcome = outcome;
  return f;
}

TEST(ReportCountingTest, YearEndCarryOverAppearsInBothYears) {
  const auto f = Fact(0, "2024-12-20", "2025-01-15", RequestRow::kGranted);
  EXPECT_EQ(RowsCountedIn(f, 2024),
            (std::vector<RequestRow>{RequestRow::kNewlyReceived, RequestRow::kCarriedToNextYear}));
  EXPECT_EQ(RowsCountedIn(f, 2025),
            (std::vector<RequestRow>{RequestRow::kCarriedFromLastYear, RequestRow::kGranted}));
  EXPECT_TRUE(RowsCountedIn(f, 2026).empty());
}

TEST(ReportCountingTest, FilledTableBalances) {
  const std::vector<CaseReportFact> facts = {
      Fact(0, "2024-12-20", "2025-01-15", RequestRow::kGranted),
      Fact(1, "2025-03-01", "2025-03-20", RequestRow::kWithheld4),
      Fact(0, "2025-12-30", std::nullopt, std::nullopt),
      Fact(4, "2025-06-01", "2025-06-05", RequestRow::kOther3),
  };
  AnnualReport report = AnnualReport::Empty(TemplateVersion::k2021, false);
  FillRequestTable(CountFacts(facts, 2025), report);
  EXPECT_EQ(report.row(RequestRow::kNewlyReceived)[kTotalColumn], 3);
  EXPECT_EQ(report.row(RequestRow::kCarriedFromLastYear)[0], 1);
  EXPECT_EQ(report.row(RequestRow::kTotal)[kTotalColumn], 3);
  EXPECT_EQ(report.row(RequestRow::kCarriedToNextYear)[0], 1);
  for (const Finding& f : CheckReport(report)) {
    EXPECT_NE(f.severity, Severity::kError) << f.rule << " " << f.message;
  }
}

}  // namespace
}  // namespace gongkai::domain
