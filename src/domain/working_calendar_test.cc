#include "domain/working_calendar.h"

#include <gtest/gtest.h>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"

namespace gongkai::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

WorkingCalendar Builtin() {
  auto years = ParseCalendarJson(BuiltinCalendarJson());
  EXPECT_TRUE(years.has_value()) << years.error().message;
  auto calendar = WorkingCalendar::Create(*years);
  EXPECT_TRUE(calendar.has_value()) << calendar.error().message;
  return *calendar;
}

// A small 2025-like year: 元旦 on Wed 01-01, a make-up Sunday 01-26.
CalendarYear TinyYear() {
  CalendarYear year;
  year.year = 2025;
  year.source = "test notice";
  year.off = {D("2025-01-01"), D("2025-01-28"), D("2025-01-29")};
  year.work = {D("2025-01-26")};
  year.names = {{D("2025-01-28"), "春节"}};
  return year;
}

std::string AddedOrError(const WorkingCalendar& calendar, const char* start, int n) {
  auto due = calendar.AddWorkingDays(D(start), n);
  return due.has_value() ? due->ToString() : "error: " + due.error().message;
}

TEST(WorkingCalendarTest, ChecksExamplesOfTheSpec) {
  const WorkingCalendar calendar = Builtin();
  EXPECT_EQ(AddedOrError(calendar, "2025-01-24", 20), "2025-02-27");
  EXPECT_EQ(AddedOrError(calendar, "2025-01-24", 7), "2025-02-10");
  EXPECT_EQ(AddedOrError(calendar, "2025-01-25", 20), "2025-02-27");
  EXPECT_EQ(AddedOrError(calendar, "2025-09-26", 20), "2025-10-30");
  EXPECT_EQ(AddedOrError(calendar, "2025-10-30", 20), "2025-11-27");
  EXPECT_EQ(AddedOrError(calendar, "2025-12-31", 20), "2026-01-29");
  EXPECT_EQ(AddedOrError(calendar, "2026-02-13", 20), "2026-03-19");
}

// Each case was counted by hand day by day against the tables of working-days.md §5.
TEST(WorkingCalendarTest, HandCheckedCasesAcrossEveryYear) {
  const WorkingCalendar calendar = Builtin();
  // 2019: 国庆 10-01..07 with make-up days Sun 09-29 and Sat 10-12.
  EXPECT_EQ(AddedOrError(calendar, "2019-09-27", 20), "2019-10-30");
  // 2019: 劳动节 as amended (05-01..04 off, Sun 04-28 and Sun 05-05 work).
  EXPECT_EQ(AddedOrError(calendar, "2019-04-26", 20), "2019-05-27");
  // 2020: the extended Spring Festival; Sat 02-01 is NOT a working day (else 02-26 / 02-07).
  EXPECT_EQ(AddedOrError(calendar, "2020-01-22", 20), "2020-02-27");
  EXPECT_EQ(AddedOrError(calendar, "2020-01-22", 7), "2020-02-10");
  EXPECT_EQ(AddedOrError(calendar, "2020-01-20", 7), "2020-02-06");
  EXPECT_EQ(AddedOrError(calendar, "2020-01-17", 20), "2020-02-21");  // Sun 01-19 counts
  // 2020: 国庆节、中秋节 merged 10-01..08, Sun 09-27 and Sat 10-10 work.
  EXPECT_EQ(AddedOrError(calendar, "2020-09-25", 20), "2020-10-29");
  // 2021: 春节 with Sun 02-07 and Sat 02-20; 中秋 and 国庆 with Sat 09-18, Sun 09-26, Sat 10-09.
  EXPECT_EQ(AddedOrError(calendar, "2021-02-05", 20), "2021-03-10");
  EXPECT_EQ(AddedOrError(calendar, "2021-09-17", 20), "2021-10-21");
  // 2022: 春节 make-up Sat 01-29 + Sun 01-30; 清明 Sat 04-02 and 劳动节 Sun 04-24; 国庆 10-08/09.
  EXPECT_EQ(AddedOrError(calendar, "2022-01-28", 20), "2022-03-02");
  EXPECT_EQ(AddedOrError(calendar, "2022-04-01", 20), "2022-04-29");
  EXPECT_EQ(AddedOrError(calendar, "2022-09-30", 20), "2022-11-02");
  // 2023: 端午 06-22..24 with Sun 06-25; 中秋节、国庆节 09-29..10-06 with Sat 10-07 + Sun 10-08.
  EXPECT_EQ(AddedOrError(calendar, "2023-06-21", 20), "2023-07-20");
  EXPECT_EQ(AddedOrError(calendar, "2023-09-27", 20), "2023-10-31");
  // 2024: 除夕 Fri 02-09 IS a working day; make-up Sun 02-04 and Sun 02-18.
  EXPECT_EQ(AddedOrError(calendar, "2024-02-08", 20), "2024-03-13");
  EXPECT_EQ(AddedOrError(calendar, "2024-02-02", 20), "2024-03-06");
  EXPECT_EQ(AddedOrError(calendar, "2024-02-02", 7), "2024-02-18");  // due on a make-up Sunday
  // 2024: 清明 Sun 04-07, 劳动节 Sun 04-28; 中秋 Sat 09-14, 国庆 Sun 09-29 and Sat 10-12.
  EXPECT_EQ(AddedOrError(calendar, "2024-04-03", 20), "2024-05-06");
  EXPECT_EQ(AddedOrError(calendar, "2024-09-13", 20), "2024-10-17");
  // 2026: the year end is still covered.
  EXPECT_EQ(AddedOrError(calendar, "2026-12-01", 20), "2026-12-29");
}

