// Integration tests over a real socket: the server on 127.0.0.1 (bind_to_any_port) called with
// httplib::Client, the in-memory store behind it.
#include "web/server.h"

#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "web/web_test_fixture.h"

namespace gongkai::web {
namespace {

class ServerTest : public WebTestFixture {
 protected:
  void SetUp() override {
    WebTestFixture::SetUp();
    const auto port = server_->BindToAnyPort("127.0.0.1");
    ASSERT_TRUE(port.has_value());
    listener_ = std::thread([this] { (void)server_->Listen(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", *port);
  }
  void TearDown() override {
    server_->Stop();
    listener_.join();
  }

  std::thread listener_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServerTest, PublicPagesAndAssets) {
  for (const char* path : {"/", "/apply", "/track", "/reports", "/login"}) {
    const auto response = client_->Get(path);
    ASSERT_TRUE(response) << path;
    EXPECT_EQ(response->status, 200) << path;
    EXPECT_NE(response->body.find("政府信息公开"), std::string::npos) << path;
    EXPECT_EQ(response->get_header_value("X-Content-Type-Options"), "nosniff");
  }
  const auto css = client_->Get("/static/style.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(client_->Get("/static/nope.css")->status, 404);
}

TEST_F(ServerTest, UnknownPathsAndMethods) {
  const auto page = client_->Get("/no/such/page");
  EXPECT_EQ(page->status, 404);
  EXPECT_NE(page->body.find("找不到该页面"), std::string::npos);
  const auto api = client_->Get("/api/v1/nothing");
  EXPECT_EQ(api->status, 404);
  EXPECT_EQ(nlohmann::json::parse(api->body)["error"]["code"], "NOT_FOUND");
  EXPECT_EQ(client_->Delete("/apply")->status, 405);
}

TEST_F(ServerTest, FormPostWithChineseTextOverHttp) {
  httplib::Params form;
  for (const auto& [key, value] : ValidApplication()) {
    form.emplace(key, value);
  }
  const auto created = client_->Post("/apply", form);
  ASSERT_TRUE(created);
  EXPECT_EQ(created->status, 201);
  EXPECT_EQ(store_->GetCase(1)->applicant.name, "张三");
  form.erase("applicant_name");
  const auto rejected = client_->Post("/apply", form);
  EXPECT_EQ(rejected->status, 400);
  EXPECT_NE(rejected->body.find("请填写申请人姓名或者名称"), std::string::npos);
}

// Issue 9: a long Chinese text URL-encoded costs 9 bytes a character and httplib refuses
// URL-encoded bodies over 8 KB, so the forms post multipart/form-data: 2,000 characters of
// information description arrive whole.
TEST_F(ServerTest, LongChineseTextArrivesWholeAsMultipart) {
  httplib::MultipartFormDataItems items;
  for (const auto& [key, value] : ValidApplication()) {
    items.push_back({key, value, "", ""});
  }
  std::string description;
  for (int i = 0; i < 2000; ++i) {
    description += "公";
  }
  items.push_back({"info_description", description, "", ""});
  const auto created = client_->Post("/apply", items);
  ASSERT_TRUE(created);
  EXPECT_EQ(created->status, 201) << created->body;
  EXPECT_NE(store_->GetCase(1)->information_requested.find(description), std::string::npos);
  // One character over the limit: the form comes back with the text and the message.
  items.back().content += "开";
  const auto refused = client_->Post("/apply", items);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400);
  EXPECT_NE(refused->body.find(description), std::string::npos);
}

TEST_F(ServerTest, HeadOversizeAndBadTokensAreAnsweredProperly) {
  const auto head = client_->Head("/apply");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
  EXPECT_EQ(head->get_header_value("X-Content-Type-Options"), "nosniff");
  // A body over the server's limit (1 MiB): a Chinese page with the security headers.
  const auto huge = client_->Post("/apply", std::string(2 << 20, 'x'), "text/plain");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->status, 413);
  EXPECT_NE(huge->body.find("提交的内容过大"), std::string::npos);
  EXPECT_EQ(huge->get_header_value("X-Frame-Options"), "DENY");
  // A wrong bearer token is 401, not the anonymous view.
  httplib::Headers bearer = {{"Authorization", "Bearer not-a-token"}};
  const auto api = client_->Get("/api/v1/cases/1-0000000000", bearer);
  ASSERT_TRUE(api);
  EXPECT_EQ(api->status, 401);
  EXPECT_EQ(api->get_header_value("WWW-Authenticate"), "Bearer");
}

TEST_F(ServerTest, StaffFlowOverHttpWithCookies) {
  ASSERT_EQ(client_
                ->Post("/apply",
                       [] {
                         httplib::Params form;
                         for (const auto& [key, value] : ValidApplication()) {
                           form.emplace(key, value);
                         }
                         return form;
                       }())
                ->status,
            201);
  const auto redirect = client_->Get("/staff/cases");
  EXPECT_EQ(redirect->status, 303);
  const auto login =
      client_->Post("/login", httplib::Params{{"user", kTestUser}, {"password", kTestPassword}});
  ASSERT_EQ(login->status, 303);
  const std::string cookie = login->get_header_value("Set-Cookie");
  ASSERT_NE(cookie.find("HttpOnly"), std::string::npos);
  const httplib::Headers headers = {{"Cookie", cookie.substr(0, cookie.find(';'))}};
  const auto list = client_->Get("/staff/cases", headers);
  ASSERT_EQ(list->status, 200);
  const std::string marker = "name=\"csrf\" value=\"";
  const std::string csrf = list->body.substr(list->body.find(marker) + marker.size(), 64);
  const auto step =
      client_->Post("/staff/cases/1/steps", headers,
                    httplib::Params{{"step", "register"}, {"version", "1"}, {"csrf", csrf}});
  EXPECT_EQ(step->status, 303);
  const auto conflict = client_->Post(
      "/staff/cases/1/steps", headers,
      httplib::Params{{"step", "note"}, {"text", "再次"}, {"version", "1"}, {"csrf", csrf}});
  EXPECT_EQ(conflict->status, 409);
  for (const char* path : {"/staff/cases/1", "/staff/reviews", "/staff/reports/demo-city/2025"}) {
    EXPECT_EQ(client_->Get(path, headers)->status, 200) << path;
  }
  EXPECT_EQ(client_->Get("/staff/reports", headers)->status, 303);
  const auto logout = client_->Post("/logout", headers, httplib::Params{{"csrf", csrf}});
  EXPECT_EQ(logout->status, 303);
  EXPECT_EQ(client_->Get("/staff/cases", headers)->status, 303);
}

TEST_F(ServerTest, ReviewRegisterOverHttp) {
  const auto login =
      client_->Post("/login", httplib::Params{{"user", kTestUser}, {"password", kTestPassword}});
  const std::string cookie = login->get_header_value("Set-Cookie");
  const httplib::Headers headers = {{"Cookie", cookie.substr(0, cookie.find(';'))}};
  const auto page = client_->Get("/staff/reviews", headers);
  const std::string marker = "name=\"csrf\" value=\"";
  const std::string csrf = page->body.substr(page->body.find(marker) + marker.size(), 64);
  const auto bad = client_->Post("/staff/reviews", headers, httplib::Params{{"csrf", csrf}});
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("请填写案号或者文书编号"), std::string::npos);
  const auto created = client_->Post("/staff/reviews", headers,
                                     httplib::Params{{"csrf", csrf},
                                                     {"agency_id", kTestAgency},
                                                     {"kind", "reconsideration"},
                                                     {"reference", "演复〔2025〕1号"},
                                                     {"filed_on", "2025-03-01"}});
  EXPECT_EQ(created->status, 303) << created->body;
  const auto list = client_->Get("/staff/reviews", headers);
  const std::string version_marker = "name=\"version\" value=\"";
  const auto at = list->body.find(version_marker);
  ASSERT_NE(at, std::string::npos);
  const std::string version = list->body.substr(
      at + version_marker.size(),
      list->body.find('"', at + version_marker.size()) - at - version_marker.size());
  const auto stale = client_->Post("/staff/reviews/1/decision", headers,
                                   httplib::Params{{"csrf", csrf},
                                                   {"result", "upheld"},
                                                   {"decided_on", "2025-03-03"},
                                                   {"version", version + "9"}});
  EXPECT_EQ(stale->status, 409);
  const auto decided = client_->Post("/staff/reviews/1/decision", headers,
                                     httplib::Params{{"csrf", csrf},
                                                     {"result", "upheld"},
                                                     {"decided_on", "2025-03-03"},
                                                     {"version", version}});
  EXPECT_EQ(decided->status, 303) << decided->body;
  const auto report = nlohmann::json::parse(client_->Get("/api/v1/reports/demo-city/2025")->body);
  EXPECT_EQ(report["review_litigation"][4], 1);
}

}  // namespace
}  // namespace gongkai::web
