// ExtractReport on reports written in code: every layout, label quirks, both templates, older
// reports, deliberate errors of every rule, fused digits, and files that are not reports.
#include "audit/report_extractor.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "audit/report_text_builder_for_testing.h"
#include "audit/text_document_for_testing.h"
#include "domain/report_checks.h"

namespace gongkai::audit {
namespace {

using domain::AnnualReport;
using domain::RequestRow;
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

int Count(const AnnualReport& report, std::string_view rule, std::string_view where = "") {
  return static_cast<int>(
      std::count_if(report.findings.begin(), report.findings.end(), [&](const domain::Finding& f) {
        return f.rule == rule && f.where.find(where) != std::string::npos;
      }));
}

AnnualReport Extract(const std::string& text) {
  auto report = ExtractReport(TextDocumentForTesting(text));
  EXPECT_TRUE(report.has_value()) << (report.has_value() ? "" : report.error().message);
  return report.has_value() ? *report : AnnualReport{};
}

void ExpectSameCells(const AnnualReport& actual, const AnnualReport& expected) {
  ASSERT_EQ(actual.template_version, expected.template_version);
  ASSERT_EQ(actual.single_other_row, expected.single_other_row);
  for (RequestRow row : domain::RowsOf(expected.template_version, expected.single_other_row)) {
    EXPECT_EQ(actual.row(row), expected.row(row)) << domain::RowInfo(row).key;
  }
  EXPECT_EQ(actual.proactive, expected.proactive);
  EXPECT_EQ(actual.review_litigation, expected.review_litigation);
}

struct LayoutCase {
  TemplateVersion version;
  bool single;
  TextLayout layout;
};

class LayoutTest : public ::testing::TestWithParam<LayoutCase> {};

TEST_P(LayoutTest, ReadsEveryCellWithoutFindings) {
  const LayoutCase& c = GetParam();
  const ReportTextSpec spec = ConsistentSpecForTesting(c.version, c.single, c.layout);
  const AnnualReport report = Extract(RenderReportForTesting(spec));
  ExpectSameCells(report, ExpectedReportForTesting(spec));
  EXPECT_EQ(report.agency, "某市某某局");
  EXPECT_EQ(report.year, c.version == TemplateVersion::k2019 ? 2019 : 2023);
  const bool other_rows_warning = c.version == TemplateVersion::k2021 && c.single;
  EXPECT_EQ(report.findings.size(), other_rows_warning ? 1u : 0u) << Findings(report);
}

INSTANTIATE_TEST_SUITE_P(
    AllLayouts, LayoutTest,
    ::testing::Values(LayoutCase{TemplateVersion::k2021, false, TextLayout::kOnePerLine},
                      LayoutCase{TemplateVersion::k2021, false, TextLayout::kPipes},
                      LayoutCase{TemplateVersion::k2021, false, TextLayout::kColumns},
                      LayoutCase{TemplateVersion::k2021, true, TextLayout::kOnePerLine},
                      LayoutCase{TemplateVersion::k2021, true, TextLayout::kColumns},
                      LayoutCase{TemplateVersion::k2019, true, TextLayout::kOnePerLine},
                      LayoutCase{TemplateVersion::k2019, true, TextLayout::kPipes},
                      LayoutCase{TemplateVersion::k2019, true, TextLayout::kColumns}));

struct LabelCase {
  RequestRow row;
  const char* printed;
};

class LabelQuirkTest : public ::testing::TestWithParam<LabelCase> {};

TEST_P(LabelQuirkTest, PrintedLabelStillFindsItsRow) {
  for (TextLayout layout : {TextLayout::kOnePerLine, TextLayout::kColumns}) {
    ReportTextSpec spec = ConsistentSpecForTesting(TemplateVersion::k2021, false, layout);
    spec.labels[GetParam().row] = GetParam().printed;
    spec.requests[GetParam().row] = {"5", "0", "0", "0", "0", "0", "5"};
    const AnnualReport report = Extract(RenderReportForTesting(spec));
    EXPECT_EQ(report.row(GetParam().row), ExpectedReportForTesting(spec).row(GetParam().row))
        << GetParam().printed << "\n"
        << Findings(report);
    EXPECT_EQ(Count(report, "structure.row_missing"), 0) << Findings(report);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Quirks, LabelQuirkTest,
    ::testing::Values(
        LabelCase{RequestRow::kWithheld2, "2.其他法律行政止公开"},
        LabelCase{RequestRow::kWithheld3, "3．危及\"三安全一稳定\""},
        LabelCase{RequestRow::kWithheld5, "５、属于三类内部事务信息"},
        LabelCase{RequestRow::kNotHandled4, "4.无正当理由大量反复 申请"},
        LabelCase{RequestRow::kNotHandled5, "5.要求行政机关确认或重 新出具已获取信息"},
        LabelCase{RequestRow::kPartlyGranted, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"},
        LabelCase{RequestRow::kNewlyReceived, "一 、本 年 新 收 政 府 信 息 公 开 申 请 数 量"},
        LabelCase{RequestRow::kOther2,
                  "2、申请人逾期未按照收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
        LabelCase{RequestRow::kUnavailable2, "(2)没有现成信息需要另行制作"},
        LabelCase{RequestRow::kTotal, "（七） 总计"}));

// `pdftotext -layout` quirks in one table: a wrapped label with its numbers on the next line and on
// the middle line, a vertical group label spread one character per line, a group label and a row
// label on one line, a page footer and a form feed inside the table.
TEST(ReportExtractorTest, ColumnLayoutQuirks) {
  const std::string text =
      "某县人民政府\n2023 年政府信息公开工作年度报告\n"
      "三、收到和处理政府信息公开申请情况\n"
      "一、本年新收政府信息公开申请数量      10   1    0    0    0    0    11\n"
      "二、上年结转政府信息公开申请数量      0    0    0    0    0    0    0\n"
      "      （一）予以公开                 5    0    0    0    0    0    5\n"
      "      （二）部分公开（区分处理的，只计这一情 形，不\n"
      "      计其他情形）\n"
      "                                   1    1    0    0    0    0    2\n"
      "            1.属于国家秘密            0    0    0    0    0    0    0\n"
      "三、\n本            2.其他法律行政止公开     0    0    0    0    0    0    0\n年\n度\n"
      "            3.危及“三安全一稳定”       0    0    0    0    0    0    0\n"
      "     （三）不\n     予公开\n"
      "            4.保护第三方合法权益      0    0    0    0    0    0    0\n"
      "            5.属于三类内部事务信息     0    0    0    0    0    0    0\n"
      "            6.属于四类过程性信息       0    0    0    0    0    0    0\n"
      "            7.属于行政执法案卷        0    0    0    0    0    0    0\n"
      "            8.属于行政查询事项        0    0    0    0    0    0    0\n"
      "（四）无法提供   1.本机关不掌握相关政府信息   2    0    0    0    0    0    2\n"
      "                                      -3-\n"
      "\f            2.没有现成信息需要另行制作     0    0    0    0    0    0    0\n"
      "            3.补正后申请内容仍不明确       0    0    0    0    0    0    0\n"
      "     （五）不 1.信访举报投诉类申请        1    0    0    0    0    0    1\n"
      "            2.重复申请                0    0    0    0    0    0    0\n"
      "            3.要求提供公开出版物         0    0    0    0    0    0    0\n"
      "            4.无正当理由大量反复申请      0    0    0    0    0    0    0\n"
      "            5.要求行政机关确认或重新出\n"
      "                                   0    0    0    0    0    0    0\n"
      "            具已获取信息\n"
      "            1、申请人无正当理由逾期不补\n"
      "            正、行政机关不再处理其政府信    0    0    0    0    0    0    0\n"
      "            息公开申请\n"
      "            2、申请人逾期未按收费通知要\n     （六）其\n     他处理\n"
      "            求缴纳费用、行政机关不再处理    0    0    0    0    0    0    0\n"
      "            其政府信息公开申请\n"
      "            3、其他                  1    0    0    0    0    0    1\n"
      "     （七）总计                      10   1    0    0    0    0    11\n"
      "四、结转下年度继续办理                0    0    0    0    0    0    0\n"
      "四、政府信息公开行政复议、行政诉讼情况\n"
      "结果   结果     其他   尚未\n"
      "                    总 计 结果 结果 其他       尚未     结果 结果 其他 尚未\n"
      "维持   纠正     结果   审结                                               总计\n"
      "0    0      0   0    0   0    0   0   0    0   0   0     0   0   0\n"
      "五、存在的主要问题及改进情况\n";
  const AnnualReport report = Extract(text);
  EXPECT_EQ(report.agency, "某县人民政府");
  EXPECT_FALSE(report.single_other_row);
  int null_cells = 0;
  for (RequestRow row : domain::RowsOf(TemplateVersion::k2021, false)) {
    null_cells +=
        static_cast<int>(std::count(report.row(row).begin(), report.row(row).end(), std::nullopt));
  }
  EXPECT_EQ(null_cells, 0) << Findings(report);
  EXPECT_EQ(report.row(RequestRow::kPartlyGranted)[1], 1);
  EXPECT_EQ(report.row(RequestRow::kUnavailable1)[6], 2);
  EXPECT_EQ(report.row(RequestRow::kNotHandled1)[0], 1);
  EXPECT_EQ(report.row(RequestRow::kOther3)[6], 1);
  EXPECT_EQ(Count(report, "requests.outcome_total"), 0) << Findings(report);
  EXPECT_EQ(Count(report, "requests.balance"), 0);
}

}  // namespace
}  // namespace gongkai::audit
