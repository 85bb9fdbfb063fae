// The demo data set: realistic volumes and mix, every rule obeyed (it goes through the use
// cases), deterministic for a seed.
#include "report/demo_data.h"

#include <gtest/gtest.h>

#include "domain/report_checks.h"
#include "report/report_builder.h"
#include "report/report_json.h"
#include "report_backends.h"

namespace gongkai::report {
namespace {

using domain::RequestRow;

core::Date Today() {
  return *core::Date::FromYmd(2026, 2, 20);
}

domain::AnnualReport SystemReport(domain::Store& store, int year) {
  auto report = BuildAnnualReport(store, "bj-scjg", year, Scope::kAgencyAndBelow);
  EXPECT_TRUE(report.has_value()) << report.error().message;
  return report.has_value() ? *report : domain::AnnualReport{};
}

std::int64_t Cell(const domain::AnnualReport& report, RequestRow row, int column = 6) {
  return report.row(row)[static_cast<std::size_t>(column)].value_or(-1);
}

TEST(DemoDataTest, VolumesAndMixLookLikeThePublishedReports) {
  testing::Backend backend("memory", Today());
  DemoOptions options;
  const auto summary =
      GenerateDemoData(backend.store(), backend.calendar(), backend.clock(), options);
  ASSERT_TRUE(summary.has_value()) << summary.error().message;
  ASSERT_EQ(summary->years.size(), 2u);
  EXPECT_EQ(summary->agency_ids.size(), 4u);
  for (const DemoYearSummary& year : summary->years) {
    EXPECT_GT(year.received, 340) << year.year;
    EXPECT_LT(year.received, 460) << year.year;
    EXPECT_GT(year.reviews, 0) << year.year;
  }
  const domain::AnnualReport y2024 = SystemReport(backend.store(), 2024);
  const domain::AnnualReport y2025 = SystemReport(backend.store(), 2025);
  EXPECT_FALSE(domain::HasErrors(y2024.findings)) << ReportToJson(y2024);
  EXPECT_FALSE(domain::HasErrors(y2025.findings)) << ReportToJson(y2025);
  // 予以公开 is the largest outcome, then 无法提供.1 and 部分公开, as in seed 002.
  for (const auto* report : {&y2024, &y2025}) {
    const std::int64_t granted = Cell(*report, RequestRow::kGranted);
    for (RequestRow row : domain::RowsOf(domain::TemplateVersion::k2021, false)) {
      if (domain::RowInfo(row).is_outcome && row != RequestRow::kGranted) {
        EXPECT_GT(granted, Cell(*report, row)) << domain::RowInfo(row).key;
      }
    }
    EXPECT_GT(Cell(*report, RequestRow::kUnavailable1), Cell(*report, RequestRow::kWithheld5));
    // Mostly natural persons; some companies and law firms.
    EXPECT_GT(Cell(*report, RequestRow::kNewlyReceived, 0),
              Cell(*report, RequestRow::kNewlyReceived) * 8 / 10);
    EXPECT_GT(Cell(*report, RequestRow::kNewlyReceived, 1), 0);
  }
  // Cases received in late December are closed in January: carried over both ways.
  EXPECT_GT(Cell(y2024, RequestRow::kCarriedToNextYear), 0);
  EXPECT_EQ(Cell(y2025, RequestRow::kCarriedFromLastYear),
            Cell(y2024, RequestRow::kCarriedToNextYear));
  // Every outcome row occurs (the bureau gets one of each per year).
  for (RequestRow row : domain::RowsOf(domain::TemplateVersion::k2021, false)) {
    if (domain::RowInfo(row).is_outcome) {
      EXPECT_GT(Cell(y2024, row) + Cell(y2025, row), 0) << domain::RowInfo(row).key;
    }
  }
  // Section 二 and 四 are filled.
  EXPECT_GT(*y2025.proactive->at("行政许可").at("本年处理决定数量"), 10000);
  EXPECT_GT((*y2025.review_litigation)[4].value_or(0) + (*y2025.review_litigation)[9].value_or(0),
            0);
  // Texts for sections 一, 五, 六 exist for every agency and year.
  for (const std::string& id : summary->agency_ids) {
    const auto text = backend.store().annual_inputs().GetReportText(id, 2024);
    ASSERT_TRUE(text.has_value()) << id;
    EXPECT_NE(text->overview.find("主动公开"), std::string::npos);
    EXPECT_FALSE(text->problems.empty());
    EXPECT_NE(text->other_matters.find("信息处理费"), std::string::npos);
  }
}

TEST(DemoDataTest, SameSeedSameDataOtherSeedOtherData) {
  std::string first[2], second[2], other[2];
  for (auto [seed, out] :
       {std::pair{20240101u, first}, std::pair{20240101u, second}, std::pair{7u, other}}) {
    testing::Backend backend("memory", Today());
    DemoOptions options;
    options.seed = seed;
    options.requests_per_year = 120;
    ASSERT_TRUE(GenerateDemoData(backend.store(), backend.calendar(), backend.clock(), options)
                    .has_value());
    for (int i = 0; i < 2; ++i) {
      out[i] = ReportToJson(SystemReport(backend.store(), 2024 + i));
    }
  }
  EXPECT_EQ(first[0], second[0]);
  EXPECT_EQ(first[1], second[1]);
  EXPECT_NE(first[0], other[0]);
}

TEST(DemoDataTest, PartialCurrentYearLeavesFutureStepsUndone) {
  testing::Backend backend("memory", *core::Date::FromYmd(2025, 6, 30));
  DemoOptions options;
  options.years = {2025};
  options.requests_per_year = 100;
  const auto summary =
      GenerateDemoData(backend.store(), backend.calendar(), backend.clock(), options);
  ASSERT_TRUE(summary.has_value()) << summary.error().message;
  EXPECT_GT(summary->years[0].open, 0);
  const domain::AnnualReport report = SystemReport(backend.store(), 2025);
  EXPECT_EQ(Cell(report, RequestRow::kCarriedToNextYear), summary->years[0].open);
  const auto cases = backend.store().cases().ListCases(
      {std::nullopt, std::nullopt, std::nullopt, std::nullopt, 1000, 0});
  ASSERT_TRUE(cases.has_value());
  for (const domain::RequestCase& c : *cases) {
    for (const domain::CaseEvent& event : c.events) {
      EXPECT_LE(event.date, backend.clock().Today()) << c.tracking_number;
    }
  }
}

TEST(DemoDataTest, RefusesBadOptionsAndASecondRun) {
  testing::Backend backend("memory", Today());
  DemoOptions options;
  options.requests_per_year = 50;
  for (std::vector<int> years : {std::vector<int>{}, std::vector<int>{2025, 2024},
                                 std::vector<int>{2027}, std::vector<int>{2010}}) {
    options.years = years;
    const auto result =
        GenerateDemoData(backend.store(), backend.calendar(), backend.clock(), options);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, core::ErrorCode::kInvalidArgument);
  }
  options.years = {2024};
  ASSERT_TRUE(
      GenerateDemoData(backend.store(), backend.calendar(), backend.clock(), options).has_value());
  const auto again =
      GenerateDemoData(backend.store(), backend.calendar(), backend.clock(), options);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
}

}  // namespace
}  // namespace gongkai::report
