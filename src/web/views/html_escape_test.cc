#include "web/views/html_escape.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

TEST(HtmlEscapeTest, EscapesMarkupCharacters) {
  EXPECT_EQ(HtmlEscape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  EXPECT_EQ(HtmlEscape("申请人"), "申请人");
}

TEST(HtmlEscapeTest, UrlEncodesReservedAndNonAscii) {
  EXPECT_EQ(UrlEncode("cq-scjg-2025_01.x~"), "cq-scjg-2025_01.x~");
  EXPECT_EQ(UrlEncode("a b/?&"), "a%20b%2F%3F%26");
  EXPECT_EQ(UrlEncode("三"), "%E4%B8%89");
}

}  // namespace
}  // namespace gongkai::web
