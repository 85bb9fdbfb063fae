#include "cli/option_values.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace gongkai::cli {
namespace {

using ::testing::HasSubstr;

TEST(OptionValuesTest, Dates) {
  EXPECT_EQ(*ParseDateOption("--due", "2025-03-12"), *core::Date::Parse("2025-03-12"));
  auto bad = ParseDateOption("--due", "2025-02-30");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_THAT(bad.error().message, HasSubstr("--due 参数有误"));
  EXPECT_THAT(ParseDateOption("--due", "").error().message, HasSubstr("请用 --due 给出日期"));
  EXPECT_FALSE(ParseOptionalDate("--date", "")->has_value());
  EXPECT_TRUE(ParseOptionalDate("--date", "2025-01-01")->has_value());
}

TEST(OptionValuesTest, Integers) {
  EXPECT_EQ(*ParseIntegerOption("--days", "20", 0, 366), 20);
  EXPECT_FALSE(ParseIntegerOption("--days", "-1", 0, 366).has_value());
  EXPECT_FALSE(ParseIntegerOption("--days", "367", 0, 366).has_value());
  EXPECT_FALSE(ParseIntegerOption("--days", "2x", 0, 366).has_value());
  EXPECT_FALSE(ParseIntegerOption("--days", "99999999999999999999", 0, 366).has_value());
  EXPECT_THAT(ParseIntegerOption("--days", "", 0, 366).error().message,
              HasSubstr("请用 --days 给出一个 0 到 366 之间的整数"));
  EXPECT_FALSE(ParseOptionalInteger("--expect-version", "", 0, 9)->has_value());
}

TEST(OptionValuesTest, Codes) {
  EXPECT_EQ(*ParseApplicantKind("legal_service"), 4);
  EXPECT_EQ(*ParseChannel("post_unsigned"), domain::Channel::kPostUnsigned);
  EXPECT_EQ(*ParseCaseState("awaiting_fee"), domain::CaseState::kAwaitingFee);
  EXPECT_EQ(*ParseReviewKind("litigation_after_review"),
            domain::ReviewKind::kLitigationAfterReview);
  EXPECT_EQ(*ParseReviewResult("other"), domain::ReviewResult::kOther);
  EXPECT_THAT(ParseChannel("pigeon").error().message, HasSubstr("可用：当面提交（in_person）"));
  EXPECT_THAT(ApplicantKindChoices(), HasSubstr("法律服务机构（legal_service）、其他（other）"));
}

TEST(OptionValuesTest, OutcomeKeysAreTheConcludingRows) {
  EXPECT_EQ(*ParseOutcomeKey("予以公开"), domain::RequestRow::kGranted);
  EXPECT_EQ(*ParseOutcomeKey("无法提供.3"), domain::RequestRow::kUnavailable3);
  EXPECT_EQ(*ParseOutcomeKey("其他处理.3"), domain::RequestRow::kOther3);
  for (const char* not_outcome : {"新收", "总计", "结转下年度", "其他处理", "不予公开.9", ""}) {
    EXPECT_FALSE(ParseOutcomeKey(not_outcome).has_value()) << not_outcome;
  }
  EXPECT_THAT(ParseOutcomeKey("总计").error().message, HasSubstr("其他处理.2、其他处理.3"));
}

}  // namespace
}  // namespace gongkai::cli
