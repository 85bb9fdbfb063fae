// The staff page of one request case: the application as filed, the derived state and deadlines,
// the full timeline, the statutory clock explained day by day, the clerk's warnings and the
// workflow forms.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/finding.h"
#include "domain/request_case.h"
#include "domain/statutory_clock.h"
#include "web/views/case_step_forms_view.h"

namespace gongkai::web {

struct CaseDetailModel {
  domain::RequestCase request_case;
  std::string agency_name;
  std::string receipt_code;
  // The reply clock, or why it cannot be computed (the error's message is shown).
  core::Result<domain::ReplyClock> clock = core::Error::Internal("");
  std::vector<domain::Finding> warnings;
  std::string csrf_token;
  std::optional<StepFeedback> feedback;  // the last submitted step, when it failed
};

// Content HTML. Pure.
std::string RenderCaseDetail(const CaseDetailModel& model);

// Content HTML of the clock explanation alone (summary, computation notes, every day). Pure.
std::string RenderClockExplanation(const domain::ReplyClock& clock);

}  // namespace gongkai::web
