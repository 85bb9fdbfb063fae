#include "web/handlers/case_handler.h"

#include <gtest/gtest.h>

#include "web/web_test_fixture.h"

namespace gongkai::web {
namespace {

class CaseHandlerTest : public WebTestFixture {
 protected:
  void SetUp() override {
    WebTestFixture::SetUp();
    ASSERT_EQ(server_->Handle(Post("/apply", ValidApplication())).status, 201);
    token_ = LogIn();
    csrf_ = CsrfOf(token_);
  }

  // Moves the fake clock to `date` and logs in again (sessions last one working day).
  void SetDateAndRelogin(const char* date) {
    clock_.SetDate(*core::Date::Parse(date));
    token_ = LogIn();
    csrf_ = CsrfOf(token_);
  }

  HttpResponse Step(FieldMap fields) {
    fields["csrf"] = csrf_;
    if (fields.count("version") == 0) {
      fields["version"] = std::to_string(store_->GetCase(1)->version);
    }
    HttpRequest request = Post("/staff/cases/1/steps", std::move(fields));
    request.cookies["gk_session"] = token_;
    return server_->Handle(request);
  }

  HttpResponse StaffGet(const std::string& path, FieldMap params = {}) {
    HttpRequest request = Get(path, std::move(params));
    request.cookies["gk_session"] = token_;
    return server_->Handle(request);
  }

  std::string token_;
  std::string csrf_;
};

TEST_F(CaseHandlerTest, ExpiredSessionNeedsANewLogin) {
  clock_.Advance(SessionStore::kDefaultLifetimeMicros);
  EXPECT_EQ(StaffGet("/staff/cases").status, 303);
}

TEST_F(CaseHandlerTest, StaffPagesNeedALogin) {
  const HttpResponse response = server_->Handle(Get("/staff/cases"));
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(HeaderOf(response, "Location"), "/login?next=%2Fstaff%2Fcases");
  EXPECT_EQ(server_->Handle(Post("/staff/cases/1/steps", {{"step", "register"}})).status, 403);
}

// Issue 9: after login only this site's own GET pages are redirect targets (the route table is
// the allow-list), query string kept; a TAB, CR or backslash trick goes to the work queue.
TEST_F(CaseHandlerTest, LoginRedirectsOnlyToKnownPages) {
  const auto location_after = [this](const std::string& next) {
    const HttpResponse response = server_->Handle(
        Post("/login", {{"user", kTestUser}, {"password", kTestPassword}, {"next", next}}));
    EXPECT_EQ(response.status, 303) << next;
    return HeaderOf(response, "Location");
  };
  EXPECT_EQ(location_after("/staff/cases?state=all&page=2"), "/staff/cases?state=all&page=2");
  EXPECT_EQ(location_after("/staff/reports/demo-city/2024/inputs"),
            "/staff/reports/demo-city/2024/inputs");
  for (const std::string& bad : std::vector<std::string>{
           "/\t/example.org", "/ /example.org", "//example.org", "/\\example.org",
           "https://example.org/", "/%09/example.org", "/staff/cases\r\nX: y", "/no/such/page",
           "/api/v1/cases/1", "/staff/cases?x=<script>", "", "staff/cases"}) {
    EXPECT_EQ(location_after(bad), "/staff/cases") << bad;
  }
}

// Issue 9: five wrong passwords lock the account for a minute; even the right one is refused
// (429, without running the password check) until the lock runs out.
TEST_F(CaseHandlerTest, RepeatedWrongPasswordsLockTheAccountForAWhile) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(server_->Handle(Post("/login", {{"user", kTestUser}, {"password", "错误"}})).status,
              403);
  }
  const HttpResponse locked =
      server_->Handle(Post("/login", {{"user", kTestUser}, {"password", kTestPassword}}));
  EXPECT_EQ(locked.status, 429);
  EXPECT_NE(locked.body.find("暂时锁定"), std::string::npos) << locked.body;
  clock_.Advance(61 * 1'000'000);
  EXPECT_EQ(
      server_->Handle(Post("/login", {{"user", kTestUser}, {"password", kTestPassword}})).status,
      303);
}

TEST_F(CaseHandlerTest, WrongPasswordIsRefused) {
  const HttpResponse response =
      server_->Handle(Post("/login", {{"user", kTestUser}, {"password", "错误"}}));
  EXPECT_EQ(response.status, 403);
  EXPECT_NE(response.body.find("用户名或密码不正确"), std::string::npos);
}

TEST_F(CaseHandlerTest, PostWithoutCsrfTokenIsRefused) {
  HttpRequest request = Post("/staff/cases/1/steps", {{"step", "register"}, {"version", "1"}});
  request.cookies["gk_session"] = token_;
  EXPECT_EQ(server_->Handle(request).status, 403);
  EXPECT_EQ(store_->GetCase(1)->state, domain::CaseState::kReceived);
}

