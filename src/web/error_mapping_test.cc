#include "web/error_mapping.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace gongkai::web {
namespace {

TEST(ErrorMappingTest, MapsEveryCodeToItsStatus) {
  EXPECT_EQ(HttpStatusFor(core::ErrorCode::kInvalidArgument), 400);
  EXPECT_EQ(HttpStatusFor(core::ErrorCode::kPermissionDenied), 403);
  EXPECT_EQ(HttpStatusFor(core::ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(core::ErrorCode::kConflict), 409);
  EXPECT_EQ(HttpStatusFor(core::ErrorCode::kFailedPrecondition), 422);
  EXPECT_EQ(HttpStatusFor(core::ErrorCode::kUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(core::ErrorCode::kInternal), 500);
}

TEST(ErrorMappingTest, JsonCarriesCodeMessageAndField) {
  const auto body = nlohmann::json::parse(
      ErrorJson(core::Error::InvalidArgument("请填写联系方式"), std::string("contact")));
  EXPECT_EQ(body["error"]["code"], "INVALID_ARGUMENT");
  EXPECT_EQ(body["error"]["message"], "请填写联系方式");
  EXPECT_EQ(body["error"]["field"], "contact");
}

// Issue 9: a driver's message and the database path are logged, never shown; the user sees a
// request id that finds the log line.
TEST(ErrorMappingTest, InternalErrorsShowOnlyARequestId) {
  const core::Error internal =
      core::Error::Internal("SQLite 数据库 /srv/gongkai/secret.db 准备语句失败：no such column");
  const HttpResponse response = JsonError(internal);
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.body.find("secret.db"), std::string::npos) << response.body;
  EXPECT_NE(response.body.find("系统内部错误（编号 "), std::string::npos) << response.body;
  const core::Error first = UserFacingError(internal);
  const core::Error second = UserFacingError(internal);
  EXPECT_NE(first.message, second.message);  // each occurrence its own id
  const core::Error other = core::Error::NotFound("找不到该页面");
  EXPECT_EQ(UserFacingError(other).message, other.message);
}

TEST(ErrorMappingTest, JsonOmitsFieldWhenNone) {
  const auto body =
      nlohmann::json::parse(ErrorJson(core::Error::Conflict("已被他人修改"), std::nullopt));
  EXPECT_EQ(body["error"]["code"], "CONFLICT");
  EXPECT_FALSE(body["error"].contains("field"));
}

TEST(ErrorMappingTest, InvalidUtf8InMessageDoesNotThrow) {
  const std::string json = ErrorJson(core::Error::NotFound("编号 \xff\xfe 不存在"), std::nullopt);
  EXPECT_TRUE(nlohmann::json::accept(json));
}

TEST(ErrorMappingTest, JsonErrorResponseUsesTheTable) {
  const HttpResponse response = JsonError(core::Error::NotFound("未找到"));
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.content_type, "application/json; charset=utf-8");
}

}  // namespace
}  // namespace gongkai::web
