#include "web/handlers/annual_input_handler.h"

#include <mutex>
#include <string>

#include "web/annual_input_form.h"
#include "web/error_mapping.h"
#include "web/handlers/page_response.h"
#include "web/handlers/report_handler.h"
#include "web/optional_record.h"
#include "web/views/annual_input_view.h"
#include "web/views/html_escape.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

struct InputAddress {
  std::string agency_id;
  std::string agency_name;
  int year = 0;
};

struct StoredInputs {
  std::optional<domain::ProactiveFigures> figures;
  std::optional<domain::ReportText> text;
};

core::Result<InputAddress> ResolveAddress(WebContext& web, const HttpRequest& request) {
  GONGKAI_ASSIGN_OR_RETURN(const ReportAddress address, ParseReportAddress(request));
  if (address.year > web.clock.Today().year()) {
    return core::Error::InvalidArgument("年度 " + std::to_string(address.year) +
                                        " 尚未开始，不能录入该年度的年度报告");
  }
  GONGKAI_ASSIGN_OR_RETURN(const domain::Agency agency,
                           web.store.agencies().GetAgency(address.agency_id));
  return InputAddress{agency.id, agency.name, address.year};
}

core::Result<StoredInputs> LoadStored(WebContext& web, const InputAddress& address) {
  domain::AnnualInputRepository& inputs = web.store.annual_inputs();
  StoredInputs stored;
  GONGKAI_ASSIGN_OR_RETURN(
      stored.figures, OptionalRecord(inputs.GetProactiveFigures(address.agency_id, address.year)));
  GONGKAI_ASSIGN_OR_RETURN(stored.text,
                           OptionalRecord(inputs.GetReportText(address.agency_id, address.year)));
  return stored;
}

// The page over `stored`, showing `values` (stored or submitted) and `errors`.
struct PageState {
  FieldMap values;
  std::vector<FieldError> errors;
  std::string figures_version;
  std::string text_version;
};

HttpResponse InputPage(const InputAddress& address, const StoredInputs& stored, PageState state,
                       const std::optional<StaffSession>& session, int status,
                       std::string notice_html) {
  AnnualInputPageModel model;
  model.agency_id = address.agency_id;
  model.agency_name = address.agency_name;
  model.year = address.year;
  model.values = std::move(state.values);
  model.errors = std::move(state.errors);
  model.figures_version = std::move(state.figures_version);
  model.text_version = std::move(state.text_version);
  model.figures_entered = stored.figures.has_value();
  model.text_entered = stored.text.has_value();
  model.csrf_token = session.has_value() ? session->csrf_token : "";
  return PageResponse(
      status,
      address.agency_name + std::to_string(address.year) + "年度报告：录入第一、二、五、六部分",
      RenderAnnualInputPage(model), session, std::move(notice_html));
}

PageState StoredState(const StoredInputs& stored) {
  return {AnnualInputValues(stored.figures, stored.text),
          {},
          FiguresVersion(stored.figures),
          TextVersion(stored.text)};
}

PageState SubmittedState(const HttpRequest& request, std::vector<FieldError> errors) {
  return {request.params, std::move(errors), request.Param("figures_version").value_or(""),
          request.Param("text_version").value_or("")};
}

// The clerk's input again, over the versions stored now: saving it once more overwrites them.
PageState SubmittedOverStored(const HttpRequest& request, const StoredInputs& stored) {
  return {request.params, {}, FiguresVersion(stored.figures), TextVersion(stored.text)};
}

// What a save does to each part: `changed` when the clerk's value differs from the one the form
// showed; a conflict when the clerk changed a part that someone else saved meanwhile.
struct SavePlan {
  bool figures_changed = false;
  bool text_changed = false;
  bool conflict = false;
};

SavePlan PlanSave(const ParsedAnnualInputs& parsed, const StoredInputs& stored,
                  const std::string& figures_shown, const std::string& text_shown) {
  SavePlan plan;
  plan.figures_changed = FiguresVersion(parsed.figures) != figures_shown;
  plan.text_changed = TextVersion(parsed.text) != text_shown;
  plan.conflict = (plan.figures_changed && FiguresVersion(stored.figures) != figures_shown) ||
                  (plan.text_changed && TextVersion(stored.text) != text_shown);
  return plan;
}

