#include "audit/template_detector.h"

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

using domain::TemplateVersion;

TemplateEvidence Tables() {
  TemplateEvidence e;
  e.tables_found = true;
  e.request_heading_2019 = true;
  return e;
}

TEST(TemplateDetectorTest, ThreeOtherSubRowsMean2021) {
  TemplateEvidence e = Tables();
  e.other_sub_rows = true;
  e.proactive_2021 = true;
  const TemplateDecision d = DetectTemplate(e);
  EXPECT_EQ(d.version, TemplateVersion::k2021);
  EXPECT_FALSE(d.single_other_row);
  EXPECT_TRUE(d.findings.empty());
}

TEST(TemplateDetectorTest, SingleOtherRowWith2019ColumnsIs2019) {
  TemplateEvidence e = Tables();
  e.other_single_row = true;
  e.proactive_2019 = true;
  e.year = 2020;
  const TemplateDecision d = DetectTemplate(e);
  EXPECT_EQ(d.version, TemplateVersion::k2019);
  EXPECT_TRUE(d.single_other_row);
}

TEST(TemplateDetectorTest, SingleOtherRowWith2021ColumnsIsA2021ReportPrintingOneRow) {
  TemplateEvidence e = Tables();
  e.other_single_row = true;
  e.proactive_2021 = true;
  e.year = 2023;
  const TemplateDecision d = DetectTemplate(e);
  EXPECT_EQ(d.version, TemplateVersion::k2021);
  EXPECT_TRUE(d.single_other_row);
}

TEST(TemplateDetectorTest, WithoutSectionTwoTheYearDecides) {
  TemplateEvidence e = Tables();
  e.other_single_row = true;
  e.year = 2019;
  EXPECT_EQ(DetectTemplate(e).version, TemplateVersion::k2019);
  e.year = 2022;
  EXPECT_EQ(DetectTemplate(e).version, TemplateVersion::k2021);
}

TEST(TemplateDetectorTest, MixedMarksAreNoted) {
  TemplateEvidence e = Tables();
  e.other_sub_rows = true;
  e.proactive_2019 = true;
  const TemplateDecision d = DetectTemplate(e);
  EXPECT_EQ(d.version, TemplateVersion::k2021);
  ASSERT_EQ(d.findings.size(), 1u);
  EXPECT_EQ(d.findings[0].rule, "template.mixed");
}

TEST(TemplateDetectorTest, NoTablesBefore2019IsPre2019) {
  TemplateEvidence e;
  e.year = 2015;
  const TemplateDecision d = DetectTemplate(e);
  EXPECT_EQ(d.version, TemplateVersion::kPre2019);
  ASSERT_EQ(d.findings.size(), 1u);
  EXPECT_EQ(d.findings[0].rule, "template.pre2019");
  EXPECT_NE(d.findings[0].message.find("旧式"), std::string::npos);
}

TEST(TemplateDetectorTest, NoTablesButTheNewHeadingIsNotPre2019) {
  TemplateEvidence e;
  e.request_heading_2019 = true;
  e.year = 2023;
  EXPECT_EQ(DetectTemplate(e).version, TemplateVersion::k2021);
}

}  // namespace
}  // namespace gongkai::audit
