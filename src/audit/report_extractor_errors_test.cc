// ExtractReport on reports with deliberate errors (every rule id), malformed cells, HTML tables,
// positioned cells, older reports and files that are not reports.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "audit/layout_tokenizer.h"
#include "audit/report_extractor.h"
#include "audit/report_text_builder_for_testing.h"
#include "audit/request_table_parser.h"
#include "audit/row_label_matcher.h"
#include "audit/text_document_for_testing.h"
#include "domain/report_checks.h"

namespace gongkai::audit {
namespace {

using domain::AnnualReport;
using domain::RequestRow;
using domain::Severity;
using domain::TemplateVersion;

std::string Findings(const AnnualReport& report) {
  std::string out;
  for (const domain::Finding& f : report.findings) {
    if (!f.not_checkable) {
      out += f.rule + " @ " + f.where + ": " + f.message + "\n";
    }
  }
  return out;
}

int Count(const std::vector<domain::Finding>& findings, std::string_view rule,
          std::string_view where = "") {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const auto& f) {
    return f.rule == rule && !f.not_checkable && f.where.find(where) != std::string::npos;
  }));
}

AnnualReport ExtractSpec(const ReportTextSpec& spec) {
  auto report = ExtractReport(TextDocumentForTesting(RenderReportForTesting(spec)));
  EXPECT_TRUE(report.has_value()) << (report.has_value() ? "" : report.error().message);
  return report.has_value() ? *report : AnnualReport{};
}

ReportTextSpec Base(TextLayout layout = TextLayout::kOnePerLine) {
  return ConsistentSpecForTesting(TemplateVersion::k2021, false, layout);
}

struct RuleCase {
  std::string_view rule;
  void (*damage)(ReportTextSpec&);
  std::string_view where;
};

class DeliberateErrorTest : public ::testing::TestWithParam<RuleCase> {};

TEST_P(DeliberateErrorTest, IsCaughtWithItsRuleId) {
  for (TextLayout layout : {TextLayout::kOnePerLine, TextLayout::kPipes, TextLayout::kColumns}) {
    ReportTextSpec spec = Base(layout);
    GetParam().damage(spec);
    const AnnualReport report = ExtractSpec(spec);
    EXPECT_GE(Count(report.findings, GetParam().rule, GetParam().where), 1)
        << GetParam().rule << "\n"
        << Findings(report);
  }
}

INSTANTIATE_TEST_SUITE_P(
    EveryRule, DeliberateErrorTest,
    ::testing::Values(
        // 新收 + 上年结转 ≠ 总计 + 结转下年度 in the 自然人 column (the row itself still adds up).
        RuleCase{domain::kRuleBalance,
                 [](ReportTextSpec& s) {
                   s.requests[RequestRow::kNewlyReceived] = {"13", "3", "0", "1", "0", "2", "19"};
                 },
                 "自然人列"},
        RuleCase{domain::kRuleOutcomeTotal,
                 [](ReportTextSpec& s) {
                   s.requests[RequestRow::kWithheld1] = {"1", "0", "0", "0", "0", "0", "1"};
                 },
                 "自然人列"},
        RuleCase{domain::kRuleRowTotal,
                 [](ReportTextSpec& s) {
                   s.requests[RequestRow::kGranted] = {"6", "1", "0", "0", "0", "1", "9"};
                 },
                 "（一）予以公开"},
        RuleCase{domain::kRuleReviewTotal, [](ReportTextSpec& s) { s.review[4] = "0"; },
                 "行政复议"},
        RuleCase{domain::kRuleLitigationDirectTotal, [](ReportTextSpec& s) { s.review[9] = "5"; },
                 "未经复议直接起诉"},
        RuleCase{domain::kRuleLitigationAfterReviewTotal,
                 [](ReportTextSpec& s) { s.review[14] = "0"; }, "复议后起诉"},
        RuleCase{domain::kRuleNonNegative, [](ReportTextSpec& s) { s.proactive[0][0] = "-2"; },
                 "规章"},
        RuleCase{domain::kRuleFeeUnit, [](ReportTextSpec& s) { s.proactive[5][0] = "38949000"; },
                 "行政事业性收费"}));

