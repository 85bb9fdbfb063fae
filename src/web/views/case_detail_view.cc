#include "web/views/case_detail_view.h"

#include "web/views/due_date_view.h"
#include "web/views/html_escape.h"
#include "web/views/outcome_options.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

std::string Fact(std::string_view label, const std::string& value) {
  return "<dt>" + std::string(label) + "</dt><dd>" + HtmlEscape(value) + "</dd>";
}

std::string DateText(const std::optional<core::Date>& date, std::string_view none) {
  return date.has_value() ? date->ToString() : std::string(none);
}

std::string Facts(const CaseDetailModel& model) {
  const domain::RequestCase& c = model.request_case;
  std::string html = "<dl class=\"facts\">";
  html += Fact("申请编号", c.tracking_number.empty() ? "（尚未登记）" : c.tracking_number);
  html += Fact("回执编号", model.receipt_code);
  html += Fact("受理机关", model.agency_name);
  html += "<dt>状态</dt><dd id=\"case-state\">" +
          HtmlEscape(std::string(domain::CaseStateLabel(c.state))) + "</dd>";
  html += Fact("收到申请之日", DateText(c.received_on, "—"));
  html +=
      "<dt>法定答复期限</dt><dd id=\"case-due\">" +
      (c.due_on.has_value() ? DueDateHtml(*c.due_on, c.due_provisional)
                            : HtmlEscape(c.closed_on.has_value() ? "（已办结）" : "（计时暂停）")) +
      "</dd>";
  if (c.closed_on.has_value()) {
    html += Fact("办结日期", c.closed_on->ToString());
  }
  if (c.outcome.has_value()) {
    html += Fact("办理结果", OutcomeLabel(*c.outcome));
  }
  html += Fact("提交渠道", std::string(domain::ChannelLabel(c.channel)));
  html += Fact("申请人类型", std::string(domain::ApplicantColumnLabel(c.applicant.kind)));
  html += Fact("申请人", c.applicant.name);
  html += Fact("身份证明", c.applicant.id_document);
  html += Fact("联系方式", c.applicant.contact);
  html += "<dt>所需信息</dt><dd class=\"pre\">" + HtmlEscape(c.information_requested) + "</dd>";
  html += Fact("提供形式和途径", c.preferred_form);
  html += Fact("版本", std::to_string(c.version));
  return html + "</dl>";
}

std::string EventDetails(const domain::CaseEvent& event) {
  std::vector<std::string> parts;
  if (event.outcome.has_value()) {
    parts.push_back("结果：" + OutcomeLabel(*event.outcome));
  }
  if (event.correction_due.has_value()) {
    parts.push_back("补正期限：" + event.correction_due->ToString());
  }
  if (event.working_days.has_value()) {
    parts.push_back("延长 " + std::to_string(*event.working_days) + " 个工作日");
  }
  if (!event.approver.empty()) {
    parts.push_back("批准人：" + event.approver);
  }
  if (!event.consultation_party.empty()) {
    parts.push_back("征求意见对象：" + event.consultation_party);
  }
  if (event.amount_yuan.has_value()) {
    parts.push_back("金额：" + std::to_string(*event.amount_yuan) + " 元（" +
                    (event.fee_method == "per_page" ? "按量计收" : "按件计收") + "）");
  }
  if (!event.provision_form.empty()) {
    parts.push_back("提供形式：" + event.provision_form);
  }
  if (!event.note.empty()) {
    parts.push_back(event.note);
  }
  std::string html;
  for (const std::string& part : parts) {
    html += "<div>" + HtmlEscape(part) + "</div>";
  }
  return html;
}

std::string Timeline(const domain::RequestCase& c) {
  std::string html =
      "<h2>办理经过</h2><table id=\"timeline\"><thead><tr><th scope=\"col\">序号</th>"
      "<th scope=\"col\">日期</th><th scope=\"col\">事项</th>"
      "<th scope=\"col\">办理人</th><th scope=\"col\">详情</th></tr></thead><tbody>";
  for (const domain::CaseEvent& event : c.events) {
    html += "<tr><td class=\"num\">" + std::to_string(event.sequence) + "</td><td>" +
            event.date.ToString() + "</td><td>" +
            HtmlEscape(std::string(domain::EventTypeLabel(event.type))) + "</td><td>" +
            HtmlEscape(event.actor) + "</td><td>" + EventDetails(event) + "</td></tr>";
  }
  return html + "</tbody></table>";
}

std::string Warnings(const std::vector<domain::Finding>& warnings) {
  if (warnings.empty()) {
    return "";
  }
  std::string html = "<h2>提醒</h2><ul class=\"findings\">";
  for (const domain::Finding& finding : warnings) {
    html += "<li class=\"" + std::string(domain::SeverityName(finding.severity)) + "\">" +
            HtmlEscape(finding.message) + "</li>";
  }
  return html + "</ul>";
}

}  // namespace

std::string RenderClockExplanation(const domain::ReplyClock& clock) {
  std::string html = "<dl class=\"facts\">";
  html += Fact("收到申请之日", clock.received_on.ToString());
  html += Fact("起算日", clock.clock_start.ToString());
  html += Fact("答复期限", std::to_string(clock.reply_working_days) + " 个工作日");
  if (clock.extension_working_days > 0) {
    html += Fact("延长", std::to_string(clock.extension_working_days) + " 个工作日");
  }
  if (clock.paused_working_days > 0) {
    html += Fact("不计算的工作日", std::to_string(clock.paused_working_days) + " 个");
  }
  html +=
      "<dt>答复截止日</dt><dd id=\"clock-due\">" +
      (clock.reply_due.has_value() ? DueDateHtml(*clock.reply_due, clock.reply_due_provisional())
                                   : std::string("计时暂停，暂不能确定")) +
      "</dd>";
  html += "</dl>";
  if (!clock.notes.empty()) {
    html += "<ol class=\"clock-notes\">";
    for (const std::string& note : clock.notes) {
      html += "<li>" + HtmlEscape(note) + "</li>";
    }
    html += "</ol>";
  }
  html += "<details open><summary>逐日计算（共 " + std::to_string(clock.days.size()) +
          " 天）</summary><table class=\"clock-days\"><thead><tr><th scope=\"col\">日期</th>"
          "<th scope=\"col\">星期</th><th scope=\"col\">计算</th></tr></thead><tbody>";
  for (const domain::ClockDay& day : clock.days) {
    html += std::string("<tr class=\"") + (day.counted() ? "day-counted" : "day-skipped") +
            (day.info.provisional ? " day-provisional" : "") + "\"><td>" +
            day.info.date.ToString() + "</td><td>" +
            std::string(core::WeekdayName(day.info.date.weekday())) + "</td><td>" +
            HtmlEscape(day.Describe()) + "</td></tr>";
  }
  return html + "</tbody></table></details>";
}

std::string RenderCaseDetail(const CaseDetailModel& model) {
  std::string html = Facts(model);
  html += Warnings(model.warnings);
  html += Timeline(model.request_case);
  html += "<h2>法定期限计算</h2>";
  if (model.clock.has_value()) {
    html += RenderClockExplanation(*model.clock);
  } else {
    html += Notice(NoticeKind::kInfo, model.clock.error().message);
  }
  html += RenderStepForms(model.request_case, model.csrf_token, model.feedback);
  return html;
}

}  // namespace gongkai::web
