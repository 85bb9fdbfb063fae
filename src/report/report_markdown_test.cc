#include "report/report_markdown.h"

#include <gtest/gtest.h>

#include "report/golden_testing.h"

namespace gongkai::report {
namespace {

TEST(ReportMarkdownTest, MatchesGolden) {
  testing::ExpectMatchesGolden("sample.md",
                               RenderMarkdown(testing::SampleReport(), testing::SampleText()));
}

TEST(ReportMarkdownTest, PrintsCanonicalRowsAndPlaceholderForMissingText) {
  const std::string md = RenderMarkdown(testing::SampleReport(), testing::SampleText());
  EXPECT_NE(md.find("| （三）不予公开 5.属于三类内部事务信息 | 7 | 0 | 0 | 0 | 0 | 0 | 7 |"),
            std::string::npos);
  EXPECT_NE(md.find("| 行政事业性收费 | 38.949 |"), std::string::npos);
  EXPECT_NE(md.find("## 六、其他需要报告的事项\n\n（本部分内容尚未填写。）"), std::string::npos);
}

TEST(ReportMarkdownTest, NullCellsPrintEmpty) {
  domain::AnnualReport report =
      domain::AnnualReport::Empty(domain::TemplateVersion::k2021, /*single_other_row=*/true);
  const std::string md = RenderMarkdown(report, {});
  EXPECT_NE(md.find("| （六）其他处理 |  |  |  |  |  |  |  |"), std::string::npos);
  EXPECT_EQ(md.find("其他处理.1"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::report
