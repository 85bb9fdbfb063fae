#include "web/views/review_view.h"

#include <map>

#include "web/views/form_fields.h"
#include "web/views/html_escape.h"

namespace gongkai::web {
namespace {

constexpr domain::ReviewKind kKinds[] = {domain::ReviewKind::kReconsideration,
                                         domain::ReviewKind::kLitigationDirect,
                                         domain::ReviewKind::kLitigationAfterReview};
constexpr domain::ReviewResult kResults[] = {
    domain::ReviewResult::kUpheld, domain::ReviewResult::kCorrected, domain::ReviewResult::kOther};

FieldSpec Spec(const ReviewPageModel& model, const std::string& form, std::string name,
               std::string label, bool required) {
  FieldSpec spec;
  spec.name = std::move(name);
  spec.label = std::move(label);
  spec.required = required;
  spec.id_prefix = form + "-";
  if (model.failed_form == form) {
    const auto it = model.values.find(spec.name);
    spec.value = it == model.values.end() ? "" : it->second;
    spec.error = MessageFor(model.errors, spec.name);
  }
  return spec;
}

std::string NewReviewForm(const ReviewPageModel& model) {
  std::vector<SelectOption> agencies;
  for (const domain::Agency& agency : model.agencies) {
    agencies.push_back({agency.id, agency.name, ""});
  }
  std::vector<SelectOption> kinds;
  for (const domain::ReviewKind kind : kKinds) {
    kinds.push_back({std::string(domain::ReviewKindCode(kind)),
                     std::string(domain::ReviewKindLabel(kind)), ""});
  }
  return "<form method=\"post\" enctype=\"multipart/form-data\" action=\"/staff/reviews\" "
         "class=\"stacked no-print\" "
         "id=\"new-review\"><h2>登记复议或者诉讼</h2>" +
         HiddenField("csrf", model.csrf_token) +
         SelectField(Spec(model, "new", "agency_id", "行政机关", true), agencies) +
         SelectField(Spec(model, "new", "kind", "类型", true), kinds) +
         InputField(Spec(model, "new", "reference", "案号或者文书编号", true)) +
         InputField(Spec(model, "new", "filed_on", "收到复议申请书或者起诉状的日期", true),
                    "date") +
         InputField(Spec(model, "new", "request_number", "涉及的申请编号（如有）", false)) +
         TextAreaField(Spec(model, "new", "note", "备注", false)) +
         "<button type=\"submit\">登记</button></form>";
}

std::string DecideForm(const ReviewPageModel& model, const domain::ReviewCase& review) {
  const std::string form = "decide-" + std::to_string(review.id);
  std::vector<SelectOption> results;
  for (const domain::ReviewResult result : kResults) {
    results.push_back({std::string(domain::ReviewResultCode(result)),
                       std::string(domain::ReviewResultLabel(result)), ""});
  }
  return "<details class=\"no-print\"" + std::string(model.failed_form == form ? " open" : "") +
         "><summary>登记审结结果</summary><form method=\"post\" enctype=\"multipart/form-data\" "
         "action=\"/staff/reviews/" +
         std::to_string(review.id) + "/decision\">" + HiddenField("csrf", model.csrf_token) +
         HiddenField("version", std::to_string(review.version)) +
         SelectField(Spec(model, form, "result", "审结结果", true), results) +
         InputField(Spec(model, form, "decided_on", "审结日期", true), "date") +
         TextAreaField(Spec(model, form, "note", "备注", false)) +
         "<button type=\"submit\">保存</button></form></details>";
}

}  // namespace

std::string RenderReviewPage(const ReviewPageModel& model) {
  std::map<std::string, std::string> names;
  for (const domain::Agency& agency : model.agencies) {
    names[agency.id] = agency.name;
  }
  std::string html =
      "<table id=\"review-list\"><thead><tr><th scope=\"col\">案号</th>"
      "<th scope=\"col\">行政机关</th><th scope=\"col\">类型</th>"
      "<th scope=\"col\">收到日期</th><th scope=\"col\">结果</th>"
      "<th scope=\"col\">审结日期</th><th scope=\"col\">办理</th></tr></thead><tbody>";
  for (const domain::ReviewCase& review : model.reviews) {
    const auto name = names.find(review.agency_id);
    html += "<tr><td>" + HtmlEscape(review.reference) + "</td><td>" +
            HtmlEscape(name != names.end() ? name->second : review.agency_id) + "</td><td>" +
            HtmlEscape(std::string(domain::ReviewKindLabel(review.kind))) + "</td><td>" +
            review.filed_on.ToString() + "</td><td>" +
            HtmlEscape(std::string(domain::ReviewResultLabel(review.result))) + "</td><td>" +
            (review.decided_on.has_value() ? review.decided_on->ToString() : "—") + "</td><td>" +
            (review.result == domain::ReviewResult::kPending ? DecideForm(model, review) : "") +
            "</td></tr>";
  }
  if (model.reviews.empty()) {
    html += "<tr><td colspan=\"7\">尚无登记的复议或者诉讼。</td></tr>";
  }
  return html + "</tbody></table>" + NewReviewForm(model);
}

}  // namespace gongkai::web
