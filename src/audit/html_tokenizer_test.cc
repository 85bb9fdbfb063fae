#include "audit/html_tokenizer.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

// Renders tokens as "<td>", "</td>" and "'text'" for compact expectations.
std::vector<std::string> Tokens(std::string_view html) {
  std::vector<std::string> out;
  HtmlTokenizer tokenizer(html);
  while (const HtmlToken* token = tokenizer.Next()) {
    switch (token->kind) {
      case HtmlToken::Kind::kText:
        out.push_back("'" + std::string(token->text) + "'");
        break;
      case HtmlToken::Kind::kStartTag:
        out.push_back("<" + std::string(token->name) + (token->self_closing ? "/>" : ">"));
        break;
      case HtmlToken::Kind::kEndTag:
        out.push_back("</" + std::string(token->name) + ">");
        break;
    }
  }
  return out;
}

TEST(HtmlTokenizerTest, SplitsTagsAndText) {
  EXPECT_EQ(Tokens("<P CLASS=x>规章<BR/>0</p>"),
            (std::vector<std::string>{"<p>", "'规章'", "<br/>", "'0'", "</p>"}));
}

TEST(HtmlTokenizerTest, ReadsAttributesInEveryQuotingStyle) {
  HtmlTokenizer tokenizer("<td colspan=\"3\" ROWSPAN='2' style=a>b</td>");
  const HtmlToken* token = tokenizer.Next();
  ASSERT_NE(token, nullptr);
  EXPECT_EQ(token->Attribute("colspan"), "3");
  EXPECT_EQ(token->Attribute("rowspan"), "2");
  EXPECT_EQ(token->Attribute("style"), "a");
  EXPECT_EQ(token->Attribute("width"), std::nullopt);
}

TEST(HtmlTokenizerTest, TagNamesComeLowerCasedAttributeNamesAsWritten) {
  HtmlTokenizer tokenizer("<TD ColSpan=2 colspan=3>x</Td>");
  const HtmlToken* token = tokenizer.Next();
  ASSERT_NE(token, nullptr);
  EXPECT_EQ(token->name, "td");
  ASSERT_EQ(token->attributes.size(), 2u);
  EXPECT_EQ(token->attributes[0].name, "ColSpan");
  EXPECT_EQ(token->Attribute("colspan"), "2");  // the first of two wins, as in HTML5
  ASSERT_NE(tokenizer.Next(), nullptr);
  token = tokenizer.Next();
  ASSERT_NE(token, nullptr);
  EXPECT_EQ(token->kind, HtmlToken::Kind::kEndTag);
  EXPECT_EQ(token->name, "td");
}

TEST(HtmlTokenizerTest, QuotedGreaterThanStaysInAttribute) {
  EXPECT_EQ(Tokens("<a title=\"1 > 0\">x</a>"), (std::vector<std::string>{"<a>", "'x'", "</a>"}));
}

TEST(HtmlTokenizerTest, SkipsCommentsDoctypesAndRawText) {
  EXPECT_EQ(Tokens("<!DOCTYPE html><!-- <td>no</td> --><?xml x?><!---->"
                   "<script>if (a<b) document.write('</td>')</script>"
                   "<style>td{}</STYLE >ok"),
            (std::vector<std::string>{"<script>", "</script>", "<style>", "</style>", "'ok'"}));
}

TEST(HtmlTokenizerTest, LoneLessThanIsText) {
  EXPECT_EQ(Tokens("a < b <3"), (std::vector<std::string>{"'a '", "'< b '", "'<3'"}));
}

TEST(HtmlTokenizerTest, CdataIsText) {
  EXPECT_EQ(Tokens("<![CDATA[x<y]]>z"), (std::vector<std::string>{"'x<y'", "'z'"}));
}

TEST(HtmlTokenizerTest, TagsWithAndWithoutAttributesEndAlike) {
  EXPECT_EQ(Tokens("<td>a<td >b<td/>c<td\n/>d</td >e</td\nx>f<td"),
            (std::vector<std::string>{"<td>", "'a'", "<td>", "'b'", "<td/>", "'c'", "<td/>", "'d'",
                                      "</td>", "'e'", "</td>", "'f'"}));
}

TEST(HtmlTokenizerTest, TruncatedInputEndsCleanly) {
  EXPECT_EQ(Tokens("ok<td colspan=\"3"), (std::vector<std::string>{"'ok'"}));
  EXPECT_EQ(Tokens("ok<!-- never closed <td>"), (std::vector<std::string>{"'ok'"}));
  EXPECT_EQ(Tokens("<script>never closed"), (std::vector<std::string>{"<script>"}));
  EXPECT_EQ(Tokens("x</"), (std::vector<std::string>{"'x'"}));
  EXPECT_TRUE(Tokens("").empty());
}

}  // namespace
}  // namespace gongkai::audit
