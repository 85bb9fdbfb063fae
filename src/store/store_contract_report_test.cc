// Store contract, continued: the annual-report counts in SQL agree with the reference rules of
// domain/report_counting.h on thousands of random cases spanning years.
#include <algorithm>
#include <map>
#include <random>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/report_counting.h"
#include "store/store_contract_fixture.h"

namespace gongkai::store::testing {
namespace {

using ErrorCode = core::ErrorCode;
using domain::RequestRow;

constexpr int kCaseCount = 4000;

std::vector<RequestRow> OutcomeRows() {
  std::vector<RequestRow> rows;
  for (int i = 0; i < domain::kRequestRowCount; ++i) {
    const auto row = static_cast<RequestRow>(i);
    if (domain::RowInfo(row).is_outcome) {
      rows.push_back(row);
    }
  }
  return rows;
}

// Random cases over agencies a, b, c received 2018..2024, some never received in law, some open,
// some closed without an outcome, some closed on 1 Jan or 31 Dec, a few closed before receipt.
std::vector<domain::RequestCase> RandomCases(std::uint32_t seed) {
  std::mt19937 random(seed);
  const std::vector<RequestRow> outcomes = OutcomeRows();
  const std::array<std::string, 3> agencies = {"a", "b", "c"};
  const core::Date first = D("2018-01-01");
  std::vector<domain::RequestCase> cases;
  for (int i = 0; i < kCaseCount; ++i) {
    const core::Date received = first.AddDays(static_cast<std::int64_t>(random() % 2557));
    domain::RequestCase c = StoreContractTest::Draft(agencies[random() % 3], received);
    c.tracking_number = "t-" + std::to_string(i);
    c.applicant.kind = static_cast<int>(random() % 6);
    if (random() % 20 == 0) {
      c.received_on.reset();
    }
    const unsigned closing = random() % 10;
    if (closing < 7) {
      c.closed_on = received.AddDays(static_cast<std::int64_t>(random() % 500));
    } else if (closing == 7) {
      const int year = received.year() + static_cast<int>(random() % 2);
      c.closed_on =
          random() % 2 == 0 ? *core::Date::FromYmd(year, 1, 1) : *core::Date::FromYmd(year, 12, 31);
    } else if (closing == 8) {
      c.closed_on = received.AddDays(-static_cast<std::int64_t>(random() % 400));
    }
    if (c.closed_on.has_value() && random() % 15 != 0) {
      c.outcome = outcomes[random() % outcomes.size()];
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

domain::CaseReportFact FactOf(const domain::RequestCase& c) {
  return {0, c.tracking_number, c.applicant.kind, c.received_on, c.closed_on, c.outcome};
}

class ReportCountTest : public StoreContractTest {
 protected:
  void SetUp() override {
    StoreContractTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) {
      return;
    }
    AddAgency("a");
    AddAgency("b");
    AddAgency("c", "a");
    cases_ = RandomCases(20240301);
    GK_ASSERT_OK(store_->ForTestingCases().ForTestingBulkInsert(cases_));
  }

  std::vector<domain::CaseReportFact> FactsOf(const std::vector<std::string>& agencies) const {
    std::vector<domain::CaseReportFact> facts;
    for (const domain::RequestCase& c : cases_) {
      if (std::find(agencies.begin(), agencies.end(), c.agency_id) != agencies.end()) {
        facts.push_back(FactOf(c));
      }
    }
    return facts;
  }

  std::vector<domain::RequestCase> cases_;
};

INSTANTIATE_TEST_SUITE_P(Backends, ReportCountTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendParamName);

TEST_P(ReportCountTest, CountsMatchTheReferenceRules) {
  const std::vector<std::vector<std::string>> scopes = {{"a"}, {"a", "c"}, {"a", "b", "c"}};
  for (const auto& scope : scopes) {
    const std::vector<domain::CaseReportFact> facts = FactsOf(scope);
    for (int year = 2017; year <= 2026; ++year) {
      auto counts = store().cases().CountForReport(scope, year);
      GK_ASSERT_OK(counts);
      const domain::RequestCounts expected = domain::CountFacts(facts, year);
      for (int row = 0; row < domain::kRequestRowCount; ++row) {
        for (int kind = 0; kind < 6; ++kind) {
          const auto r = static_cast<std::size_t>(row);
          const auto k = static_cast<std::size_t>(kind);
          ASSERT_EQ(counts->cells[r][k], expected.cells[r][k])
              << "year " << year << ", row " << domain::RowInfo(static_cast<RequestRow>(row)).key
              << ", kind " << kind << ", " << scope.size() << " agencies";
        }
      }
    }
  }
  // The generated set really exercises the rules.
  const domain::RequestCounts sample = domain::CountFacts(FactsOf({"a", "b", "c"}), 2022);
  EXPECT_GT(sample.cells[static_cast<std::size_t>(RequestRow::kCarriedFromLastYear)][0], 10);
  EXPECT_GT(sample.cells[static_cast<std::size_t>(RequestRow::kCarriedToNextYear)][5], 10);
}

TEST_P(ReportCountTest, CasesBehindACellAreTheCountedOnes) {
  const std::vector<std::string> scope = {"a", "b", "c"};
  const std::vector<domain::CaseReportFact> facts = FactsOf(scope);
  const std::vector<RequestRow> rows = {RequestRow::kNewlyReceived,
                                        RequestRow::kCarriedFromLastYear, RequestRow::kGranted,
                                        RequestRow::kWithheld5, RequestRow::kCarriedToNextYear};
  for (RequestRow row : rows) {
    for (std::optional<int> kind : {std::optional<int>(), std::optional<int>(2)}) {
      std::vector<std::string> expected;
      for (const domain::CaseReportFact& fact : facts) {
        const auto counted = domain::RowsCountedIn(fact, 2022);
        if (std::find(counted.begin(), counted.end(), row) != counted.end() &&
            (!kind.has_value() || fact.applicant_kind == *kind)) {
          expected.push_back(fact.tracking_number);
        }
      }
      auto behind = store().cases().CasesBehindCell(scope, 2022, row, kind);
      GK_ASSERT_OK(behind);
      std::vector<std::string> actual;
      for (const domain::CaseReportFact& fact : *behind) {
        actual.push_back(fact.tracking_number);
      }
      std::sort(expected.begin(), expected.end());
      std::sort(actual.begin(), actual.end());
      EXPECT_EQ(actual, expected) << domain::RowInfo(row).key;
      EXPECT_FALSE(actual.empty()) << domain::RowInfo(row).key;
    }
  }
  auto total = store().cases().CasesBehindCell(scope, 2022, RequestRow::kTotal, std::nullopt);
  GK_ASSERT_OK(total);
  std::int64_t outcome_sum = 0;
  const domain::RequestCounts counts = domain::CountFacts(facts, 2022);
  for (RequestRow row : OutcomeRows()) {
    for (int kind = 0; kind < 6; ++kind) {
      outcome_sum += counts.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(kind)];
    }
  }
  EXPECT_EQ(static_cast<std::int64_t>(total->size()), outcome_sum);
  GK_EXPECT_ERROR(store().cases().CasesBehindCell(scope, 2022, RequestRow::kGranted, 6),
                  ErrorCode::kInvalidArgument);
  const std::vector<std::string> bad = {"NOT VALID"};
  GK_EXPECT_ERROR(store().cases().CountForReport(bad, 2022), ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().cases().CountForReport(scope, 3000), ErrorCode::kInvalidArgument);
  auto nothing = store().cases().CountForReport({}, 2022);
  GK_ASSERT_OK(nothing);
  EXPECT_EQ(nothing->cells[0][0], 0);
}

}  // namespace
}  // namespace gongkai::store::testing
