#include "audit/html_text.h"

#include <string>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

std::string Decode(std::string_view raw, HtmlWhitespace whitespace = HtmlWhitespace::kCollapse) {
  std::string out;
  AppendHtmlText(out, raw, whitespace);
  return out;
}

TEST(HtmlTextTest, DecodesNamedReferences) {
  EXPECT_EQ(Decode("&ldquo;三安全一稳定&rdquo;"), "“三安全一稳定”");
  EXPECT_EQ(Decode("a&nbsp;b &amp; c&lt;d&gt;"),
            "a\xC2\xA0"
            "b & c<d>");
  EXPECT_EQ(Decode("&nbspx &copy"), "\xC2\xA0x \xC2\xA9");  // legacy names need no ';'
  EXPECT_EQ(Decode("&mdash&unknown; &ldquo"), "&mdash&unknown; &ldquo");
}

TEST(HtmlTextTest, DecodesNumericReferences) {
  EXPECT_EQ(Decode("&#8220;&#x4E00;&#X4e8C;&#19977"), "“一二三");
  EXPECT_EQ(Decode("&#150;&#0;&#xD800;&#99999999;"), "–\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(Decode("&#;&#x;"), "&#;&#x;");
}

TEST(HtmlTextTest, HandlesWhitespace) {
  EXPECT_EQ(Decode("a\r\n\tb"), "a   b");
  EXPECT_EQ(Decode("a\r\n\tb", HtmlWhitespace::kKeepLineBreaks), "a\n b");
}

}  // namespace
}  // namespace gongkai::audit
