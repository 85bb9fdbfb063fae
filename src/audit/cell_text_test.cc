#include "audit/cell_text.h"

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

TEST(CellTextTest, TrimsAndCollapsesSpaces) {
  EXPECT_EQ(CleanCellText("  行政 \t  许可  "), "行政 许可");
  EXPECT_EQ(CleanCellText("\xE3\x80\x80\xE3\x80\x80一、总体情况"), "一、总体情况");
  EXPECT_EQ(CleanCellText("a\xC2\xA0\xC2\xA0"
                          "b"),
            "a b");
  EXPECT_EQ(CleanCellText("\xE2\x80\x82"
                          "0"),
            "0");
}

TEST(CellTextTest, KeepsSingleLineBreaks) {
  EXPECT_EQ(CleanCellText("\n 商业 \n\n \n 企业 \n"), "商业\n企业");
  EXPECT_EQ(CleanCellText("a\r\nb"), "a\nb");
}

TEST(CellTextTest, KeepsFullWidthPunctuation) {
  EXPECT_EQ(CleanCellText("（本年收费金额（单位：万元））"), "（本年收费金额（单位：万元））");
  EXPECT_EQ(CleanCellText("危及“三安全一稳定”"), "危及“三安全一稳定”");
}

TEST(CellTextTest, DropsControlsAndInvisibles) {
  EXPECT_EQ(CleanCellText(std::string_view("a\0b\x07"
                                           "c\x7F",
                                           6)),
            "abc");
  EXPECT_EQ(CleanCellText("\xEF\xBB\xBF\xE8\xA7\x84\xE2\x80\x8B\xE7\xAB\xA0"), "规章");
}

TEST(CellTextTest, ReplacesIllFormedUtf8) {
  EXPECT_EQ(CleanCellText("a\xFF"
                          "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(CleanCellText("\xE8\xA7"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(CleanCellText("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(CellTextTest, EmptyAndBlankGiveEmpty) {
  EXPECT_EQ(CleanCellText(""), "");
  EXPECT_EQ(CleanCellText(" \t\n\xE3\x80\x80 "), "");
}

}  // namespace
}  // namespace gongkai::audit