TEST(WorkingCalendarTest, ClassifiesDays) {
  const WorkingCalendar calendar = Builtin();
  auto info = calendar.Explain(D("2024-02-09"));
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->kind, DayKind::kWorkday);
  EXPECT_EQ(info->Label(), "工作日");
  EXPECT_EQ(calendar.Explain(D("2020-02-01"))->Label(), "法定节假日（春节）");
  EXPECT_EQ(calendar.Explain(D("2024-02-18"))->Label(), "调休上班日");
  EXPECT_EQ(calendar.Explain(D("2024-02-18"))->holiday, "春节");
  EXPECT_EQ(calendar.Explain(D("2024-02-24"))->Label(), "周末");
  EXPECT_EQ(calendar.Explain(D("2025-10-08"))->Label(), "法定节假日（国庆节、中秋节）");
  EXPECT_EQ(calendar.Explain(D("2023-12-31"))->Label(), "法定节假日（元旦）");  // 2024 notice
  // 2018 itself is not loaded: classified by weekday, provisionally.
  EXPECT_TRUE(calendar.Explain(D("2018-12-31"))->provisional);
  EXPECT_FALSE(calendar.Explain(D("2019-12-31"))->provisional);
  EXPECT_FALSE(*calendar.IsWorkingDay(D("2020-02-01")));
  EXPECT_TRUE(*calendar.IsWorkingDay(D("2026-01-04")));
}

TEST(WorkingCalendarTest, CountsYearsWithoutScheduleProvisionally) {
  const WorkingCalendar calendar = Builtin();
  // 20 working days from 2026-12-10 end in 2027, whose notice is not loaded: weekends only.
  // 12-11 .. 12-31 has 15 working days (2026 schedule), then 2027-01-01 (Fri) .. 01-07 adds 5.
  EXPECT_EQ(AddedOrError(calendar, "2026-12-10", 20), "2027-01-07");
  EXPECT_EQ(calendar.MissingYears(D("2026-12-10"), D("2027-01-07")), std::vector<int>{2027});
  EXPECT_TRUE(calendar.MissingYears(D("2026-12-10"), D("2026-12-31")).empty());
  EXPECT_TRUE(calendar.MissingYears(D("2027-01-07"), D("2027-01-07")).empty());  // empty range
  const DayInfo new_year = *calendar.Explain(D("2027-01-01"));
  EXPECT_TRUE(new_year.provisional);
  EXPECT_EQ(new_year.kind, DayKind::kWorkday);  // 元旦 unknown until the notice is imported
  EXPECT_EQ(new_year.Label(), "工作日（暂定：2027年节假日安排未载入）");
  EXPECT_EQ(calendar.Explain(D("2027-01-02"))->Label(), "周末（暂定：2027年节假日安排未载入）");
  // The 2019 notice lists 2018-12-29..31 but the 2018 schedule itself is not loaded.
  EXPECT_EQ(calendar.MissingYears(D("2018-12-28"), D("2019-01-02")), std::vector<int>{2018});
  EXPECT_FALSE(calendar.Covers(2027));
  EXPECT_TRUE(calendar.Covers(2019));
  // Starting on the last day of an uncovered year: the start itself is not counted.
  EXPECT_EQ(AddedOrError(calendar, "2018-12-31", 1), "2019-01-02");
  EXPECT_TRUE(calendar.MissingYears(D("2018-12-31"), D("2019-01-02")).empty());
  // Several missing years, far ahead.
  EXPECT_EQ(calendar.MissingYears(D("2030-12-01"), D("2032-01-10")),
            (std::vector<int>{2030, 2031, 2032}));
}

