// What a clerk should look at in one request case as of a given day: a reply deadline passed or
// missed, a 补正 notice sent later than Art. 30 allows, a correction or fee period that has run
// out, a consultation past its 15 working days, a deadline that cannot be computed. Such things
// are facts to act on, not reasons to refuse recording a step, so the lifecycle records them and
// this reports them.
#pragma once

#include <vector>

#include "core/date.h"
#include "domain/finding.h"
#include "domain/request_case.h"
#include "domain/statutory_clock.h"
#include "domain/working_calendar.h"

namespace gongkai::domain {

// Findings (severity warning or info, never error) for `request` as of `today`, with `where` the
// tracking number. Rules:
//   case.clock_unavailable         the reply deadline cannot be computed (message says why)
//   case.clock_note                an irregularity the statutory clock noticed
//   case.correction_notice_late    补正告知 later than 7 working days after receipt (Art. 30)
//   case.reply_overdue             replied after the reply deadline (Art. 33)
//   case.open_overdue              still open after the reply deadline
//   case.consultation_answer_due   consultation open beyond the 15 working days (Art. 32, 34)
//   case.correction_lapsed         correction deadline passed: may close as 其他处理.1
//   case.fee_lapsed                payment period passed: may close as 其他处理.2
// Pure.
std::vector<Finding> CaseWarnings(const RequestCase& request, core::Date today,
                                  const WorkingCalendar& calendar, const ClockPolicy& policy = {});

}  // namespace gongkai::domain
