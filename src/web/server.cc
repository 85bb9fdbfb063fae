#include "web/server.h"

#include <cctype>
#include <exception>
#include <mutex>
#include <optional>

#include <httplib.h>
#include <spdlog/spdlog.h>

#include "domain/case_service.h"
#include "domain/review_register.h"
#include "web/error_mapping.h"
#include "web/handlers/page_response.h"
#include "web/handlers/session_handler.h"
#include "web/route_table.h"
#include "web/views/html_escape.h"
#include "web/web_context.h"

namespace gongkai::web {

struct WebServer::Impl {
  Impl(Options options, domain::Store& store, core::Clock& clock,
       std::unique_ptr<domain::StoredCalendarSource> calendar_source)
      : calendars(std::move(calendar_source)),
        cases(store, *calendars, clock, options.clock_policy),
        reviews(store, clock),
        sessions(clock, options.session_lifetime_micros),
        login_throttle(clock, options.login_throttle),
        rate_limiter(clock, options.rate_limits),
        trust_forwarded_for(options.trust_forwarded_for),
        staff(std::move(options.staff)),
        max_body_bytes(options.max_body_bytes),
        context{store,
                cases,
                reviews,
                *calendars,
                clock,
                sessions,
                login_throttle,
                rate_limiter,
                staff,
                annual_input_lock,
                options.secure_cookies},
        routes(AllRoutes()) {}

  std::unique_ptr<domain::StoredCalendarSource> calendars;
  domain::CaseService cases;
  domain::ReviewRegister reviews;
  SessionStore sessions;
  LoginThrottle login_throttle;
  RateLimiter rate_limiter;
  bool trust_forwarded_for;
  StaffDirectory staff;
  std::size_t max_body_bytes;
  std::mutex annual_input_lock;
  WebContext context;
  std::vector<Route> routes;
  httplib::Server http;
};

namespace {

bool IsApi(const std::string& path) {
  return path == "/api" || path.starts_with("/api/");
}

std::optional<StaffSession> SessionOf(WebContext& web, const HttpRequest& request, Access access) {
  std::optional<std::string> token;
  if (access == Access::kApi) {
    // The API authenticates with Bearer tokens only, so a browser cookie can never be used to
    // forge API calls from another site (no CSRF on the API).
    const std::string authorization = request.Header("authorization").value_or("");
    if (authorization.starts_with("Bearer ")) {
      token = authorization.substr(7);
    }
  } else {
    token = request.Cookie(kSessionCookie);
  }
  return token.has_value() ? web.sessions.Find(*token) : std::nullopt;
}

HttpResponse NotFound(const HttpRequest& request, const std::optional<StaffSession>& session) {
  const core::Error error = core::Error::NotFound("找不到该页面：" + request.path.substr(0, 200));
  return IsApi(request.path) ? JsonError(error) : ErrorPageResponse(error, session);
}

HttpResponse MethodNotAllowed(const HttpRequest& request) {
  const core::Error error =
      core::Error::InvalidArgument("该地址不支持 " + request.method + " 请求");
  HttpResponse response = IsApi(request.path) ? JsonError(error) : ErrorPageResponse(error, {});
  response.status = 405;
  return response;
}

// Staff pages: a login for GETs, the CSRF token for POSTs.
std::optional<HttpResponse> CheckStaff(const HttpRequest& request,
                                       const std::optional<StaffSession>& session) {
  if (!session.has_value()) {
    if (request.method == "GET") {
      return HttpResponse::Redirect("/login?next=" + UrlEncode(request.path));
    }
    return ErrorPageResponse(core::Error::PermissionDenied("登录已失效，请重新登录后再办理"),
                             session);
  }
  if (request.method == "POST" && request.Param("csrf") != session->csrf_token) {
    return ErrorPageResponse(
        core::Error::PermissionDenied("表单已过期或来源不明，请刷新页面后重新提交"), session);
  }
  return std::nullopt;
}

void AddSecurityHeaders(HttpResponse& response) {
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  response.headers.emplace_back("Referrer-Policy", "same-origin");
  response.headers.emplace_back(
      "Content-Security-Policy",
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      "form-action 'self'; frame-ancestors 'none'");
  if (!response.content_type.starts_with("text/css") &&
      !response.content_type.starts_with("text/javascript")) {
    response.headers.emplace_back("Cache-Control", "no-store");
  }
}

HttpRequest FromHttplib(const httplib::Request& in, bool trust_forwarded_for) {
  HttpRequest out;
  out.remote_address = in.remote_addr;
  if (trust_forwarded_for) {
    // The proxy appends the address it saw; earlier hops are the client's own claims.
    const std::string forwarded = in.get_header_value("X-Forwarded-For");
    const std::size_t comma = forwarded.rfind(',');
    std::string last = comma == std::string::npos ? forwarded : forwarded.substr(comma + 1);
    last.erase(0, last.find_first_not_of(' '));
    if (!last.empty()) {
      out.remote_address = last;
    }
  }
  out.method = in.method;
  out.path = in.path;
  out.body = in.body;
  for (const auto& [name, value] : in.headers) {
    std::string lower = name;
    for (char& c : lower) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    out.headers[lower] = value;
  }
  for (const auto& [name, value] : in.params) {
    out.params[name] = value;
  }
  const std::string content_type = out.Header("content-type").value_or("");
  if (content_type.starts_with("application/x-www-form-urlencoded")) {
    for (auto& [name, value] : ParseFormBody(in.body)) {
      out.params[name] = std::move(value);
    }
  }
  // multipart/form-data (file uploads, and forms too long for URL encoding): httplib has parsed
  // the parts; each field or file becomes a parameter holding its content.
  for (const auto& [name, part] : in.files) {
    out.params[name] = part.content;
  }
  out.cookies = ParseCookieHeader(out.Header("cookie").value_or(""));
  return out;
}

void ToHttplib(const HttpResponse& in, httplib::Response& out) {
  out.status = in.status;
  for (const auto& [name, value] : in.headers) {
    out.headers.emplace(name, value);
  }
  out.set_content(in.body, in.content_type.c_str());
}

}  // namespace

core::Result<std::unique_ptr<WebServer>> WebServer::Create(Options options, domain::Store& store,
                                                           core::Clock& clock) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::StoredCalendarSource> calendars,
                           domain::StoredCalendarSource::Create(store.calendars(), clock,
                                                                options.calendar_recheck_micros));
  auto impl = std::make_unique<Impl>(std::move(options), store, clock, std::move(calendars));
  return std::unique_ptr<WebServer>(new WebServer(std::move(impl)));
}

