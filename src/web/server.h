// WebServer: `gongkai serve` — the public site (在线申请, 申请查询, 年度报告), the staff pages
// (政务公开办公室) and the JSON API, over the domain services and one domain::Store. The routes
// live in route_table.cc; this class owns the services, the sessions and the HTTP listener
// (cpp-httplib, kept out of this header).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "domain/calendar_source.h"
#include "domain/statutory_clock.h"
#include "domain/store.h"
#include "web/http_message.h"
#include "web/login_throttle.h"
#include "web/rate_limiter.h"
#include "web/session_store.h"
#include "web/staff_directory.h"

namespace gongkai::web {

struct WebServerOptions {
  // Staff accounts allowed to log in. Default: none (the staff pages then refuse every login).
  StaffDirectory staff;
  // How long a login lasts. Default: 8 hours.
  std::int64_t session_lifetime_micros = SessionStore::kDefaultLifetimeMicros;
  // Local-practice settings of the statutory clock. Default: the recommended ones.
  domain::ClockPolicy clock_policy;
  // Login back-off, lock-out and password-check slots. Default: see LoginThrottleOptions.
  LoginThrottleOptions login_throttle;
  // Limits on public applications and case lookups per address. Default: RateLimitOptions.
  RateLimitOptions rate_limits;
  // Take the client address from the last X-Forwarded-For hop: only behind a reverse proxy that
  // sets it (docs/DEPLOYMENT.md), since a client can send any header. Default: false.
  bool trust_forwarded_for = false;
  // Mark the session cookie Secure (the site is served over HTTPS). Default: false.
  bool secure_cookies = false;
  // Largest accepted request body. Default: 1 MiB (an application is a few KiB).
  std::size_t max_body_bytes = 1 << 20;
  // How often the holiday schedules stored in the database are checked for changes made by
  // another process (the CLI, another server). Default: 2 s.
  std::int64_t calendar_recheck_micros = domain::StoredCalendarSource::kDefaultRecheckMicros;
};

class WebServer {
 public:
  using Options = WebServerOptions;

  // Builds the server over `store` and `clock` (both borrowed; they must outlive the server):
  // loads the working calendar in effect (built-in years plus the years stored in the database,
  // rechecked while the server runs). kInvalidArgument when a stored calendar year is invalid;
  // the store's errors otherwise.
  static core::Result<std::unique_ptr<WebServer>> Create(Options options, domain::Store& store,
                                                         core::Clock& clock);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Handles one request without any socket: routing, sessions, CSRF, the handler, security
  // headers. Never throws. Thread-safe. Used by the listener and by tests.
  HttpResponse Handle(HttpRequest request);

  // Binds `host` on a free port and returns it. kUnavailable when binding fails.
  core::Result<int> BindToAnyPort(const std::string& host);
  // Binds `host`:`port`. kUnavailable when the port is taken or the host is not local.
  core::Status Bind(const std::string& host, int port);
  // Serves requests until Stop(). REQUIRES: a successful Bind/BindToAnyPort. kUnavailable when
  // the listener fails.
  core::Status Listen();
  // Makes Listen() return. Thread-safe; may be called from a signal-watching thread.
  void Stop();

 private:
  struct Impl;
  explicit WebServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::web
