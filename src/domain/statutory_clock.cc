#include "domain/statutory_clock.h"

#include <algorithm>
#include <utility>

#include "domain/clock_history.h"

namespace gongkai::domain {
namespace {

std::string DayText(core::Date date) {
  return date.ToString() + "（" + std::string(core::WeekdayName(date.weekday())) + "）";
}

// "（暂定）" after a provisional date in a note.
std::string ProvisionalMark(const ReplyClock& clock, core::Date date) {
  return clock.IsProvisional(date) ? "（暂定）" : "";
}

struct WalkResult {
  std::vector<ClockDay> days;
  std::optional<core::Date> base_reached;  // the day the base count was completed
  std::optional<core::Date> due;
  std::optional<DayStatus> stopped_by;  // an open pause reached before the due date
  int paused_working_days = 0;
};

ClockDay Classify(const DayInfo& info, const std::vector<PauseWindow>& windows) {
  ClockDay day;
  day.info = info;
  if (!info.working()) {
    day.status = DayStatus::kNotWorking;
    day.reason = info.Label();
    return day;
  }
  for (const PauseWindow& window : windows) {
    if (window.Contains(info.date)) {
      day.status = window.status;
      day.reason =
          window.status == DayStatus::kFeePause ? "待缴费期间不计算" : "征求意见期间不计算";
      return day;
    }
  }
  day.status = DayStatus::kCounted;
  day.reason = info.kind == DayKind::kMakeUpWorkday
                   ? "调休上班日" + (info.holiday ? "（" + *info.holiday + "）" : std::string())
                   : "工作日";
  if (info.provisional) {
    day.reason = "暂定：" + std::to_string(info.date.year()) + "年节假日安排未载入";
  }
  return day;
}

// Walks day by day from start + 1 until `target` working days are counted outside `windows`,
// or an open window is reached.
core::Result<WalkResult> Walk(const WorkingCalendar& calendar, core::Date start, int base,
                              int target, const std::vector<PauseWindow>& windows) {
  WalkResult result;
  int counted = 0;
  for (core::Date date = start.AddDays(1);; date = date.AddDays(1)) {
    for (const PauseWindow& window : windows) {
      if (!window.last.has_value() && window.Contains(date)) {
        result.stopped_by = window.status;
        return result;
      }
    }
    GONGKAI_ASSIGN_OR_RETURN(const DayInfo info, calendar.Explain(date));
    ClockDay day = Classify(info, windows);
    if (day.counted()) {
      day.ordinal = ++counted;
    } else if (day.status != DayStatus::kNotWorking) {
      ++result.paused_working_days;
    }
    result.days.push_back(std::move(day));
    if (counted == base && !result.base_reached.has_value()) {
      result.base_reached = date;
    }
    if (counted == target) {
      result.due = date;
      return result;
    }
  }
}

core::Date Regulation2019Start() {
  return *core::Date::FromYmd(kRegulation2019Year, kRegulation2019Month, kRegulation2019Day);
}

std::optional<ClockStop> StopFor(std::optional<DayStatus> status) {
  if (!status.has_value()) {
    return std::nullopt;
  }
  return *status == DayStatus::kFeePause ? ClockStop::kAwaitingFee : ClockStop::kConsultation;
}

void NoteWindows(const ClockHistory& history, const ClockPolicy& policy, ReplyClock& clock) {
  for (const PauseWindow& window : history.windows) {
    const bool fee = window.status == DayStatus::kFeePause;
    std::string note = (fee ? "收费通知：" : "征求意见：") + window.sent.ToString() + " 发出，";
    note += window.last.has_value() ? window.last->ToString() + (fee ? " 缴费或免收" : " 结束")
                                    : std::string("尚未结束");
    if (fee && !policy.pause_for_fee) {
      note += "；按当前设置，待缴费期间照常计算答复期限";
    } else {
      note += fee ? "；其间的工作日不计入答复期限（本地做法，可在设置中关闭）"
                  : "；其间的工作日不计入答复期限（条例第三十三条第三款）";
    }
    clock.notes.push_back(note);
  }
}

void NoteOutcome(const ClockHistory& history, ReplyClock& clock) {
  if (!clock.provisional_years.empty()) {
    clock.notes.push_back(ProvisionalNote(clock.provisional_years));
  }
  if (clock.original_due.has_value()) {
    clock.notes.push_back("原答复期限：" + DayText(*clock.original_due) +
                          ProvisionalMark(clock, *clock.original_due) + "，第" +
                          std::to_string(clock.reply_working_days) + "个工作日");
  }
  if (history.extension.has_value()) {
    clock.notes.push_back("延期：" + history.extension->date.ToString() + " 经" +
                          (history.extension->approver.empty() ? std::string("负责人")
                                                               : history.extension->approver) +
                          "同意延长" + std::to_string(clock.extension_working_days) +
                          "个工作日（条例第三十三条第二款）");
  }
  if (clock.paused_working_days > 0) {
    clock.notes.push_back("不计入答复期限的工作日共 " + std::to_string(clock.paused_working_days) +
                          " 个");
  }
  if (clock.reply_due.has_value()) {
    clock.notes.push_back("答复期限：" + DayText(*clock.reply_due) +
                          ProvisionalMark(clock, *clock.reply_due));
  } else {
    clock.notes.emplace_back("答复期限暂停计算，恢复后重新确定");
  }
  if (clock.replied_on.has_value()) {
    clock.notes.push_back(
        "已于 " + clock.replied_on->ToString() + " 答复" +
        (clock.overdue_working_days.has_value()
             ? "，超过期限 " + std::to_string(*clock.overdue_working_days) + " 个工作日"
             : std::string(clock.reply_due.has_value() ? "，在期限内" : "")));
  }
}

// Records `due`, computed from `start`, as provisional when the count crossed a year without
// schedule.
void MarkIfProvisional(const WorkingCalendar& calendar, core::Date start, core::Date due,
                       ReplyClock& clock) {
  const std::vector<int> years = calendar.MissingYears(start, due);
  if (years.empty()) {
    return;
  }
  clock.provisional_dates.push_back(due);
  for (int year : years) {
    if (std::find(clock.provisional_years.begin(), clock.provisional_years.end(), year) ==
        clock.provisional_years.end()) {
      clock.provisional_years.push_back(year);
    }
  }
  std::sort(clock.provisional_years.begin(), clock.provisional_years.end());
}

core::Status FillSideDeadlines(const ClockHistory& history, const WorkingCalendar& calendar,
                               ReplyClock& clock) {
  for (const PauseWindow& window : history.windows) {
    if (window.status == DayStatus::kFeePause) {
      GONGKAI_ASSIGN_OR_RETURN(clock.fee_payment_due, FeePaymentDue(calendar, window.sent));
      MarkIfProvisional(calendar, window.sent, *clock.fee_payment_due, clock);
    } else {
      GONGKAI_ASSIGN_OR_RETURN(clock.consultation_answer_due,
                               ConsultationAnswerDue(calendar, window.sent));
      MarkIfProvisional(calendar, window.sent, *clock.consultation_answer_due, clock);
    }
  }
  if (clock.reply_working_days == kReplyWorkingDays2007) {
    clock.notes.emplace_back(
        "该申请于2019年5月15日前收到，适用2007年条例：答复期限15个工作日，可延长不超过15个工作日");
    return core::Ok();
  }
  GONGKAI_ASSIGN_OR_RETURN(clock.correction_notice_due,
                           CorrectionNoticeDue(calendar, history.received));
  MarkIfProvisional(calendar, history.received, *clock.correction_notice_due, clock);
  clock.notes.push_back("补正告知期限：" + DayText(*clock.correction_notice_due) +
                        ProvisionalMark(clock, *clock.correction_notice_due) +
                        "，收到申请后7个工作日（条例第三十条）");
  if (history.correction_requested > clock.correction_notice_due) {
    clock.warnings.push_back("补正告知于 " + history.correction_requested->ToString() +
                             " 发出，晚于 " + clock.correction_notice_due->ToString() +
                             " 的7个工作日期限");
  }
  return core::Ok();
}

// Validates the extension and stores it in `clock`.
core::Status TakeExtension(const ClockHistory& history, ReplyClock& clock) {
  if (!history.extension.has_value()) {
    return core::Ok();
  }
  const std::optional<int> days = history.extension->working_days;
  if (!days.has_value() || *days < 1 || *days > clock.reply_working_days) {
    return core::Error::InvalidArgument(
        "延长答复期限应为 1 到 " + std::to_string(clock.reply_working_days) + " 个工作日，收到 " +
        (days.has_value() ? std::to_string(*days) : std::string("（未填写）")));
  }
  clock.extension_working_days = *days;
  return core::Ok();
}

}  // namespace

core::Result<core::Date> ReceiptDate(Channel channel, core::Date submitted_on,
                                     std::optional<core::Date> signed_or_confirmed_on) {
  if (channel == Channel::kInPerson) {
    return submitted_on;
  }
  const char* what = channel == Channel::kPostSigned ? "签收日期" : "与申请人确认的日期";
  if (!signed_or_confirmed_on.has_value()) {
    return core::Error::InvalidArgument(std::string("此提交方式以") + what +
                                        "为收到申请之日（条例第三十一条），请填写" + what);
  }
  if (*signed_or_confirmed_on < submitted_on) {
    return core::Error::InvalidArgument(std::string(what) + " " +
                                        signed_or_confirmed_on->ToString() + " 早于提交日期 " +
                                        submitted_on.ToString());
  }
  return *signed_or_confirmed_on;
}

core::Result<core::Date> CorrectionNoticeDue(const WorkingCalendar& calendar,
                                             core::Date received_on) {
  return calendar.AddWorkingDays(received_on, kCorrectionNoticeWorkingDays);
}

core::Result<core::Date> ConsultationAnswerDue(const WorkingCalendar& calendar,
                                               core::Date letter_received_on) {
  return calendar.AddWorkingDays(letter_received_on, kConsultationWorkingDays);
}

core::Result<core::Date> FeePaymentDue(const WorkingCalendar& calendar,
                                       core::Date notice_received_on) {
  return calendar.AddWorkingDays(notice_received_on, kFeePaymentWorkingDays);
}

core::Result<core::Date> ProactivePublicationDue(const WorkingCalendar& calendar,
                                                 core::Date formed_or_changed_on) {
  return calendar.AddWorkingDays(formed_or_changed_on, kProactivePublicationWorkingDays);
}

bool ReplyClock::IsProvisional(core::Date date) const {
  return std::find(provisional_dates.begin(), provisional_dates.end(), date) !=
         provisional_dates.end();
}

std::string ClockDay::Describe() const {
  if (!counted()) {
    return "不计算：" + reason;
  }
  const std::string ordinal_text = "第" + std::to_string(ordinal.value_or(0)) + "个工作日";
  return reason == "工作日" ? ordinal_text : ordinal_text + "（" + reason + "）";
}

core::Result<CountedPeriod> CountPeriod(const WorkingCalendar& calendar, core::Date start,
                                        int working_days) {
  if (working_days < 0) {
    return core::Error::InvalidArgument("工作日数不能为负数，收到 " + std::to_string(working_days));
  }
  CountedPeriod period;
  period.start = start;
  period.working_days = working_days;
  period.due = start;  // the 0th working day after start is start itself (§3 algorithm)
  if (working_days == 0) {
    return period;
  }
  GONGKAI_ASSIGN_OR_RETURN(WalkResult walk, Walk(calendar, start, working_days, working_days, {}));
  period.due = *walk.due;  // no windows: the walk always ends on the due date
  period.days = std::move(walk.days);
  period.provisional_years = calendar.MissingYears(start, period.due);
  return period;
}

core::Result<ReplyClock> ComputeReplyClock(const RequestCase& request_case,
                                           const WorkingCalendar& calendar,
                                           const ClockPolicy& policy) {
  GONGKAI_ASSIGN_OR_RETURN(ClockHistory history, ReadClockHistory(request_case));
  ReplyClock clock;
  clock.received_on = history.received;
  clock.clock_start = history.received;
  clock.replied_on = history.replied;
  clock.reply_working_days =
      history.received < Regulation2019Start() ? kReplyWorkingDays2007 : kReplyWorkingDays;
  GONGKAI_TRY(TakeExtension(history, clock));
  clock.notes.push_back("收到申请之日：" + DayText(history.received) + "，自次日起计算");
  GONGKAI_TRY(FillSideDeadlines(history, calendar, clock));

  std::vector<PauseWindow> windows;
  for (PauseWindow window : history.windows) {
    if (window.status == DayStatus::kFeePause && !policy.pause_for_fee) {
      continue;
    }
    if (!window.last.has_value() && history.replied.has_value()) {
      window.last = *history.replied;  // the reply ends whatever was still pending
    }
    windows.push_back(window);
  }
  if (history.correction_requested.has_value()) {
    if (!history.correction_received.has_value()) {
      clock.notes.push_back(history.correction_requested->ToString() +
                            " 发出补正告知，尚未收到补正；收到补正后的申请之日起重新计算答复期限");
      clock.stopped =
          history.replied ? std::nullopt : std::optional(ClockStop::kAwaitingCorrection);
      return clock;
    }
    clock.clock_start = *history.correction_received;
    clock.notes.push_back(history.correction_requested->ToString() + " 发出补正告知；" +
                          history.correction_received->ToString() +
                          " 收到补正后的申请，答复期限自该日重新计算（条例第三十条）");
  }
  NoteWindows(history, policy, clock);

  const int target = clock.reply_working_days + clock.extension_working_days;
  GONGKAI_ASSIGN_OR_RETURN(WalkResult walk, Walk(calendar, clock.clock_start,
                                                 clock.reply_working_days, target, windows));
  clock.days = std::move(walk.days);
  clock.original_due = walk.base_reached;
  clock.reply_due = walk.due;
  if (clock.original_due.has_value()) {
    MarkIfProvisional(calendar, clock.clock_start, *clock.original_due, clock);
  }
  if (clock.reply_due.has_value()) {
    MarkIfProvisional(calendar, clock.clock_start, *clock.reply_due, clock);
  } else if (!clock.days.empty()) {
    // Stopped: the days counted so far may already be provisional.
    MarkIfProvisional(calendar, clock.clock_start, clock.days.back().info.date, clock);
  }
  clock.stopped = StopFor(walk.stopped_by);
  clock.paused_working_days = walk.paused_working_days;
  if (history.extension.has_value() && clock.original_due.has_value() &&
      history.extension->date > *clock.original_due) {
    clock.warnings.push_back("延期决定于 " + history.extension->date.ToString() +
                             " 作出，晚于原答复期限 " + clock.original_due->ToString());
  }
  if (clock.replied_on.has_value() && clock.reply_due.has_value() &&
      *clock.replied_on > *clock.reply_due) {
    GONGKAI_ASSIGN_OR_RETURN(clock.overdue_working_days,
                             calendar.CountWorkingDays(*clock.reply_due, *clock.replied_on));
  }
  NoteOutcome(history, clock);
  return clock;
}

}  // namespace gongkai::domain
