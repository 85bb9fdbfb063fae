#include "web/views/apply_view.h"

#include "domain/report_taxonomy.h"
#include "web/application_form.h"
#include "web/views/due_date_view.h"
#include "web/views/form_fields.h"
#include "web/views/html_escape.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

std::string ValueOf(const FieldMap& values, std::string_view name) {
  const auto it = values.find(std::string(name));
  return it == values.end() ? "" : it->second;
}

FieldSpec Spec(std::string_view name, std::string label, const FieldMap& values,
               const std::vector<FieldError>& errors, bool required, std::string hint = "") {
  FieldSpec spec;
  spec.name = std::string(name);
  spec.label = std::move(label);
  spec.value = ValueOf(values, name);
  spec.error = MessageFor(errors, spec.name);
  spec.required = required;
  spec.hint = std::move(hint);
  return spec;
}

std::vector<SelectOption> ChoiceOptions(std::span<const Choice> choices) {
  std::vector<SelectOption> options;
  for (const Choice& choice : choices) {
    options.push_back({std::string(choice.code), std::string(choice.label), ""});
  }
  return options;
}

std::string ApplicantFieldset(const FieldMap& values, const std::vector<FieldError>& errors) {
  std::vector<SelectOption> kinds;
  for (int kind = 0; kind < 6; ++kind) {
    const std::string group = kind == 0 ? "" : "法人或者其他组织";
    kinds.push_back({std::string(domain::ApplicantKindCode(kind)),
                     std::string(domain::ApplicantColumnLabel(kind)), group});
  }
  return "<fieldset><legend>申请人信息</legend>" +
         SelectField(Spec(kFieldApplicantKind, "申请人类型", values, errors, true), kinds) +
         InputField(Spec(kFieldApplicantName, "姓名或者名称", values, errors, true)) +
         InputField(Spec(kFieldIdDocument, "身份证明", values, errors, true,
                         "公民填写居民身份证号码等；法人或者其他组织填写统一社会信用代码等")) +
         InputField(Spec(kFieldContact, "联系方式", values, errors, true,
                         "电话、电子邮箱或者通信地址，用于送达告知书和答复")) +
         "</fieldset>";
}

std::string InformationFieldset(const FieldMap& values, const std::vector<FieldError>& errors) {
  return "<fieldset><legend>所需政府信息</legend>"
         "<p class=\"hint\">名称、文号或者便于行政机关查询的其他特征性描述，至少填写一项。</p>" +
         InputField(Spec(kFieldInfoName, "信息名称", values, errors, false)) +
         InputField(
             Spec(kFieldInfoNumber, "文号", values, errors, false, "例如：渝府发〔2024〕1号")) +
         TextAreaField(Spec(kFieldInfoDescription, "其他特征性描述", values, errors, false,
                            "如制作机关、大致时间、涉及事项等")) +
         "</fieldset>";
}

}  // namespace

std::string RenderApplyForm(std::span<const domain::Agency> agencies, const FieldMap& values,
                            const std::vector<FieldError>& errors) {
  std::string html;
  if (!errors.empty()) {
    html += Notice(NoticeKind::kError, "申请未能提交：有 " + std::to_string(errors.size()) +
                                           " 处需要修改，请见下方标注。");
  }
  std::vector<SelectOption> agency_options;
  for (const domain::Agency& agency : agencies) {
    agency_options.push_back({agency.id, agency.name, ""});
  }
  html +=
      "<form method=\"post\" enctype=\"multipart/form-data\" action=\"/apply\" class=\"stacked\" "
      "novalidate>";
  html +=
      "<fieldset><legend>受理机关</legend>" +
      SelectField(Spec(kFieldAgency, "向哪个行政机关申请", values, errors, true), agency_options) +
      "</fieldset>";
  html += ApplicantFieldset(values, errors);
  html += InformationFieldset(values, errors);
  html += "<fieldset><legend>信息的提供形式和获取途径</legend>" +
          SelectField(Spec(kFieldProvisionForm, "提供形式", values, errors, true),
                      ChoiceOptions(ProvisionFormChoices())) +
          SelectField(Spec(kFieldProvisionRoute, "获取途径", values, errors, true),
                      ChoiceOptions(ProvisionRouteChoices())) +
          "</fieldset>";
  html += "<p><button type=\"submit\">提交申请</button></p></form>";
  return html;
}

std::string RenderApplyReceipt(const domain::RequestCase& request_case,
                               const std::string& receipt_code, const std::string& agency_name) {
  std::string html = Notice(NoticeKind::kSuccess, "您的政府信息公开申请已提交。");
  html += "<p>请妥善保存回执编号，凭此编号可以查询办理进度：</p>";
  html += "<p class=\"tracking-number\" id=\"receipt-code\">" + HtmlEscape(receipt_code) + "</p>";
  html += "<dl class=\"facts\"><dt>受理机关</dt><dd>" + HtmlEscape(agency_name) + "</dd>";
  if (request_case.received_on.has_value()) {
    html += "<dt>收到申请之日</dt><dd>" + request_case.received_on->ToString() + "</dd>";
  }
  if (request_case.due_on.has_value()) {
    html += "<dt>法定答复期限</dt><dd id=\"receipt-due\">" +
            DueDateWithExplanationHtml(*request_case.due_on, request_case.due_provisional) +
            "</dd>";
  }
  html +=
      "</dl><p>行政机关登记后将另行编制申请编号；补正、延期等情况将通过您留下的联系方式告知。</p>";
  html += "<p><a class=\"button\" href=\"/track?number=" + UrlEncode(receipt_code) +
          "\">查询办理进度</a></p>";
  return html;
}

}  // namespace gongkai::web
