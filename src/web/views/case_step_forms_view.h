// The workflow forms on a case page: one small form per step (登记, 告知补正, 征求意见, 延期,
// 收费, 答复 with the grouped outcome select, 归档 …), each carrying the case version and the CSRF
// token. The steps that usually come next in the case's state are shown first; the others are
// one click away, so that trying an illegal step shows the lifecycle's own explanation.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/request_case.h"
#include "web/field_error.h"

namespace gongkai::web {

// The outcome of the last submitted step form, to show at that form.
struct StepFeedback {
  std::string step_code;           // which form was submitted
  std::string message;             // the service's message (lifecycle, conflict) or ""
  std::vector<FieldError> errors;  // field-level errors
  FieldMap values;                 // the submitted values, to refill the form
};

// Content HTML of the step forms section for `request_case`. Pure.
std::string RenderStepForms(const domain::RequestCase& request_case, const std::string& csrf_token,
                            const std::optional<StepFeedback>& feedback);

}  // namespace gongkai::web
