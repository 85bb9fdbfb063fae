#include "audit/batch_summary.h"

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

FileSummary Row(AuditStatus status, std::vector<std::string> rules, int errors = 0) {
  FileSummary row;
  row.status = status;
  row.violated_rules = std::move(rules);
  row.error_count = errors;
  return row;
}

TEST(BatchSummaryTest, CountsTotals) {
  BatchSummary summary;
  summary.Add(Row(AuditStatus::kOk, {}));
  summary.Add(Row(AuditStatus::kErrors, {"requests.balance"}, 2));
  summary.Add(Row(AuditStatus::kUnreadable, {}));
  EXPECT_EQ(summary.files(), 3u);
  EXPECT_EQ(summary.reports_read(), 2u);
  EXPECT_EQ(summary.reports_with_errors(), 1u);
  EXPECT_EQ(summary.unreadable(), 1u);
  EXPECT_EQ(summary.error_findings(), 2u);
}

TEST(BatchSummaryTest, TopRulesByReportCountThenRuleId) {
  BatchSummary summary;
  summary.Add(Row(AuditStatus::kErrors, {"review.total", "requests.balance"}));
  summary.Add(Row(AuditStatus::kErrors, {"requests.balance"}));
  summary.Add(Row(AuditStatus::kOk, {"cells.blank"}));
  summary.Add(Row(AuditStatus::kErrors, {"cells.nonnegative"}));
  const std::vector<RuleCount> top = summary.TopRules(3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0], (RuleCount{"requests.balance", 2}));
  EXPECT_EQ(top[1], (RuleCount{"cells.blank", 1}));
  EXPECT_EQ(top[2], (RuleCount{"cells.nonnegative", 1}));
}

TEST(BatchSummaryTest, TopRulesOfEmptyBatchIsEmpty) {
  EXPECT_TRUE(BatchSummary().TopRules(10).empty());
}

}  // namespace
}  // namespace gongkai::audit
