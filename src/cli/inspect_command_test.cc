// `gongkai inspect` through the command line, without a network: usage errors, a URL that is not
// http(s), and a site under ".invalid" (answered as a DNS failure without any packet sent).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(InspectCommandTest, ResumeNeedsAnOutputFolder) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"inspect", "http://nosuch.invalid/", "--resume"});
  EXPECT_EQ(run.exit_code, kExitUsage);
  EXPECT_TRUE(Contains(run.err, "--resume 需要 --out")) << run.err;
}

TEST(InspectCommandTest, RejectsWhatIsNotAWebAddress) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"inspect", "ftp://example.invalid/"});
  EXPECT_NE(run.exit_code, kExitOk);
  EXPECT_TRUE(Contains(run.err, "不是有效的 http/https 网址")) << run.err;
}

// The fake clock never moves, so the per-host interval is off: with it the crawler would wait
// for time that never comes.
TEST(InspectCommandTest, UnresolvableSiteGivesJsonWithTheLimitReported) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"inspect", "http://nosuch.invalid/", "--json", "--interval-ms", "0"});
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json.at("site"), "http://nosuch.invalid/");
  EXPECT_EQ(json.at("pages_crawled"), 0);
  bool robots_unreachable = false;
  for (const auto& limit : json.at("limits_hit")) {
    robots_unreachable = robots_unreachable || limit.at("limit") == "robots_unreachable";
  }
  EXPECT_TRUE(robots_unreachable) << run.out;
  EXPECT_TRUE(json.at("problems").is_array());
  EXPECT_EQ(json.at("verdict").at(1).at("result"), "unknown");
  EXPECT_TRUE(json.contains("prediction"));
}

}  // namespace
}  // namespace gongkai::cli
