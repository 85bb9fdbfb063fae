#include "web/handlers/tracking_handler.h"

#include "web/case_lookup.h"
#include "web/error_mapping.h"
#include "web/handlers/page_response.h"
#include "web/views/track_view.h"

namespace gongkai::web {

HttpResponse HandleTrack(WebContext& web, const HttpRequest& request,
                         const std::optional<StaffSession>& session) {
  constexpr char kTitle[] = "申请查询";
  const std::optional<std::string> number = request.Param("number");
  if (!number.has_value()) {
    return PageResponse(200, kTitle, RenderTrackPage("", std::nullopt, std::nullopt, ""), session);
  }
  if (const core::Status allowed = GuardLookup(web.rate_limiter, request.remote_address);
      !allowed.has_value()) {
    return PageResponse(
        429, kTitle, RenderTrackPage(*number, std::nullopt, allowed.error().message, ""), session);
  }
  const auto found = FindCaseByNumber(web.store.cases(), *number);
  if (!found.has_value()) {
    const core::Error& error = found.error();
    if (error.code == core::ErrorCode::kNotFound) {
      RecordFailedLookup(web.rate_limiter, request.remote_address);
    }
    if (error.code != core::ErrorCode::kNotFound &&
        error.code != core::ErrorCode::kInvalidArgument) {
      return ErrorPageResponse(error, session);
    }
    return PageResponse(HttpStatusFor(error.code), kTitle,
                        RenderTrackPage(*number, std::nullopt, error.message, ""), session);
  }
  const auto agency = web.store.agencies().GetAgency(found->agency_id);
  const std::string agency_name = agency.has_value() ? agency->name : found->agency_id;
  return PageResponse(200, kTitle,
                      RenderTrackPage(*number, PublicStatusOf(*found), std::nullopt, agency_name),
                      session);
}

}  // namespace gongkai::web
