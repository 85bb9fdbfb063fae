#include "web/http_message.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

TEST(HttpMessageTest, ParsesCookieHeader) {
  const auto cookies = ParseCookieHeader("a=1; gk_session=abc ;broken; =x; b=");
  EXPECT_EQ(cookies.at("a"), "1");
  EXPECT_EQ(cookies.at("gk_session"), "abc");
  EXPECT_EQ(cookies.at("b"), "");
  EXPECT_EQ(cookies.count("broken"), 0U);
  EXPECT_EQ(cookies.size(), 3U);
}

TEST(HttpMessageTest, RedirectIsSeeOther) {
  const HttpResponse response = HttpResponse::Redirect("/cases/1");
  EXPECT_EQ(response.status, 303);
  ASSERT_EQ(response.headers.size(), 1U);
  EXPECT_EQ(response.headers[0].first, "Location");
  EXPECT_EQ(response.headers[0].second, "/cases/1");
}

TEST(HttpMessageTest, LookupsReturnNulloptWhenAbsent) {
  HttpRequest request;
  request.params["q"] = "x";
  EXPECT_EQ(request.Param("q"), "x");
  EXPECT_FALSE(request.Param("missing").has_value());
  EXPECT_FALSE(request.Cookie("gk_session").has_value());
}

}  // namespace
}  // namespace gongkai::web
