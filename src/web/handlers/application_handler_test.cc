#include "web/handlers/application_handler.h"

#include <gtest/gtest.h>

#include "web/receipt_code.h"
#include "web/web_test_fixture.h"

namespace gongkai::web {
namespace {

using ApplicationHandlerTest = WebTestFixture;

TEST_F(ApplicationHandlerTest, ValidFormGivesReceipt) {
  const HttpResponse response = server_->Handle(Post("/apply", ValidApplication()));
  EXPECT_EQ(response.status, 201);
  EXPECT_NE(response.body.find("您的政府信息公开申请已提交"), std::string::npos);
  const auto stored = store_->GetCase(1);
  ASSERT_TRUE(stored.has_value());
  EXPECT_NE(response.body.find(ReceiptCode(*stored)), std::string::npos);
  EXPECT_EQ(stored->applicant.name, "张三");
  EXPECT_EQ(stored->received_on, core::Date::Parse("2025-03-03").value());
}

TEST_F(ApplicationHandlerTest, EmptyFormShowsChineseFieldErrors) {
  const HttpResponse response = server_->Handle(Post("/apply", {}));
  EXPECT_EQ(response.status, 400);
  EXPECT_NE(response.body.find("请填写申请人姓名或者名称"), std::string::npos);
  EXPECT_NE(response.body.find("field has-error"), std::string::npos);
  EXPECT_NE(response.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_FALSE(store_->GetCase(1).has_value());
}

TEST_F(ApplicationHandlerTest, GarbageInputNeverCrashesAndIsNotEchoedRaw) {
  FieldMap fields = ValidApplication();
  fields["applicant_name"] = "<script>alert(1)</script>";
  fields["contact"] = std::string("\xff\xfe\0x", 4);
  fields["unknown"] = std::string(10000, 'x');
  const HttpResponse response = server_->Handle(Post("/apply", fields));
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.body.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(response.body.find("&lt;script&gt;"), std::string::npos);
}

TEST_F(ApplicationHandlerTest, MissingInformationIsRejected) {
  const HttpResponse first = server_->Handle(Post("/apply", ValidApplication()));
  ASSERT_EQ(first.status, 201);
  FieldMap fields = ValidApplication();
  fields.erase("info_name");
  const HttpResponse second = server_->Handle(Post("/apply", fields));
  EXPECT_EQ(second.status, 400);
  EXPECT_NE(second.body.find("请至少填写所需政府信息的名称、文号"), std::string::npos);
}

TEST_F(ApplicationHandlerTest, TrackingShowsStatusWithoutPersonalData) {
  ASSERT_EQ(server_->Handle(Post("/apply", ValidApplication())).status, 201);
  const std::string receipt = ReceiptCode(*store_->GetCase(1));
  const HttpResponse response = server_->Handle(Get("/track", {{"number", receipt}}));
  EXPECT_EQ(response.status, 200);
  EXPECT_NE(response.body.find("已接收"), std::string::npos);
  EXPECT_NE(response.body.find("2025-03-03"), std::string::npos);
  EXPECT_EQ(response.body.find("张三"), std::string::npos);
  EXPECT_EQ(response.body.find("13800000000"), std::string::npos);
}

// Issue 9: a flood of applications from one address is throttled (429) with the form kept, and
// guessing numbers on the tracking page is stopped after a few misses.
TEST_F(ApplicationHandlerTest, AFloodFromOneAddressIsThrottled) {
  int created = 0;
  HttpResponse last;
  for (int i = 0; i < 30; ++i) {
    HttpRequest request = Post("/apply", ValidApplication());
    request.remote_address = "203.0.113.9";
    last = server_->Handle(request);
    created += last.status == 201 ? 1 : 0;
  }
  EXPECT_EQ(created, 10);
  EXPECT_EQ(last.status, 429);
  EXPECT_NE(last.body.find("提交过于频繁"), std::string::npos);
  EXPECT_NE(last.body.find("2024年度部门预算"), std::string::npos);  // the text is kept
  HttpRequest other = Post("/apply", ValidApplication());
  other.remote_address = "203.0.113.10";
  EXPECT_EQ(server_->Handle(other).status, 201);

  int refused = 0;
  for (int i = 0; i < 50; ++i) {
    HttpRequest guess = Get("/track", {{"number", std::to_string(i + 1) + "-0000000000"}});
    guess.remote_address = "192.0.2.7";
    refused += server_->Handle(guess).status == 429 ? 1 : 0;
  }
  EXPECT_GE(refused, 39);
}

TEST_F(ApplicationHandlerTest, TrackingRejectsGuessedCodes) {
  ASSERT_EQ(server_->Handle(Post("/apply", ValidApplication())).status, 201);
  const HttpResponse guessed = server_->Handle(Get("/track", {{"number", "1-0000000000"}}));
  EXPECT_EQ(guessed.status, 404);
  EXPECT_NE(guessed.body.find("未找到编号为"), std::string::npos);
  EXPECT_EQ(server_->Handle(Get("/track", {{"number", "  "}})).status, 400);
  EXPECT_EQ(server_->Handle(Get("/track")).status, 200);
}

}  // namespace
}  // namespace gongkai::web
