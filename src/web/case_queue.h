// The clerk's work queue: request cases sorted by statutory due date, each marked overdue or
// near due as of today, so that nothing silently runs past its Art. 33 deadline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/request_case.h"
#include "domain/store.h"
#include "domain/working_calendar.h"

namespace gongkai::web {

enum class Urgency {
  kNone,
  kNearDue,  // open and at most kNearDueWorkingDays working days left
  kOverdue,  // open and the due date has passed
};

inline constexpr int kNearDueWorkingDays = 3;

struct QueueEntry {
  domain::RequestCase request_case;
  std::string agency_name;
  Urgency urgency = Urgency::kNone;
  std::optional<int> working_days_left;  // from today to the due date, when known and not passed
};

// True unless the case is replied or archived. Pure.
bool IsOpenCase(const domain::RequestCase& request_case);

// Urgency of one case as of `today`: only open cases with a running clock (due_on set) can be
// near due or overdue. When the calendar cannot count the days, falls back to calendar days so
// that an overdue case is never hidden. Pure.
QueueEntry ClassifyCase(domain::RequestCase request_case, core::Date today,
                        const domain::WorkingCalendar& calendar);

// The cases matching `filter`, open ones with a due date first (earliest due first), then open
// ones whose clock is stopped (by receipt), then closed ones (latest closed first). Store errors
// as they come.
core::Result<std::vector<QueueEntry>> BuildCaseQueue(domain::Store& store,
                                                     const domain::WorkingCalendar& calendar,
                                                     core::Date today,
                                                     const domain::CaseFilter& filter);

}  // namespace gongkai::web
