#include <fstream>

#include <gtest/gtest.h>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << text;
  return path;
}

// A made-up 2027 schedule (元旦 Fri 01-01 with the weekend; a make-up Sunday 01-10) — test data
// only, not the real notice.
const char* const k2027 = R"({
  "2027": {"source": "测试通知", "off": ["2027-01-01", "2027-01-02", "2027-01-03"],
           "work": ["2027-01-10"], "names": {"2027-01-01": "元旦"}}
})";

TEST(CalendarCommandTest, ImportsAYearAndDeadlinesUseIt) {
  CliTestEnv env(true);
  const std::string file = WriteTemp("calendar_2027.json", k2027);
  const CliRun imported = env.Run({"calendar", "import", file, "--db", "test.db"});
  ASSERT_EQ(imported.exit_code, kExitOk) << imported.err;
  EXPECT_TRUE(Contains(imported.out, "已导入2027年节假日安排：放假 3 天，调休上班 1 天"))
      << imported.out;
  auto stored = env.store().ListCalendarYears();
  ASSERT_TRUE(stored.has_value());
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_EQ((*stored)[0].first, 2027);

  // Without the stored year 2027 is counted provisionally (weekends only); with it, exactly.
  const CliRun provisional =
      env.Run({"deadline", "--received", "2026-12-28", "--working-days", "5"});
  ASSERT_EQ(provisional.exit_code, kExitOk) << provisional.err;
  EXPECT_TRUE(Contains(provisional.out, "到期日：2027-01-04 星期一（暂定）")) << provisional.out;
  const CliRun due =
      env.Run({"deadline", "--received", "2026-12-28", "--working-days", "5", "--db", "test.db"});
  ASSERT_EQ(due.exit_code, kExitOk) << due.err;
  // 12-29, 12-30, 12-31, (01-01..03 off) 01-04, 01-05.
  EXPECT_TRUE(Contains(due.out, "到期日：2027-01-05")) << due.out;
  EXPECT_FALSE(Contains(due.out, "暂定")) << due.out;
  EXPECT_TRUE(Contains(due.out, "2027-01-01 星期五  不计算：法定节假日（元旦）")) << due.out;

  const CliRun shown = env.Run({"calendar", "show", "--db", "test.db"});
  ASSERT_EQ(shown.exit_code, kExitOk) << shown.err;
  EXPECT_TRUE(Contains(shown.out, "2027  3 天  1 天     数据库  测试通知")) << shown.out;
  EXPECT_TRUE(Contains(shown.out, "2019  30 天  7 天     内置")) << shown.out;
}

TEST(CalendarCommandTest, RejectsInvalidFilesWithoutStoringAnything) {
  CliTestEnv env(true);
  const std::string file =
      WriteTemp("calendar_bad.json",
                R"({"2027": {"source": "s", "off": ["2027-01-01"], "work": ["2027-01-04"]}})");
  const CliRun run = env.Run({"calendar", "import", file});
  EXPECT_EQ(run.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_TRUE(Contains(run.err, "2027-01-04")) << run.err;
  EXPECT_TRUE(Contains(run.err, "星期一")) << run.err;
  EXPECT_TRUE(env.store().ListCalendarYears()->empty());

  const CliRun missing = env.Run({"calendar", "import", "/nonexistent/calendar.json"});
  EXPECT_EQ(missing.exit_code, ExitCodeFor(core::ErrorCode::kNotFound));
  EXPECT_TRUE(Contains(missing.err, "/nonexistent/calendar.json"));
}

TEST(CalendarCommandTest, RejectsConflictsWithTheBuiltinYears) {
  CliTestEnv env(true);
  // 2025-01-26 is a make-up day in the built-in 2025 notice; a 2026 notice listing it as off
  // contradicts it.
  const std::string file =
      WriteTemp("calendar_conflict.json",
                R"({"2026": {"source": "s", "off": ["2025-01-26", "2026-01-01"], "work": []}})");
  const CliRun run = env.Run({"calendar", "import", file});
  EXPECT_EQ(run.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_TRUE(Contains(run.err, "2025-01-26")) << run.err;
  EXPECT_TRUE(env.store().ListCalendarYears()->empty());
}

TEST(CalendarCommandTest, RefusesADifferentLoadedYearUnlessReplacing) {
  CliTestEnv env(true);
  const std::string file = WriteTemp(
      "calendar_2026.json", R"({"2026": {"source": "更正", "off": ["2026-01-01"], "work": []}})");
  const CliRun refused = env.Run({"calendar", "import", file});
  EXPECT_EQ(refused.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_TRUE(Contains(refused.err, "2026年的节假日安排已经载入")) << refused.err;
  EXPECT_TRUE(Contains(refused.err, "--replace")) << refused.err;
  EXPECT_TRUE(env.store().ListCalendarYears()->empty());
  const CliRun replaced = env.Run({"calendar", "import", file, "--replace"});
  ASSERT_EQ(replaced.exit_code, kExitOk) << replaced.err;
  EXPECT_TRUE(Contains(replaced.out, "已替换2026年节假日安排")) << replaced.out;
}

TEST(CalendarCommandTest, WarnsFromNovemberAboutTheMissingYear) {
  CliTestEnv env(false);
  env.clock().SetDate(*core::Date::Parse("2026-11-02"));
  const CliRun run = env.Run({"deadline", "--received", "2026-11-02"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_TRUE(Contains(run.err, "警告：2027年的节假日安排尚未载入")) << run.err;
  EXPECT_TRUE(Contains(run.err, "gongkai calendar import")) << run.err;
  env.clock().SetDate(*core::Date::Parse("2026-10-30"));
  EXPECT_FALSE(Contains(env.Run({"deadline", "--received", "2026-10-30"}).err, "警告"));
}

TEST(CalendarCommandTest, ImportNeedsTheStore) {
  CliTestEnv env(false);
  const std::string file = WriteTemp("calendar_2027b.json", k2027);
  const CliRun run = env.Run({"calendar", "import", file});
  EXPECT_EQ(run.exit_code, ExitCodeFor(core::ErrorCode::kUnavailable));
}

TEST(CalendarCommandTest, ShowsTheDaysOfOneYear) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"calendar", "show", "--year", "2020"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_TRUE(Contains(run.out, "放假 30 天，调休上班 6 天")) << run.out;
  EXPECT_TRUE(Contains(run.out, "2020-01-19 星期日  调休上班  春节\n")) << run.out;
  EXPECT_TRUE(Contains(run.out, "2020-02-01 星期六  放假      春节\n")) << run.out;
  const CliRun years = env.Run({"calendar", "show"});
  EXPECT_TRUE(Contains(years.out, "2026  33 天  6 天     内置")) << years.out;
  const CliRun none = env.Run({"calendar", "show", "--year", "2030"});
  EXPECT_EQ(none.exit_code, ExitCodeFor(core::ErrorCode::kNotFound));
}

}  // namespace
}  // namespace gongkai::cli
