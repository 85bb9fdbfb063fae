#include "domain/review_register.h"

#include <gtest/gtest.h>

#include "testing/in_memory_store.h"

namespace gongkai::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

ReviewCase Review(ReviewKind kind, const char* filed, ReviewResult result = ReviewResult::kPending,
                  std::optional<const char*> decided = std::nullopt) {
  ReviewCase review;
  review.agency_id = "city-edu";
  review.kind = kind;
  review.reference = "某复〔2025〕1号";
  review.filed_on = D(filed);
  review.result = result;
  if (decided) {
    review.decided_on = D(*decided);
  }
  return review;
}

TEST(ReviewCaseTest, CodesRoundTrip) {
  for (int i = 0; i < 3; ++i) {
    const auto kind = static_cast<ReviewKind>(i);
    EXPECT_EQ(ReviewKindFromCode(ReviewKindCode(kind)), kind);
    EXPECT_FALSE(ReviewKindLabel(kind).empty());
  }
  for (int i = 0; i < 4; ++i) {
    const auto result = static_cast<ReviewResult>(i);
    EXPECT_EQ(ReviewResultFromCode(ReviewResultCode(result)), result);
  }
  EXPECT_EQ(ReviewResultLabel(ReviewResult::kCorrected), "结果纠正");
  EXPECT_FALSE(ReviewKindFromCode("appeal").has_value());
}

