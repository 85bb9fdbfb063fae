#include "audit/fused_run_splitter.h"

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

SplitCandidates Split(std::vector<std::string_view> tokens, int cells, const SplitRule& rule) {
  return EnumerateSplits(tokens, cells, rule, 100);
}

TEST(FusedRunSplitterTest, RowSumDecidesAFusedRequestRow) {
  const SplitCandidates found = Split({"120000012"}, 7, LastIsSum);
  ASSERT_EQ(found.splits.size(), 1u);
  EXPECT_EQ(found.splits[0], (CellValues{12, 0, 0, 0, 0, 0, 12}));
}

TEST(FusedRunSplitterTest, SpacesSeparateCellsButNotEveryPair) {
  const SplitCandidates found = Split({"3", "0", "0", "0", "0", "03"}, 7, LastIsSum);
  ASSERT_EQ(found.splits.size(), 1u);
  EXPECT_EQ(found.splits[0], (CellValues{3, 0, 0, 0, 0, 0, 3}));
}

TEST(FusedRunSplitterTest, NoLeadingZeroForcesZerosApart) {
  const SplitCandidates found = Split({"00", "0"}, 3, {});
  ASSERT_EQ(found.splits.size(), 1u);
  EXPECT_EQ(found.splits[0], (CellValues{0, 0, 0}));
}

TEST(FusedRunSplitterTest, SignStartsANumber) {
  const SplitCandidates found = Split({"0", "+11"}, 3, {});
  ASSERT_EQ(found.splits.size(), 1u);  // "+11" must give two cells: +1 and 1
  EXPECT_EQ(found.splits[0], (CellValues{0, 1, 1}));
}

TEST(FusedRunSplitterTest, SeveralSplitsAreAllReturned) {
  EXPECT_GT(Split({"222233"}, 3, {}).splits.size(), 1u);
}

TEST(FusedRunSplitterTest, ReviewGroupsDecideTable4) {
  const SplitCandidates found = Split({"100010000000101"}, 15, GroupsOfFiveSum);
  ASSERT_EQ(found.splits.size(), 1u);
  EXPECT_EQ(found.splits[0], (CellValues{1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1}));
}

TEST(FusedRunSplitterTest, TooFewDigitsGiveNoSplitAndOtherTextIsNotARun) {
  EXPECT_TRUE(Split({"000000"}, 7, LastIsSum).splits.empty());
  EXPECT_FALSE(Split({"1a"}, 2, {}).readable);
  EXPECT_FALSE(Split({"+"}, 1, {}).readable);
}

TEST(FusedRunSplitterTest, AHugeSearchStopsAndSaysSo) {
  const std::string digits(40, '7');
  const SplitCandidates found =
      EnumerateSplits(std::vector<std::string_view>{digits}, 15, GroupsOfFiveSum, 64);
  EXPECT_TRUE(found.truncated);
}

TEST(FusedRunSplitterTest, LimitTruncates) {
  const SplitCandidates found =
      EnumerateSplits(std::vector<std::string_view>{"123456789"}, 3, {}, 2);
  EXPECT_EQ(found.splits.size(), 2u);
  EXPECT_TRUE(found.truncated);
}

}  // namespace
}  // namespace gongkai::audit
