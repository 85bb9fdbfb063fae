// The lifecycle of a disclosure request (依申请公开, regulation.md §4 and §7): which event may
// follow which, with what data, and the derived fields (state, 收到申请之日, closing date, outcome,
// reply deadline) recomputed from the history after every event. Pure: no store, no "today"; the
// reply deadline itself comes from the statutory clock (statutory_clock.h).
//
// Transition table (from → event → to); an event in any other state is kFailedPrecondition:
//   (none)                 received              → received
//   received               registered            → registered
//   registered             correction_requested  → awaiting_correction  (once; not after an
//                                                   extension, consultation or fee notice)
//   awaiting_correction    correction_received   → registered (20 WD restart; also after
//                                                   correction_due: whether the applicant had a
//                                                   justified reason is the organ's call)
//   registered             consultation_started  → in_consultation
//   in_consultation        consultation_ended    → registered
//   registered             extended              → registered (once, 1..20 WD, ≤ due date)
//   registered             fee_notice_sent       → awaiting_fee (once, ≤ due date)
//   awaiting_fee           fee_paid | fee_waived → registered
//   registered             replied[outcome]      → replied (any outcome except 其他处理.1/.2;
//                                                   无法提供.3 only after a correction)
//   awaiting_correction    replied[其他处理.1]    → replied (only after correction_due)
//   awaiting_fee           replied[其他处理.2]    → replied (only after the 20-WD payment period)
//   registered, awaiting_correction, in_consultation, awaiting_fee
//                          replied[其他处理.3]    → replied (withdrawal etc.; reason required)
//   replied                archived              → archived (final: no event afterwards)
//   any but archived       note                  → unchanged
// A 补正告知 later than 7 working days after receipt (Art. 30) and a reply after the due date are
// recorded, not refused — refusing would only hide a late step; CaseWarnings (case_warnings.h)
// flags them.
#pragma once

#include <span>

#include "core/result.h"
#include "domain/report_taxonomy.h"
#include "domain/request_case.h"
#include "domain/statutory_clock.h"
#include "domain/working_calendar.h"

namespace gongkai::domain {

// True for the 21 outcome rows of the 2021 table (予以公开 … 其他处理.3) that can conclude a case.
// 区分处理 is 部分公开 only; the single 其他处理 row of the 2019 template is not an outcome for
// new cases.
bool IsCaseOutcome(RequestRow row);

// The state a history leads to, event by event (no validation; for a history built by ApplyEvent
// it is the state ApplyEvent produced). kReceived for an empty history.
CaseState DeriveState(std::span<const CaseEvent> events);

// `request` with state, received_on, closed_on, outcome and due_on recomputed from its events.
// due_on is the statutory reply deadline while the case is open and the clock runs; nullopt when
// the clock is stopped (补正, consultation, fee), the case is closed, or the deadline cannot be
// computed (an irregular history — CaseWarnings reports why). due_provisional is set when due_on
// was counted through a year without holiday schedule (暂定).
RequestCase WithDerivedFields(RequestCase request, const WorkingCalendar& calendar,
                              const ClockPolicy& policy = {});

// Validates `event` as the next step of `current` and returns the case with the event appended
// (its sequence set to its 1-based position) and the derived fields recomputed. id,
// tracking_number and version are left as they are (the store assigns version).
// Errors (Chinese messages naming the step):
//   kFailedPrecondition — the step is not allowed in the current state (see the table above),
//     or a rule of the Regulation forbids it (second 补正 or extension, extension or fee notice
//     after the due date, closing for a lapsed correction or fee before its deadline, …); also
//     the calendar's error when a deadline needed for the check cannot be computed;
//   kInvalidArgument — bad data: missing actor, a date before receipt or before the previous
//     event, a missing or non-outcome reply row, an extension outside 1..20 (1..15 under the 2007
//     Regulation) working days, a missing reason/party/approver/amount, a field that does not
//     belong to the event type.
core::Result<RequestCase> ApplyEvent(const RequestCase& current, const CaseEvent& event,
                                     const WorkingCalendar& calendar,
                                     const ClockPolicy& policy = {});

}  // namespace gongkai::domain
