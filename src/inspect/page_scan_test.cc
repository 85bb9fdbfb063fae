#include "inspect/page_scan.h"

#include <gtest/gtest.h>

namespace gongkai::inspect {
namespace {

TEST(PageScanTest, CollectsLinksWithAnchorText) {
  const PageScan scan = ScanPage(
      "<html lang=zh-CN><head><TITLE> 首页 &amp; 导航 </TITLE><meta name=\"PubDate\" "
      "content=\"2024-01-02\"><meta name=ColumnName content=通知公告><link rel=stylesheet "
      "href=/s.css></head><body><a href=\"/a?x=1&amp;y=2\">  甲 <b>乙</b></a>"
      "<a href=/img><img src=/i.png alt=\"图标\"></a><iframe src=/f.html></iframe></body></html>");
  EXPECT_EQ(scan.title, "首页 & 导航");
  EXPECT_EQ(scan.lang, "zh-CN");
  EXPECT_EQ(scan.pub_date, "2024-01-02");
  EXPECT_EQ(scan.column_name, "通知公告");
  ASSERT_EQ(scan.links.size(), 5U);
  EXPECT_EQ(scan.links[0].href, "/s.css");
  EXPECT_EQ(scan.links[0].kind, PageLink::Kind::kResource);
  EXPECT_EQ(scan.links[1].href, "/a?x=1&y=2");
  EXPECT_EQ(scan.links[1].text, "甲 乙");
  EXPECT_EQ(scan.links[2].href, "/i.png");
  EXPECT_EQ(scan.links[3].href, "/img");
  EXPECT_EQ(scan.links[3].text, "图标");
  EXPECT_EQ(scan.links[4].href, "/f.html");
  EXPECT_TRUE(scan.images_without_alt.empty());
}

TEST(PageScanTest, FindsAccessibilityGaps) {
  const PageScan scan = ScanPage(
      "<img src=a.png><form><label for=q1>查询</label><input id=q1><label>姓名<input name=n>"
      "</label><input name=phone><input type=hidden name=t><input aria-label=x><select "
      "name=s></select></form>");
  EXPECT_TRUE(scan.title.empty());
  EXPECT_TRUE(scan.lang.empty());
  EXPECT_EQ(scan.images_without_alt, std::vector<std::string>{"a.png"});
  EXPECT_EQ(scan.unlabeled_fields, (std::vector<std::string>{"phone", "s"}));
}

TEST(PageScanTest, SurvivesMalformedMarkup) {
  // An unclosed quote swallows the rest, as in browsers; nothing breaks.
  EXPECT_LE(ScanPage("<a href=\"/x>unterminated <div <<< </a></a><a href=/y>y").links.size(), 1U);
  EXPECT_EQ(ScanPage("</a><a><a href=/y>y<a href=/z>").links.size(), 2U);
  const std::string deep(200000, '<');
  EXPECT_TRUE(ScanPage(deep).links.empty());
}

TEST(PageScanTest, CapsLinksPerPage) {
  std::string html;
  for (std::size_t i = 0; i < kMaxLinksPerPage + 10; ++i) {
    html += "<a href=/p" + std::to_string(i) + ">x</a>";
  }
  const PageScan scan = ScanPage(html);
  EXPECT_EQ(scan.links.size(), kMaxLinksPerPage);
  EXPECT_TRUE(scan.links_truncated);
}

TEST(PageScanTest, KeepsTableRowsOnOneLine) {
  const PageScan scan =
      ScanPage("<table><tr><td>甲</td><td>2024-01-01</td></tr><tr><td>乙</td></tr></table>");
  EXPECT_NE(scan.text.find("甲 2024-01-01"), std::string::npos);
  EXPECT_NE(scan.text.find("\n乙"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::inspect
