// WebContext: what every handler may use — the domain services over the store, the calendar in
// effect, the clock and the staff sessions. Built once by WebServer and borrowed by the handlers;
// all members are thread-safe (the store's own guarantees, calendar snapshots behind the source,
// locked session table).
#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "core/clock.h"
#include "domain/calendar_source.h"
#include "domain/case_service.h"
#include "domain/review_register.h"
#include "domain/store.h"
#include "domain/working_calendar.h"
#include "web/http_message.h"
#include "web/login_throttle.h"
#include "web/rate_limiter.h"
#include "web/session_store.h"
#include "web/staff_directory.h"

namespace gongkai::web {

struct WebContext {
  domain::Store& store;
  domain::CaseService& cases;
  domain::ReviewRegister& reviews;
  // The calendar in effect: take one snapshot per request (`*calendars.Current()`); an import
  // calls Refresh so that the next request sees it.
  domain::StoredCalendarSource& calendars;
  const core::Clock& clock;
  SessionStore& sessions;
  LoginThrottle& login_throttle;
  RateLimiter& rate_limiter;
  const StaffDirectory& staff;
  // Held while an annual-input save checks what is stored and writes: the repository keeps no
  // versions, so this is what makes the check and the write one step within this server.
  std::mutex& annual_input_lock;
  // The session cookie carries the Secure attribute (the site is served over HTTPS).
  bool secure_cookies = false;
};

// The alert every staff page shows for `calendar` on `today` (a missing holiday schedule), or "".
inline std::string StaffAlertFor(const domain::WorkingCalendar& calendar, core::Date today) {
  const std::optional<int> missing = domain::MissingScheduleAlert(calendar, today);
  return missing.has_value() ? domain::MissingScheduleAlertText(*missing) : "";
}

// A handler: request in, response out. `session` is the logged-in staff member, if any (the
// route table guarantees it is set for staff routes). Handlers never throw.
using Handler = std::function<HttpResponse(WebContext& web, const HttpRequest& request,
                                           const std::optional<StaffSession>& session)>;

}  // namespace gongkai::web
