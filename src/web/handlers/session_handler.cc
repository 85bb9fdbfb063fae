#include "web/handlers/session_handler.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "web/error_mapping.h"
#include "web/handlers/page_response.h"
#include "web/route_table.h"
#include "web/views/login_view.h"

namespace gongkai::web {

core::Result<StaffSession> LogIn(WebContext& web, const std::string& user,
                                 const std::string& password, std::string_view address) {
  if (user.empty() || password.empty()) {
    return core::Error::InvalidArgument("请输入用户名和密码");
  }
  if (web.staff.empty()) {
    return core::Error::Unavailable(
        "本站未配置机关工作人员账号（启动时用 --staff-file 指定账号文件）");
  }
  // The lock is checked before the (expensive) password check, so a locked account or address
  // costs the server nothing.
  if (const auto wait = web.login_throttle.LockedFor(user, address)) {
    spdlog::warn("login refused while locked: user={} address={} ({} s left)", user, address,
                 *wait);
    return core::Error::ResourceExhausted("登录失败次数过多，账号或来源地址已被暂时锁定，请在 " +
                                          std::to_string(*wait) + " 秒后再试");
  }
  std::optional<LoginThrottle::HashSlot> slot = web.login_throttle.TryHashSlot();
  if (!slot.has_value()) {
    return core::Error::ResourceExhausted("登录请求较多，请稍后再试");
  }
  if (!web.staff.Verify(user, password)) {
    if (web.login_throttle.RecordFailure(user, address)) {
      spdlog::warn("login locked after repeated failures: user={} address={}", user, address);
    }
    return core::Error::PermissionDenied("用户名或密码不正确");
  }
  web.login_throttle.RecordSuccess(user);
  return web.sessions.Create(user);
}

namespace {

// Characters a redirect target may hold: unreserved, '/', '%' escapes and, in the query, '=',
// '&' and '+'. Anything else (TAB, CR, LF, '\\', blanks, '#', ':' …) is refused outright,
// because browsers strip or reinterpret some of them ("/\t/example.org" is "//example.org").
bool SafeRedirectChars(std::string_view text, std::string_view extra) {
  return std::all_of(text.begin(), text.end(), [extra](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           std::string_view("-._~/%").find(c) != std::string_view::npos ||
           extra.find(c) != std::string_view::npos;
  });
}

}  // namespace

std::string SafeNextPath(const std::optional<std::string>& next) {
  constexpr char kDefault[] = "/staff/cases";
  if (!next.has_value() || next->size() > 2000) {
    return kDefault;
  }
  const std::string_view text = *next;
  const std::size_t query = std::min(text.find('?'), text.size());
  const std::string_view path = text.substr(0, query);
  if (!path.starts_with('/') || path.find("//") != std::string_view::npos ||
      !SafeRedirectChars(path, "") || !SafeRedirectChars(text.substr(query), "?=&+")) {
    return kDefault;
  }
  HttpRequest probe;
  // The match points into the table, which must outlive it.
  const std::vector<Route> routes = AllRoutes();
  const RouteMatch match = MatchRoute(routes, "GET", std::string(path), probe);
  if (match.route == nullptr || !match.method_allowed || match.route->access == Access::kApi) {
    return kDefault;
  }
  return *next;
}

HttpResponse HandleLoginForm(WebContext& /*web*/, const HttpRequest& request,
                             const std::optional<StaffSession>& session) {
  return PageResponse(200, "机关工作人员登录",
                      RenderLoginForm("", std::nullopt, SafeNextPath(request.Param("next"))),
                      session);
}

HttpResponse HandleLogin(WebContext& web, const HttpRequest& request,
                         const std::optional<StaffSession>& session) {
  const std::string user = request.Param("user").value_or("");
  const std::string next = SafeNextPath(request.Param("next"));
  const auto started =
      LogIn(web, user, request.Param("password").value_or(""), request.remote_address);
  if (!started.has_value()) {
    return PageResponse(HttpStatusFor(started.error().code), "机关工作人员登录",
                        RenderLoginForm(user, started.error().message, next), session);
  }
  HttpResponse response = HttpResponse::Redirect(next);
  response.headers.emplace_back("Set-Cookie",
                                std::string(kSessionCookie) + "=" + started->token +
                                    "; Path=/; HttpOnly; SameSite=Strict" +
                                    std::string(web.secure_cookies ? "; Secure" : ""));
  return response;
}

HttpResponse HandleLogout(WebContext& web, const HttpRequest& /*request*/,
                          const std::optional<StaffSession>& session) {
  if (session.has_value()) {
    web.sessions.Remove(session->token);
  }
  HttpResponse response = HttpResponse::Redirect("/");
  response.headers.emplace_back(
      "Set-Cookie",
      std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  return response;
}

HttpResponse HandleApiLogin(WebContext& web, const HttpRequest& request,
                            const std::optional<StaffSession>& /*session*/) {
  const nlohmann::json body =
      nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object()) {
    return JsonError(core::Error::InvalidArgument("请求体应为 JSON 对象"), "body");
  }
  const auto text = [&body](const char* key) {
    const auto it = body.find(key);
    return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const auto started = LogIn(web, text("user"), text("password"), request.remote_address);
  if (!started.has_value()) {
    return JsonError(started.error());
  }
  nlohmann::json reply = {{"token", started->token}, {"user", started->user}};
  return HttpResponse::Json(201, reply.dump());
}

}  // namespace gongkai::web
