// The route table: every URL of the site and the API in one place, with who may call it. Matching
// is by method and path segments; "{name}" captures one segment into HttpRequest::path_params.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/http_message.h"
#include "web/web_context.h"

namespace gongkai::web {

enum class Access {
  kPublic,  // anyone; the staff session (cookie) is passed when present, for the navigation
  kStaff,   // HTML staff pages: cookie session required; POSTs must carry the CSRF token
  kApi,     // JSON API: anyone; a Bearer token session is passed when present
};

struct Route {
  std::string method;   // "GET" or "POST"
  std::string pattern;  // e.g. "/staff/cases/{id}/steps"
  Access access = Access::kPublic;
  Handler handler;
};

// Every route of gongkai serve.
std::vector<Route> AllRoutes();

struct RouteMatch {
  const Route* route = nullptr;  // nullptr when no route has this path
  bool method_allowed = false;   // a route has the path but not the method (405) when false
};

// Finds the route for `method` and `path` and fills `request.path_params` for it. Pure.
RouteMatch MatchRoute(const std::vector<Route>& routes, const std::string& method,
                      const std::string& path, HttpRequest& request);

}  // namespace gongkai::web
