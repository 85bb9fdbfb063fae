// Test support for the web module (used by *_test.cc only): a WebServer over the in-memory store
// with a fake clock, one agency and one staff account, plus helpers to log in and post forms
// through WebServer::Handle without a socket.
#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "testing/in_memory_store.h"
#include "web/field_error.h"
#include "web/http_message.h"
#include "web/server.h"
#include "web/staff_directory.h"

namespace gongkai::web {

inline constexpr char kTestUser[] = "clerk";
inline constexpr char kTestPassword[] = "测试密码";
inline constexpr char kTestAgency[] = "demo-city";

class WebTestFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    clock_.SetDate(*core::Date::Parse("2025-03-03"));  // a Monday
    store_ = std::make_unique<fakes::InMemoryStore>(clock_);
    ASSERT_TRUE(
        store_
            ->PutAgency({kTestAgency, "演示市人民政府办公室", std::nullopt}, domain::Actor{"setup"})
            .has_value());
    WebServer::Options options;
    const auto hash = HashPassword(kTestPassword, HashStrength::kMinimal);
    ASSERT_TRUE(hash.has_value());
    ASSERT_TRUE(options.staff.Add(kTestUser, *hash).has_value());
    auto server = WebServer::Create(std::move(options), *store_, clock_);
    ASSERT_TRUE(server.has_value()) << server.error().message;
    server_ = std::move(*server);
  }

  static HttpRequest Get(std::string path, FieldMap params = {}) {
    HttpRequest request;
    request.method = "GET";
    request.path = std::move(path);
    request.params = std::move(params);
    return request;
  }
  static HttpRequest Post(std::string path, FieldMap params, std::string body = "") {
    HttpRequest request;
    request.method = "POST";
    request.path = std::move(path);
    request.params = std::move(params);
    request.body = std::move(body);
    return request;
  }

  // Logs in through POST /login; returns the session cookie value.
  std::string LogIn() {
    const HttpResponse response =
        server_->Handle(Post("/login", {{"user", kTestUser}, {"password", kTestPassword}}));
    EXPECT_EQ(response.status, 303);
    for (const auto& [name, value] : response.headers) {
      if (name == "Set-Cookie") {
        const auto start = value.find('=') + 1;
        return value.substr(start, value.find(';') - start);
      }
    }
    ADD_FAILURE() << "no session cookie";
    return "";
  }

  // Handles `request` with the session cookie `token`.
  HttpResponse AsStaff(HttpRequest request, const std::string& token) {
    request.cookies["gk_session"] = token;
    return server_->Handle(request);
  }

  // The value of the hidden input `name` in a page, or "" (with a test failure) when absent.
  static std::string HiddenValue(const std::string& body, const std::string& name) {
    const std::string marker = "name=\"" + name + "\" value=\"";
    const auto start = body.find(marker);
    if (start == std::string::npos) {
      ADD_FAILURE() << "no hidden field " << name;
      return "";
    }
    const auto value = start + marker.size();
    return body.substr(value, body.find('"', value) - value);
  }

  // The CSRF token of a session (from the session store through a staff page).
  std::string CsrfOf(const std::string& token) {
    HttpRequest request = Get("/staff/cases");
    request.cookies["gk_session"] = token;
    return HiddenValue(server_->Handle(request).body, "csrf");
  }

  static FieldMap ValidApplication() {
    return {{"agency_id", kTestAgency},       {"applicant_kind", "natural_person"},
            {"applicant_name", "张三"},       {"id_document", "110101199001011234"},
            {"contact", "13800000000"},       {"info_name", "2024年度部门预算"},
            {"provision_form", "electronic"}, {"provision_route", "email"}};
  }

  static std::string HeaderOf(const HttpResponse& response, const std::string& name) {
    for (const auto& [key, value] : response.headers) {
      if (key == name) {
        return value;
      }
    }
    return "";
  }

  core::FakeClock clock_;
  std::unique_ptr<fakes::InMemoryStore> store_;
  std::unique_ptr<WebServer> server_;
};

}  // namespace gongkai::web
