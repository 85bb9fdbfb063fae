#include "domain/case_warnings.h"

#include <algorithm>
#include <string>

namespace gongkai::domain {
namespace {

class FindingList {
 public:
  explicit FindingList(std::string where) : where_(std::move(where)) {}

  void Add(std::string rule, Severity severity, std::string message) {
    findings_.push_back(Finding{std::move(rule), severity, where_, std::move(message), false});
  }
  std::vector<Finding> Take() { return std::move(findings_); }

 private:
  std::string where_;
  std::vector<Finding> findings_;
};

const CaseEvent* LastOf(const RequestCase& request, EventType type) {
  const auto it = std::find_if(request.events.rbegin(), request.events.rend(),
                               [type](const CaseEvent& e) { return e.type == type; });
  return it == request.events.rend() ? nullptr : &*it;
}

void AddClockFindings(const RequestCase& request, const ReplyClock& clock, core::Date today,
                      FindingList& out) {
  for (const std::string& warning : clock.warnings) {
    out.Add("case.clock_note", Severity::kWarning, warning);
  }
  const CaseEvent* notice = LastOf(request, EventType::kCorrectionRequested);
  if (notice && clock.correction_notice_due && notice->date > *clock.correction_notice_due) {
    out.Add("case.correction_notice_late", Severity::kWarning,
            "补正告知于 " + notice->date.ToString() + " 发出，晚于收到申请后 7 个工作日（" +
                clock.correction_notice_due->ToString() + "）（条例第三十条）");
  }
  if (clock.replied_on && clock.overdue_working_days && clock.reply_due) {
    out.Add("case.reply_overdue", Severity::kWarning,
            "答复日期 " + clock.replied_on->ToString() + " 晚于答复期限 " +
                clock.reply_due->ToString() + "，逾期 " +
                std::to_string(*clock.overdue_working_days) + " 个工作日（条例第三十三条）");
  }
  const bool provisional = clock.reply_due_provisional();
  if (IsOpenCase(request) && clock.reply_due && today > *clock.reply_due) {
    out.Add("case.open_overdue", Severity::kWarning,
            "答复期限已于 " + clock.reply_due->ToString() + (provisional ? "（暂定）" : "") +
                " 届满，申请尚未答复");
  }
  if (IsOpenCase(request) && provisional) {
    out.Add("case.deadline_provisional", Severity::kWarning,
            "答复期限 " + clock.reply_due->ToString() + " 为暂定：" +
                ProvisionalNote(clock.provisional_years));
  }
  if (request.state == CaseState::kInConsultation && clock.consultation_answer_due &&
      today > *clock.consultation_answer_due) {
    out.Add("case.consultation_answer_due", Severity::kInfo,
            "征求意见已超过 15 个工作日（" + clock.consultation_answer_due->ToString() +
                "）：第三方逾期未答复的由本机关依法决定（条例第三十二条），其他机关逾期未答复的视为"
                "同意公开（条例第三十四条）");
  }
}

void AddPendingStepFindings(const RequestCase& request, core::Date today,
                            const WorkingCalendar& calendar, FindingList& out) {
  if (request.state == CaseState::kAwaitingCorrection) {
    const CaseEvent* notice = LastOf(request, EventType::kCorrectionRequested);
    if (notice && notice->correction_due && today > *notice->correction_due) {
      out.Add("case.correction_lapsed", Severity::kInfo,
              "补正期限已于 " + notice->correction_due->ToString() +
                  " 届满：申请人无正当理由逾期不补正的，视为放弃申请（其他处理.1）");
    }
  }
  if (request.state == CaseState::kAwaitingFee) {
    const CaseEvent* notice = LastOf(request, EventType::kFeeNoticeSent);
    const core::Result<core::Date> due =
        notice ? FeePaymentDue(calendar, notice->date) : core::Result<core::Date>(core::Error{});
    if (due.has_value() && today > *due) {
      out.Add(
          "case.fee_lapsed", Severity::kInfo,
          "缴费期限已于 " + due->ToString() + " 届满：逾期未缴费的，视为放弃申请（其他处理.2）");
    }
  }
}

}  // namespace

std::vector<Finding> CaseWarnings(const RequestCase& request, core::Date today,
                                  const WorkingCalendar& calendar, const ClockPolicy& policy) {
  FindingList out(request.tracking_number.empty()
                      ? "申请（编号 " + std::to_string(request.id) + "）"
                      : request.tracking_number);
  if (request.events.empty()) {
    return out.Take();
  }
  const core::Result<ReplyClock> clock = ComputeReplyClock(request, calendar, policy);
  if (clock.has_value()) {
    AddClockFindings(request, *clock, today, out);
  } else {
    out.Add("case.clock_unavailable", Severity::kWarning,
            "无法计算答复期限：" + clock.error().message);
  }
  AddPendingStepFindings(request, today, calendar, out);
  return out.Take();
}

}  // namespace gongkai::domain
