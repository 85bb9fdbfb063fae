// The clock-relevant facts of a case history (receipt, 补正, pauses, extension, reply), read
// from the events and checked for order and consistency. Used by the statutory clock
// (statutory_clock.h); kept apart so that the counting there stays readable.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/request_case.h"
#include "domain/statutory_clock.h"

namespace gongkai::domain {

// Days on which the reply clock does not run: from the day after the letter / notice was sent
// through the day the answer / payment came. `last` is unset while the pause is still open.
struct PauseWindow {
  DayStatus status = DayStatus::kConsultationPause;
  core::Date sent;  // the triggering event's day; the window starts the next day
  std::optional<core::Date> last;

  bool Contains(core::Date date) const {
    return date > sent && (!last.has_value() || date <= *last);
  }
};

// The clock-relevant facts of a case history, checked for order and consistency.
struct ClockHistory {
  core::Date received;
  std::optional<core::Date> correction_requested;
  std::optional<core::Date> correction_received;
  std::vector<PauseWindow> windows;
  std::optional<CaseEvent> extension;
  std::optional<core::Date> replied;
};

// Chinese name of a clock event for messages, e.g. "补正告知".
std::string ClockEventName(EventType type);

// Reads the history of `request_case` (see ComputeReplyClock for the rules and error codes).
// Events other than received / correction / consultation / extension / fee / reply are ignored.
core::Result<ClockHistory> ReadClockHistory(const RequestCase& request_case);

}  // namespace gongkai::domain
