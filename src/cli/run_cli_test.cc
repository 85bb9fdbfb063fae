#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(RunCliTest, BadCommandLinesAreExplainedInChinese) {
  CliTestEnv env(/*with_store=*/true);
  const CliRun bad_year = env.Run({"report", "--year", "abc"});
  EXPECT_EQ(bad_year.exit_code, kExitUsage);
  EXPECT_THAT(bad_year.err, HasSubstr("错误：参数 --year 的值“abc”不在 1901 到 2999 之间"));
  EXPECT_THAT(bad_year.err, HasSubstr("运行 gongkai report --help 查看用法"));

  const CliRun missing = env.Run({"deadline", "explain"});
  EXPECT_EQ(missing.exit_code, kExitUsage);
  EXPECT_THAT(missing.err, HasSubstr("gongkai deadline explain --help"));

  const CliRun extra = env.Run({"case", "list", "--no-such-option"});
  EXPECT_EQ(extra.exit_code, kExitUsage);
  EXPECT_THAT(extra.err, HasSubstr("无法识别的参数：--no-such-option"));

  const CliRun no_command = env.Run({});
  EXPECT_EQ(no_command.exit_code, kExitUsage);
  EXPECT_THAT(no_command.err, HasSubstr("缺少子命令"));
  for (const CliRun* run : {&bad_year, &missing, &extra, &no_command}) {
    EXPECT_THAT(run->err, Not(HasSubstr("Run with --help")));
  }
}

TEST(RunCliTest, HelpIsInChinese) {
  CliTestEnv env(/*with_store=*/true);
  const CliRun help = env.Run({"case", "reply", "--help"});
  EXPECT_EQ(help.exit_code, kExitOk);
  EXPECT_THAT(help.out, HasSubstr("用法:"));
  EXPECT_THAT(help.out, HasSubstr("显示本帮助并退出"));
  EXPECT_THAT(help.out, Not(HasSubstr("Print this help message")));
  EXPECT_THAT(help.out, Not(HasSubstr("Options:")));
}

}  // namespace
}  // namespace gongkai::cli
