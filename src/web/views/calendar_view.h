// The staff page of the working-day calendar (节假日安排): the years in effect with their source,
// and the form to import a new year's schedule from the State Council notice.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "domain/working_calendar.h"

namespace gongkai::web {

struct CalendarPageModel {
  std::vector<domain::CalendarYear> years;  // in effect, ascending
  std::set<int> stored_years;               // imported into the database (the rest built in)
  std::string csrf_token;
  std::string json_text;  // the pasted text, kept after a failed import
  bool replace = false;   // the "replace a loaded year" box, kept likewise
};

// Content HTML. Pure.
std::string RenderCalendarPage(const CalendarPageModel& model);

}  // namespace gongkai::web
