// WorkingCalendar: which civil dates are 工作日 under the national holiday schedules (国务院办公厅
// 部分节假日安排的通知), the unit in which every statutory period of the Regulation is counted.
// It is built from one CalendarYear per notice year. For a year it has no notice for (every
// December the next year's notice is not yet published; nor are years before 2019 loaded) it
// still answers, counting weekends only, but marks every such day `provisional` (暂定) so that
// no deadline computed through it is ever shown as exact: callers ask MissingYears for a period
// and label its due date 暂定.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"

namespace gongkai::domain {

// The schedule of one notice year (working-days.md §6). `off` may contain dates of the previous
// year (e.g. the 2019 notice's 2018-12-30) and `work` holds the 调休上班 days (Saturdays or
// Sundays). `names` is optional: a name given for an off day names the whole run of consecutive
// off days of this year that contains it ("春节"); a name given for a work day names that
// make-up day. Off runs without a name get one inferred from the dates (see InferHolidayName).
struct CalendarYear {
  int year = 0;
  std::string source;  // the notice, e.g. "国办发明电〔2024〕12号"
  std::vector<core::Date> off;
  std::vector<core::Date> work;
  std::map<core::Date, std::string> names;

  friend bool operator==(const CalendarYear&, const CalendarYear&) = default;
};

// Checks one notice year: year within 1900..2999, a non-empty source, at least one off day, every
// date in the notice year or adjacent to it, every work day a Saturday or Sunday, no duplicates,
// no date both off and work, every name keyed on one of the year's dates and non-empty, and no
// two different names inside one off run. kInvalidArgument with a Chinese message naming the
// year and the offending date otherwise.
core::Status ValidateCalendarYear(const CalendarYear& year);

// The holiday an unnamed run of consecutive off days most likely belongs to, from its dates:
// 元旦 (contains 1 Jan), 国庆节 (contains 1 Oct; "国庆节、中秋节" when the run is 8 days),
// 劳动节 (contains 1 May), 春节 (within 15 Jan – 29 Feb), 清明节 (touches 3–7 Apr), 端午节
// (within 25 May–30 Jun), 中秋节 (within September). nullopt when none fits.
// REQUIRES: `run` is non-empty and sorted.
std::optional<std::string> InferHolidayName(const std::vector<core::Date>& run);

// The calendar in effect: `base` (the built-in data) with every year of `overrides` (the years an
// administrator stored in the database) replacing the base year of the same number. Sorted by
// year. Pure; does not validate.
std::vector<CalendarYear> MergeCalendarYears(std::vector<CalendarYear> base,
                                             const std::vector<CalendarYear>& overrides);

// What kind of day a date is, for explanations.
enum class DayKind {
  kWorkday,        // 工作日: Monday–Friday, not a holiday
  kWeekend,        // 周末: Saturday or Sunday, not a make-up day
  kHoliday,        // 法定节假日: listed as 放假 in the notice
  kMakeUpWorkday,  // 调休上班日: a Saturday or Sunday that is a working day
};

struct DayInfo {
  core::Date date;
  DayKind kind = DayKind::kWorkday;
  std::optional<std::string> holiday;  // the holiday a kHoliday / kMakeUpWorkday belongs to
  // True when the year of `date` has no schedule loaded: `kind` then comes from the weekday
  // alone (kWorkday or kWeekend) and may be wrong once the notice is published.
  bool provisional = false;

  bool working() const { return kind == DayKind::kWorkday || kind == DayKind::kMakeUpWorkday; }
  // "工作日", "周末", "法定节假日（春节）" (or "法定节假日" when unnamed), "调休上班日"; a
  // provisional day adds why, e.g. "工作日（暂定：2027年节假日安排未载入）".
  std::string Label() const;
};

class WorkingCalendar {
 public:
  // Builds the calendar from notice years (any order). kInvalidArgument when a year fails
  // ValidateCalendarYear, a year appears twice, or a date is off in one year and work in another
  // (the message names both years and the date).
  static core::Result<WorkingCalendar> Create(std::vector<CalendarYear> years);

  // The notice years loaded, sorted by year.
  const std::vector<CalendarYear>& years() const { return years_; }
  // True when the schedule of `year` is loaded (dates of that year can be classified).
  bool Covers(int year) const { return covered_.contains(year); }

  // Classifies `date`; a date of a year without schedule is classified by its weekday and
  // marked provisional. Never fails today; kept a Result for callers' uniformity.
  core::Result<DayInfo> Explain(core::Date date) const;
  // True for a 工作日 (working-days.md §2), provisionally for a year without schedule.
  core::Result<bool> IsWorkingDay(core::Date date) const;

  // The n-th working day after `start` (start itself not counted; working-days.md §3); `start`
  // when n == 0. kInvalidArgument for n < 0. Days of years without schedule are counted
  // provisionally: check MissingYears(start, result).
  core::Result<core::Date> AddWorkingDays(core::Date start, int n) const;

  // Number of working days in (from_exclusive, to_inclusive]; 0 when to_inclusive <=
  // from_exclusive. Provisional for years without schedule, as above.
  core::Result<int> CountWorkingDays(core::Date from_exclusive, core::Date to_inclusive) const;

  // The years without schedule that (from_exclusive, to_inclusive] touches, ascending; empty
  // when every day of the range is classified from a notice (an empty range touches none). A
  // date computed through such a range is provisional (暂定).
  std::vector<int> MissingYears(core::Date from_exclusive, core::Date to_inclusive) const;

 private:
  struct Entry {
    bool working = false;  // true for a make-up day, false for an off day
    std::optional<std::string> holiday;
  };
  WorkingCalendar() = default;

  std::vector<CalendarYear> years_;
  std::set<int> covered_;
  std::map<core::Date, Entry> special_;  // every off and make-up day
};

// Why dates of `years` (non-empty, ascending) are provisional, for notes and explanations:
// "2027年的节假日安排尚未载入，该年的日期暂按周六、周日休息计算（暂定）；导入国务院办公厅的通知后自动重新计算".
std::string ProvisionalNote(const std::vector<int>& years);

// The year whose schedule administrators must import: the current year whenever it is missing,
// or, from 1 November on, the next year when it is missing. nullopt when nothing is missing yet,
// and for a `today` before the first loaded year (history, not a schedule to import).
std::optional<int> MissingScheduleAlert(const WorkingCalendar& calendar, core::Date today);

// The alert text for `year`, e.g. "2027年的节假日安排尚未载入：…请在“节假日安排”页面或用 gongkai
// calendar import 导入".
std::string MissingScheduleAlertText(int year);

}  // namespace gongkai::domain
