// The annual report computed from records, checked cell by cell against a count done here by
// iterating the cases and reviews directly (not through domain::CountFacts or the stores' SQL),
// on a generated two-year workload, over the in-memory store and SQLite.
#include <array>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "domain/report_checks.h"
#include "report/demo_data.h"
#include "report/report_builder.h"
#include "report/report_export.h"
#include "report/report_json.h"
#include "report_backends.h"

namespace gongkai::report {
namespace {

using domain::RequestRow;
using Table =
    std::array<std::array<std::int64_t, domain::kApplicantColumnCount>, domain::kRequestRowCount>;

const std::vector<std::string> kBranches = {"bj-scjg-jb", "bj-scjg-jn", "bj-scjg-gx"};
const std::vector<std::string> kAllAgencies = {"bj-scjg", "bj-scjg-jb", "bj-scjg-jn", "bj-scjg-gx"};

std::vector<domain::RequestCase> AllCases(domain::Store& store, const std::string& agency) {
  std::vector<domain::RequestCase> all;
  for (std::int64_t offset = 0;; offset += 500) {
    domain::CaseFilter filter;
    filter.agency_id = agency;
    filter.limit = 500;
    filter.offset = offset;
    auto page = store.cases().ListCases(filter);
    EXPECT_TRUE(page.has_value()) << page.error().message;
    if (!page.has_value() || page->empty()) {
      return all;
    }
    all.insert(all.end(), page->begin(), page->end());
  }
}

// Section 三 as annual-report-format.md §5 defines it, counted case by case.
Table CountRequests(const std::vector<domain::RequestCase>& cases, int year) {
  Table table{};
  const auto add = [&table](RequestRow row, int kind) {
    ++table[static_cast<std::size_t>(row)][static_cast<std::size_t>(kind)];
    ++table[static_cast<std::size_t>(row)][domain::kTotalColumn];
  };
  for (const domain::RequestCase& c : cases) {
    if (!c.received_on.has_value()) {
      continue;
    }
    const int received = c.received_on->year();
    const std::optional<int> closed =
        c.closed_on.has_value() ? std::optional<int>(c.closed_on->year()) : std::nullopt;
    const int kind = c.applicant.kind;
    if (received == year) {
      add(RequestRow::kNewlyReceived, kind);
    }
    if (received < year && !(closed.has_value() && *closed < year)) {
      add(RequestRow::kCarriedFromLastYear, kind);
    }
    if (closed == year) {
      EXPECT_TRUE(c.outcome.has_value()) << c.tracking_number;
      add(*c.outcome, kind);
      add(RequestRow::kTotal, kind);
    }
    if (received <= year && !(closed.has_value() && *closed <= year)) {
      add(RequestRow::kCarriedToNextYear, kind);
    }
  }
  return table;
}

// Section 四 counted review by review.
std::array<std::int64_t, 15> CountReviews(const std::vector<domain::ReviewCase>& reviews,
                                          int year) {
  std::array<std::int64_t, 15> cells{};
  for (const domain::ReviewCase& r : reviews) {
    const int group = r.kind == domain::ReviewKind::kReconsideration    ? 0
                      : r.kind == domain::ReviewKind::kLitigationDirect ? 5
                                                                        : 10;
    const bool decided = r.result != domain::ReviewResult::kPending && r.decided_on.has_value();
    if (decided && r.decided_on->year() == year) {
      const int column = r.result == domain::ReviewResult::kUpheld      ? 0
                         : r.result == domain::ReviewResult::kCorrected ? 1
                                                                        : 2;
      ++cells[static_cast<std::size_t>(group + column)];
      ++cells[static_cast<std::size_t>(group + 4)];
    }
    if (r.filed_on.year() <= year && !(decided && r.decided_on->year() <= year)) {
      ++cells[static_cast<std::size_t>(group + 3)];
      ++cells[static_cast<std::size_t>(group + 4)];
    }
  }
  return cells;
}

void ExpectRequestsMatch(const domain::AnnualReport& report, const Table& expected,
                         const std::string& label) {
  for (RequestRow row : domain::RowsOf(domain::TemplateVersion::k2021, false)) {
    for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
      EXPECT_EQ(report.row(row)[static_cast<std::size_t>(c)],
                expected[static_cast<std::size_t>(row)][static_cast<std::size_t>(c)])
          << label << " " << domain::RequestCellWhere(row, c);
    }
  }
}

class ReportFromRecordsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    backend_ = std::make_unique<testing::Backend>(GetParam(), *core::Date::FromYmd(2026, 2, 20));
    ASSERT_TRUE(backend_->ok());
  }
  void Generate(int requests_per_year) {
    DemoOptions options;
    options.years = {2024, 2025};
    options.requests_per_year = requests_per_year;
    const auto summary =
        GenerateDemoData(store(), backend_->calendar(), backend_->clock(), options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
  }
  domain::Store& store() { return backend_->store(); }
  domain::AnnualReport Build(const std::string& agency, int year, Scope scope) {
    auto report = BuildAnnualReport(store(), agency, year, scope);
    EXPECT_TRUE(report.has_value()) << report.error().message;
    return report.has_value() ? *report : domain::AnnualReport{};
  }

  std::unique_ptr<testing::Backend> backend_;
};

