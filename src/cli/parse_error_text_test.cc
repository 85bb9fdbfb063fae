#include "cli/parse_error_text.h"

#include <gtest/gtest.h>

namespace gongkai::cli {
namespace {

// The messages are CLI11 2.1's own wording (Debian 12), as RunCli receives them.
TEST(ParseErrorInChineseTest, NamesTheOptionAndWhatIsWrong) {
  EXPECT_EQ(ParseErrorInChinese("RequiredError", "--year is required"), "缺少必填参数 --year");
  EXPECT_EQ(ParseErrorInChinese("RequiredError", "A subcommand is required"),
            "缺少子命令，或子命令名称有误");
  EXPECT_EQ(ParseErrorInChinese("ExtrasError", "The following arguments were not expected: --x y"),
            "无法识别的参数：--x y");
  EXPECT_EQ(ParseErrorInChinese("ExtrasError", "The following argument was not expected: y"),
            "无法识别的参数：y");
  EXPECT_EQ(ParseErrorInChinese("ValidationError", "--year: Value abc not in range 1901 to 2999"),
            "参数 --year 的值“abc”不在 1901 到 2999 之间");
  EXPECT_EQ(ParseErrorInChinese("ValidationError", "--section: 4 not in {1,5,6}"),
            "参数 --section 的值“4”无效，可选：1,5,6");
  EXPECT_EQ(ParseErrorInChinese("ValidationError", "--file: File does not exist: /no/such"),
            "参数 --file 给出的文件不存在：/no/such");
  EXPECT_EQ(ParseErrorInChinese("ArgumentMismatch",
                                "--year: 1 required INT:INT in [1901 - 2999] missing"),
            "参数 --year 缺少取值");
  EXPECT_EQ(ParseErrorInChinese("ConversionError", "--json: too many inputs for a flag"),
            "开关 --json 不接受取值");
  EXPECT_EQ(ParseErrorInChinese("ExcludesError", "--json excludes --csv"),
            "参数 --json 不能与 --csv 同时使用");
}

TEST(ParseErrorInChineseTest, UnknownWordingKeepsTheOriginal) {
  EXPECT_EQ(ParseErrorInChinese("ValidationError", "--x: something new"),
            "参数取值有误（--x: something new）");
  EXPECT_EQ(ParseErrorInChinese("HorribleError", "oops"), "命令行有误（oops）");
}

}  // namespace
}  // namespace gongkai::cli
