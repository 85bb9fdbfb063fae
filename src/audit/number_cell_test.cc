#include "audit/number_cell.h"

#include <gtest/gtest.h>

#include "audit/label_normalizer.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

TEST(NumberCellTest, ReadsCountsAmountsAndThousands) {
  EXPECT_EQ(ParseNumberCell("0").value, 0);
  EXPECT_EQ(ParseNumberCell("1,234").value, 1234);
  EXPECT_EQ(ParseNumberCell("１２３").value, 123);
  EXPECT_EQ(ParseNumberCell("3,985,758").value, 3985758);
  const NumberCell amount = ParseNumberCell("38.949");
  EXPECT_EQ(amount.kind, CellKind::kValue);
  EXPECT_DOUBLE_EQ(amount.value, 38.949);
  EXPECT_FALSE(amount.integral);
  EXPECT_EQ(ParseNumberCell("-3").value, -3);
  EXPECT_EQ(ParseNumberCell("+2").value, 2);
}

TEST(NumberCellTest, LeadingZeroIsReadButFlagged) {
  const NumberCell cell = ParseNumberCell("00");
  EXPECT_EQ(cell.kind, CellKind::kValue);
  EXPECT_EQ(cell.value, 0);
  EXPECT_TRUE(cell.leading_zero);
  EXPECT_TRUE(ParseNumberCell("012").leading_zero);
  EXPECT_FALSE(ParseNumberCell("0").leading_zero);
  EXPECT_FALSE(ParseNumberCell("0.5").leading_zero);
}

TEST(NumberCellTest, PlaceholdersAndBlanksHaveNoValue) {
  for (const char* text : {"", "-", "—", "－", "--", "——", "/", "／", "无"}) {
    EXPECT_EQ(ParseNumberCell(text).kind, CellKind::kBlank) << text;
    if (*text != '\0') {
      EXPECT_TRUE(LooksLikeNumberCell(FoldCompact(DecodeUtf8(text)))) << text;
    }
  }
}

TEST(NumberCellTest, GarbageIsMalformed) {
  for (const char* text : {"12,34", "1.2.3", "3O", "1.", "1,2345"}) {
    EXPECT_EQ(ParseNumberCell(text).kind, CellKind::kMalformed) << text;
  }
  EXPECT_FALSE(LooksLikeNumberCell(U"3件"));
  EXPECT_FALSE(LooksLikeNumberCell(U"1.属于"));
  EXPECT_FALSE(LooksLikeNumberCell(U"0517-87222589"));
  EXPECT_FALSE(LooksLikeNumberCell(U"1."));
}

TEST(FusedRunTest, SplitsWhenExactlyOneSplitSums) {
  const FusedSplit split = SplitFusedRun("640020470", 7);
  ASSERT_EQ(split.outcome, SplitOutcome::kUnique);
  EXPECT_EQ(split.cells, (std::vector<std::int64_t>{64, 0, 0, 2, 0, 4, 70}));
  EXPECT_EQ(SplitFusedRun("1111116", 7).cells, (std::vector<std::int64_t>{1, 1, 1, 1, 1, 1, 6}));
}

TEST(FusedRunTest, SeveralOrNoSplitsAreNotGuessed) {
  EXPECT_EQ(SplitFusedRun("101000011", 7).outcome, SplitOutcome::kSeveral);
  EXPECT_EQ(SplitFusedRun("11000011", 7).outcome, SplitOutcome::kNone);
  EXPECT_EQ(SplitFusedRun("123", 7).outcome, SplitOutcome::kNone);
  EXPECT_EQ(SplitFusedRun("1234567890123456789012345", 7).outcome, SplitOutcome::kNone);
}

}  // namespace
}  // namespace gongkai::audit
