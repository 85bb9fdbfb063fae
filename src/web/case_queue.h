// The clerk's work queue: request cases sorted by statutory due date, each marked overdue or
// near due as of today, so that nothing silently runs past its Art. 33 deadline.
#pragma once

#include <optional>
#include <span>
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

// Every case state, in workflow order.
std::span<const domain::CaseState> AllCaseStates();

using domain::IsOpenCase;
using domain::IsOpenState;

// Urgency of one case as of `today`: only open cases with a running clock (due_on set) can be
// near due or overdue. When the calendar cannot count the days, falls back to calendar days so
// that an overdue case is never hidden. Pure.
QueueEntry ClassifyCase(domain::RequestCase request_case, core::Date today,
                        const domain::WorkingCalendar& calendar);

// Every case in one of `states` (every case when empty), read from the store page by page so that
// none is left out however many there are: open ones with a due date first (earliest due first),
// then open ones whose clock is stopped (by receipt), then closed ones (latest closed first).
// Store errors as they come.
core::Result<std::vector<QueueEntry>> BuildCaseQueue(domain::Store& store,
                                                     const domain::WorkingCalendar& calendar,
                                                     core::Date today,
                                                     std::span<const domain::CaseState> states);

inline constexpr int kQueuePageSize = 50;

// One page of the queue for the work-queue page.
struct QueuePage {
  std::vector<QueueEntry> entries;  // at most the page size, in queue order
  int page = 1;                     // 1-based, within 1..page_count
  int page_count = 1;               // at least 1 (an empty queue has one empty page)
  std::size_t total = 0;            // entries in the whole queue
};

// Page `page` of `queue`; a page past the end gives the last page (the queue may have shrunk
// since the link was made). REQUIRES: page >= 1, page_size >= 1. Pure.
QueuePage PageOfQueue(std::vector<QueueEntry> queue, int page, int page_size = kQueuePageSize);

}  // namespace gongkai::web
