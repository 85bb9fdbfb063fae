#include "web/views/case_step_forms_view.h"

#include <algorithm>

#include "web/case_step_form.h"
#include "web/views/form_fields.h"
#include "web/views/html_escape.h"
#include "web/views/outcome_options.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

using Kind = CaseStepKind;

// Presentation only: which forms to show first. The lifecycle (domain/case_lifecycle.h) decides
// what is allowed, and a form outside this list still works when the lifecycle allows it.
std::vector<Kind> UsualNextSteps(domain::CaseState state) {
  switch (state) {
    case domain::CaseState::kReceived:
      return {Kind::kRegister};
    case domain::CaseState::kRegistered:
      return {Kind::kReply,  Kind::kRequestCorrection, Kind::kStartConsultation,
              Kind::kExtend, Kind::kSendFeeNotice,     Kind::kWithdraw};
    case domain::CaseState::kAwaitingCorrection:
      return {Kind::kReceiveCorrection, Kind::kCloseLapsedCorrection, Kind::kWithdraw};
    case domain::CaseState::kInConsultation:
      return {Kind::kEndConsultation, Kind::kWithdraw};
    case domain::CaseState::kAwaitingFee:
      return {Kind::kRecordFeePayment, Kind::kWaiveFee, Kind::kCloseUnpaidFee, Kind::kWithdraw};
    case domain::CaseState::kReplied:
      return {Kind::kArchive};
    case domain::CaseState::kArchived:
      return {};
  }
  return {};
}

struct FormContext {
  const std::optional<StepFeedback>& feedback;
  std::string_view code;

  bool active() const { return feedback.has_value() && feedback->step_code == code; }
  FieldSpec Spec(std::string name, std::string label, bool required, std::string hint = "") const {
    FieldSpec spec;
    spec.name = std::move(name);
    spec.label = std::move(label);
    spec.required = required;
    spec.hint = std::move(hint);
    if (active()) {
      const auto it = feedback->values.find(spec.name);
      spec.value = it == feedback->values.end() ? "" : it->second;
      spec.error = MessageFor(feedback->errors, spec.name);
    }
    // Field names repeat across the forms of one page, so ids get the step as prefix.
    spec.id_prefix = std::string(code) + "-";
    return spec;
  }
};

std::string StepFields(Kind kind, const FormContext& form) {
  switch (kind) {
    case Kind::kRequestCorrection:
      return InputField(form.Spec("correction_due", "补正期限", true), "date") +
             TextAreaField(form.Spec("items", "需要补正的事项（一次性告知）", true));
    case Kind::kStartConsultation:
      return InputField(form.Spec("party", "被征求意见的第三方或者其他机关", true));
    case Kind::kEndConsultation:
      return TextAreaField(form.Spec("note", "意见情况", false));
    case Kind::kExtend:
      return InputField(form.Spec("approver", "批准人（政府信息公开工作机构负责人）", true)) +
             InputField(form.Spec("working_days", "延长工作日数（1–20）", true), "number") +
             TextAreaField(form.Spec("reason", "延期理由", true));
    case Kind::kSendFeeNotice: {
      const std::vector<SelectOption> methods = {{"per_piece", "按件计收", ""},
                                                 {"per_page", "按量计收", ""}};
      return InputField(form.Spec("amount_yuan", "收费金额（元）", true), "number") +
             SelectField(form.Spec("fee_method", "计费方式", true), methods) +
             TextAreaField(form.Spec("fee_basis", "收费依据和计算过程", false));
    }
    case Kind::kWaiveFee:
    case Kind::kWithdraw:
      return TextAreaField(form.Spec("reason", "理由", true));
    case Kind::kReply:
      return SelectField(form.Spec("outcome", "答复结果", true), OutcomeOptions()) +
             InputField(form.Spec("provision_form", "提供形式", false,
                                  "予以公开、部分公开时填写，如：电子邮件发送电子文本")) +
             TextAreaField(form.Spec("note", "理由或说明", false));
    case Kind::kNote:
      return TextAreaField(form.Spec("text", "备注内容", true));
    default:
      return "";
  }
}

std::string StepForm(const domain::RequestCase& request_case, const std::string& csrf, Kind kind,
                     const std::optional<StepFeedback>& feedback) {
  const CaseStepInfo& info = StepInfo(kind);
  const FormContext form{feedback, info.code};
  std::string html =
      "<form method=\"post\" enctype=\"multipart/form-data\" action=\"/staff/cases/" +
      std::to_string(request_case.id) + "/steps\" class=\"step-form\" id=\"step-" +
      std::string(info.code) + "\"";
  if (kind == Kind::kArchive || kind == Kind::kReply) {
    html += " data-confirm=\"确认" + std::string(info.label) + "？此步骤不能撤销。\"";
  }
  html += "><h3>" + std::string(info.label) + "</h3>";
  if (form.active() && !feedback->message.empty()) {
    html += Notice(NoticeKind::kError, feedback->message);
  }
  html += HiddenField("step", info.code) +
          HiddenField("version", std::to_string(request_case.version)) + HiddenField("csrf", csrf);
  html += InputField(form.Spec("date", "办理日期", false, "不填则为今天"), "date");
  html += StepFields(kind, form);
  return html + "<button type=\"submit\">" + std::string(info.label) + "</button></form>";
}

}  // namespace

std::string RenderStepForms(const domain::RequestCase& request_case, const std::string& csrf_token,
                            const std::optional<StepFeedback>& feedback) {
  const std::vector<Kind> usual = UsualNextSteps(request_case.state);
  std::string html =
      "<section class=\"no-print\" aria-labelledby=\"steps-heading\">"
      "<h2 id=\"steps-heading\">办理</h2><div class=\"steps\">";
  for (const Kind kind : usual) {
    html += StepForm(request_case, csrf_token, kind, feedback);
  }
  if (usual.empty()) {
    html += "<p>本申请已归档，不能再办理。</p>";
  }
  html += "</div><details";
  // Keep the other steps open when the last submission was one of them.
  const bool other_active =
      feedback.has_value() && std::none_of(usual.begin(), usual.end(), [&feedback](Kind kind) {
        return StepInfo(kind).code == feedback->step_code;
      });
  html += other_active ? " open" : "";
  html += "><summary id=\"other-steps\">其他办理步骤</summary><div class=\"steps\">";
  for (const CaseStepInfo& info : CaseSteps()) {
    if (std::find(usual.begin(), usual.end(), info.kind) == usual.end()) {
      html += StepForm(request_case, csrf_token, info.kind, feedback);
    }
  }
  return html + "</div></details></section>";
}

}  // namespace gongkai::web
