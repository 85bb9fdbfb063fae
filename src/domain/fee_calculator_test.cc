#include "domain/fee_calculator.h"

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

std::int64_t MonthTotal(std::int64_t n) {
  FeeRequest request;
  request.per_piece = FeeRequest::PerPiece{0, n};
  auto quote = ComputeFee(request);
  EXPECT_TRUE(quote.has_value()) << quote.error().message;
  return quote.has_value() ? quote->amount_yuan : -1;
}

std::int64_t PageFee(std::int64_t pages) {
  FeeRequest request;
  request.pages = pages;
  auto quote = ComputeFee(request);
  EXPECT_TRUE(quote.has_value()) << quote.error().message;
  return quote.has_value() ? quote->amount_yuan : -1;
}

// fees.md §4 worked totals for one applicant in one month.
TEST(FeeCalculatorTest, PerPieceWorkedTotals) {
  EXPECT_EQ(MonthTotal(1), 0);
  EXPECT_EQ(MonthTotal(10), 0);
  EXPECT_EQ(MonthTotal(11), 100);
  EXPECT_EQ(MonthTotal(30), 2000);
  EXPECT_EQ(MonthTotal(31), 2200);
  EXPECT_EQ(MonthTotal(40), 4000);
  EXPECT_EQ(MonthTotal(41), 4300);
  EXPECT_EQ(MonthTotal(50), 7000);
  EXPECT_EQ(MonthTotal(55), 9000);
}

// fees.md §5 examples.
TEST(FeeCalculatorTest, PerPageExamples) {
  EXPECT_EQ(PageFee(1), 0);
  EXPECT_EQ(PageFee(30), 0);
  EXPECT_EQ(PageFee(31), 10);
  EXPECT_EQ(PageFee(100), 700);
  EXPECT_EQ(PageFee(101), 720);
  EXPECT_EQ(PageFee(200), 2700);
  EXPECT_EQ(PageFee(201), 2740);
  EXPECT_EQ(PageFee(250), 4700);
}

TEST(FeeCalculatorTest, RatesPerBand) {
  EXPECT_EQ(RatePerPiece(10), 0);
  EXPECT_EQ(RatePerPiece(11), 100);
  EXPECT_EQ(RatePerPiece(30), 100);
  EXPECT_EQ(RatePerPiece(31), 200);
  EXPECT_EQ(RatePerPiece(40), 200);
  EXPECT_EQ(RatePerPiece(41), 300);
  EXPECT_EQ(RatePerPiece(51), 400);
  EXPECT_EQ(RatePerPage(30), 0);
  EXPECT_EQ(RatePerPage(31), 10);
  EXPECT_EQ(RatePerPage(101), 20);
  EXPECT_EQ(RatePerPage(201), 40);
}

// The 31st application of the month alone costs its band's rate, and the total over a month is
// the sum of the single applications' fees.
TEST(FeeCalculatorTest, OneApplicationUsesItsOrdinalInTheMonth) {
  FeeRequest request;
  request.per_piece = FeeRequest::PerPiece{30, 1};
  auto quote = ComputeFee(request);
  ASSERT_TRUE(quote.has_value());
  EXPECT_EQ(quote->amount_yuan, 200);
  ASSERT_EQ(quote->bands.size(), 1u);
  EXPECT_EQ(quote->bands[0].first_unit, 31);

  std::int64_t sum = 0;
  for (std::int64_t k = 0; k < 55; ++k) {
    FeeRequest single;
    single.per_piece = FeeRequest::PerPiece{k, 1};
    sum += ComputeFee(single)->amount_yuan;
  }
  EXPECT_EQ(sum, 9000);
}

TEST(FeeCalculatorTest, SplitApplicationSpansBands) {
  FeeRequest request;
  request.per_piece = FeeRequest::PerPiece{8, 25};  // ordinals 9..33
  auto quote = ComputeFee(request);
  ASSERT_TRUE(quote.has_value());
  ASSERT_EQ(quote->bands.size(), 3u);
  EXPECT_EQ(quote->bands[0].first_unit, 9);
  EXPECT_EQ(quote->bands[0].last_unit, 10);
  EXPECT_EQ(quote->bands[1].units(), 20);
  EXPECT_EQ(quote->bands[2].first_unit, 31);
  EXPECT_EQ(quote->bands[2].last_unit, 33);
  EXPECT_EQ(quote->amount_yuan, 20 * 100 + 3 * 200);
}

TEST(FeeCalculatorTest, TraceForTheFeeNotice) {
  FeeRequest request;
  request.pages = 250;
  auto quote = ComputeFee(request);
  ASSERT_TRUE(quote.has_value());
  EXPECT_EQ(quote->method, FeeMethod::kPerPage);
  EXPECT_EQ(quote->TraceLines(),
            (std::vector<std::string>{"第1–30页：30页 × 0元/页 = 0元",
                                      "第31–100页：70页 × 10元/页 = 700元",
                                      "第101–200页：100页 × 20元/页 = 2000元",
                                      "第201–250页：50页 × 40元/页 = 2000元", "合计：4700元"}));
  FeeRequest pieces;
  pieces.per_piece = FeeRequest::PerPiece{0, 11};
  EXPECT_EQ(ComputeFee(pieces)->TraceLines(),
            (std::vector<std::string>{"本月第1–10件：10件 × 0元/件 = 0元",
                                      "本月第11–11件：1件 × 100元/件 = 100元", "合计：100元"}));
}

TEST(FeeCalculatorTest, RefusesBothMethodsOrNone) {
  FeeRequest both;
  both.per_piece = FeeRequest::PerPiece{0, 1};
  both.pages = 40;
  auto refused = ComputeFee(both);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(refused.error().message.find("不得同时"), std::string::npos);
  EXPECT_FALSE(ComputeFee(FeeRequest{}).has_value());
}

TEST(FeeCalculatorTest, RefusesBadCounts) {
  FeeRequest zero_pages;
  zero_pages.pages = 0;
  EXPECT_FALSE(ComputeFee(zero_pages).has_value());
  FeeRequest negative;
  negative.per_piece = FeeRequest::PerPiece{-1, 1};
  EXPECT_FALSE(ComputeFee(negative).has_value());
  FeeRequest no_pieces;
  no_pieces.per_piece = FeeRequest::PerPiece{0, 0};
  EXPECT_FALSE(ComputeFee(no_pieces).has_value());
  FeeRequest huge;
  huge.pages = kMaxFeeUnits + 1;
  EXPECT_FALSE(ComputeFee(huge).has_value());
  FeeRequest huge_month;
  huge_month.per_piece = FeeRequest::PerPiece{kMaxFeeUnits, 1};
  EXPECT_FALSE(ComputeFee(huge_month).has_value());
}

TEST(FeeCalculatorTest, MethodCodes) {
  EXPECT_EQ(FeeMethodCode(FeeMethod::kPerPiece), "per_piece");
  EXPECT_EQ(FeeMethodCode(FeeMethod::kPerPage), "per_page");
  EXPECT_EQ(FeeMethodFromCode("per_page"), FeeMethod::kPerPage);
  EXPECT_EQ(FeeMethodFromCode("both"), std::nullopt);
  EXPECT_EQ(FeeMethodLabel(FeeMethod::kPerPiece), "按件计收");
}

}  // namespace
}  // namespace gongkai::domain
