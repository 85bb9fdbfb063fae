#include "audit/cell_text.h"

#include <initializer_list>
#include <string_view>

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

TEST(CellTextTest, CleanRunEndsAtTheFirstCharacterThatIsNotCopiedAsItIs) {
  struct Case {
    std::string_view text;
    std::size_t from;
    std::size_t end;
    std::size_t characters;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"规章（一）12\n下一行", 0, 17, 7},
           {"规章（一）12\n下一行", 18, 27, 3},
           {"行政许可|5", 0, 12, 4},
           {"ab c", 0, 2, 2},
           {"ab\r\n", 0, 2, 2},
           {"商业\xE3\x80\x80企业", 0, 6, 2},
           {"a\xEF\xBB\xBF", 0, 1, 1},
           {"", 0, 0, 0},
       }) {
    std::size_t characters = 0;
    EXPECT_EQ(ValidUtf8CleanRunEnd(c.text, c.from, characters), c.end) << c.text;
    EXPECT_EQ(characters, c.characters) << c.text;
    // The run is exactly what CleanCellText keeps unchanged.
    const std::string_view run = c.text.substr(c.from, c.end - c.from);
    EXPECT_EQ(CleanCellText(run), run);
  }
}

}  // namespace
}  // namespace gongkai::audit