TEST_P(ReportFromRecordsTest, EveryCellMatchesAnIndependentCount) {
  Generate(GetParam() == "memory" ? 400 : 100);
  std::map<std::string, std::vector<domain::RequestCase>> cases;
  std::vector<domain::RequestCase> everything;
  for (const std::string& agency : kAllAgencies) {
    cases[agency] = AllCases(store(), agency);
    everything.insert(everything.end(), cases[agency].begin(), cases[agency].end());
  }
  const auto reviews = store().reviews().ListReviews(kAllAgencies);
  ASSERT_TRUE(reviews.has_value());
  for (int year : {2024, 2025, 2026}) {
    for (const std::string& agency : kAllAgencies) {
      const domain::AnnualReport report = Build(agency, year, Scope::kAgencyOnly);
      ExpectRequestsMatch(report, CountRequests(cases[agency], year), agency);
      EXPECT_FALSE(domain::HasErrors(report.findings)) << ReportToJson(report);
    }
    const domain::AnnualReport system = Build("bj-scjg", year, Scope::kAgencyAndBelow);
    ExpectRequestsMatch(system, CountRequests(everything, year), "全系统");
    EXPECT_EQ(system.agency, "滨江市市场监督管理局（全系统）");
    const auto expected_reviews = CountReviews(*reviews, year);
    for (int i = 0; i < 15; ++i) {
      EXPECT_EQ((*system.review_litigation)[static_cast<std::size_t>(i)],
                expected_reviews[static_cast<std::size_t>(i)])
          << year << " " << domain::ReviewLitigationCellLabel(i);
    }
    EXPECT_FALSE(domain::HasErrors(system.findings)) << ReportToJson(system);
    EXPECT_TRUE(ExportReport(system, {}, ExportFormat::kHtml).has_value());
  }
}

TEST_P(ReportFromRecordsTest, SystemReportIsTheSumOfItsAgencies) {
  Generate(GetParam() == "memory" ? 300 : 60);
  for (int year : {2024, 2025}) {
    const domain::AnnualReport system = Build("bj-scjg", year, Scope::kAgencyAndBelow);
    std::vector<domain::AnnualReport> parts;
    for (const std::string& agency : kAllAgencies) {
      parts.push_back(Build(agency, year, Scope::kAgencyOnly));
    }
    for (RequestRow row : domain::RowsOf(domain::TemplateVersion::k2021, false)) {
      for (std::size_t c = 0; c < domain::kApplicantColumnCount; ++c) {
        std::int64_t sum = 0;
        for (const auto& part : parts) {
          sum += part.row(row)[c].value_or(-1000000);
        }
        EXPECT_EQ(system.row(row)[c], sum) << year << " " << domain::RequestCellWhere(row, c);
      }
    }
    for (std::size_t i = 0; i < 15; ++i) {
      std::int64_t sum = 0;
      for (const auto& part : parts) {
        sum += (*part.review_litigation)[i].value_or(-1000000);
      }
      EXPECT_EQ((*system.review_litigation)[i], sum) << year << " review cell " << i;
    }
    for (const auto& [row, cells] : *system.proactive) {
      for (const auto& [column, value] : cells) {
        double sum = 0;
        for (const auto& part : parts) {
          sum += part.proactive->at(row).at(column).value_or(-1e9);
        }
        ASSERT_TRUE(value.has_value()) << row << column;
        EXPECT_NEAR(*value, sum, 1e-6) << year << " " << row << " " << column;
      }
    }
    // Only the bureau issues normative documents (its branches have no such power).
    EXPECT_GT(*system.proactive->at("行政规范性文件").at("现行有效件数"), 0);
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportFromRecordsTest, ::testing::Values("memory", "sqlite"));

}  // namespace
}  // namespace gongkai::report