TEST(WorkingCalendarTest, AlertsAboutTheMissingScheduleFromNovember) {
  const WorkingCalendar calendar = Builtin();  // 2019..2026
  EXPECT_EQ(MissingScheduleAlert(calendar, D("2026-10-31")), std::nullopt);
  EXPECT_EQ(MissingScheduleAlert(calendar, D("2026-11-01")), 2027);
  EXPECT_EQ(MissingScheduleAlert(calendar, D("2026-12-31")), 2027);
  EXPECT_EQ(MissingScheduleAlert(calendar, D("2027-03-01")), 2027);
  EXPECT_EQ(MissingScheduleAlert(calendar, D("2031-02-03")), 2031);
  EXPECT_EQ(MissingScheduleAlert(calendar, D("2025-11-20")), std::nullopt);  // 2026 is loaded
  EXPECT_EQ(MissingScheduleAlert(calendar, D("1970-01-01")), std::nullopt);  // history
  const std::string text = MissingScheduleAlertText(2027);
  EXPECT_NE(text.find("2027年的节假日安排尚未载入"), std::string::npos) << text;
  EXPECT_NE(text.find("gongkai calendar import"), std::string::npos) << text;
  EXPECT_NE(ProvisionalNote({2027, 2028}).find("2027年、2028年"), std::string::npos);
}

TEST(WorkingCalendarTest, CountsWorkingDays) {
  const WorkingCalendar calendar = Builtin();
  EXPECT_EQ(*calendar.CountWorkingDays(D("2025-01-24"), D("2025-02-27")), 20);
  EXPECT_EQ(*calendar.CountWorkingDays(D("2025-03-10"), D("2025-03-20")), 8);
  EXPECT_EQ(*calendar.CountWorkingDays(D("2025-03-10"), D("2025-03-10")), 0);
  EXPECT_EQ(*calendar.CountWorkingDays(D("2025-03-10"), D("2025-03-01")), 0);
  // 12-31 (Thu) counted from 2026's notice; 2027-01-01, 01-04, 01-05 provisionally.
  EXPECT_EQ(*calendar.CountWorkingDays(D("2026-12-30"), D("2027-01-05")), 4);
}

TEST(WorkingCalendarTest, ZeroAndNegativeCounts) {
  const WorkingCalendar calendar = Builtin();
  EXPECT_EQ(AddedOrError(calendar, "2025-02-01", 0), "2025-02-01");
  auto negative = calendar.AddWorkingDays(D("2025-02-01"), -1);
  ASSERT_FALSE(negative.has_value());
  EXPECT_EQ(negative.error().code, core::ErrorCode::kInvalidArgument);
}

TEST(WorkingCalendarTest, ValidatesYears) {
  EXPECT_TRUE(ValidateCalendarYear(TinyYear()).has_value());

  CalendarYear weekday_work = TinyYear();
  weekday_work.work.push_back(D("2025-01-27"));  // a Monday
  auto status = ValidateCalendarYear(weekday_work);
  ASSERT_FALSE(status.has_value());
  EXPECT_NE(status.error().message.find("2025-01-27"), std::string::npos);

  CalendarYear both = TinyYear();
  both.work.push_back(D("2025-01-01"));  // also off (and a Wednesday)
  EXPECT_FALSE(ValidateCalendarYear(both).has_value());

  CalendarYear both_weekend = TinyYear();
  both_weekend.off.push_back(D("2025-01-26"));
  auto both_status = ValidateCalendarYear(both_weekend);
  ASSERT_FALSE(both_status.has_value());
  EXPECT_NE(both_status.error().message.find("2025-01-26"), std::string::npos);

  CalendarYear duplicate = TinyYear();
  duplicate.off.push_back(D("2025-01-29"));
  EXPECT_FALSE(ValidateCalendarYear(duplicate).has_value());

  CalendarYear far = TinyYear();
  far.off.push_back(D("2023-12-29"));  // two years before the notice year
  auto far_status = ValidateCalendarYear(far);
  ASSERT_FALSE(far_status.has_value());
  EXPECT_NE(far_status.error().message.find("2023-12-29"), std::string::npos);

  CalendarYear stray_name = TinyYear();
  stray_name.names[D("2025-03-03")] = "清明节";
  EXPECT_FALSE(ValidateCalendarYear(stray_name).has_value());

  CalendarYear two_names = TinyYear();
  two_names.names[D("2025-01-29")] = "元旦";  // same run as 01-28 (春节)
  EXPECT_FALSE(ValidateCalendarYear(two_names).has_value());

  CalendarYear no_source = TinyYear();
  no_source.source.clear();
  EXPECT_FALSE(ValidateCalendarYear(no_source).has_value());
}

