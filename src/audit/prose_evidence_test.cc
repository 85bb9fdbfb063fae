#include "audit/prose_evidence.h"

#include <gtest/gtest.h>

#include "audit/extraction_rules.h"

namespace gongkai::audit {
namespace {

Document OneLine(const std::string& text) {
  Document document;
  document.NewLine().cells.push_back(TextCell{
      .text = text, .colspan = 1, .rowspan = 1, .x_begin = std::nullopt, .x_end = std::nullopt});
  return document;
}

const domain::Finding* Find(const domain::AnnualReport& report, std::string_view rule) {
  for (const domain::Finding& finding : report.findings) {
    if (finding.rule == rule) {
      return &finding;
    }
  }
  return nullptr;
}

TEST(ProseEvidenceTest, StatedNumbersCarryTheirUnitAndContext) {
  const auto stated =
      FindStatedNumbers(OneLine("本年度制发规范性文件34件，现行有效件数424件。2024年"));
  ASSERT_EQ(stated.size(), 2u);
  EXPECT_EQ(stated[0].value, 34);
  EXPECT_EQ(stated[0].unit, U'件');
  EXPECT_EQ(stated[1].value, 424);
}

TEST(ProseEvidenceTest, TheOneSplitThatAgreesBestIsTaken) {
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, false);
  const auto stated =
      FindStatedNumbers(OneLine("我局制定规范性文件5件，现行有效的规范性文件16件。"));
  ApplyProseEvidence(stated, {{"行政规范性文件", {{5, 4, 16}, {5, 41, 6}, {54, 1, 6}}}}, report);
  EXPECT_EQ(report.proactive->at("行政规范性文件").at("本年废止件数"), 4);
  EXPECT_EQ(report.proactive->at("行政规范性文件").at("现行有效件数"), 16);
  ASSERT_NE(Find(report, kRuleProseSplit), nullptr);
}

TEST(ProseEvidenceTest, ATieLeavesTheRowNull) {
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2019, false);
  const auto stated = FindStatedNumbers(OneLine("先后审核各部门印发的22条规范性文件并发布。"));
  ApplyProseEvidence(stated, {{"规范性文件", {{22, 22, 33}, {22, 2, 233}, {2, 22, 233}}}}, report);
  EXPECT_FALSE(report.proactive->at("规范性文件").at("本年新制作数量").has_value());
  EXPECT_EQ(Find(report, kRuleProseSplit), nullptr);
}

TEST(ProseEvidenceTest, RequestsStatedInProseAreComparedWithTheTable) {
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, false);
  report.row(domain::RequestRow::kNewlyReceived)[domain::kTotalColumn] = 32;
  report.row(domain::RequestRow::kCarriedFromLastYear)[domain::kTotalColumn] = 0;
  CompareProseWithTables(FindStatedNumbers(OneLine("共受理公开申请34件，其中网上申请30件。")),
                         report);
  const domain::Finding* finding = Find(report, kRuleProseMismatch);
  ASSERT_NE(finding, nullptr);
  EXPECT_NE(finding->message.find("34件"), std::string::npos);
  EXPECT_NE(finding->message.find("32"), std::string::npos);
  domain::AnnualReport agreeing = report;
  agreeing.findings.clear();
  CompareProseWithTables(FindStatedNumbers(OneLine("本年共收到政府信息公开申请32件。")), agreeing);
  EXPECT_EQ(Find(agreeing, kRuleProseMismatch), nullptr);
}

}  // namespace
}  // namespace gongkai::audit
