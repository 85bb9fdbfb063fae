#include "web/handlers/review_handler.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "web/error_mapping.h"
#include "web/handlers/page_response.h"
#include "web/review_form.h"
#include "web/views/page_layout.h"
#include "web/views/review_view.h"

namespace gongkai::web {
namespace {

constexpr char kTitle[] = "行政复议、行政诉讼登记";

core::Result<ReviewPageModel> LoadModel(WebContext& web,
                                        const std::optional<StaffSession>& session) {
  ReviewPageModel model;
  GONGKAI_ASSIGN_OR_RETURN(model.agencies, web.store.agencies().ListAgencies());
  std::vector<std::string> ids;
  for (const domain::Agency& agency : model.agencies) {
    ids.push_back(agency.id);
  }
  GONGKAI_ASSIGN_OR_RETURN(model.reviews, web.store.reviews().ListReviews(ids));
  std::sort(model.reviews.begin(), model.reviews.end(),
            [](const domain::ReviewCase& a, const domain::ReviewCase& b) {
              return std::tie(b.filed_on, b.id) < std::tie(a.filed_on, a.id);
            });
  model.csrf_token = session.has_value() ? session->csrf_token : "";
  return model;
}

HttpResponse PageWithErrors(WebContext& web, const HttpRequest& request,
                            const std::optional<StaffSession>& session, int status,
                            std::string form, std::vector<FieldError> errors,
                            const std::string& message) {
  auto model = LoadModel(web, session);
  if (!model.has_value()) {
    return ErrorPageResponse(model.error(), session);
  }
  model->failed_form = std::move(form);
  model->values = request.params;
  model->errors = std::move(errors);
  return PageResponse(status, kTitle, RenderReviewPage(*model), session,
                      Notice(NoticeKind::kError, message));
}

}  // namespace

HttpResponse HandleReviewList(WebContext& web, const HttpRequest& request,
                              const std::optional<StaffSession>& session) {
  const auto model = LoadModel(web, session);
  if (!model.has_value()) {
    return ErrorPageResponse(model.error(), session);
  }
  const std::string notice =
      request.Param("done").has_value() ? Notice(NoticeKind::kSuccess, "已保存。") : "";
  return PageResponse(200, kTitle, RenderReviewPage(*model), session, notice);
}

HttpResponse HandleReviewCreate(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session) {
  const auto agencies = web.store.agencies().ListAgencies();
  if (!agencies.has_value() || !session.has_value()) {
    return ErrorPageResponse(
        agencies.has_value() ? core::Error::PermissionDenied("请先登录") : agencies.error(),
        session);
  }
  ParsedReview parsed = ParseNewReview(request.params, *agencies);
  if (parsed.draft.has_value() && !parsed.request_number.empty()) {
    const auto linked = web.store.cases().GetCaseByTracking(parsed.request_number);
    if (linked.has_value()) {
      parsed.draft->request_case_id = linked->id;
    } else {
      parsed.errors.push_back({"request_number", "没有这个申请编号"});
    }
  }
  if (!parsed.errors.empty()) {
    return PageWithErrors(web, request, session, 400, "new", parsed.errors,
                          "请修改标注的内容后重新提交。");
  }
  const auto created = web.reviews.Create(*parsed.draft, domain::Actor{session->user});
  if (!created.has_value()) {
    return PageWithErrors(web, request, session, HttpStatusFor(created.error().code), "new", {},
                          created.error().message);
  }
  return HttpResponse::Redirect("/staff/reviews?done=1");
}

HttpResponse HandleReviewDecision(WebContext& web, const HttpRequest& request,
                                  const std::optional<StaffSession>& session) {
  const std::string id_text = request.PathParam("id").value_or("");
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (id_text.empty() || error != std::errc() || end != id_text.data() + id_text.size() ||
      !session.has_value()) {
    return ErrorPageResponse(core::Error::NotFound("没有这条复议或者诉讼记录"), session);
  }
  const std::string form = "decide-" + std::to_string(id);
  const ParsedDecision parsed = ParseReviewDecision(request.params);
  if (!parsed.decision.has_value()) {
    return PageWithErrors(web, request, session, 400, form, parsed.errors,
                          "请修改标注的内容后重新提交。");
  }
  const auto decided = web.reviews.Decide(id, *parsed.decision, domain::Actor{session->user},
                                          parsed.expected_version);
  if (!decided.has_value()) {
    if (decided.error().code == core::ErrorCode::kNotFound) {
      return ErrorPageResponse(decided.error(), session);
    }
    return PageWithErrors(web, request, session, HttpStatusFor(decided.error().code), form, {},
                          decided.error().message);
  }
  return HttpResponse::Redirect("/staff/reviews?done=1");
}

}  // namespace gongkai::web