TEST(WorkingCalendarTest, RejectsConflictsBetweenYears) {
  CalendarYear next = TinyYear();
  next.year = 2026;
  next.off = {D("2026-01-01")};
  next.work = {};
  next.names = {};
  EXPECT_TRUE(WorkingCalendar::Create({TinyYear(), next}).has_value());

  next.work = {D("2025-01-26")};  // the same make-up day listed by two notices is harmless
  EXPECT_TRUE(WorkingCalendar::Create({TinyYear(), next}).has_value());

  CalendarYear clash = next;
  clash.work = {};
  clash.off = {D("2026-01-01"), D("2025-01-26")};  // off here, work in 2025
  auto created = WorkingCalendar::Create({TinyYear(), clash});
  ASSERT_FALSE(created.has_value());
  EXPECT_NE(created.error().message.find("2025-01-26"), std::string::npos);

  EXPECT_FALSE(WorkingCalendar::Create({TinyYear(), TinyYear()}).has_value());
}

TEST(WorkingCalendarTest, InfersHolidayNamesFromDates) {
  auto run = [](std::initializer_list<const char*> dates) {
    std::vector<core::Date> out;
    for (const char* date : dates) {
      out.push_back(D(date));
    }
    return InferHolidayName(out);
  };
  EXPECT_EQ(run({"2018-12-30", "2018-12-31", "2019-01-01"}), "元旦");
  EXPECT_EQ(run({"2026-02-15", "2026-02-16"}), "春节");
  EXPECT_EQ(run({"2022-04-03", "2022-04-04", "2022-04-05"}), "清明节");
  EXPECT_EQ(run({"2022-04-30", "2022-05-01"}), "劳动节");
  EXPECT_EQ(run({"2025-05-31", "2025-06-01", "2025-06-02"}), "端午节");
  EXPECT_EQ(run({"2024-09-15", "2024-09-16", "2024-09-17"}), "中秋节");
  EXPECT_EQ(run({"2024-10-01", "2024-10-02"}), "国庆节");
  EXPECT_EQ(run({"2020-10-01", "2020-10-02", "2020-10-03", "2020-10-04", "2020-10-05", "2020-10-06",
                 "2020-10-07", "2020-10-08"}),
            "国庆节、中秋节");
  EXPECT_EQ(run({"2025-08-15"}), std::nullopt);
}

// Files without "names" still load; the inferred names agree with the names in our data file.
TEST(WorkingCalendarTest, InferredNamesMatchTheDataFile) {
  auto years = ParseCalendarJson(BuiltinCalendarJson());
  ASSERT_TRUE(years.has_value());
  std::vector<CalendarYear> unnamed = *years;
  for (CalendarYear& year : unnamed) {
    year.names.clear();
  }
  auto named = WorkingCalendar::Create(*years);
  auto inferred = WorkingCalendar::Create(unnamed);
  ASSERT_TRUE(named.has_value() && inferred.has_value());
  for (const CalendarYear& year : *years) {
    for (core::Date date : year.off) {
      if (!named->Covers(date.year())) {
        continue;  // 2018-12-30/31 of the 2019 notice
      }
      ASSERT_TRUE(named->Explain(date)->holiday.has_value()) << date.ToString();
      std::string expected = *named->Explain(date)->holiday;
      if (expected == "中秋节、国庆节") {
        expected = "国庆节、中秋节";  // same merged holiday, the notice's word order
      }
      EXPECT_EQ(inferred->Explain(date)->holiday, expected) << date.ToString();
    }
  }
}

TEST(WorkingCalendarTest, MergeLetsStoredYearsOverrideBuiltinOnes) {
  CalendarYear builtin_2025 = TinyYear();
  CalendarYear builtin_2026 = TinyYear();
  builtin_2026.year = 2026;
  builtin_2026.off = {D("2026-01-01")};
  builtin_2026.work = {};
  builtin_2026.names = {};
  CalendarYear stored_2025 = TinyYear();
  stored_2025.source = "corrected notice";
  CalendarYear stored_2027 = builtin_2026;
  stored_2027.year = 2027;
  stored_2027.off = {D("2027-01-01")};

  const auto merged = MergeCalendarYears({builtin_2026, builtin_2025}, {stored_2027, stored_2025});
  ASSERT_EQ(merged.size(), 3u);
  EXPECT_EQ(merged[0].year, 2025);
  EXPECT_EQ(merged[0].source, "corrected notice");
  EXPECT_EQ(merged[1].year, 2026);
  EXPECT_EQ(merged[2].year, 2027);
}

}  // namespace
}  // namespace gongkai::domain
