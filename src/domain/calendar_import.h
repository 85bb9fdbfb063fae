// Importing a year's holiday schedule (国务院办公厅部分节假日安排的通知) into the database, the one
// step shared by the console page and `gongkai calendar import`: the file is checked whole, the
// calendar it would give is checked, every year is written in one transaction (nothing
// half-imported), and the reply deadlines of open cases are recomputed with the new calendar.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/due_date_refresh.h"
#include "domain/statutory_clock.h"
#include "domain/store.h"
#include "domain/working_calendar.h"

namespace gongkai::domain {

// What to do with a year that is already loaded (built in or stored) with other days.
enum class ExistingYears {
  kRefuse,   // an error naming the first differing date (the default: a typo must not win)
  kReplace,  // the file corrects the loaded year (e.g. an amended notice)
};

struct CalendarImportOptions {
  ExistingYears existing = ExistingYears::kRefuse;
  ClockPolicy clock_policy;  // for recomputing the due dates
};

struct CalendarImportResult {
  std::vector<CalendarYear> added;     // years not loaded before
  std::vector<CalendarYear> replaced;  // loaded years whose days changed (kReplace only)
  std::vector<int> unchanged;          // loaded years with the same days (nothing written)
  DueDateRefresh refresh;              // the open cases' due dates afterwards
};

// Parses `text` (calendar_codec.h format), compares each year with the calendar in effect
// (built-in years plus `store`'s), checks the resulting calendar, writes the new and changed
// years in one transaction and recomputes the open cases' due dates, auditing each change as
// `actor`. Errors, with nothing written: kInvalidArgument for a malformed file or year (the
// codec's message), a loaded year with different days under ExistingYears::kRefuse (naming the
// year and the first differing date), or dates that contradict another year; the store's
// errors. A failure while recomputing due dates is returned after the years were written (the
// import stands; running it again finishes the recomputation).
core::Result<CalendarImportResult> ImportCalendar(Store& store, std::string_view text,
                                                  const CalendarImportOptions& options,
                                                  const Actor& actor);

// One line per year for people, e.g. "已导入2027年节假日安排：放假 33 天，调休上班 7
// 天（来源：…）", and one on the recomputed due dates.
std::vector<std::string> DescribeImport(const CalendarImportResult& result);

}  // namespace gongkai::domain
