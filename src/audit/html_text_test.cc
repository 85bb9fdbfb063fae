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

TEST(HtmlTextTest, FindsReferencesAndBreaksAtEveryPositionOfLongText) {
  // The scan tests eight bytes at a time: put the special byte before, inside and after words.
  const std::string plain = "本年度0123456789abcdefgh";  // 27 bytes
  for (std::size_t at = 0; at <= plain.size(); at += (at < 9 ? 3 : 1)) {
    const std::string before = plain.substr(0, at);
    const std::string after = plain.substr(at);
    EXPECT_EQ(Decode(before + "\n" + after), before + " " + after) << at;
    EXPECT_EQ(Decode(before + "&amp;" + after), before + "&" + after) << at;
    EXPECT_EQ(Decode(before + "\t\f" + after + "\r"), before + "  " + after + " ") << at;
  }
  // Other control bytes below '\r', and bytes above 0x7F, are copied as they are.
  const std::string controls = std::string(
                                   "a\x01\x0B\x00\x08"
                                   "b\x0E\x1F\x7F\xC2\xA0",
                                   11) +
                               "一二三四";
  EXPECT_EQ(Decode(controls), controls);
  EXPECT_EQ(Decode(controls + "\n"), controls + " ");
}

}  // namespace
}  // namespace gongkai::audit
