#include "web/handlers/case_handler.h"

#include <algorithm>
#include <charconv>
#include <iterator>

#include "web/case_lookup.h"
#include "web/case_queue.h"
#include "web/case_step_form.h"
#include "web/error_mapping.h"
#include "web/handlers/page_response.h"
#include "web/receipt_code.h"
#include "web/views/case_list_view.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

std::string CaseTitle(const domain::RequestCase& request_case) {
  return "申请 " + (request_case.tracking_number.empty() ? ReceiptCode(request_case)
                                                         : request_case.tracking_number);
}

std::string DoneNotice(const HttpRequest& request) {
  const std::optional<std::string> done = request.Param("done");
  if (!done.has_value()) {
    return "";
  }
  for (const CaseStepInfo& info : CaseSteps()) {
    if (info.code == *done) {
      return Notice(NoticeKind::kSuccess, "已办理：" + std::string(info.label));
    }
  }
  return "";
}

HttpResponse DetailWithFeedback(WebContext& web, std::int64_t case_id, const StaffSession& session,
                                int status, StepFeedback feedback) {
  auto model = LoadCaseDetail(web, case_id, session.csrf_token);
  if (!model.has_value()) {
    return ErrorPageResponse(model.error(), session);
  }
  const std::string message = feedback.message.empty() && !feedback.errors.empty()
                                  ? "请修改标注的内容后重新提交。"
                                  : feedback.message;
  model->feedback = std::move(feedback);
  return PageResponse(status, CaseTitle(model->request_case), RenderCaseDetail(*model), session,
                      Notice(NoticeKind::kError, message));
}

}  // namespace

core::Result<std::int64_t> CaseIdParam(const HttpRequest& request) {
  const std::string text = request.PathParam("id").value_or("");
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || id <= 0) {
    return core::Error::NotFound("没有编号为“" + text.substr(0, 40) + "”的申请");
  }
  return id;
}

core::Result<int> PageNumberParam(const HttpRequest& request) {
  const std::string text = request.Param("page").value_or("1");
  int page = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), page);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || page < 1) {
    return core::Error::InvalidArgument("页码“" + text.substr(0, 20) + "”无效，应为正整数");
  }
  return page;
}

core::Result<CaseDetailModel> LoadCaseDetail(WebContext& web, std::int64_t case_id,
                                             const std::string& csrf_token) {
  CaseDetailModel model;
  GONGKAI_ASSIGN_OR_RETURN(model.request_case, web.cases.Get(case_id));
  const auto agency = web.store.agencies().GetAgency(model.request_case.agency_id);
  model.agency_name = agency.has_value() ? agency->name : model.request_case.agency_id;
  model.receipt_code = ReceiptCode(model.request_case);
  model.clock = domain::ComputeReplyClock(model.request_case, *web.calendars.Current());
  GONGKAI_ASSIGN_OR_RETURN(model.warnings, web.cases.Warnings(case_id));
  model.csrf_token = csrf_token;
  return model;
}

HttpResponse HandleCaseList(WebContext& web, const HttpRequest& request,
                            const std::optional<StaffSession>& session) {
  const std::string state = request.Param("state").value_or("");
  std::vector<domain::CaseState> states;  // empty: every state
  if (state.empty()) {
    // The default view is the work queue: what still needs a step.
    std::ranges::copy_if(AllCaseStates(), std::back_inserter(states), IsOpenState);
  } else if (state != "all") {
    const auto parsed = domain::CaseStateFromCode(state);
    if (!parsed.has_value()) {
      return ErrorPageResponse(
          core::Error::InvalidArgument("未知的状态“" + state.substr(0, 40) + "”"), session);
    }
    states.push_back(*parsed);
  }
  const auto page = PageNumberParam(request);
  if (!page.has_value()) {
    return ErrorPageResponse(page.error(), session);
  }
  auto queue = BuildCaseQueue(web.store, *web.calendars.Current(), web.clock.Today(), states);
  if (!queue.has_value()) {
    return ErrorPageResponse(queue.error(), session);
  }
  return PageResponse(200, "申请办理", RenderCaseList(PageOfQueue(std::move(*queue), *page), state),
                      session);
}

HttpResponse HandleCaseDetail(WebContext& web, const HttpRequest& request,
                              const std::optional<StaffSession>& session) {
  const auto id = CaseIdParam(request);
  if (!id.has_value()) {
    return ErrorPageResponse(id.error(), session);
  }
  const auto model = LoadCaseDetail(web, *id, session.has_value() ? session->csrf_token : "");
  if (!model.has_value()) {
    return ErrorPageResponse(model.error(), session);
  }
  return PageResponse(200, CaseTitle(model->request_case), RenderCaseDetail(*model), session,
                      DoneNotice(request));
}

HttpResponse HandleCaseStep(WebContext& web, const HttpRequest& request,
                            const std::optional<StaffSession>& session) {
  const auto id = CaseIdParam(request);
  if (!id.has_value() || !session.has_value()) {
    return ErrorPageResponse(
        id.has_value() ? core::Error::PermissionDenied("请先登录") : id.error(), session);
  }
  StepFeedback feedback;
  feedback.step_code = request.Param("step").value_or("");
  feedback.values = request.params;
  const ParsedStep parsed = ParseCaseStep(request.params, domain::Actor{session->user});
  if (!parsed.step.has_value()) {
    feedback.errors = parsed.errors;
    return DetailWithFeedback(web, *id, *session, 400, std::move(feedback));
  }
  const auto applied = ApplyCaseStep(web.cases, *id, *parsed.step);
  if (!applied.has_value()) {
    if (applied.error().code == core::ErrorCode::kNotFound) {
      return ErrorPageResponse(applied.error(), session);
    }
    feedback.message = applied.error().message;
    return DetailWithFeedback(web, *id, *session, HttpStatusFor(applied.error().code),
                              std::move(feedback));
  }
  return HttpResponse::Redirect("/staff/cases/" + std::to_string(*id) +
                                "?done=" + std::string(StepInfo(parsed.step->kind).code));
}

HttpResponse HandleCaseByNumber(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session) {
  const auto found = FindCaseByNumber(web.store.cases(), request.Param("number").value_or(""));
  if (!found.has_value()) {
    return ErrorPageResponse(found.error(), session);
  }
  return HttpResponse::Redirect("/staff/cases/" + std::to_string(found->id));
}

}  // namespace gongkai::web
