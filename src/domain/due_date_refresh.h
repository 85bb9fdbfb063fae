// Keeping the stored reply deadlines of open cases true to the calendar in effect. A case's due
// date is derived when a step is recorded; when the calendar changes afterwards (a new year's
// holiday schedule imported, replacing a provisional weekends-only count), the stored dates are
// recomputed here, each change written with its own audit entry.
#pragma once

#include <string>

#include "core/result.h"
#include "domain/statutory_clock.h"
#include "domain/store.h"
#include "domain/working_calendar.h"

namespace gongkai::domain {

struct DueDateRefresh {
  int open_cases = 0;   // open cases examined
  int changed = 0;      // written with a new due date or provisional mark
  int provisional = 0;  // open cases whose due date is still provisional afterwards
  int skipped = 0;      // changed by someone else meanwhile: their own step recomputed the date
};

// Recomputes due_on / due_provisional of every open case with `calendar` and writes those that
// differ (CaseRepository::UpdateDueDate, audited with `reason`). Reads the cases page by page, so
// any number of cases is covered. Store errors other than kConflict stop the refresh and are
// returned; what was written until then stays written (each write is correct on its own).
core::Result<DueDateRefresh> RefreshDueDates(CaseRepository& cases, const WorkingCalendar& calendar,
                                             const ClockPolicy& policy, const Actor& actor,
                                             const std::string& reason);

}  // namespace gongkai::domain
