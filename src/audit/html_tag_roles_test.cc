#include "audit/html_tag_roles.h"

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

TEST(HtmlTagRolesTest, TablePartsBlocksAndSkippedElements) {
  EXPECT_EQ(HtmlTagInfoOf("td").role, HtmlTagRole::kCell);
  EXPECT_EQ(HtmlTagInfoOf("th").role, HtmlTagRole::kCell);
  EXPECT_EQ(HtmlTagInfoOf("tr").role, HtmlTagRole::kRow);
  EXPECT_EQ(HtmlTagInfoOf("tbody").role, HtmlTagRole::kSection);
  EXPECT_EQ(HtmlTagInfoOf("table").role, HtmlTagRole::kTable);
  EXPECT_EQ(HtmlTagInfoOf("caption").role, HtmlTagRole::kCaption);
  EXPECT_EQ(HtmlTagInfoOf("p").role, HtmlTagRole::kBlock);
  EXPECT_EQ(HtmlTagInfoOf("pre").role, HtmlTagRole::kPre);
  EXPECT_EQ(HtmlTagInfoOf("svg").role, HtmlTagRole::kSkip);
}

TEST(HtmlTagRolesTest, VoidElementsAndUnknownNames) {
  EXPECT_TRUE(HtmlTagInfoOf("br").is_void);
  EXPECT_EQ(HtmlTagInfoOf("br").role, HtmlTagRole::kBlock);
  EXPECT_TRUE(HtmlTagInfoOf("img").is_void);
  EXPECT_FALSE(HtmlTagInfoOf("div").is_void);
  // Anything not listed is inline text markup, including names that only share a prefix.
  EXPECT_EQ(HtmlTagInfoOf("span").role, HtmlTagRole::kInline);
  EXPECT_EQ(HtmlTagInfoOf("tdx").role, HtmlTagRole::kInline);
  EXPECT_EQ(HtmlTagInfoOf("t").role, HtmlTagRole::kInline);
  EXPECT_EQ(HtmlTagInfoOf("tt").role, HtmlTagRole::kInline);
  EXPECT_EQ(HtmlTagInfoOf("ta").role, HtmlTagRole::kInline);
  EXPECT_EQ(HtmlTagInfoOf("o:p").role, HtmlTagRole::kInline);
  EXPECT_EQ(HtmlTagInfoOf("").role, HtmlTagRole::kInline);
  EXPECT_EQ(HtmlTagInfoOf("TD").role, HtmlTagRole::kInline);  // callers pass lower-case names
}

}  // namespace
}  // namespace gongkai::audit
