// Staff pages of the review/litigation register (行政复议、行政诉讼).
#pragma once

#include <optional>

#include "web/http_message.h"
#include "web/session_store.h"
#include "web/web_context.h"

namespace gongkai::web {

// GET /staff/reviews
HttpResponse HandleReviewList(WebContext& web, const HttpRequest& request,
                              const std::optional<StaffSession>& session);
// POST /staff/reviews: records a new review; 303 to the list, or the page with errors (400 …).
HttpResponse HandleReviewCreate(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session);
// POST /staff/reviews/{id}/decision: records the decision (409 when changed meanwhile).
HttpResponse HandleReviewDecision(WebContext& web, const HttpRequest& request,
                                  const std::optional<StaffSession>& session);

}  // namespace gongkai::web
