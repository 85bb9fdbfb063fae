#include "web/handlers/api_case_handler.h"

#include <nlohmann/json.hpp>

#include "web/case_json.h"
#include "web/case_lookup.h"
#include "web/case_step_form.h"
#include "web/error_mapping.h"
#include "web/handlers/application_handler.h"
#include "web/json_fields.h"
#include "web/receipt_code.h"

namespace gongkai::web {
namespace {

HttpResponse FieldErrorResponse(const std::vector<FieldError>& errors) {
  return JsonError(AsInvalidArgument(errors), errors.front().field);
}

}  // namespace

HttpResponse HandleApiCreateCase(WebContext& web, const HttpRequest& request,
                                 const std::optional<StaffSession>& /*session*/) {
  const auto fields = FlattenJsonBody(request.body);
  if (!fields.has_value()) {
    return JsonError(fields.error(), "body");
  }
  const auto submission = SubmitApplication(web, *fields);
  if (!submission.has_value()) {
    return JsonError(submission.error());
  }
  if (!submission->created.has_value()) {
    return FieldErrorResponse(submission->errors);
  }
  const domain::RequestCase& created = *submission->created;
  const nlohmann::json status = nlohmann::json::parse(PublicStatusJson(PublicStatusOf(created)));
  const nlohmann::json reply = {
      {"id", created.id}, {"receipt_code", ReceiptCode(created)}, {"status", status}};
  return HttpResponse::Json(201, reply.dump());
}

HttpResponse HandleApiGetCase(WebContext& web, const HttpRequest& request,
                              const std::optional<StaffSession>& session) {
  if (!session.has_value()) {
    if (const core::Status allowed = GuardLookup(web.rate_limiter, request.remote_address);
        !allowed.has_value()) {
      return JsonError(allowed.error());
    }
  }
  const auto found = FindCaseByNumber(web.store.cases(), request.PathParam("number").value_or(""));
  if (!found.has_value()) {
    if (!session.has_value() && found.error().code == core::ErrorCode::kNotFound) {
      RecordFailedLookup(web.rate_limiter, request.remote_address);
    }
    return JsonError(found.error(), "number");
  }
  if (session.has_value()) {
    return HttpResponse::Json(200, StaffCaseJson(*found));
  }
  return HttpResponse::Json(200, PublicStatusJson(PublicStatusOf(*found)));
}

HttpResponse HandleApiCaseEvent(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session) {
  if (!session.has_value()) {
    return JsonError(core::Error::PermissionDenied("需要机关工作人员登录"));
  }
  const auto found = FindCaseByNumber(web.store.cases(), request.PathParam("number").value_or(""));
  if (!found.has_value()) {
    return JsonError(found.error(), "number");
  }
  auto fields = FlattenJsonBody(request.body);
  if (!fields.has_value()) {
    return JsonError(fields.error(), "body");
  }
  if (fields->count("step") == 0 && fields->count("type") != 0) {
    (*fields)["step"] = (*fields)["type"];
  }
  const ParsedStep parsed = ParseCaseStep(*fields, domain::Actor{session->user});
  if (!parsed.step.has_value()) {
    return FieldErrorResponse(parsed.errors);
  }
  const auto applied = ApplyCaseStep(web.cases, found->id, *parsed.step);
  if (!applied.has_value()) {
    return JsonError(applied.error());
  }
  return HttpResponse::Json(200, StaffCaseJson(*applied));
}

}  // namespace gongkai::web
