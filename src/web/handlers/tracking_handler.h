// 申请查询: the public tracking page.
#pragma once

#include <optional>

#include "web/http_message.h"
#include "web/session_store.h"
#include "web/web_context.h"

namespace gongkai::web {

// GET /track?number=…: the search box; with a number, the case's public status (200), or the
// box with a Chinese error (404 when unknown, 400 when empty after a search).
HttpResponse HandleTrack(WebContext& web, const HttpRequest& request,
                         const std::optional<StaffSession>& session);

}  // namespace gongkai::web
