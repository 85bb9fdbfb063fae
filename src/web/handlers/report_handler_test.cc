#include "web/handlers/report_handler.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "web/web_test_fixture.h"

namespace gongkai::web {
namespace {

class ReportHandlerTest : public WebTestFixture {
 protected:
  void SetUp() override {
    WebTestFixture::SetUp();
    ASSERT_EQ(server_->Handle(Post("/apply", ValidApplication())).status, 201);
    token_ = LogIn();
    csrf_ = CsrfOf(token_);
  }
  HttpResponse StaffGet(const std::string& path, FieldMap params = {}) {
    HttpRequest request = Get(path, std::move(params));
    request.cookies["gk_session"] = token_;
    return server_->Handle(request);
  }
  void Step(FieldMap fields) {
    fields["csrf"] = csrf_;
    fields["version"] = std::to_string(store_->GetCase(1)->version);
    HttpRequest request = Post("/staff/cases/1/steps", std::move(fields));
    request.cookies["gk_session"] = token_;
    ASSERT_EQ(server_->Handle(request).status, 303);
  }
  std::string token_;
  std::string csrf_;
};

TEST_F(ReportHandlerTest, ReplyChangesTheReportJson) {
  const auto before =
      nlohmann::json::parse(server_->Handle(Get("/api/v1/reports/demo-city/2025")).body);
  EXPECT_EQ(before["requests"]["新收"][6], 1);
  EXPECT_EQ(before["requests"]["予以公开"][6], 0);
  Step({{"step", "register"}});
  Step({{"step", "reply"}, {"outcome", "予以公开"}, {"provision_form", "电子邮件"}});
  const auto after =
      nlohmann::json::parse(server_->Handle(Get("/api/v1/reports/demo-city/2025")).body);
  EXPECT_EQ(after["requests"]["予以公开"][0], 1);
  EXPECT_EQ(after["requests"]["结转下年度"][6], 0);
}

TEST_F(ReportHandlerTest, StaffPageLinksEveryCellToItsRecords) {
  const HttpResponse page = StaffGet("/staff/reports/demo-city/2025");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("/staff/reports/demo-city/2025/explain?scope=agency&amp;cell="),
            std::string::npos);
  const HttpResponse explained =
      StaffGet("/staff/reports/demo-city/2025/explain", {{"cell", "三.新收.自然人"}});
  ASSERT_EQ(explained.status, 200) << explained.body;
  EXPECT_NE(explained.body.find("id=\"cell-value\">1<"), std::string::npos);
  EXPECT_EQ(StaffGet("/staff/reports/demo-city/2025/explain", {{"cell", "五.x"}}).status, 400);
}

TEST_F(ReportHandlerTest, PublicDocumentAndBadAddresses) {
  const HttpResponse document = server_->Handle(Get("/reports/demo-city/2025"));
  EXPECT_EQ(document.status, 200);
  EXPECT_NE(document.body.find("三、收到和处理政府信息公开申请情况"), std::string::npos);
  EXPECT_NE(document.body.find("返回年度报告列表"), std::string::npos);
  EXPECT_EQ(server_->Handle(Get("/reports/demo-city/20x5")).status, 400);
  EXPECT_EQ(server_->Handle(Get("/reports/nowhere/2025")).status, 404);
  EXPECT_EQ(server_->Handle(Get("/api/v1/reports/demo-city/2025", {{"scope", "x"}})).status, 400);
  EXPECT_EQ(server_->Handle(Get("/reports")).status, 200);
}

}  // namespace
}  // namespace gongkai::web
