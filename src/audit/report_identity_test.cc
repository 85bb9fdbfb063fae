#include "audit/report_identity.h"

#include <gtest/gtest.h>

#include "audit/text_document_for_testing.h"

namespace gongkai::audit {
namespace {

ReportIdentity Identify(std::string_view text) {
  const Document document = TextDocumentForTesting(text);
  return DetectIdentity(document, document.lines.size());
}

TEST(ReportIdentityTest, AgencyAndYearFromTheTitle) {
  const ReportIdentity id = Identify("重庆市市场监管系统2023年政府信息公开工作年度报告\n正文");
  EXPECT_EQ(id.agency, "重庆市市场监管系统");
  EXPECT_EQ(id.year, 2023);
  EXPECT_TRUE(id.looks_like_report);
  EXPECT_TRUE(id.findings.empty());
}

TEST(ReportIdentityTest, TitleOverTwoLinesAndAgencyCompletedFromThePreamble) {
  const ReportIdentity id = Identify(
      "                洪泽区人民政府\n      2023 年政府信息公开工作年度报告\n"
      "   本报告由淮安市洪泽区人民政府办公室根据《条例》要求编制。统计期限自 2023 年 1 月 1 日"
      "起至 2023 年 12 月 31 日止。\n");
  EXPECT_EQ(id.agency, "淮安市洪泽区人民政府");
  EXPECT_EQ(id.year, 2023);
  EXPECT_EQ(id.period_year, 2023);
}

TEST(ReportIdentityTest, ShortenedTitleCompletedFromTheSiteHeader) {
  const ReportIdentity id = Identify(
      "新疆维吾尔自治区市场监督管理局\n政府信息公开\n"
      "自治区市场监督管理局2024年政府信息公开工作年度报告\n发布时间:2025-01-24 17:26\n"
      "本年报统计期限自202411日起至20241231日止。");
  EXPECT_EQ(id.agency, "新疆维吾尔自治区市场监督管理局");
  EXPECT_EQ(id.year, 2024);
  EXPECT_EQ(id.period_year, 2024);
  EXPECT_EQ(id.published_year, 2025);
}

TEST(ReportIdentityTest, AgencyAfterTheYearOrBeforeGuanyu) {
  EXPECT_EQ(Identify("2022年度某市人民政府政府信息公开工作年度报告").agency, "某市人民政府");
  EXPECT_EQ(Identify("某市统计局关于2022年政府信息公开工作年度报告").agency, "某市统计局");
}

TEST(ReportIdentityTest, YearFallsBackToPeriodThenPublication) {
  EXPECT_EQ(Identify("某局政府信息公开工作年度报告\n统计期限为2022年1月1日至12月31日").year, 2022);
  EXPECT_EQ(Identify("某局政府信息公开工作年度报告\n发布日期：2021-02-01").year, 2020);
}

TEST(ReportIdentityTest, ConflictingYearsAreFlagged) {
  const ReportIdentity id =
      Identify("某局2023年政府信息公开工作年度报告\n本报告统计期限自2022年1月1日起");
  ASSERT_EQ(id.findings.size(), 1u);
  EXPECT_EQ(id.findings[0].rule, "report.year_conflict");
}

TEST(ReportIdentityTest, NothingFoundIsReported) {
  const ReportIdentity id = Identify("会议纪要\n今天开会");
  EXPECT_FALSE(id.looks_like_report);
  EXPECT_FALSE(id.agency.has_value());
  EXPECT_FALSE(id.year.has_value());
  EXPECT_EQ(id.findings.size(), 2u);
}

}  // namespace
}  // namespace gongkai::audit
