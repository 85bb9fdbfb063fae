#include "inspect/robots.h"

#include <string>

#include <gtest/gtest.h>

namespace gongkai::inspect {
namespace {

TEST(RobotsTest, LongestMatchDecidesAndAllowWinsTies) {
  const RobotsRules rules = RobotsRules::Parse(
      "User-agent: *\nDisallow: /private/\nAllow: /private/public/\nDisallow: /x\nAllow: /x\n",
      "gongkai");
  EXPECT_FALSE(rules.Allows("/private/a.html"));
  EXPECT_TRUE(rules.Allows("/private/public/a.html"));
  EXPECT_TRUE(rules.Allows("/x/y"));
  EXPECT_TRUE(rules.Allows("/other"));
  EXPECT_TRUE(rules.Allows("/robots.txt"));
}

TEST(RobotsTest, OurGroupReplacesTheStarGroup) {
  const std::string body =
      "User-agent: *\nDisallow: /\n\nUser-agent: GongKai\nUser-agent: other\nDisallow: /tmp/\n";
  const RobotsRules rules = RobotsRules::Parse(body, "gongkai");
  EXPECT_TRUE(rules.Allows("/index.html"));
  EXPECT_FALSE(rules.Allows("/tmp/a"));
  EXPECT_FALSE(RobotsRules::Parse(body, "somebot").Allows("/index.html"));
}

TEST(RobotsTest, WildcardsAndEndAnchor) {
  const RobotsRules rules =
      RobotsRules::Parse("user-agent: *\ndisallow: /*.pdf$\ndisallow: /*?sid=\n", "gongkai");
  EXPECT_FALSE(rules.Allows("/a/b.pdf"));
  EXPECT_TRUE(rules.Allows("/a/b.pdf?x=1"));
  EXPECT_FALSE(rules.Allows("/list?sid=3"));
  EXPECT_TRUE(rules.Allows("/list?page=3"));
  EXPECT_TRUE(RobotsPatternMatches("/a*b*c", "/axxbyyc"));
  EXPECT_FALSE(RobotsPatternMatches("/a*b*c$", "/axxbyycd"));
}

TEST(RobotsTest, EmptyDisallowAndGarbageAllowEverything) {
  EXPECT_TRUE(RobotsRules::Parse("User-agent: *\nDisallow:\n", "g").Allows("/a"));
  EXPECT_TRUE(RobotsRules::Parse(std::string("\0\xff garbage\n::\n", 14), "g").Allows("/a"));
  EXPECT_TRUE(RobotsRules::AllowAll().Allows("/a"));
  EXPECT_FALSE(RobotsRules::DisallowAll().Allows("/a"));
  EXPECT_TRUE(RobotsRules::DisallowAll().Allows("/robots.txt"));
}

TEST(RobotsTest, ManyStarsStayFast) {
  const std::string pattern = "/" + std::string(200, '*') + "z";
  const std::string path = "/" + std::string(5000, 'a');
  EXPECT_FALSE(RobotsPatternMatches(pattern, path));
}

}  // namespace
}  // namespace gongkai::inspect