core::Status Save(WebContext& web, const ParsedAnnualInputs& parsed, const SavePlan& plan,
                  const domain::Actor& actor) {
  if (plan.figures_changed && parsed.figures.has_value()) {
    GONGKAI_TRY(web.store.annual_inputs().PutProactiveFigures(*parsed.figures, actor));
  }
  if (plan.text_changed) {
    GONGKAI_TRY(web.store.annual_inputs().PutReportText(parsed.text, actor));
  }
  return core::Ok();
}

// The form again after the store refused a write. One part may be saved already; what is stored
// now is what a second try compares with.
HttpResponse SaveFailedPage(WebContext& web, const InputAddress& address,
                            const HttpRequest& request, const std::optional<StaffSession>& session,
                            const core::Error& error) {
  const auto now = LoadStored(web, address);
  if (!now.has_value()) {
    return ErrorPageResponse(error, session);
  }
  return InputPage(address, *now, SubmittedOverStored(request, *now), session,
                   HttpStatusFor(error.code), Notice(NoticeKind::kError, error.message));
}

constexpr char kConflictMessage[] =
    "在您编辑期间，其他人修改并保存了本年度的数据。下面是您填写的内容；请先在年度报告统计页"
    "核对已保存的最新内容，再次保存将以您填写的内容为准。";

}  // namespace

HttpResponse HandleAnnualInputForm(WebContext& web, const HttpRequest& request,
                                   const std::optional<StaffSession>& session) {
  const auto address = ResolveAddress(web, request);
  if (!address.has_value()) {
    return ErrorPageResponse(address.error(), session);
  }
  const auto stored = LoadStored(web, *address);
  if (!stored.has_value()) {
    return ErrorPageResponse(stored.error(), session);
  }
  return InputPage(*address, *stored, StoredState(*stored), session, 200, "");
}

HttpResponse HandleAnnualInputSave(WebContext& web, const HttpRequest& request,
                                   const std::optional<StaffSession>& session) {
  const auto address = ResolveAddress(web, request);
  if (!address.has_value() || !session.has_value()) {
    return ErrorPageResponse(
        address.has_value() ? core::Error::PermissionDenied("请先登录") : address.error(), session);
  }
  const std::lock_guard lock(web.annual_input_lock);
  const auto stored = LoadStored(web, *address);
  if (!stored.has_value()) {
    return ErrorPageResponse(stored.error(), session);
  }
  const ParsedAnnualInputs parsed =
      ParseAnnualInputs(request.params, address->agency_id, address->year,
                        stored->figures.has_value() ? FiguresRequired::kYes : FiguresRequired::kNo);
  const auto figures_shown = request.Param("figures_version");
  const auto text_shown = request.Param("text_version");
  if (!parsed.errors.empty() || !figures_shown.has_value() || !text_shown.has_value()) {
    const std::string notice = !parsed.errors.empty()
                                   ? AnnualInputErrorSummary(parsed.errors)
                                   : Notice(NoticeKind::kError, "表单不完整，请重新打开本页后填写");
    return InputPage(*address, *stored, SubmittedState(request, parsed.errors), session, 400,
                     notice);
  }
  const SavePlan plan = PlanSave(parsed, *stored, *figures_shown, *text_shown);
  if (plan.conflict) {
    return InputPage(*address, *stored, SubmittedOverStored(request, *stored), session, 409,
                     Notice(NoticeKind::kError, kConflictMessage));
  }
  const core::Status saved = Save(web, parsed, plan, domain::Actor{session->user});
  if (!saved.has_value()) {
    return SaveFailedPage(web, *address, request, session, saved.error());
  }
  return HttpResponse::Redirect(
      "/staff/reports/" + UrlEncode(address->agency_id) + "/" + std::to_string(address->year) +
      "?scope=agency&saved=" + (plan.figures_changed || plan.text_changed ? "1" : "0"));
}

}  // namespace gongkai::web
