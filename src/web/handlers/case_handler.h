// Staff pages of request cases: the work queue, one case with its timeline and clock, and the
// workflow step forms.
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.h"
#include "web/http_message.h"
#include "web/session_store.h"
#include "web/views/case_detail_view.h"
#include "web/web_context.h"

namespace gongkai::web {

// Everything the case page shows for case `case_id`. kNotFound for an unknown case.
core::Result<CaseDetailModel> LoadCaseDetail(WebContext& web, std::int64_t case_id,
                                             const std::string& csrf_token);

// GET /staff/cases[?state=…][&page=N]: 50 cases a page (kQueuePageSize) with the total and
// page links; 400 for an unknown state or a page that is not a positive integer.
HttpResponse HandleCaseList(WebContext& web, const HttpRequest& request,
                            const std::optional<StaffSession>& session);
// GET /staff/cases/{id}[?done=<step>]
HttpResponse HandleCaseDetail(WebContext& web, const HttpRequest& request,
                              const std::optional<StaffSession>& session);
// POST /staff/cases/{id}/steps: 303 back to the case on success; otherwise the case page with the
// error at the submitted form and the status of the error table (400, 409, 422 …).
HttpResponse HandleCaseStep(WebContext& web, const HttpRequest& request,
                            const std::optional<StaffSession>& session);

// GET /staff/cases/by-number?number=…: 303 to the case with that tracking number or receipt code.
HttpResponse HandleCaseByNumber(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session);

// The "page" query parameter (1 when absent). kInvalidArgument unless a positive integer. Pure.
core::Result<int> PageNumberParam(const HttpRequest& request);

// The case id of the "{id}" path capture. kNotFound when it is not a positive integer. Pure.
core::Result<std::int64_t> CaseIdParam(const HttpRequest& request);

}  // namespace gongkai::web
