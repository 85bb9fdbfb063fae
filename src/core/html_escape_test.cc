#include "core/html_escape.h"

#include <gtest/gtest.h>

namespace gongkai::core {
namespace {

TEST(HtmlEscapeTest, EscapesMarkupAndQuotes) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(HtmlEscape("政务公开"), "政务公开");
  EXPECT_EQ(HtmlEscape(""), "");
}

}  // namespace
}  // namespace gongkai::core
