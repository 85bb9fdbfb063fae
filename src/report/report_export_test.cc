#include "report/report_export.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "domain/report_checks.h"
#include "report/golden_testing.h"

namespace gongkai::report {
namespace {

domain::AnnualReport BrokenReport() {
  domain::AnnualReport report = testing::SampleReport();
  report.row(domain::RequestRow::kGranted)[0] = 57;  // breaks row, column and balance totals
  report.findings = domain::CheckReport(report);
  return report;
}

TEST(ReportExportTest, JsonMatchesGolden) {
  domain::AnnualReport report = testing::SampleReport();
  report.findings = domain::CheckReport(report);
  const core::Result<std::string> json =
      ExportReport(report, testing::SampleText(), ExportFormat::kJson);
  ASSERT_TRUE(json.has_value()) << json.error().message;
  testing::ExpectMatchesGolden("sample.json", *json);
}

TEST(ReportExportTest, RefusesAReportWithErrors) {
  const domain::AnnualReport report = BrokenReport();
  for (ExportFormat format : {ExportFormat::kMarkdown, ExportFormat::kHtml, ExportFormat::kJson}) {
    const core::Result<std::string> out = ExportReport(report, {}, format);
    ASSERT_FALSE(out.has_value());
    EXPECT_EQ(out.error().code, core::ErrorCode::kFailedPrecondition);
    EXPECT_NE(out.error().message.find("不能导出"), std::string::npos);
    EXPECT_NE(out.error().message.find("[requests.row_total]"), std::string::npos);
    EXPECT_NE(out.error().message.find("[requests.outcome_total]"), std::string::npos);
  }
  const std::string path =
      (std::filesystem::temp_directory_path() / "gongkai-refused.xlsx").string();
  std::filesystem::remove(path);
  const core::Status status = ExportReportToFile(report, {}, ExportFormat::kXlsx, path);
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, core::ErrorCode::kFailedPrecondition);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(ReportExportTest, WarningsDoNotBlock) {
  domain::AnnualReport report = testing::SampleReport();
  report.findings.push_back({"requests.carry_over", domain::Severity::kWarning, "x", "y", false});
  EXPECT_TRUE(CheckExportable(report).has_value());
}

TEST(ReportExportTest, WritesTextFormatsToFile) {
  const std::string path = (std::filesystem::temp_directory_path() / "gongkai-export.md").string();
  ASSERT_TRUE(ExportReportToFile(testing::SampleReport(), testing::SampleText(),
                                 ExportFormat::kMarkdown, path)
                  .has_value());
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::filesystem::remove(path);
  EXPECT_EQ(text.str().rfind("# 重庆市市场监督管理局2023年政府信息公开工作年度报告", 0), 0u);
}

TEST(ReportExportTest, XlsxNeedsAFile) {
  const core::Result<std::string> out =
      ExportReport(testing::SampleReport(), {}, ExportFormat::kXlsx);
  ASSERT_FALSE(out.has_value());
  EXPECT_EQ(out.error().code, core::ErrorCode::kInvalidArgument);
}

TEST(ReportExportTest, ParsesFormatNames) {
  EXPECT_EQ(ExportFormatFromName("md"), ExportFormat::kMarkdown);
  EXPECT_EQ(ExportFormatFromName("html"), ExportFormat::kHtml);
  EXPECT_EQ(ExportFormatFromName("xlsx"), ExportFormat::kXlsx);
  EXPECT_EQ(ExportFormatFromName("json"), ExportFormat::kJson);
  EXPECT_FALSE(ExportFormatFromName("pdf").has_value());
}

}  // namespace
}  // namespace gongkai::report
