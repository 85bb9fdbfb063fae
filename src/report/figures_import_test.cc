#include "report/figures_import.h"

#include <gtest/gtest.h>

namespace gongkai::report {
namespace {

constexpr std::string_view kCsv =
    "\xEF\xBB\xBF行,列,值\n"
    "规章,本年制发件数,0\n规章,本年废止件数,0\n规章,现行有效件数,0\n"
    "行政规范性文件,本年制发件数,14\n行政规范性文件,本年废止件数,13\n"
    "行政规范性文件,现行有效件数,76\n\n"
    "行政许可,本年处理决定数量,349257\r\n行政处罚,本年处理决定数量,14026\n"
    "行政强制,本年处理决定数量,3293\n行政事业性收费,本年收费金额（单位：万元）,38.949\n";

TEST(FiguresImportTest, ReadsCsv) {
  const auto figures = ParseProactiveFigures(kCsv, FiguresFormat::kCsv, "cq-scjg", 2023);
  ASSERT_TRUE(figures.has_value()) << figures.error().message;
  EXPECT_EQ(figures->agency_id, "cq-scjg");
  EXPECT_EQ(figures->year, 2023);
  EXPECT_EQ(figures->normative_issued, 14);
  EXPECT_EQ(figures->normative_in_force, 76);
  EXPECT_EQ(figures->licensing_decisions, 349257);
  EXPECT_EQ(figures->coercion_decisions, 3293);
  EXPECT_DOUBLE_EQ(figures->fees_wan_yuan, 38.949);
}

TEST(FiguresImportTest, ReadsTheProactiveObjectOfAReportJson) {
  const std::string json = R"({"agency": "x", "proactive": {
    "规章": {"本年制发件数": 0, "本年废止件数": 0, "现行有效件数": 0},
    "行政规范性文件": {"本年制发件数": 10, "本年废止件数": 0, "现行有效件数": 27},
    "行政许可": {"本年处理决定数量": 204453}, "行政处罚": {"本年处理决定数量": 5},
    "行政强制": {"本年处理决定数量": 0}, "行政事业性收费": {"本年收费金额（单位：万元）": 0}}})";
  const auto figures = ParseProactiveFigures(json, FiguresFormat::kJson, "xj-scjg", 2024);
  ASSERT_TRUE(figures.has_value()) << figures.error().message;
  EXPECT_EQ(figures->licensing_decisions, 204453);
  EXPECT_EQ(figures->penalty_decisions, 5);
  EXPECT_EQ(figures->normative_in_force, 27);
}

struct Bad {
  FiguresFormat format;
  std::string text;
  std::string message_part;
};

class FiguresImportErrorTest : public testing::TestWithParam<Bad> {};

TEST_P(FiguresImportErrorTest, SaysWhatIsWrong) {
  const auto figures = ParseProactiveFigures(GetParam().text, GetParam().format, "a", 2024);
  ASSERT_FALSE(figures.has_value());
  EXPECT_EQ(figures.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(figures.error().message.find(GetParam().message_part), std::string::npos)
      << figures.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FiguresImportErrorTest,
    testing::Values(
        Bad{FiguresFormat::kCsv, "行政许可,本年处理决定数量,12\n", "缺少以下数据：规章"},
        Bad{FiguresFormat::kCsv, "行政许可,本年处理决定数量\n", "第 1 行"},
        Bad{FiguresFormat::kCsv, "行政许可,本年处理决定数量,十二\n", "不是数字"},
        Bad{FiguresFormat::kCsv, "行政许可,本年处理决定数量,1.5\n", "应为整数"},
        Bad{FiguresFormat::kCsv, "行政许可,本年处理决定数量,-1\n", "负数"},
        Bad{FiguresFormat::kCsv, "行政许可,本年处理决定数量,1\n行政许可,本年处理决定数量,2\n",
            "第 2 行：“行政许可 / 本年处理决定数量”重复"},
        Bad{FiguresFormat::kCsv, "政府集中采购,采购项目数量,3\n", "没有"},
        Bad{FiguresFormat::kCsv, "行政事业性收费,本年收费金额（单位：万元）,1.23456\n", "四位小数"},
        Bad{FiguresFormat::kJson, "{", "无法解析"}, Bad{FiguresFormat::kJson, "[]", "对象"},
        Bad{FiguresFormat::kJson, "{\"行政许可\": {\"本年处理决定数量\": \"3\"}}", "应为数字"}));

}  // namespace
}  // namespace gongkai::report
