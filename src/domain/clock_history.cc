#include "domain/clock_history.h"

namespace gongkai::domain {

std::string ClockEventName(EventType type) {
  switch (type) {
    case EventType::kCorrectionRequested:
      return "补正告知";
    case EventType::kCorrectionReceived:
      return "收到补正";
    case EventType::kConsultationStarted:
      return "征求意见";
    case EventType::kConsultationEnded:
      return "征求意见结束";
    case EventType::kExtended:
      return "延期";
    case EventType::kFeeNoticeSent:
      return "收费通知";
    case EventType::kFeePaid:
      return "缴费";
    case EventType::kFeeWaived:
      return "免收费用";
    case EventType::kReplied:
      return "答复";
    default:
      return "事件";
  }
}

// Opens a pause window of `status` unless one is open; kFailedPrecondition for a second fee
// notice while one is unpaid.

namespace {

core::Status OpenWindow(ClockHistory& history, DayStatus status, const CaseEvent& event) {
  for (const PauseWindow& window : history.windows) {
    if (window.status == status && !window.last.has_value()) {
      if (status == DayStatus::kFeePause) {
        return core::Error::FailedPrecondition("已有尚未缴费的收费通知，不能再次发出收费通知");
      }
      return core::Ok();  // consultations of several parties overlap into one pause
    }
  }
  history.windows.push_back(PauseWindow{status, event.date, std::nullopt});
  return core::Ok();
}

// Closes the open window of `status`. kFailedPrecondition when none is open (unless
// `optional`), kInvalidArgument when `event` is dated before the window's start.
core::Status CloseWindow(ClockHistory& history, DayStatus status, const CaseEvent& event,
                         bool optional) {
  for (PauseWindow& window : history.windows) {
    if (window.status != status || window.last.has_value()) {
      continue;
    }
    if (event.date < window.sent) {
      return core::Error::InvalidArgument(ClockEventName(event.type) + "日期 " +
                                          event.date.ToString() + " 早于其开始日期 " +
                                          window.sent.ToString());
    }
    window.last = event.date;
    return core::Ok();
  }
  if (optional) {
    return core::Ok();
  }
  return core::Error::FailedPrecondition(
      "记录“" + ClockEventName(event.type) + "”之前没有对应的" +
      (status == DayStatus::kFeePause ? "收费通知" : "征求意见"));
}

core::Status ApplyCorrection(ClockHistory& history, const CaseEvent& event) {
  if (event.type == EventType::kCorrectionRequested) {
    if (history.correction_requested.has_value()) {
      return core::Error::FailedPrecondition("补正应一次性告知（条例第三十条），不能再次要求补正");
    }
    history.correction_requested = event.date;
    return core::Ok();
  }
  if (!history.correction_requested.has_value() || history.correction_received.has_value()) {
    return core::Error::FailedPrecondition("收到补正之前没有待补正的补正告知");
  }
  if (event.date < *history.correction_requested) {
    return core::Error::InvalidArgument("收到补正的日期 " + event.date.ToString() +
                                        " 早于补正告知日期 " +
                                        history.correction_requested->ToString());
  }
  history.correction_received = event.date;
  return core::Ok();
}

core::Status ApplyEventToHistory(ClockHistory& history, const CaseEvent& event) {
  switch (event.type) {
    case EventType::kCorrectionRequested:
    case EventType::kCorrectionReceived:
      return ApplyCorrection(history, event);
    case EventType::kConsultationStarted:
      return OpenWindow(history, DayStatus::kConsultationPause, event);
    case EventType::kConsultationEnded:
      return CloseWindow(history, DayStatus::kConsultationPause, event, false);
    case EventType::kFeeNoticeSent:
      return OpenWindow(history, DayStatus::kFeePause, event);
    case EventType::kFeePaid:
      return CloseWindow(history, DayStatus::kFeePause, event, false);
    case EventType::kFeeWaived:  // a waiver may also come without any notice
      return CloseWindow(history, DayStatus::kFeePause, event, true);
    case EventType::kExtended:
      if (history.extension.has_value()) {
        return core::Error::FailedPrecondition("答复期限只能延期一次（条例第三十三条第二款）");
      }
      history.extension = event;
      return core::Ok();
    case EventType::kReplied:
      history.replied = event.date;
      return core::Ok();
    default:
      return core::Ok();
  }
}

bool AffectsClock(EventType type) {
  return type != EventType::kRegistered && type != EventType::kArchived && type != EventType::kNote;
}

}  // namespace

core::Result<ClockHistory> ReadClockHistory(const RequestCase& request_case) {
  std::optional<ClockHistory> history;
  for (const CaseEvent& event : request_case.events) {
    if (event.type == EventType::kReceived) {
      if (history.has_value()) {
        return core::Error::FailedPrecondition("案件中“收到申请”记录出现了两次");
      }
      history.emplace();
      history->received = event.date;
      continue;
    }
    if (!AffectsClock(event.type)) {
      continue;
    }
    if (!history.has_value()) {
      return core::Error::FailedPrecondition("“" + ClockEventName(event.type) +
                                             "”记录在“收到申请”之前");
    }
    if (event.date < history->received) {
      return core::Error::InvalidArgument("“" + ClockEventName(event.type) + "”的日期 " +
                                          event.date.ToString() + " 早于收到申请之日 " +
                                          history->received.ToString());
    }
    GONGKAI_TRY(ApplyEventToHistory(*history, event));
  }
  if (!history.has_value()) {
    return core::Error::FailedPrecondition("案件没有“收到申请”记录，无法计算答复期限");
  }
  return *history;
}

}  // namespace gongkai::domain
