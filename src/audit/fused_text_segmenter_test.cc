#include "audit/fused_text_segmenter.h"

#include <gtest/gtest.h>

#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

std::vector<std::string> Lines(std::u32string_view text) {
  std::vector<std::string> out;
  for (const SegmentedLine& line : SegmentFusedText(text)) {
    std::string printed = EncodeUtf8(line.text);
    for (const std::u32string& value : line.values) {
      printed += "|" + EncodeUtf8(value);
    }
    out.push_back(printed);
  }
  return out;
}

TEST(FusedTextSegmenterTest, RowNumberSwallowedByTheRunGoesBackToItsLabel) {
  const auto lines = Lines(
      U"三、收到和处理政府信息公开申请情况申请人情况（四）无法提供1.本机关不掌握相关政府信息"
      U"1200000122.没有现成信息需要另行制作2000002");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "三、收到和处理政府信息公开申请情况");
  EXPECT_EQ(lines[2], "2.没有现成信息需要另行制作|2000002");
  EXPECT_NE(lines[1].find("本机关不掌握相关政府信息|120000012"), std::string::npos);
}

TEST(FusedTextSegmenterTest, SpacesSplitTokensAndProactiveRowsGetTheirOwnLines) {
  const auto lines = Lines(
      U"二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数"
      U"规章0 00行政规范性文件34089第二十条第（五）项信息内容本年处理决定数量行政许可0");
  ASSERT_GE(lines.size(), 6u);
  EXPECT_EQ(lines[2], "规章|0|00");
  EXPECT_EQ(lines[3], "行政规范性文件|34089");
  EXPECT_EQ(lines.back(), "行政许可|0");
}

TEST(FusedTextSegmenterTest, YearsAndUnitsAreNotCells) {
  const auto lines = Lines(
      U"四、政府信息公开行政复议、行政诉讼情况结果维持总计0000002024年本机关未收取费用。"
      U"政府集中采购215419886元");
  EXPECT_EQ(lines[1], "结果维持总计|000000");
  EXPECT_EQ(lines[2].rfind("2024年", 0), 0u);
  EXPECT_EQ(lines.back(), "政府集中采购|215419886");
}

TEST(FusedTextSegmenterTest, ShortLinesAreLeftAsTheyAre) {
  Document document;
  TextLine& line = document.NewLine();
  line.cells.push_back(TextCell{.text = "规章 0 0 0",
                                .colspan = 1,
                                .rowspan = 1,
                                .x_begin = std::nullopt,
                                .x_end = std::nullopt});
  EXPECT_FALSE(HasFusedTables(document));
  EXPECT_EQ(SegmentFusedDocument(document).lines.size(), 1u);
}

}  // namespace
}  // namespace gongkai::audit
