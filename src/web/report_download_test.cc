#include "web/report_download.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "domain/report_checks.h"
#include "report/report_builder.h"
#include "web/views/report_view.h"
#include "web/web_test_fixture.h"

namespace gongkai::web {
namespace {

class ReportDownloadTest : public WebTestFixture {
 protected:
  void SetUp() override {
    WebTestFixture::SetUp();
    ASSERT_EQ(server_->Handle(Post("/apply", ValidApplication())).status, 201);
    const domain::Actor actor{"setup"};
    ASSERT_TRUE(
        store_->PutProactiveFigures({"demo-city", 2025, 1, 0, 3, 0, 0, 0, 12, 0, 0, 2.5}, actor)
            .has_value());
    ASSERT_TRUE(
        store_
            ->PutReportText({"demo-city", 2025, "总体情况正文", "问题正文", "其他事项正文"}, actor)
            .has_value());
    token_ = LogIn();
  }

  HttpResponse Export(const std::string& format) {
    return AsStaff(Get("/staff/reports/demo-city/2025/export/" + format), token_);
  }

  std::string token_;
};

TEST_F(ReportDownloadTest, XlsxIsARealWorkbookAttachment) {
  const HttpResponse response = Export("xlsx");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.content_type,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_GT(response.body.size(), 1000U);
  EXPECT_EQ(response.body.substr(0, 4), std::string("PK\x03\x04", 4));  // a zip archive
  EXPECT_NE(response.body.find("[Content_Types].xml"), std::string::npos);
  EXPECT_NE(response.body.find("xl/workbook.xml"), std::string::npos);
  const std::string disposition = HeaderOf(response, "Content-Disposition");
  EXPECT_NE(disposition.find("attachment; filename=\"demo-city-2025.xlsx\""), std::string::npos);
  EXPECT_NE(disposition.find("filename*=UTF-8''%E6%BC%94%E7%A4%BA"), std::string::npos);  // 演示
}

TEST_F(ReportDownloadTest, JsonAndHtmlCarryTheEnteredParts) {
  const HttpResponse json = Export("json");
  ASSERT_EQ(json.status, 200);
  const auto parsed = nlohmann::json::parse(json.body);
  EXPECT_EQ(parsed["proactive"]["行政许可"]["本年处理决定数量"], 12);
  EXPECT_EQ(parsed["requests"]["新收"][6], 1);
  const HttpResponse html = Export("html");
  ASSERT_EQ(html.status, 200);
  EXPECT_EQ(html.content_type, "text/html; charset=utf-8");
  EXPECT_NE(html.body.find("总体情况正文"), std::string::npos);
  EXPECT_NE(html.body.find("其他事项正文"), std::string::npos);
  EXPECT_NE(HeaderOf(html, "Content-Disposition").find("demo-city-2025.html"), std::string::npos);
  EXPECT_NE(AsStaff(Get("/staff/reports/demo-city/2025/export/json", {{"scope", "all"}}), token_)
                .body.find("（全系统）"),
            std::string::npos);
}

TEST_F(ReportDownloadTest, StaffOnlyAndKnownFormatsOnly) {
  const HttpResponse anonymous = server_->Handle(Get("/staff/reports/demo-city/2025/export/xlsx"));
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(Export("pdf").status, 404);
  EXPECT_EQ(AsStaff(Get("/staff/reports/nowhere/2025/export/json"), token_).status, 404);
}

TEST_F(ReportDownloadTest, ReportPageLinksTheDownloads) {
  const HttpResponse page = AsStaff(Get("/staff/reports/demo-city/2025"), token_);
  ASSERT_EQ(page.status, 200);
  for (const char* format : {"html", "xlsx", "json"}) {
    EXPECT_NE(page.body.find("/staff/reports/demo-city/2025/export/" + std::string(format) +
                             "?scope=agency"),
              std::string::npos)
        << format;
  }
  EXPECT_EQ(page.body.find("改正前不能导出"), std::string::npos);
}

TEST_F(ReportDownloadTest, AReportWithAnErrorIsRefusedAsTheCliRefusesIt) {
  auto report = report::BuildAnnualReport(*store_, "demo-city", 2025, report::Scope::kAgencyOnly);
  ASSERT_TRUE(report.has_value());
  // A cell changed after generation breaks the 勾稽关系 (as a damaged database would).
  report->row(domain::RequestRow::kGranted)[0] = 5;
  report->findings = domain::CheckReport(*report);
  for (const auto format : {report::ExportFormat::kXlsx, report::ExportFormat::kJson}) {
    const auto refused = ExportReportDownload(*report, {}, format, "demo-city-2025");
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, core::ErrorCode::kFailedPrecondition);
    EXPECT_EQ(refused.error().message, report::CheckExportable(*report).error().message);
  }
  const auto refused =
      ExportReportDownload(*report, {}, report::ExportFormat::kHtml, "demo-city-2025");
  const std::string page = RenderExportRefused(*report, refused.error(), "/back");
  EXPECT_NE(page.find("不能导出"), std::string::npos);
  EXPECT_NE(page.find("requests.row_total"), std::string::npos);
  EXPECT_NE(page.find("href=\"/back\""), std::string::npos);
  StaffReportModel model;
  model.agency_id = "demo-city";
  model.year = 2025;
  model.report = *report;
  EXPECT_NE(RenderStaffReport(model).find("改正前不能导出"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::web
