// Building HTML responses in handlers: a page in the common layout, and the error page for a
// core::Error with its status from the error table.
#pragma once

#include <optional>
#include <string>

#include "core/error.h"
#include "web/http_message.h"
#include "web/session_store.h"

namespace gongkai::web {

// A page in the layout with the staff navigation when `session` is set.
HttpResponse PageResponse(int status, std::string title, std::string content_html,
                          const std::optional<StaffSession>& session, std::string notice_html = "");

// The error page for `error`, with HttpStatusFor(error.code) and its (user-safe) message.
HttpResponse ErrorPageResponse(const core::Error& error,
                               const std::optional<StaffSession>& session);

}  // namespace gongkai::web
