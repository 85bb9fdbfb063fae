// The JSON API for request cases (/api/v1/cases): filing, tracking and, for staff, workflow
// events. Errors are {"error":{"code","message","field"}} with the status of the error table.
#pragma once

#include <optional>

#include "web/http_message.h"
#include "web/session_store.h"
#include "web/web_context.h"

namespace gongkai::web {

// POST /api/v1/cases: body with the application form's fields (application_form.h names).
// 201 {"id", "receipt_code", "status": {…}}; 400 with the first field error.
HttpResponse HandleApiCreateCase(WebContext& web, const HttpRequest& request,
                                 const std::optional<StaffSession>& session);
// GET /api/v1/cases/{number}: the public status; the full case for staff. 404 when unknown.
HttpResponse HandleApiGetCase(WebContext& web, const HttpRequest& request,
                              const std::optional<StaffSession>& session);
// POST /api/v1/cases/{number}/events (staff): body {"step": "register", "version": 2, …} with
// the fields of case_step_form.h ("type" is accepted for "step"). 200 with the full case; 400,
// 404, 409 (changed since `version`), 422 (the lifecycle refuses the step).
HttpResponse HandleApiCaseEvent(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session);

}  // namespace gongkai::web