WebServer::WebServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  impl_->http.set_payload_max_length(impl_->max_body_bytes);
  // Without TCP_NODELAY every response after the first on a keep-alive connection waited for
  // the peer's delayed ACK (~40 ms). Idle keep-alive connections each hold a worker thread, so
  // they are let go sooner than httplib's 5 s.
  impl_->http.set_tcp_nodelay(true);
  impl_->http.set_keep_alive_timeout(2);
  // Responses httplib writes itself (413 for an oversized body, 400 for a malformed request)
  // get a Chinese page and the security headers like every other response.
  impl_->http.set_error_handler([](const httplib::Request& in, httplib::Response& out) {
    if (!out.body.empty()) {
      return;
    }
    const core::Error error =
        out.status == 413
            ? core::Error::InvalidArgument("提交的内容过大，超过了本站允许的上限，请缩短后重试")
            : core::Error::InvalidArgument("请求格式有误，无法处理");
    HttpResponse page = IsApi(in.path) ? JsonError(error) : ErrorPageResponse(error, {});
    page.status = out.status;
    AddSecurityHeaders(page);
    ToHttplib(page, out);
  });
  const auto serve = [this](const httplib::Request& in, httplib::Response& out) {
    ToHttplib(Handle(FromHttplib(in, impl_->trust_forwarded_for)), out);
  };
  for (const char* pattern : {R"(/.*)"}) {
    impl_->http.Get(pattern, serve);
    impl_->http.Post(pattern, serve);
    impl_->http.Put(pattern, serve);
    impl_->http.Delete(pattern, serve);
    impl_->http.Patch(pattern, serve);
  }
  impl_->http.set_exception_handler(
      [](const httplib::Request& in, httplib::Response& out, std::exception_ptr error) {
        // Last resort: our code does not throw, so this is a library failure or a bug.
        std::string what = "unknown";
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        spdlog::error("web: exception while serving {} {}: {}", in.method, in.path, what);
        out.status = 500;
        out.set_content(ErrorJson(core::Error::Internal("服务器内部错误"), std::nullopt),
                        "application/json; charset=utf-8");
      });
  impl_->http.set_logger([](const httplib::Request& in, const httplib::Response& out) {
    spdlog::info("web: {} {} -> {}", in.method, in.path, out.status);
  });
}

WebServer::~WebServer() = default;

HttpResponse WebServer::Handle(HttpRequest request) {
  // HEAD is GET without the body (RFC 9110 §9.3.2); httplib drops the body it sends.
  const std::string method = request.method == "HEAD" ? std::string("GET") : request.method;
  RouteMatch match = MatchRoute(impl_->routes, method, request.path, request);
  const Access access = match.route != nullptr ? match.route->access : Access::kPublic;
  std::optional<StaffSession> session = SessionOf(impl_->context, request, access);
  if (session.has_value()) {
    session->alert = StaffAlertFor(*impl_->calendars->Current(), impl_->context.clock.Today());
  }
  HttpResponse response;
  if (match.route == nullptr) {
    response = NotFound(request, session);
  } else if (!match.method_allowed) {
    response = MethodNotAllowed(request);
  } else if (const auto refused =
                 access == Access::kStaff ? CheckStaff(request, session) : std::nullopt;
             refused.has_value()) {
    response = *refused;
  } else if (access == Access::kApi && !session.has_value() &&
             request.Header("authorization").has_value()) {
    // A token that is wrong or expired is refused, not taken as "anonymous": a script must learn
    // that its login failed instead of silently getting the public view.
    response = JsonError(core::Error::PermissionDenied("令牌无效或已过期，请重新登录"));
    response.status = 401;
    response.headers.emplace_back("WWW-Authenticate", "Bearer");
  } else {
    response = match.route->handler(impl_->context, request, session);
  }
  AddSecurityHeaders(response);
  return response;
}

core::Result<int> WebServer::BindToAnyPort(const std::string& host) {
  const int port = impl_->http.bind_to_any_port(host.c_str());
  if (port <= 0) {
    return core::Error::Unavailable("无法在 " + host + " 上监听");
  }
  return port;
}

core::Status WebServer::Bind(const std::string& host, int port) {
  if (!impl_->http.bind_to_port(host.c_str(), port)) {
    return core::Error::Unavailable("无法监听 " + host + ":" + std::to_string(port) +
                                    "（端口可能已被占用）");
  }
  return core::Ok();
}

core::Status WebServer::Listen() {
  if (!impl_->http.listen_after_bind()) {
    return core::Error::Unavailable("网站服务意外停止");
  }
  return core::Ok();
}

void WebServer::Stop() {
  impl_->http.stop();
}

}  // namespace gongkai::web
