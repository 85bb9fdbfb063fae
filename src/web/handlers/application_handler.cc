#include "web/handlers/application_handler.h"

#include <spdlog/spdlog.h>

#include "web/application_form.h"
#include "web/handlers/page_response.h"
#include "web/receipt_code.h"
#include "web/views/apply_view.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

constexpr char kOnlineActor[] = "在线申请";

std::string AgencyName(WebContext& web, const std::string& agency_id) {
  const auto agency = web.store.agencies().GetAgency(agency_id);
  return agency.has_value() ? agency->name : agency_id;
}

}  // namespace

core::Result<Submission> SubmitApplication(WebContext& web, const FieldMap& fields) {
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::Agency> agencies,
                           web.store.agencies().ListAgencies());
  ParsedApplication parsed = ParseApplicationForm(fields, agencies);
  Submission submission;
  if (!parsed.draft.has_value()) {
    submission.errors = std::move(parsed.errors);
    return submission;
  }
  auto created = web.cases.ReceiveApplication(*parsed.draft, domain::Actor{kOnlineActor});
  if (!created.has_value()) {
    if (created.error().code != core::ErrorCode::kInvalidArgument) {
      return created.error();
    }
    submission.errors.push_back({"form", created.error().message});
    return submission;
  }
  submission.created = std::move(*created);
  return submission;
}

HttpResponse HandleApplyForm(WebContext& web, const HttpRequest& /*request*/,
                             const std::optional<StaffSession>& session) {
  const auto agencies = web.store.agencies().ListAgencies();
  if (!agencies.has_value()) {
    return ErrorPageResponse(agencies.error(), session);
  }
  return PageResponse(200, "在线申请政府信息公开", RenderApplyForm(*agencies, {}, {}), session);
}

HttpResponse HandleApplySubmit(WebContext& web, const HttpRequest& request,
                               const std::optional<StaffSession>& session) {
  if (!web.rate_limiter.Allow(LimitKind::kApplication, request.remote_address)) {
    spdlog::warn("application refused by the rate limit: address={}", request.remote_address);
    const auto agencies = web.store.agencies().ListAgencies();
    // The form comes back with everything typed, so nothing is lost by waiting.
    return PageResponse(
        429, "在线申请政府信息公开",
        RenderApplyForm(agencies.value_or(std::vector<domain::Agency>{}), request.params, {}),
        session,
        Notice(NoticeKind::kError,
               "提交过于频繁，请稍后再试。您填写的内容已保留，稍后可直接重新提交。"));
  }
  const auto submission = SubmitApplication(web, request.params);
  if (!submission.has_value()) {
    return ErrorPageResponse(submission.error(), session);
  }
  if (!submission->created.has_value()) {
    const auto agencies = web.store.agencies().ListAgencies();
    const std::vector<domain::Agency> list = agencies.value_or(std::vector<domain::Agency>{});
    return PageResponse(400, "在线申请政府信息公开",
                        RenderApplyForm(list, request.params, submission->errors), session);
  }
  const domain::RequestCase& created = *submission->created;
  return PageResponse(
      201, "申请已提交",
      RenderApplyReceipt(created, ReceiptCode(created), AgencyName(web, created.agency_id)),
      session);
}

}  // namespace gongkai::web
