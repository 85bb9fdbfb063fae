#include "audit/section_locator.h"

#include <gtest/gtest.h>

#include "audit/label_normalizer.h"
#include "audit/text_document_for_testing.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

std::optional<int> Heading(std::string_view text) {
  return MatchSectionHeading(FoldCompact(DecodeUtf8(text)));
}

TEST(SectionLocatorTest, RecognisesTheSixHeadings) {
  EXPECT_EQ(Heading("一、总体情况"), 1);
  EXPECT_EQ(Heading("  二、主动公开政府信息情况"), 2);
  EXPECT_EQ(Heading("三、收到和处理政府信息公开申请情况"), 3);
  EXPECT_EQ(Heading("四、政府信息公开行政复议、行政诉讼情况"), 4);
  EXPECT_EQ(Heading("五、政府信息公开工作存在的主要问题及改进情况"), 5);
  EXPECT_EQ(Heading("六、其他需要报告的事项"), 6);
}

TEST(SectionLocatorTest, TableRowsAndProseAreNotHeadings) {
  EXPECT_FALSE(Heading("一、本年新收政府信息公开申请数量").has_value());
  EXPECT_FALSE(Heading("二、上年结转政府信息公开申请数量").has_value());
  EXPECT_FALSE(Heading("三、本年度办理结果").has_value());
  EXPECT_FALSE(Heading("四、结转下年度继续办理").has_value());
  EXPECT_FALSE(Heading("（二）主动公开政府信息情况").has_value());
  EXPECT_FALSE(Heading("二、主动公开政府信息情况。本年度我局主动公开政府信息共计一千余条，"
                       "涉及多个领域和多个方面，内容丰富")
                   .has_value());
}

TEST(SectionLocatorTest, FindsTheTableSectionsInOrder) {
  const Document document = TextDocumentForTesting(
      "标题\n一、总体情况\n四、行政复议情况的说明放错了地方\n二、主动公开政府信息情况\n规章\n"
      "三、收到和处理政府信息公开申请情况\n新收\n四、政府信息公开行政复议、行政诉讼情况\n1\n"
      "五、存在的主要问题及改进情况\n六、其他需要报告的事项\n");
  const SectionMap map = LocateSections(document);
  ASSERT_TRUE(map.proactive.has_value());
  EXPECT_EQ(map.proactive->begin, 4u);
  EXPECT_EQ(map.proactive->end, 5u);
  ASSERT_TRUE(map.requests.has_value());
  EXPECT_EQ(map.requests->begin, 6u);
  EXPECT_EQ(map.requests->end, 7u);
  ASSERT_TRUE(map.review.has_value());
  EXPECT_EQ(map.review->begin, 8u);
  EXPECT_EQ(map.review->end, 9u);
}

TEST(SectionLocatorTest, FallsBackToTheTablesOwnLabels) {
  const Document document = TextDocumentForTesting(
      "第二十条第（一）项\n规章 0 0 "
      "0\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
      "一、本年新收政府信息公开申请数量\n");
  const SectionMap map = LocateSections(document);
  ASSERT_TRUE(map.proactive.has_value());
  EXPECT_EQ(map.proactive->begin, 0u);
  EXPECT_EQ(map.proactive->end, 2u);
  ASSERT_TRUE(map.requests.has_value());
  EXPECT_EQ(map.requests->begin, 2u);
  EXPECT_FALSE(map.review.has_value());
}

TEST(SectionLocatorTest, ReviewTableWithoutHeadingStartsAtItsHeader) {
  const Document document = TextDocumentForTesting(
      "三、收到和处理政府信息公开申请情况\n四、结转下年度继续办理 0 0 0 0 0 0 0\n行政复议\n"
      "行政诉讼\n1 0 0 0 1\n五、存在的主要问题及改进情况\n");
  const SectionMap map = LocateSections(document);
  ASSERT_TRUE(map.requests.has_value());
  EXPECT_EQ(map.requests->end, 2u);
  ASSERT_TRUE(map.review.has_value());
  EXPECT_EQ(map.review->begin, 2u);
  EXPECT_EQ(map.review->end, 5u);
}

}  // namespace
}  // namespace gongkai::audit
