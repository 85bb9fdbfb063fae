#include "inspect/url.h"

#include <gtest/gtest.h>

namespace gongkai::inspect {
namespace {

std::string Resolve(std::string_view base, std::string_view reference) {
  const std::optional<Url> resolved = ResolveUrl(*ParseUrl(base), reference);
  return resolved.has_value() ? resolved->ToString() : "none";
}

TEST(UrlTest, ParsesAndPrintsCanonically) {
  const std::optional<Url> url =
      ParseUrl("  HTTP://WWW.Example.GOV.cn:80/a/./b/../c.html?x=1#top ");
  ASSERT_TRUE(url.has_value());
  EXPECT_EQ(url->host, "www.example.gov.cn");
  EXPECT_EQ(url->ToString(), "http://www.example.gov.cn/a/c.html?x=1");
  EXPECT_EQ(url->Origin(), "http://www.example.gov.cn");
  EXPECT_EQ(ParseUrl("https://h:8443")->ToString(), "https://h:8443/");
  EXPECT_EQ(ParseUrl("http://h?q")->PathAndQuery(), "/?q");
}

TEST(UrlTest, RejectsWhatIsNotAnHttpUrl) {
  EXPECT_FALSE(ParseUrl("ftp://h/").has_value());
  EXPECT_FALSE(ParseUrl("http:///path").has_value());
  EXPECT_FALSE(ParseUrl("http://h:99999/").has_value());
  EXPECT_FALSE(ParseUrl("http://h/a b").has_value());
  EXPECT_FALSE(ParseUrl("example.com").has_value());
}

TEST(UrlTest, ResolvesReferencesAsRfc3986) {
  const std::string base = "http://h/a/b/c.html?q=1";
  EXPECT_EQ(Resolve(base, "d.html"), "http://h/a/b/d.html");
  EXPECT_EQ(Resolve(base, "../d.html"), "http://h/a/d.html");
  EXPECT_EQ(Resolve(base, "../../../../d.html"), "http://h/d.html");
  EXPECT_EQ(Resolve(base, "/x/"), "http://h/x/");
  EXPECT_EQ(Resolve(base, "?page=2"), "http://h/a/b/c.html?page=2");
  EXPECT_EQ(Resolve(base, "//other.cn/p"), "http://other.cn/p");
  EXPECT_EQ(Resolve(base, "https://s.cn"), "https://s.cn/");
  EXPECT_EQ(Resolve(base, "./"), "http://h/a/b/");
  EXPECT_EQ(Resolve(base, "mailto:a@b.cn"), "none");
  EXPECT_EQ(Resolve(base, "javascript:void(0)"), "none");
  EXPECT_EQ(Resolve(base, "#top"), "none");
  EXPECT_EQ(Resolve(base, ""), "none");
}

TEST(UrlTest, SameSiteIgnoresWwwAndScheme) {
  EXPECT_TRUE(SameSite(*ParseUrl("http://www.a.gov.cn/"), *ParseUrl("https://a.gov.cn/x")));
  EXPECT_FALSE(SameSite(*ParseUrl("http://a.gov.cn/"), *ParseUrl("http://b.gov.cn/")));
  EXPECT_FALSE(SameSite(*ParseUrl("http://a.gov.cn:8080/"), *ParseUrl("http://a.gov.cn/")));
}

}  // namespace
}  // namespace gongkai::inspect
