// 在线申请: filing an application from the public form (and the API), as a plain function plus
// the HTML handlers.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/request_case.h"
#include "web/field_error.h"
#include "web/http_message.h"
#include "web/session_store.h"
#include "web/web_context.h"

namespace gongkai::web {

struct Submission {
  std::optional<domain::RequestCase> created;  // set on success
  std::vector<FieldError> errors;              // set when the input was rejected
};

// Validates `fields` (application_form.h) and records the application with
// CaseService::ReceiveApplication (channel online, 收到申请之日 today). Field problems come back
// in Submission::errors; a failure of the service or store is the error of the Result (its
// kInvalidArgument is reported as an error of the form as a whole, field "form").
core::Result<Submission> SubmitApplication(WebContext& web, const FieldMap& fields);

// GET /apply
HttpResponse HandleApplyForm(WebContext& web, const HttpRequest& request,
                             const std::optional<StaffSession>& session);
// POST /apply: the receipt page (201) or the form again with field errors (400).
HttpResponse HandleApplySubmit(WebContext& web, const HttpRequest& request,
                               const std::optional<StaffSession>& session);

}  // namespace gongkai::web
