#include "web/views/track_view.h"

#include "web/views/due_date_view.h"
#include "web/views/form_fields.h"
#include "web/views/html_escape.h"

namespace gongkai::web {
namespace {

std::string Row(std::string_view label, const std::string& value) {
  return "<dt>" + std::string(label) + "</dt><dd>" + HtmlEscape(value) + "</dd>";
}

std::string StatusHtml(const PublicCaseStatus& status, const std::string& agency_name) {
  std::string html =
      "<section aria-labelledby=\"status-heading\"><h2 id=\"status-heading\">办理情况</h2>";
  html += "<dl class=\"facts\">";
  html += Row("回执编号", status.receipt_code);
  html += Row("申请编号", status.tracking_number.empty() ? "尚未登记" : status.tracking_number);
  html += Row("受理机关", agency_name);
  html += "<dt>当前状态</dt><dd id=\"case-state\">" + HtmlEscape(status.state_label) + "</dd>";
  if (status.received_on.has_value()) {
    html += Row("收到申请之日", status.received_on->ToString());
  }
  if (status.due_on.has_value()) {
    html += "<dt>法定答复期限</dt><dd id=\"track-due\">" +
            DueDateWithExplanationHtml(*status.due_on, status.due_provisional) + "</dd>";
  }
  if (status.closed_on.has_value()) {
    html += Row("答复日期", status.closed_on->ToString());
  }
  if (status.outcome_label.has_value()) {
    html += Row("答复结果", *status.outcome_label);
  }
  html +=
      "</dl><h3>办理经过</h3><table><thead><tr><th scope=\"col\">日期</th>"
      "<th scope=\"col\">事项</th></tr></thead><tbody>";
  for (const PublicStep& step : status.steps) {
    html += "<tr><td>" + step.date.ToString() + "</td><td>" + HtmlEscape(step.label) + "</td></tr>";
  }
  return html + "</tbody></table></section>";
}

}  // namespace

std::string RenderTrackPage(const std::string& number,
                            const std::optional<PublicCaseStatus>& status,
                            const std::optional<std::string>& error,
                            const std::string& agency_name) {
  FieldSpec spec;
  spec.name = "number";
  spec.label = "回执编号或申请编号";
  spec.value = number;
  spec.error = error;
  spec.hint = "提交申请时页面显示的回执编号，或行政机关告知的申请编号";
  std::string html = "<form method=\"get\" action=\"/track\" class=\"stacked\">" +
                     InputField(spec) + "<p><button type=\"submit\">查询</button></p></form>";
  if (status.has_value()) {
    html += StatusHtml(*status, agency_name);
  }
  return html;
}

}  // namespace gongkai::web
