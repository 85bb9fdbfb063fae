#include "web/route_table.h"

#include "web/handlers/annual_input_handler.h"
#include "web/handlers/api_case_handler.h"
#include "web/handlers/application_handler.h"
#include "web/handlers/calendar_handler.h"
#include "web/handlers/case_handler.h"
#include "web/handlers/home_handler.h"
#include "web/handlers/report_handler.h"
#include "web/handlers/review_handler.h"
#include "web/handlers/session_handler.h"
#include "web/handlers/tracking_handler.h"

namespace gongkai::web {
namespace {

std::vector<std::string> Segments(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    if (end > start) {
      segments.emplace_back(path.substr(start, end - start));
    }
    start = end + 1;
  }
  return segments;
}

bool Matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
             std::map<std::string, std::string>& captures) {
  if (pattern.size() != path.size()) {
    return false;
  }
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const std::string& segment = pattern[i];
    if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
      found[segment.substr(1, segment.size() - 2)] = path[i];
    } else if (segment != path[i]) {
      return false;
    }
  }
  captures = std::move(found);
  return true;
}

}  // namespace

std::vector<Route> AllRoutes() {
  return {
      // Public site.
      {"GET", "/", Access::kPublic, HandleHome},
      {"GET", "/static/{file}", Access::kPublic, HandleStaticFile},
      {"GET", "/apply", Access::kPublic, HandleApplyForm},
      {"POST", "/apply", Access::kPublic, HandleApplySubmit},
      {"GET", "/track", Access::kPublic, HandleTrack},
      {"GET", "/reports", Access::kPublic, HandleReportList},
      {"GET", "/reports/{agency}/{year}", Access::kPublic, HandleReportDocument},
      {"GET", "/login", Access::kPublic, HandleLoginForm},
      {"POST", "/login", Access::kPublic, HandleLogin},
      // Staff (政务公开办公室).
      {"POST", "/logout", Access::kStaff, HandleLogout},
      {"GET", "/staff/cases", Access::kStaff, HandleCaseList},
      {"GET", "/staff/cases/by-number", Access::kStaff, HandleCaseByNumber},
      {"GET", "/staff/cases/{id}", Access::kStaff, HandleCaseDetail},
      {"POST", "/staff/cases/{id}/steps", Access::kStaff, HandleCaseStep},
      {"GET", "/staff/calendar", Access::kStaff, HandleCalendarPage},
      {"POST", "/staff/calendar", Access::kStaff, HandleCalendarImport},
      {"GET", "/staff/reviews", Access::kStaff, HandleReviewList},
      {"POST", "/staff/reviews", Access::kStaff, HandleReviewCreate},
      {"POST", "/staff/reviews/{id}/decision", Access::kStaff, HandleReviewDecision},
      {"GET", "/staff/reports", Access::kStaff, HandleStaffReportChooser},
      {"GET", "/staff/reports/{agency}/{year}", Access::kStaff, HandleStaffReport},
      {"GET", "/staff/reports/{agency}/{year}/explain", Access::kStaff, HandleCellExplanation},
      {"GET", "/staff/reports/{agency}/{year}/export/{format}", Access::kStaff, HandleReportExport},
      {"GET", "/staff/reports/{agency}/{year}/inputs", Access::kStaff, HandleAnnualInputForm},
      {"POST", "/staff/reports/{agency}/{year}/inputs", Access::kStaff, HandleAnnualInputSave},
      // JSON API.
      {"POST", "/api/v1/session", Access::kApi, HandleApiLogin},
      {"POST", "/api/v1/cases", Access::kApi, HandleApiCreateCase},
      {"GET", "/api/v1/cases/{number}", Access::kApi, HandleApiGetCase},
      {"POST", "/api/v1/cases/{number}/events", Access::kApi, HandleApiCaseEvent},
      {"GET", "/api/v1/reports/{agency}/{year}", Access::kApi, HandleApiReport},
  };
}

RouteMatch MatchRoute(const std::vector<Route>& routes, const std::string& method,
                      const std::string& path, HttpRequest& request) {
  RouteMatch match;
  const std::vector<std::string> path_segments = Segments(path);
  for (const Route& route : routes) {
    std::map<std::string, std::string> captures;
    if (!Matches(Segments(route.pattern), path_segments, captures)) {
      continue;
    }
    // A literal route wins over a capture in the same place ("/staff/cases/by-number" over
    // "/staff/cases/{id}") because the table lists it first.
    if (route.method == method) {
      match.route = &route;
      match.method_allowed = true;
      request.path_params = std::move(captures);
      return match;
    }
    match.route = &route;
  }
  return match;
}

}  // namespace gongkai::web
