// The text form of holiday schedules: the JSON format of working-days.md §6 (an object keyed by
// notice year, each with "source", "off", "work" and our optional "names" map), parsed into
// validated CalendarYear values and written back. Pure: the caller reads and writes the files.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/working_calendar.h"

namespace gongkai::domain {

// Parses and validates a calendar file holding one or more notice years:
//   {"2025": {"source": "…", "off": ["2025-01-01", …], "work": ["2025-01-26", …],
//             "names": {"2025-01-28": "春节", …}}, …}
// "names" is optional; every other key is required and unknown keys are refused (a typo such as
// "of" must not silently drop the holidays). Each year must pass ValidateCalendarYear. Returns
// the years sorted by year. kInvalidArgument with a Chinese message saying which year, key or
// date is wrong.
core::Result<std::vector<CalendarYear>> ParseCalendarJson(std::string_view text);

// Writes years in the format read by ParseCalendarJson, years sorted, dates sorted, one line per
// list (the layout of data/calendar/cn.json). The output parses back to the same years.
std::string SerializeCalendarJson(const std::vector<CalendarYear>& years);

// The calendar in effect: the built-in years (`builtin_json`, see builtin_calendar.h) merged with
// the years stored by an administrator (`stored`: year -> the text of a calendar file holding
// exactly that one year, as written by SerializeCalendarJson({year})); stored years replace
// built-in ones. kInvalidArgument naming the stored year when its text is invalid or holds a
// different year; the errors of WorkingCalendar::Create for conflicts between years.
core::Result<WorkingCalendar> LoadEffectiveCalendar(
    std::string_view builtin_json, const std::vector<std::pair<int, std::string>>& stored);

}  // namespace gongkai::domain