TEST(DeliberateErrorTest, NegativeRequestCellIsCaught) {
  ReportTextSpec spec = Base(TextLayout::kColumns);
  spec.requests[RequestRow::kWithheld8] = {"-1", "0", "0", "0", "0", "0", "-1"};
  const AnnualReport report = ExtractSpec(spec);
  EXPECT_EQ(report.row(RequestRow::kWithheld8)[0], -1);
  EXPECT_EQ(Count(report.findings, domain::kRuleNonNegative, "8.属于行政查询事项"), 2)
      << Findings(report);
}

TEST(DeliberateErrorTest, SingleOtherRowIn2021IsStructureOtherRows) {
  const AnnualReport report =
      ExtractSpec(ConsistentSpecForTesting(TemplateVersion::k2021, true, TextLayout::kColumns));
  EXPECT_EQ(Count(report.findings, domain::kRuleOtherRows), 1);
}

// The cross-year rules compare two extracted reports.
TEST(DeliberateErrorTest, CrossYearRulesCompareWithLastYearsReport) {
  ReportTextSpec last = Base();
  last.title = "某市某某局2022年政府信息公开工作年度报告";
  last.requests[RequestRow::kCarriedToNextYear] = {"1", "0", "0", "0", "0", "0", "1"};
  last.requests[RequestRow::kTotal] = {"13", "3", "0", "1", "0", "2", "19"};
  last.proactive[1] = {"3", "5", "40"};
  const AnnualReport previous = ExtractSpec(last);
  const AnnualReport current = ExtractSpec(Base());
  const auto findings = domain::CheckReport(current, &previous);
  EXPECT_EQ(Count(findings, domain::kRuleCarryOver, "自然人列"), 1);
  EXPECT_EQ(Count(findings, domain::kRuleInForceFlow, "行政规范性文件"), 1);
}

TEST(MalformedCellTest, FusedDigitsAreSplitOnlyWhenOneSplitFits) {
  ReportTextSpec spec = Base(TextLayout::kColumns);
  spec.requests[RequestRow::kGranted] = {"6100018"};  // 6|1|0|0|0|1|8
  spec.requests[RequestRow::kWithheld4] = {"101000011"};
  const AnnualReport report = ExtractSpec(spec);
  EXPECT_EQ(report.row(RequestRow::kGranted), (domain::RequestRowCells{6, 1, 0, 0, 0, 1, 8}));
  EXPECT_EQ(Count(report.findings, "cells.split_run", "（一）予以公开"), 1) << Findings(report);
  EXPECT_EQ(report.row(RequestRow::kWithheld4), domain::RequestRowCells{});
  EXPECT_EQ(Count(report.findings, "cells.fused_run", "4.保护第三方合法权益"), 1);
}

TEST(MalformedCellTest, PlaceholdersLeadingZerosAndShortRows) {
  ReportTextSpec spec = Base(TextLayout::kOnePerLine);
  spec.requests[RequestRow::kWithheld1] = {"—", "0", "/", "无", "-", "0", "00"};
  spec.requests[RequestRow::kWithheld2] = {"0", "0", "0", "0", "0", "0"};
  spec.requests[RequestRow::kUnavailable1] = {"3", "0", "0", "0", "1", "4"};
  spec.requests[RequestRow::kNotHandled1] = {"0", "0", "0", "0", "0", "0", "0", "0"};
  const AnnualReport report = ExtractSpec(spec);
  EXPECT_EQ(
      report.row(RequestRow::kWithheld1),
      (domain::RequestRowCells{std::nullopt, 0, std::nullopt, std::nullopt, std::nullopt, 0, 0}));
  EXPECT_EQ(Count(report.findings, "cells.blank", "1.属于国家秘密"), 4);
  EXPECT_EQ(Count(report.findings, "cells.leading_zero", "1.属于国家秘密 / 总计"), 1);
  EXPECT_EQ(report.row(RequestRow::kWithheld2),
            (domain::RequestRowCells{0, 0, 0, 0, 0, 0, std::nullopt}));
  EXPECT_EQ(report.row(RequestRow::kUnavailable1), domain::RequestRowCells{});
  EXPECT_EQ(Count(report.findings, "cells.missing", "1.本机关不掌握相关政府信息"), 1);
  EXPECT_EQ(report.row(RequestRow::kNotHandled1), domain::RequestRowCells{});
  EXPECT_EQ(Count(report.findings, "cells.extra", "1.信访举报投诉类申请"), 1);
  for (const auto& f : report.findings) {
    if (f.rule == "cells.blank" || f.rule == "cells.leading_zero") {
      EXPECT_EQ(f.severity, Severity::kWarning);
    }
  }
}

