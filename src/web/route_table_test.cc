#include "web/route_table.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

TEST(RouteTableTest, CapturesSegmentsAndPrefersLiterals) {
  const std::vector<Route> routes = AllRoutes();
  HttpRequest request;
  RouteMatch match = MatchRoute(routes, "GET", "/staff/cases/17", request);
  ASSERT_NE(match.route, nullptr);
  EXPECT_TRUE(match.method_allowed);
  EXPECT_EQ(request.PathParam("id"), "17");
  match = MatchRoute(routes, "GET", "/staff/cases/by-number", request);
  EXPECT_EQ(match.route->pattern, "/staff/cases/by-number");
  match = MatchRoute(routes, "GET", "/api/v1/reports/bj-scjg/2025", request);
  EXPECT_EQ(request.PathParam("agency"), "bj-scjg");
  EXPECT_EQ(request.PathParam("year"), "2025");
}

TEST(RouteTableTest, DistinguishesUnknownPathFromWrongMethod) {
  const std::vector<Route> routes = AllRoutes();
  HttpRequest request;
  EXPECT_EQ(MatchRoute(routes, "GET", "/nowhere", request).route, nullptr);
  const RouteMatch wrong = MatchRoute(routes, "DELETE", "/apply", request);
  EXPECT_NE(wrong.route, nullptr);
  EXPECT_FALSE(wrong.method_allowed);
}

TEST(RouteTableTest, StaffRoutesAreProtected) {
  for (const Route& route : AllRoutes()) {
    if (route.pattern.starts_with("/staff/")) {
      EXPECT_EQ(route.access, Access::kStaff) << route.pattern;
    }
  }
}

}  // namespace
}  // namespace gongkai::web
