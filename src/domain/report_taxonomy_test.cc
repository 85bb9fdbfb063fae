#include "domain/report_taxonomy.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

TEST(ReportTaxonomyTest, Has25RowsIn2021And23WithSingleOther) {
  EXPECT_EQ(RowsOf(TemplateVersion::k2021, false).size(), 25u);
  EXPECT_EQ(RowsOf(TemplateVersion::k2019, false).size(), 23u);
  EXPECT_EQ(RowsOf(TemplateVersion::k2021, true).size(), 23u);
}

TEST(ReportTaxonomyTest, KeysAreUniqueAndRoundTrip) {
  std::set<std::string> keys;
  for (int i = 0; i < kRequestRowCount; ++i) {
    const auto& info = RowInfo(static_cast<RequestRow>(i));
    EXPECT_EQ(static_cast<int>(info.row), i);
    EXPECT_TRUE(keys.insert(std::string(info.key)).second) << info.key;
    EXPECT_EQ(RowFromKey(info.key), info.row);
  }
  EXPECT_FALSE(RowFromKey("不予公开.9").has_value());
}

TEST(ReportTaxonomyTest, TwentyOneOutcomeRowsIn2021) {
  int outcomes = 0;
  for (RequestRow r : RowsOf(TemplateVersion::k2021, false)) {
    outcomes += RowInfo(r).is_outcome ? 1 : 0;
  }
  EXPECT_EQ(outcomes, 21);
}

TEST(ReportTaxonomyTest, CanonicalLabels) {
  EXPECT_EQ(ApplicantColumnLabel(0), "自然人");
  EXPECT_EQ(ApplicantColumnLabel(6), "总计");
  EXPECT_EQ(RowInfo(RequestRow::kWithheld3).label, "3.危及“三安全一稳定”");
  EXPECT_EQ(ReviewLitigationCellLabel(0), "行政复议 结果维持");
  EXPECT_EQ(ReviewLitigationCellLabel(14), "行政诉讼 复议后起诉 总计");
  EXPECT_EQ(ProactiveRowsOf(TemplateVersion::k2021).size(), 6u);
  EXPECT_EQ(SectionHeading(3), "三、收到和处理政府信息公开申请情况");
  EXPECT_EQ(ApplicantKindFromCode("legal_service"), 4);
  EXPECT_FALSE(ApplicantKindFromCode("alien").has_value());
  EXPECT_EQ(TemplateFromName(TemplateName(TemplateVersion::kPre2019)), TemplateVersion::kPre2019);
}

}  // namespace
}  // namespace gongkai::domain
