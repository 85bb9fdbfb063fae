// Staff login and logout: HTML (cookie session) and API (Bearer token).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "web/http_message.h"
#include "web/session_store.h"
#include "web/web_context.h"

namespace gongkai::web {

inline constexpr char kSessionCookie[] = "gk_session";

// Checks the credentials and starts a session. kPermissionDenied ("用户名或密码不正确") for a
// wrong name or password (without saying which), kInvalidArgument when either is empty,
// kResourceExhausted while the account or `address` is locked after repeated failures or when
// every password-check slot is busy (web.login_throttle).
core::Result<StaffSession> LogIn(WebContext& web, const std::string& user,
                                 const std::string& password, std::string_view address);

// The page to go to after login: `next` when its path is one of this site's own GET pages (the
// route table is the allow-list; API routes excluded) written with safe characters only, its
// query string kept; "/staff/cases" otherwise (TAB, CR/LF, '\\', "//", schemes …). Pure.
std::string SafeNextPath(const std::optional<std::string>& next);

// GET /login, POST /login (303 to next with the cookie, or the form with 403), POST /logout.
HttpResponse HandleLoginForm(WebContext& web, const HttpRequest& request,
                             const std::optional<StaffSession>& session);
HttpResponse HandleLogin(WebContext& web, const HttpRequest& request,
                         const std::optional<StaffSession>& session);
HttpResponse HandleLogout(WebContext& web, const HttpRequest& request,
                          const std::optional<StaffSession>& session);
// POST /api/v1/session {"user": "…", "password": "…"} -> 201 {"token": "…", "user": "…"}.
HttpResponse HandleApiLogin(WebContext& web, const HttpRequest& request,
                            const std::optional<StaffSession>& session);

}  // namespace gongkai::web
