#include "audit/ascii_text.h"

#include <string>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

TEST(AsciiTextTest, LowerCasesAsciiLettersOnly) {
  EXPECT_EQ(LowerAscii(std::string_view("<META Charset=GB2312>")), "<meta charset=gb2312>");
  EXPECT_EQ(LowerAscii(std::string_view("\xC3\x89 规章 .TXT")), "\xC3\x89 规章 .txt");
  std::string reused = "a much longer earlier name";
  AssignLowerAscii("TD", reused);
  EXPECT_EQ(reused, "td");
}

TEST(AsciiTextTest, StartsWithIgnoringAsciiCase) {
  EXPECT_TRUE(StartsWithIgnoringAsciiCase("SCRIPT>", "script"));
  EXPECT_TRUE(StartsWithIgnoringAsciiCase("x", ""));
  EXPECT_FALSE(StartsWithIgnoringAsciiCase("scrip", "script"));
  EXPECT_FALSE(StartsWithIgnoringAsciiCase("style", "script"));
}

TEST(AsciiTextTest, EqualsIgnoringAsciiCaseFoldsAsciiLettersOnly) {
  EXPECT_TRUE(EqualsIgnoringAsciiCase("RowSpan", "rowspan"));
  EXPECT_TRUE(EqualsIgnoringAsciiCase("", ""));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("rowspa", "rowspan"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("rowspans", "rowspan"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("row-span", "row_span"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("\xC3\x89", "\xC3\xA9"));  // no Unicode folding
}

}  // namespace
}  // namespace gongkai::audit