TEST_F(CaseHandlerTest, FullWorkflowThroughTheForms) {
  HttpResponse response = Step({{"step", "register"}});
  ASSERT_EQ(response.status, 303) << response.body;
  EXPECT_EQ(HeaderOf(response, "Location"), "/staff/cases/1?done=register");
  EXPECT_FALSE(store_->GetCase(1)->tracking_number.empty());
  ASSERT_EQ(Step({{"step", "request_correction"},
                  {"correction_due", "2025-03-20"},
                  {"items", "请说明所需信息的年份"}})
                .status,
            303);
  EXPECT_EQ(store_->GetCase(1)->state, domain::CaseState::kAwaitingCorrection);
  SetDateAndRelogin("2025-03-05");
  ASSERT_EQ(Step({{"step", "receive_correction"}}).status, 303);
  ASSERT_EQ(
      Step({{"step", "reply"}, {"outcome", "予以公开"}, {"provision_form", "电子邮件"}}).status,
      303);
  EXPECT_EQ(store_->GetCase(1)->outcome, domain::RequestRow::kGranted);
  ASSERT_EQ(Step({{"step", "archive"}}).status, 303);
  const HttpResponse page = StaffGet("/staff/cases/1", {{"done", "archive"}});
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("已办理：归档"), std::string::npos);
  EXPECT_NE(page.body.find("已归档"), std::string::npos);
  EXPECT_NE(page.body.find("逐日计算"), std::string::npos);
}

TEST_F(CaseHandlerTest, IllegalStepShowsTheLifecycleError) {
  const HttpResponse response = Step({{"step", "archive"}});
  EXPECT_EQ(response.status, 422);
  EXPECT_NE(response.body.find("notice error"), std::string::npos);
  EXPECT_EQ(store_->GetCase(1)->state, domain::CaseState::kReceived);
}

TEST_F(CaseHandlerTest, StaleVersionShowsConflict) {
  const std::string stale = std::to_string(store_->GetCase(1)->version);
  ASSERT_EQ(Step({{"step", "register"}}).status, 303);
  const HttpResponse response = Step({{"step", "note"}, {"text", "补充说明"}, {"version", stale}});
  EXPECT_EQ(response.status, 409);
}

TEST_F(CaseHandlerTest, BadFieldsShowFieldErrors) {
  ASSERT_EQ(Step({{"step", "register"}}).status, 303);
  const HttpResponse response =
      Step({{"step", "extend"}, {"working_days", "99"}, {"approver", ""}, {"reason", "复杂"}});
  EXPECT_EQ(response.status, 400);
  EXPECT_NE(response.body.find("延长的工作日数应为 1 至 20 之间的整数"), std::string::npos);
  EXPECT_NE(response.body.find("请填写批准延期的政府信息公开工作机构负责人"), std::string::npos);
}

TEST_F(CaseHandlerTest, QueueListsCasesWithDueDates) {
  ASSERT_EQ(Step({{"step", "register"}}).status, 303);
  SetDateAndRelogin("2025-04-30");
  const HttpResponse response = StaffGet("/staff/cases");
  EXPECT_EQ(response.status, 200);
  EXPECT_NE(response.body.find("已超期"), std::string::npos);
  EXPECT_NE(response.body.find("class=\"overdue\""), std::string::npos);
  EXPECT_EQ(StaffGet("/staff/cases", {{"state", "nonsense"}}).status, 400);
  EXPECT_EQ(StaffGet("/staff/cases/999").status, 404);
  EXPECT_EQ(StaffGet("/staff/cases/abc").status, 404);
}

TEST_F(CaseHandlerTest, QueueIsPagedAndCountsEveryCase) {
  // More cases than one store read (1,000) and than the old fixed limit of the page.
  for (int i = 0; i < 1060; ++i) {
    // From many addresses, a second apart: within the public rate limits.
    HttpRequest request = Post("/apply", ValidApplication());
    request.remote_address = "10.1." + std::to_string(i);
    clock_.Advance(1'000'000);
    ASSERT_EQ(server_->Handle(request).status, 201);
  }
  const auto rows = [](const std::string& body) {
    std::size_t count = 0;
    const std::string row = "<td><a href=\"/staff/cases/";
    for (auto at = body.find(row); at != std::string::npos; at = body.find(row, at + 1)) {
      ++count;
    }
    return count;
  };
  const HttpResponse first = StaffGet("/staff/cases");
  ASSERT_EQ(first.status, 200);
  EXPECT_NE(first.body.find("共 1061 件"), std::string::npos);
  EXPECT_NE(first.body.find("第 1 / 22 页"), std::string::npos);
  EXPECT_EQ(rows(first.body), 50U);
  EXPECT_NE(first.body.find("href=\"/staff/cases?page=2\""), std::string::npos);
  const HttpResponse last = StaffGet("/staff/cases", {{"page", "22"}});
  EXPECT_EQ(rows(last.body), 11U);
  EXPECT_NE(last.body.find("<span aria-current=\"page\">22</span>"), std::string::npos);
  EXPECT_NE(StaffGet("/staff/cases", {{"state", "all"}}).body.find("state=all&amp;page=2"),
            std::string::npos);
  EXPECT_EQ(StaffGet("/staff/cases", {{"page", "0"}}).status, 400);
  EXPECT_EQ(StaffGet("/staff/cases", {{"page", "x"}}).status, 400);
}

TEST_F(CaseHandlerTest, CaseIdParamAcceptsOnlyPositiveIntegers) {
  HttpRequest request;
  request.path_params["id"] = "17";
  EXPECT_EQ(CaseIdParam(request).value(), 17);
  request.path_params["id"] = "-1";
  EXPECT_FALSE(CaseIdParam(request).has_value());
  request.path_params["id"] = "1x";
  EXPECT_FALSE(CaseIdParam(request).has_value());
}

}  // namespace
}  // namespace gongkai::web
