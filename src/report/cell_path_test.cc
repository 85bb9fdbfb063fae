#include "report/cell_path.h"

#include <gtest/gtest.h>

namespace gongkai::report {
namespace {

using domain::RequestRow;

TEST(CellPathTest, ReadsRequestCells) {
  const auto path = ParseCellPath("三.不予公开.5.自然人");
  ASSERT_TRUE(path.has_value()) << path.error().message;
  const auto& cell = std::get<RequestCellPath>(*path);
  EXPECT_EQ(cell.row, RequestRow::kWithheld5);
  EXPECT_EQ(cell.column, 0);
  EXPECT_EQ(CellPathText(*path), "三.不予公开.5.自然人");
  EXPECT_EQ(CellPathWhere(*path),
            "三、收到和处理政府信息公开申请情况 / （三）不予公开 5.属于三类内部事务信息 / 自然人");
}

TEST(CellPathTest, ColumnDefaultsToTotal) {
  for (const char* text : {"三.新收", "3.新收.总计", "三．新收", "三/新收/总计"}) {
    const auto path = ParseCellPath(text);
    ASSERT_TRUE(path.has_value()) << text << ": " << path.error().message;
    EXPECT_EQ(std::get<RequestCellPath>(*path).row, RequestRow::kNewlyReceived) << text;
    EXPECT_EQ(std::get<RequestCellPath>(*path).column, domain::kTotalColumn) << text;
  }
  const auto total = ParseCellPath("三.总计");
  ASSERT_TRUE(total.has_value());
  EXPECT_EQ(std::get<RequestCellPath>(*total).row, RequestRow::kTotal);
  const auto other = ParseCellPath("三.其他处理.3.其他");
  ASSERT_TRUE(other.has_value());
  EXPECT_EQ(std::get<RequestCellPath>(*other).row, RequestRow::kOther3);
  EXPECT_EQ(std::get<RequestCellPath>(*other).column, 5);
}

TEST(CellPathTest, ReadsReviewCells) {
  struct Case {
    const char* text;
    int index;
  };
  for (const Case& c : {Case{"四.行政复议.结果维持", 0}, Case{"四.行政复议.总计", 4},
                        Case{"四.行政诉讼.未经复议直接起诉.结果纠正", 6},
                        Case{"四.未经复议直接起诉.尚未审结", 8}, Case{"4.复议后起诉.总计", 14}}) {
    const auto path = ParseCellPath(c.text);
    ASSERT_TRUE(path.has_value()) << c.text << ": " << path.error().message;
    EXPECT_EQ(std::get<ReviewCellPath>(*path).index, c.index) << c.text;
  }
  EXPECT_EQ(CellPathText(ReviewCellPath{14}), "四.行政诉讼.复议后起诉.总计");
  EXPECT_TRUE(ParseCellPath(CellPathText(ReviewCellPath{14})).has_value());
}

TEST(CellPathTest, ReadsProactiveCells) {
  const auto path = ParseCellPath("二.行政规范性文件.现行有效件数");
  ASSERT_TRUE(path.has_value()) << path.error().message;
  EXPECT_EQ(std::get<ProactiveCellPath>(*path).row, "行政规范性文件");
  EXPECT_EQ(std::get<ProactiveCellPath>(*path).column, "现行有效件数");
  const auto single = ParseCellPath("二.行政许可");
  ASSERT_TRUE(single.has_value());
  EXPECT_EQ(std::get<ProactiveCellPath>(*single).column, "本年处理决定数量");
}

TEST(CellPathTest, RejectsUnknownCellsWithUsage) {
  for (const char* text : {"", "三", "五.x", "三.不予公开.9.自然人", "三.其他处理.自然人",
                           "四.行政复议.撤回", "二.规章", "二.政府集中采购.采购项目数量"}) {
    const auto path = ParseCellPath(text);
    ASSERT_FALSE(path.has_value()) << text;
    EXPECT_EQ(path.error().code, core::ErrorCode::kInvalidArgument);
    EXPECT_NE(path.error().message.find("三.不予公开.5.自然人"), std::string::npos);
  }
}

}  // namespace
}  // namespace gongkai::report