TEST(TemplateTest, Report2019ReadsTheTrialTemplatesRowsAndColumns) {
  const ReportTextSpec spec =
      ConsistentSpecForTesting(TemplateVersion::k2019, true, TextLayout::kColumns);
  const AnnualReport report = ExtractSpec(spec);
  EXPECT_EQ(report.template_version, TemplateVersion::k2019);
  ASSERT_TRUE(report.proactive.has_value());
  EXPECT_EQ(report.proactive->size(), 8u);
  EXPECT_EQ(report.proactive->at("政府集中采购").at("采购总金额"), 5);
  EXPECT_EQ(report.proactive->at("规范性文件").at("对外公开总数量"), 7);
  EXPECT_EQ(report.row(RequestRow::kOtherSingle), (domain::RequestRowCells{1, 0, 0, 0, 0, 0, 1}));
}

TEST(TemplateTest, OlderFreeFormReportHasNoTables) {
  const std::string text =
      "某县人民政府2012年政府信息公开工作年度报告\n"
      "一、概述\n2012年，我县认真贯彻《中华人民共和国政府信息公开条例》。\n"
      "二、主动公开政府信息情况\n全年主动公开政府信息 1523 条。\n"
      "三、依申请公开政府信息情况\n全年共受理依申请公开 12 件，其中同意公开 10 件，不予公开 2 "
      "件。\n"
      "四、政府信息公开的收费及减免情况\n未收取任何费用。\n"
      "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n";
  auto report = ExtractReport(TextDocumentForTesting(text));
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_EQ(report->template_version, TemplateVersion::kPre2019);
  EXPECT_FALSE(report->proactive.has_value());
  EXPECT_FALSE(report->requests.has_value());
  EXPECT_FALSE(report->review_litigation.has_value());
  EXPECT_EQ(report->year, 2012);
  ASSERT_EQ(Count(report->findings, "template.pre2019"), 1) << Findings(*report);
  EXPECT_EQ(report->findings.size(), 1u) << Findings(*report);
}

TEST(NotAReportTest, IsInvalidArgument) {
  for (const char* text : {"", "会议纪要\n今天讨论了预算。\n1 2 3\n", "%PDF-1.4 garbage",
                           "这是一份会议通知，不是政府信息公开工作年度报告。\n"}) {
    auto report = ExtractReport(TextDocumentForTesting(text));
    ASSERT_FALSE(report.has_value()) << text;
    EXPECT_EQ(report.error().code, core::ErrorCode::kInvalidArgument);
    EXPECT_NE(report.error().message.find("年度报告"), std::string::npos);
  }
}

// A row's messages quote its label only when it is worded differently from the canonical one.
TEST(RequestTableMessagesTest, QuoteOnlyAMisprintedLabel) {
  const std::string canonical(domain::RowInfo(domain::RequestRow::kWithheld3).label);
  const Document document =
      TextDocumentForTesting("2.其他法律行政止公开   1   2\n" + canonical + "   3   4\n");
  const RowLabelMatcher matcher;
  const RequestTableResult result =
      ParseRequestTable(TokenizeLines(document, 0, document.lines.size()), matcher);
  const auto quoted = [&](domain::RequestRow row) {
    const ParsedRequestRow& parsed = result.rows[static_cast<std::size_t>(row)];
    EXPECT_FALSE(parsed.findings.empty());
    return std::any_of(parsed.findings.begin(), parsed.findings.end(), [](const auto& finding) {
      return finding.where.find("报告印作") != std::string::npos;
    });
  };
  EXPECT_TRUE(quoted(domain::RequestRow::kWithheld2));
  EXPECT_FALSE(quoted(domain::RequestRow::kWithheld3));
}

}  // namespace
}  // namespace gongkai::audit
