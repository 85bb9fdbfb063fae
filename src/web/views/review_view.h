// The review/litigation register page (行政复议、行政诉讼): the recorded cases, a form to record a
// new one and, for each pending one, a form to record its decision.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/review_case.h"
#include "web/field_error.h"

namespace gongkai::web {

struct ReviewPageModel {
  std::vector<domain::ReviewCase> reviews;
  std::vector<domain::Agency> agencies;
  std::string csrf_token;
  // After a failed submission: which form ("new" or "decide-<id>"), its values and errors.
  std::string failed_form;
  FieldMap values;
  std::vector<FieldError> errors;
};

// Content HTML. Pure.
std::string RenderReviewPage(const ReviewPageModel& model);

}  // namespace gongkai::web
