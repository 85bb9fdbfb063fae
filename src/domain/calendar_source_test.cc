#include "domain/calendar_source.h"

#include <gtest/gtest.h>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"
#include "testing/in_memory_store.h"

namespace gongkai::domain {
namespace {

constexpr char k2027[] = R"({"2027": {"source": "测试通知", "off": ["2027-01-01"], "work": []}})";

TEST(CalendarSourceTest, PicksUpAYearStoredByAnotherProcessAfterTheInterval) {
  core::FakeClock clock(1'000'000'000);
  fakes::InMemoryStore store(clock);
  auto source = StoredCalendarSource::Create(store, clock, 2'000'000);
  ASSERT_TRUE(source.has_value()) << source.error().message;
  const auto before = (*source)->Current();
  EXPECT_FALSE(before->Covers(2027));

  // Another process (the CLI) stores 2027.
  ASSERT_TRUE(store.PutCalendarYear(2027, k2027, {"cli"}).has_value());
  clock.Advance(1'000'000);
  EXPECT_FALSE((*source)->Current()->Covers(2027));  // within the interval: not asked yet
  clock.Advance(1'000'001);
  EXPECT_TRUE((*source)->Current()->Covers(2027));
  EXPECT_FALSE(before->Covers(2027));  // a snapshot taken earlier stays as it was
}

TEST(CalendarSourceTest, RefreshReloadsAtOnceAndABadYearKeepsTheCalendarInEffect) {
  core::FakeClock clock(1'000'000'000);
  fakes::InMemoryStore store(clock);
  auto source = StoredCalendarSource::Create(store, clock);
  ASSERT_TRUE(source.has_value());
  EXPECT_FALSE(*(*source)->Refresh());  // nothing changed
  ASSERT_TRUE(store.PutCalendarYear(2027, k2027, {"admin"}).has_value());
  EXPECT_TRUE(*(*source)->Refresh());
  EXPECT_TRUE((*source)->Current()->Covers(2027));

  // A stored year that does not load (valid JSON, wrong content): the refresh fails and the
  // calendar in effect stays.
  ASSERT_TRUE(store.PutCalendarYear(2028, R"({"2028": {"off": []}})", {"admin"}).has_value());
  EXPECT_FALSE((*source)->Refresh().has_value());
  clock.Advance(10'000'000);
  EXPECT_TRUE((*source)->Current()->Covers(2027));
  EXPECT_FALSE((*source)->Current()->Covers(2028));
}

TEST(CalendarSourceTest, FixedSourceBorrows) {
  const WorkingCalendar calendar = LoadEffectiveCalendar(BuiltinCalendarJson(), {}).value();
  const FixedCalendarSource source = FixedCalendarSource::Borrowing(calendar);
  EXPECT_EQ(source.Current().get(), &calendar);
}

}  // namespace
}  // namespace gongkai::domain
