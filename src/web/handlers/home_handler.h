// The home page (首页) and the embedded static assets (/static/…).
#pragma once

#include <optional>

#include "web/http_message.h"
#include "web/session_store.h"
#include "web/web_context.h"

namespace gongkai::web {

// GET /
HttpResponse HandleHome(WebContext& web, const HttpRequest& request,
                        const std::optional<StaffSession>& session);
// GET /static/{file}: style.css and app.js from the binary; 404 otherwise.
HttpResponse HandleStaticFile(WebContext& web, const HttpRequest& request,
                              const std::optional<StaffSession>& session);

}  // namespace gongkai::web
