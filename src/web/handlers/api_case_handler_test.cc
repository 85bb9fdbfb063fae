#include "web/handlers/api_case_handler.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "web/web_test_fixture.h"

namespace gongkai::web {
namespace {

class ApiCaseHandlerTest : public WebTestFixture {
 protected:
  static std::string ApplicationJson() {
    nlohmann::json body;
    for (const auto& [key, value] : ValidApplication()) {
      body[key] = value;
    }
    return body.dump();
  }

  std::string ApiToken() {
    const HttpResponse response = server_->Handle(
        Post("/api/v1/session", {},
             nlohmann::json({{"user", kTestUser}, {"password", kTestPassword}}).dump()));
    EXPECT_EQ(response.status, 201);
    return nlohmann::json::parse(response.body)["token"];
  }

  HttpResponse Event(const std::string& number, const nlohmann::json& body,
                     const std::string& token) {
    HttpRequest request = Post("/api/v1/cases/" + number + "/events", {}, body.dump());
    if (!token.empty()) {
      request.headers["authorization"] = "Bearer " + token;
    }
    return server_->Handle(request);
  }
};

TEST_F(ApiCaseHandlerTest, CreatesACaseAndTracksIt) {
  const HttpResponse created = server_->Handle(Post("/api/v1/cases", {}, ApplicationJson()));
  ASSERT_EQ(created.status, 201) << created.body;
  const auto json = nlohmann::json::parse(created.body);
  const std::string receipt = json["receipt_code"];
  EXPECT_EQ(json["status"]["state"], "received");
  const HttpResponse tracked = server_->Handle(Get("/api/v1/cases/" + receipt));
  EXPECT_EQ(tracked.status, 200);
  const auto status = nlohmann::json::parse(tracked.body);
  EXPECT_EQ(status["received_on"], "2025-03-03");
  EXPECT_FALSE(status.contains("applicant"));
}

TEST_F(ApiCaseHandlerTest, BadInputIs400WithCodeFieldAndChineseMessage) {
  nlohmann::json body = nlohmann::json::parse(ApplicationJson());
  body.erase("contact");
  const HttpResponse response = server_->Handle(Post("/api/v1/cases", {}, body.dump()));
  EXPECT_EQ(response.status, 400);
  const auto error = nlohmann::json::parse(response.body)["error"];
  EXPECT_EQ(error["code"], "INVALID_ARGUMENT");
  EXPECT_EQ(error["field"], "contact");
  EXPECT_EQ(error["message"], "请填写联系方式（电话、电子邮箱或通信地址）");
  const HttpResponse not_json = server_->Handle(Post("/api/v1/cases", {}, "{\"agency_id\":"));
  EXPECT_EQ(not_json.status, 400);
  EXPECT_EQ(nlohmann::json::parse(not_json.body)["error"]["message"], "请求体不是有效的 JSON");
  const HttpResponse nested = server_->Handle(Post("/api/v1/cases", {}, "{\"contact\":[1]}"));
  EXPECT_EQ(nested.status, 400);
}

TEST_F(ApiCaseHandlerTest, UnknownCaseIs404) {
  const HttpResponse response = server_->Handle(Get("/api/v1/cases/nope-2025-00001"));
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(nlohmann::json::parse(response.body)["error"]["code"], "NOT_FOUND");
}

TEST_F(ApiCaseHandlerTest, EventsNeedAStaffTokenAndCheckVersions) {
  const auto created =
      nlohmann::json::parse(server_->Handle(Post("/api/v1/cases", {}, ApplicationJson())).body);
  const std::string receipt = created["receipt_code"];
  EXPECT_EQ(Event(receipt, {{"step", "register"}, {"version", 1}}, "").status, 403);
  const std::string token = ApiToken();
  const HttpResponse registered = Event(receipt, {{"type", "register"}, {"version", 1}}, token);
  ASSERT_EQ(registered.status, 200) << registered.body;
  const auto full = nlohmann::json::parse(registered.body);
  EXPECT_EQ(full["state"], "registered");
  EXPECT_EQ(full["applicant"]["name"], "张三");
  const HttpResponse stale =
      Event(receipt, {{"step", "note"}, {"text", "x"}, {"version", 1}}, token);
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(nlohmann::json::parse(stale.body)["error"]["code"], "CONFLICT");
  const std::int64_t version = full["version"];
  const HttpResponse illegal = Event(receipt, {{"step", "archive"}, {"version", version}}, token);
  EXPECT_EQ(illegal.status, 422);
  EXPECT_EQ(nlohmann::json::parse(illegal.body)["error"]["code"], "FAILED_PRECONDITION");
  const HttpResponse bad_step = Event(receipt, {{"step", "fly"}, {"version", version}}, token);
  EXPECT_EQ(bad_step.status, 400);
  EXPECT_EQ(nlohmann::json::parse(bad_step.body)["error"]["field"], "step");
}

TEST_F(ApiCaseHandlerTest, WrongApiPasswordIs403) {
  const HttpResponse response = server_->Handle(
      Post("/api/v1/session", {}, nlohmann::json({{"user", kTestUser}, {"password", "x"}}).dump()));
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(nlohmann::json::parse(response.body)["error"]["code"], "PERMISSION_DENIED");
}

}  // namespace
}  // namespace gongkai::web
