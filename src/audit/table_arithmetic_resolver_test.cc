#include "audit/table_arithmetic_resolver.h"

#include <gtest/gtest.h>

#include "audit/extraction_rules.h"

namespace gongkai::audit {
namespace {

using domain::RequestRow;

RequestTableResult ZeroTable() {
  RequestTableResult result;
  for (RequestRow row : domain::RowsOf(domain::TemplateVersion::k2021, false)) {
    ParsedRequestRow& parsed = result.rows[static_cast<std::size_t>(row)];
    parsed.found = true;
    parsed.cells.fill(0);
  }
  return result;
}

void Set(RequestTableResult& result, RequestRow row, std::vector<std::int64_t> cells) {
  for (std::size_t c = 0; c < cells.size(); ++c) {
    result.rows[static_cast<std::size_t>(row)].cells[c] = cells[c];
  }
}

void MakeAmbiguous(RequestTableResult& result, RequestRow row,
                   std::vector<std::vector<std::int64_t>> candidates) {
  ParsedRequestRow& parsed = result.rows[static_cast<std::size_t>(row)];
  parsed.cells.fill(std::nullopt);
  parsed.candidates = std::move(candidates);
  parsed.findings.push_back(MakeFinding(kRuleCellsFusedRun, domain::Severity::kUnread, "x", "y"));
}

TEST(TableArithmeticResolverTest, TheOneSplitTheTableAllowsIsTaken) {
  RequestTableResult result = ZeroTable();
  Set(result, RequestRow::kNewlyReceived, {11, 0, 0, 0, 0, 1, 12});
  Set(result, RequestRow::kTotal, {11, 0, 0, 0, 0, 1, 12});
  // "1100000112" read as 11|0|0|0|0|1|12 or 1|10|0|0|0|1|12 by the row alone.
  MakeAmbiguous(result, RequestRow::kGranted, {{11, 0, 0, 0, 0, 1, 12}, {1, 10, 0, 0, 0, 1, 12}});
  ResolveByTableArithmetic(result);
  const ParsedRequestRow& granted = result.rows[static_cast<std::size_t>(RequestRow::kGranted)];
  EXPECT_EQ(granted.cells[0], 11);
  EXPECT_EQ(granted.cells[1], 0);
  ASSERT_EQ(granted.findings.size(), 1u);
  EXPECT_EQ(granted.findings[0].rule, kRuleCellsSplitRun);
}

TEST(TableArithmeticResolverTest, SeveralOrNoFittingAssignmentsLeaveTheRowsNull) {
  RequestTableResult result = ZeroTable();
  MakeAmbiguous(result, RequestRow::kGranted, {{1, 0, 0, 0, 0, 0, 1}, {0, 1, 0, 0, 0, 0, 1}});
  ResolveByTableArithmetic(result);  // no assignment: the total row says 0
  EXPECT_FALSE(result.rows[static_cast<std::size_t>(RequestRow::kGranted)].cells[0].has_value());
  Set(result, RequestRow::kNewlyReceived, {1, 1, 0, 0, 0, 0, 2});
  Set(result, RequestRow::kTotal, {1, 1, 0, 0, 0, 0, 2});
  MakeAmbiguous(result, RequestRow::kPartlyGranted, {{1, 0, 0, 0, 0, 0, 1}, {0, 1, 0, 0, 0, 0, 1}});
  ResolveByTableArithmetic(result);  // two assignments: the two rows may swap
  EXPECT_FALSE(result.rows[static_cast<std::size_t>(RequestRow::kGranted)].cells[0].has_value());
}

}  // namespace
}  // namespace gongkai::audit