TEST(ReviewRulesTest, NewReviewValidation) {
  EXPECT_TRUE(ValidateNewReview(Review(ReviewKind::kReconsideration, "2025-01-05")).has_value());
  ReviewCase no_reference = Review(ReviewKind::kReconsideration, "2025-01-05");
  no_reference.reference.clear();
  EXPECT_EQ(ValidateNewReview(no_reference).error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(
      ValidateNewReview(Review(ReviewKind::kReconsideration, "2025-01-05", ReviewResult::kUpheld))
          .error()
          .code,
      core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(ValidateNewReview(Review(ReviewKind::kReconsideration, "2025-01-05",
                                     ReviewResult::kUpheld, "2025-01-04"))
                .error()
                .code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(ValidateNewReview(Review(ReviewKind::kReconsideration, "2025-01-05",
                                     ReviewResult::kPending, "2025-02-04"))
                .error()
                .code,
            core::ErrorCode::kInvalidArgument);
}

TEST(ReviewRulesTest, DecideOnceWithARealResult) {
  const ReviewCase pending = Review(ReviewKind::kLitigationDirect, "2025-01-05");
  EXPECT_EQ(DecideReview(pending, {ReviewResult::kPending, D("2025-03-01"), ""}).error().code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(DecideReview(pending, {ReviewResult::kUpheld, D("2025-01-04"), ""}).error().code,
            core::ErrorCode::kInvalidArgument);
  auto decided = DecideReview(pending, {ReviewResult::kCorrected, D("2025-03-01"), "撤销"});
  ASSERT_TRUE(decided.has_value());
  EXPECT_EQ(decided->result, ReviewResult::kCorrected);
  EXPECT_EQ(decided->decided_on, D("2025-03-01"));
  EXPECT_EQ(decided->note, "撤销");
  EXPECT_EQ(DecideReview(*decided, {ReviewResult::kUpheld, D("2025-04-01"), ""}).error().code,
            core::ErrorCode::kFailedPrecondition);
}

TEST(ReviewRulesTest, CountsDecisionsOfTheYearAndCasesOpenAtYearEnd) {
  const std::vector<ReviewCase> reviews = {
      // Decided in 2025.
      Review(ReviewKind::kReconsideration, "2025-01-05", ReviewResult::kUpheld, "2025-03-01"),
      Review(ReviewKind::kReconsideration, "2024-11-05", ReviewResult::kCorrected, "2025-01-20"),
      Review(ReviewKind::kLitigationAfterReview, "2025-02-05", ReviewResult::kOther, "2025-06-01"),
      // Open at the end of 2025: still pending, filed in an earlier year, or decided in 2026.
      Review(ReviewKind::kReconsideration, "2025-12-31"),
      Review(ReviewKind::kLitigationDirect, "2023-05-05"),
      Review(ReviewKind::kLitigationDirect, "2025-10-05", ReviewResult::kUpheld, "2026-01-10"),
      // Not in 2025 at all: decided in 2024, filed in 2026.
      Review(ReviewKind::kReconsideration, "2024-01-05", ReviewResult::kUpheld, "2024-03-01"),
      Review(ReviewKind::kReconsideration, "2026-01-02"),
  };
  const ReviewLitigationCounts counts = CountReviews(reviews, 2025);
  const ReviewLitigationCounts expected = {1, 1, 0, 1, 3,   // 行政复议
                                           0, 0, 0, 2, 2,   // 未经复议直接起诉
                                           0, 0, 1, 0, 1};  // 复议后起诉
  EXPECT_EQ(counts, expected);
  const ReviewLitigationCounts in_2024 = CountReviews(reviews, 2024);
  EXPECT_EQ(in_2024[0], 1);  // upheld in 2024
  EXPECT_EQ(in_2024[3], 1);  // filed 2024-11-05, decided 2025
  EXPECT_EQ(in_2024[8], 1);  // the 2023 lawsuit
  EXPECT_EQ(in_2024[4], in_2024[0] + in_2024[1] + in_2024[2] + in_2024[3]);
}

class ReviewRegisterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    clock_.SetDate(D("2025-06-30"));
    ASSERT_TRUE(store_.PutAgency({"city-edu", "某市教育局", std::nullopt}, actor_).has_value());
    ASSERT_TRUE(store_.PutAgency({"city-fin", "某市财政局", std::nullopt}, actor_).has_value());
  }

  core::FakeClock clock_;
  fakes::InMemoryStore store_{clock_};
  ReviewRegister register_{store_, clock_};
  Actor actor_{"clerk"};
};

TEST_F(ReviewRegisterTest, CreateDecideAndCount) {
  auto created = register_.Create(Review(ReviewKind::kReconsideration, "2025-02-01"), actor_);
  ASSERT_TRUE(created.has_value());
  EXPECT_EQ(
      register_
          .Decide(created->id, {ReviewResult::kUpheld, D("2025-07-01"), ""}, actor_, std::nullopt)
          .error()
          .code,
      core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(register_
                .Decide(created->id, {ReviewResult::kUpheld, D("2025-05-01"), ""}, actor_,
                        created->version + 1)
                .error()
                .code,
            core::ErrorCode::kConflict);
  auto decided = register_.Decide(created->id, {ReviewResult::kUpheld, D("2025-05-01"), ""}, actor_,
                                  created->version);
  ASSERT_TRUE(decided.has_value());
  EXPECT_EQ(decided->result, ReviewResult::kUpheld);
  EXPECT_EQ(
      register_
          .Decide(created->id, {ReviewResult::kOther, D("2025-05-02"), ""}, actor_, std::nullopt)
          .error()
          .code,
      core::ErrorCode::kFailedPrecondition);
  const std::vector<std::string> agencies = {"city-edu"};
  auto counts = register_.Count(agencies, 2025);
  ASSERT_TRUE(counts.has_value());
  EXPECT_EQ((*counts)[0], 1);
  EXPECT_EQ((*counts)[4], 1);
  EXPECT_TRUE(store_.VerifyAuditLog().has_value());
}

TEST_F(ReviewRegisterTest, CreateChecksAgencyLinkAndDates) {
  ReviewCase unknown = Review(ReviewKind::kReconsideration, "2025-02-01");
  unknown.agency_id = "nowhere";
  EXPECT_EQ(register_.Create(unknown, actor_).error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(
      register_.Create(Review(ReviewKind::kReconsideration, "2025-07-01"), actor_).error().code,
      core::ErrorCode::kInvalidArgument);
  ReviewCase linked = Review(ReviewKind::kReconsideration, "2025-02-01");
  linked.request_case_id = 7;
  EXPECT_EQ(register_.Create(linked, actor_).error().code, core::ErrorCode::kNotFound);

  RequestCase request;
  request.agency_id = "city-fin";
  request.events.push_back(CaseEvent{});
  const RequestCase other_agency = *store_.CreateCase(request, actor_);
  linked.request_case_id = other_agency.id;
  EXPECT_EQ(register_.Create(linked, actor_).error().code, core::ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace gongkai::domain
