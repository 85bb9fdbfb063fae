#include "audit/js_string_html.h"

#include <gtest/gtest.h>

#include "audit/document_reader.h"

namespace gongkai::audit {
namespace {

TEST(JsStringHtmlTest, TheEscapedMarkupOfAStringLiteralIsUnescaped) {
  const auto html = HtmlFromJsString(
      "var a = \"x\";\nlet content = \"<p style=\\\"a\\\">\\u4e8c</p>\\n<table><tr><td>1</td>"
      "</tr></table>\";");
  ASSERT_TRUE(html.has_value());
  EXPECT_EQ(*html, "<p style=\"a\">二</p>\n<table><tr><td>1</td></tr></table>");
}

TEST(JsStringHtmlTest, LiteralsWithoutATableAndPlainTextGiveNothing) {
  EXPECT_FALSE(HtmlFromJsString("let a = \"<p>no table</p>\";").has_value());
  EXPECT_FALSE(HtmlFromJsString("一、总体情况 本年新收 12 件").has_value());
  EXPECT_FALSE(HtmlFromJsString("\"<").has_value());  // an unterminated literal
}

TEST(JsStringHtmlTest, ATextFileHoldingSuchAScriptIsReadAsHtml) {
  const std::string bytes =
      "let content = \"<table><tr><td>\\u89c4\\u7ae0</td><td>0</td></tr></table>\";\n";
  const auto document = ReadDocumentBytes(bytes, "page.txt");
  ASSERT_TRUE(document.has_value()) << document.error().message;
  EXPECT_EQ(document->kind, DocumentKind::kHtmlInJsString);
  EXPECT_EQ(document->format, SourceFormat::kHtml);
}

}  // namespace
}  // namespace gongkai::audit
