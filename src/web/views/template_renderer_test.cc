#include "web/views/template_renderer.h"

#include <gtest/gtest.h>

#include "web/embedded_files.h"

namespace gongkai::web {
namespace {

TEST(TemplateRendererTest, EscapesDoubleAndKeepsTripleBraces) {
  const TemplateValues values = {{"name", "<b>张三</b>"}, {"html", "<em>ok</em>"}};
  EXPECT_EQ(RenderTemplate("你好 {{name}}，{{{html}}}。", values),
            "你好 &lt;b&gt;张三&lt;/b&gt;，<em>ok</em>。");
}

TEST(TemplateRendererTest, TextWithoutPlaceholdersIsUnchanged) {
  EXPECT_EQ(RenderTemplate("<p>无占位符</p>", {}), "<p>无占位符</p>");
}

TEST(TemplateRendererTest, MissingValueIsABug) {
  EXPECT_DEATH((void)RenderTemplate("{{missing}}", {}), "GONGKAI_CHECK");
}

TEST(TemplateRendererTest, TemplatesAndAssetsAreEmbedded) {
  const auto layout = FindEmbeddedFile("templates/layout.html");
  ASSERT_TRUE(layout.has_value());
  EXPECT_NE(layout->find("lang=\"zh-CN\""), std::string_view::npos);
  EXPECT_TRUE(FindEmbeddedFile("static/style.css").has_value());
  EXPECT_TRUE(FindEmbeddedFile("static/app.js").has_value());
  EXPECT_FALSE(FindEmbeddedFile("static/missing.css").has_value());
}

}  // namespace
}  // namespace gongkai::web
