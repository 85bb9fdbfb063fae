#include "cli/case_view.h"

#include <utility>

#include "domain/case_warnings.h"

namespace gongkai::cli {
namespace {

std::string FeeMethodText(const std::string& method) {
  if (method == "per_piece") {
    return "按件计收";
  }
  if (method == "per_page") {
    return "按量计收";
  }
  return method;
}

void Append(std::string& text, const std::string& part) {
  if (!part.empty()) {
    text += (text.empty() ? "" : "；") + part;
  }
}

}  // namespace

CaseView MakeCaseView(domain::RequestCase request, std::string agency_name,
                      const domain::WorkingCalendar& calendar, core::Date today) {
  CaseView view;
  view.open = domain::IsOpenCase(request);
  view.warnings = domain::CaseWarnings(request, today, calendar);
  core::Result<domain::ReplyClock> clock = domain::ComputeReplyClock(request, calendar);
  if (clock.has_value()) {
    view.reply_due = clock->reply_due;
    view.reply_due_provisional = clock->reply_due_provisional();
    view.clock_stopped = clock->stopped;
  } else {
    view.clock_error = clock.error().message;
  }
  view.overdue = view.open && view.reply_due.has_value() && today > *view.reply_due;
  view.request = std::move(request);
  view.agency_name = std::move(agency_name);
  return view;
}

std::string OutcomeText(domain::RequestRow row) {
  const domain::RequestRowInfo& info = domain::RowInfo(row);
  if (info.group_label.empty()) {
    return std::string(info.label);
  }
  return std::string(info.group_label) + " " + std::string(info.label);
}

std::string ClockStopText(domain::ClockStop stop) {
  switch (stop) {
    case domain::ClockStop::kAwaitingCorrection:
      return "等待申请人补正";
    case domain::ClockStop::kConsultation:
      return "征求意见尚未结束";
    case domain::ClockStop::kAwaitingFee:
      return "等待缴纳信息处理费";
  }
  return "暂停";
}

std::string ClockStopCode(domain::ClockStop stop) {
  switch (stop) {
    case domain::ClockStop::kAwaitingCorrection:
      return "awaiting_correction";
    case domain::ClockStop::kConsultation:
      return "consultation";
    case domain::ClockStop::kAwaitingFee:
      return "awaiting_fee";
  }
  return "stopped";
}

std::string EventDetailsText(const domain::CaseEvent& event) {
  std::string text;
  if (event.correction_due.has_value()) {
    Append(text, "补正期限 " + event.correction_due->ToString());
  }
  if (!event.consultation_party.empty()) {
    Append(text, "征求意见对象：" + event.consultation_party);
  }
  if (event.working_days.has_value()) {
    Append(text, "延长 " + std::to_string(*event.working_days) + " 个工作日");
  }
  if (!event.approver.empty()) {
    Append(text, "批准人：" + event.approver);
  }
  if (event.amount_yuan.has_value()) {
    Append(text, "收费 " + std::to_string(*event.amount_yuan) + " 元（" +
                     FeeMethodText(event.fee_method) + "）");
  }
  if (event.outcome.has_value()) {
    Append(text, "办理结果：" + OutcomeText(*event.outcome));
  }
  if (!event.provision_form.empty()) {
    Append(text, "提供形式：" + event.provision_form);
  }
  Append(text, event.note);
  return text;
}

}  // namespace gongkai::cli
