// CaseView: a request case as the `case show` / `case list` commands present it — the stored case
// plus what is derived as of today with the calendar in effect: the reply deadline (or why the
// clock is stopped or cannot be computed), whether it is overdue, and the clerk's warnings.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/finding.h"
#include "domain/request_case.h"
#include "domain/statutory_clock.h"
#include "domain/working_calendar.h"

namespace gongkai::cli {

struct CaseView {
  domain::RequestCase request;
  std::string agency_name;  // empty when the agency is unknown
  // The Art. 33 reply deadline (for a closed case: the one that applied when it was closed).
  std::optional<core::Date> reply_due;
  bool reply_due_provisional = false;  // counted through a year without holiday schedule (暂定)
  std::optional<domain::ClockStop> clock_stopped;  // why reply_due is unknown, when it is
  std::optional<std::string> clock_error;          // why the clock cannot be computed
  bool open = false;                               // not yet replied or archived
  bool overdue = false;                            // open and today is after reply_due
  std::vector<domain::Finding> warnings;           // domain::CaseWarnings as of today
};

// Builds the view of `request` as of `today`. Never fails: a deadline that cannot be computed is
// reported in clock_error and in the warnings.
CaseView MakeCaseView(domain::RequestCase request, std::string agency_name,
                      const domain::WorkingCalendar& calendar, core::Date today);

// "（三）不予公开 5.属于三类内部事务信息", "（一）予以公开": the row as the report prints it.
std::string OutcomeText(domain::RequestRow row);

// Why the reply clock is stopped, for people ("等待申请人补正", …).
std::string ClockStopText(domain::ClockStop stop);

// Stable code of a stop for JSON: "awaiting_correction", "consultation", "awaiting_fee".
std::string ClockStopCode(domain::ClockStop stop);

// The type-specific fields of `event` in one line for people, e.g. "补正期限 2025-03-12；缺少文号".
std::string EventDetailsText(const domain::CaseEvent& event);

}  // namespace gongkai::cli
