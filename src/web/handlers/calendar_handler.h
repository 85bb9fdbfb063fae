// Staff page of the working-day calendar: the years in effect and the import of a new year's
// holiday schedule, which running servers pick up without a restart.
#pragma once

#include <optional>

#include "web/http_message.h"
#include "web/session_store.h"
#include "web/web_context.h"

namespace gongkai::web {

// GET /staff/calendar
HttpResponse HandleCalendarPage(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session);
// POST /staff/calendar (multipart: "file" or "json", "replace"): imports the schedule
// (domain::ImportCalendar), reloads the calendar in effect and shows what changed; on a bad file
// the page again with the error (400) and the pasted text kept, nothing imported.
HttpResponse HandleCalendarImport(WebContext& web, const HttpRequest& request,
                                  const std::optional<StaffSession>& session);

}  // namespace gongkai::web
