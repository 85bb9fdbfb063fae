// Property tests: deleting any one line of a report never makes the extractor print a wrong
// number (a cell it cannot place is null), and cutting a report anywhere never crashes it.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "audit/report_extractor.h"
#include "audit/report_text_builder_for_testing.h"
#include "audit/text_document_for_testing.h"

namespace gongkai::audit {
namespace {

using domain::AnnualReport;
using domain::TemplateVersion;

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos;
       start = end + 1, end = text.find('\n', start)) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

// Every cell the extractor filled holds the value the report was written with.
void ExpectNoWrongValue(const AnnualReport& actual, const AnnualReport& truth,
                        const std::string& context) {
  if (actual.requests.has_value() && actual.single_other_row == truth.single_other_row) {
    for (auto row : domain::RowsOf(truth.template_version, truth.single_other_row)) {
      for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
        const auto& cell = actual.row(row)[static_cast<std::size_t>(c)];
        if (cell.has_value()) {
          EXPECT_EQ(cell, truth.row(row)[static_cast<std::size_t>(c)])
              << domain::RowInfo(row).key << " column " << c << " " << context;
        }
      }
    }
  }
  if (actual.review_litigation.has_value()) {
    for (int i = 0; i < domain::kReviewLitigationCount; ++i) {
      const auto& cell = (*actual.review_litigation)[static_cast<std::size_t>(i)];
      if (cell.has_value()) {
        EXPECT_EQ(cell, (*truth.review_litigation)[static_cast<std::size_t>(i)])
            << "review " << i << " " << context;
      }
    }
  }
  if (actual.proactive.has_value() && actual.template_version == truth.template_version) {
    for (const auto& [row, cells] : *actual.proactive) {
      for (const auto& [column, value] : cells) {
        if (value.has_value()) {
          EXPECT_EQ(value, truth.proactive->at(row).at(column)) << row << column << " " << context;
        }
      }
    }
  }
}

class LineDeletionTest : public ::testing::TestWithParam<TextLayout> {};

TEST_P(LineDeletionTest, DeletingAnyLineNeverGivesAWrongValue) {
  ReportTextSpec spec = ConsistentSpecForTesting(TemplateVersion::k2021, false, GetParam());
  // Distinct values make a misplaced number visible.
  spec.requests[domain::RequestRow::kWithheld6] = {"1", "2", "3", "4", "5", "6", "21"};
  spec.requests[domain::RequestRow::kNotHandled2] = {"7", "0", "0", "0", "0", "9", "16"};
  const AnnualReport truth = ExpectedReportForTesting(spec);
  const std::vector<std::string> lines = SplitLines(RenderReportForTesting(spec));
  for (std::size_t skip = 0; skip < lines.size(); ++skip) {
    std::string text;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i != skip) {
        text += lines[i] + "\n";
      }
    }
    const auto report = ExtractReport(TextDocumentForTesting(text));
    if (report.has_value()) {
      ExpectNoWrongValue(*report, truth,
                         "without line " + std::to_string(skip) + ": " + lines[skip]);
    }
  }
}

// A cut can shorten the last number ("12" to "1"), so only the absence of crashes and the shape
// of the result are checked.
TEST_P(LineDeletionTest, CuttingTheReportAnywhereNeverCrashes) {
  const std::string text =
      RenderReportForTesting(ConsistentSpecForTesting(TemplateVersion::k2021, false, GetParam()));
  for (std::size_t cut = 0; cut < text.size(); cut += 7) {
    const auto report = ExtractReport(TextDocumentForTesting(text.substr(0, cut)));
    if (report.has_value() && report->template_version != TemplateVersion::kPre2019) {
      EXPECT_TRUE(report->requests.has_value());
      EXPECT_TRUE(report->proactive.has_value());
    } else if (!report.has_value()) {
      EXPECT_EQ(report.error().code, core::ErrorCode::kInvalidArgument);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllLayouts, LineDeletionTest,
                         ::testing::Values(TextLayout::kOnePerLine, TextLayout::kPipes,
                                           TextLayout::kColumns));

}  // namespace
}  // namespace gongkai::audit

namespace gongkai::audit {
namespace {

// Hostile shapes stay linear: a row followed by 300,000 numbers, a 2 MB line, a table row of
// 200,000 empty cells. Quadratic work would take minutes here and exceed the test's ctest
// TIMEOUT (src/audit/CMakeLists.txt); no wall-clock assertion.
TEST(ExtractorScalingTest, HostileInputsStayLinear) {
  std::string text =
      "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
      "一、本年新收政府信息公开申请数量\n";
  for (int i = 0; i < 300000; ++i) {
    text += "0\n";
  }
  text += std::string(2'000'000, 'x') + "\n";
  Document document = TextDocumentForTesting(text);
  TextLine row;
  row.kind = LineKind::kTableRow;
  TextCell label;
  label.text = "二、上年结转政府信息公开申请数量";
  row.cells.push_back(label);
  row.cells.resize(200001);
  document.lines.push_back(row);
  const auto report = ExtractReport(document);
  ASSERT_TRUE(report.has_value());
  EXPECT_FALSE(report->row(domain::RequestRow::kNewlyReceived)[0].has_value());
}

}  // namespace
}  // namespace gongkai::audit
