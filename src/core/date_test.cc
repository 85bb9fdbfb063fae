#include "core/date.h"

#include <gtest/gtest.h>

#include "core/clock.h"

namespace gongkai::core {
namespace {

TEST(DateTest, ParsesAndPrintsRoundTrip) {
  auto d = Date::Parse("2025-01-24");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->ToString(), "2025-01-24");
  EXPECT_EQ(d->year(), 2025);
  EXPECT_EQ(d->month(), 1);
  EXPECT_EQ(d->day(), 24);
  EXPECT_EQ(d->weekday(), Weekday::kFriday);
}

TEST(DateTest, RejectsImpossibleDates) {
  EXPECT_FALSE(Date::Parse("2023-02-29").has_value());
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2024-13-01").has_value());
  EXPECT_FALSE(Date::Parse("2024-1-01").has_value());
  EXPECT_FALSE(Date::Parse("").has_value());
  EXPECT_FALSE(Date::Parse("abcd-ef-gh").has_value());
  auto bad = Date::Parse("2023-02-30");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
}

TEST(DateTest, ArithmeticAcrossYears) {
  auto d = *Date::Parse("2025-12-31");
  EXPECT_EQ(d.AddDays(1).ToString(), "2026-01-01");
  EXPECT_EQ(d.AddDays(-365).ToString(), "2024-12-31");
  EXPECT_LT(d, d.AddDays(1));
  EXPECT_EQ(Date::FromDayNumber(0).ToString(), "1970-01-01");
}

TEST(DateTest, WeekdaysAndWeekends) {
  EXPECT_TRUE(Date::Parse("2025-01-25")->IsWeekend());   // Saturday
  EXPECT_TRUE(Date::Parse("2025-01-26")->IsWeekend());   // Sunday
  EXPECT_FALSE(Date::Parse("2025-01-27")->IsWeekend());  // Monday
  EXPECT_EQ(WeekdayName(Date::Parse("2025-01-27")->weekday()), "星期一");
}

TEST(ClockTest, TodayIsChinaStandardTime) {
  FakeClock fake;
  fake.SetDate(*Date::Parse("2026-02-14"));
  EXPECT_EQ(fake.Today().ToString(), "2026-02-14");
  // 2025-12-31 17:00 UTC is already 2026-01-01 in Beijing.
  fake.Set((Date::Parse("2025-12-31")->day_number() * 86400 + 17 * 3600) * 1'000'000LL);
  EXPECT_EQ(fake.Today().ToString(), "2026-01-01");
}

}  // namespace
}  // namespace gongkai::core
