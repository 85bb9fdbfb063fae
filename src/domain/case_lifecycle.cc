#include "domain/case_lifecycle.h"

#include <algorithm>
#include <initializer_list>
#include <string>

namespace gongkai::domain {
namespace {

using core::Error;

// The 2019 text (20 + ≤ 20 WD) applies to requests received from this day; earlier ones keep the
// 2007 text (15 + ≤ 15 WD).
core::Date Regulation2019InForce() {
  return core::Date::FromYmd(kRegulation2019Year, kRegulation2019Month, kRegulation2019Day).value();
}

const CaseEvent* LastOf(std::span<const CaseEvent> events, EventType type) {
  const auto it = std::find_if(events.rbegin(), events.rend(),
                               [type](const CaseEvent& e) { return e.type == type; });
  return it == events.rend() ? nullptr : &*it;
}

bool HasEvent(std::span<const CaseEvent> events, EventType type) {
  return LastOf(events, type) != nullptr;
}

std::string Quoted(std::string_view text) {
  return "“" + std::string(text) + "”";
}

// What to do instead, when a step is refused in `state`.
std::string StateHint(CaseState state, EventType type) {
  switch (state) {
    case CaseState::kReceived:
      return "请先登记";
    case CaseState::kAwaitingCorrection:
      return "申请人尚未补正：请先记录收到补正，或在补正期限届满后按逾期不补正结案";
    case CaseState::kInConsultation:
      return "征求意见尚未结束，请先记录征求意见结束";
    case CaseState::kAwaitingFee:
      return "收费通知尚未处理，请先记录缴费或免收";
    case CaseState::kReplied:
      return "申请已答复";
    case CaseState::kArchived:
      return "申请已归档";
    case CaseState::kRegistered:
      break;
  }
  switch (type) {
    case EventType::kCorrectionReceived:
      return "没有待补正的补正告知";
    case EventType::kConsultationEnded:
      return "没有进行中的征求意见";
    case EventType::kFeePaid:
    case EventType::kFeeWaived:
      return "没有待缴费的收费通知";
    case EventType::kArchived:
      return "只能在答复后归档";
    default:
      return "该步骤不适用于已登记的申请";
  }
}

core::Status RequireState(CaseState state, std::initializer_list<CaseState> allowed,
                          EventType type) {
  if (std::find(allowed.begin(), allowed.end(), state) != allowed.end()) {
    return core::Ok();
  }
  return Error::FailedPrecondition("申请当前状态为" + Quoted(CaseStateLabel(state)) + "，不能办理" +
                                   Quoted(EventTypeLabel(type)) + "：" + StateHint(state, type));
}

core::Status Require(bool ok, std::string message) {
  if (ok) {
    return core::Ok();
  }
  return Error::InvalidArgument(std::move(message));
}

// Each type-specific field may only be set on its own event type.
core::Status CheckFieldsBelong(const CaseEvent& e) {
  const auto refuse = [&e](std::string_view field) {
    return Error::InvalidArgument(Quoted(EventTypeLabel(e.type)) + "记录不应包含" +
                                  std::string(field));
  };
  const bool extension = e.type == EventType::kExtended;
  if (e.outcome.has_value() && e.type != EventType::kReplied) {
    return refuse("答复结果");
  }
  if (e.correction_due.has_value() && e.type != EventType::kCorrectionRequested) {
    return refuse("补正期限");
  }
  if ((e.working_days.has_value() || !e.approver.empty()) && !extension) {
    return refuse("延期天数或批准人");
  }
  if (!e.consultation_party.empty() && e.type != EventType::kConsultationStarted) {
    return refuse("征求意见对象");
  }
  if ((e.amount_yuan.has_value() || !e.fee_method.empty()) && e.type != EventType::kFeeNoticeSent) {
    return refuse("收费金额或计收方式");
  }
  if (!e.provision_form.empty() && e.type != EventType::kReplied) {
    return refuse("提供方式");
  }
  return core::Ok();
}

// Actor, fields and the order of dates, common to every event.
core::Status CheckCommon(const RequestCase& current, const CaseEvent& e) {
  GONGKAI_TRY(Require(!e.actor.empty(), "缺少经办人"));
  GONGKAI_TRY(CheckFieldsBelong(e));
  if (current.events.empty()) {
    return Require(e.date >= current.submitted_on, "收到申请之日（" + e.date.ToString() +
                                                       "）早于申请提交日期（" +
                                                       current.submitted_on.ToString() + "）");
  }
  const CaseEvent& received = current.events.front();
  if (e.date < received.date) {
    return Error::InvalidArgument(Quoted(EventTypeLabel(e.type)) + "的日期（" + e.date.ToString() +
                                  "）早于收到申请之日（" + received.date.ToString() + "）");
  }
  const CaseEvent& previous = current.events.back();
  if (e.date < previous.date) {
    return Error::InvalidArgument(Quoted(EventTypeLabel(e.type)) + "的日期（" + e.date.ToString() +
                                  "）早于上一条办理记录" + Quoted(EventTypeLabel(previous.type)) +
                                  "（" + previous.date.ToString() + "）");
  }
  return core::Ok();
}

core::Status CheckCorrectionRequest(const RequestCase& current, const CaseEvent& e) {
  if (HasEvent(current.events, EventType::kCorrectionRequested)) {
    return Error::FailedPrecondition("补正只能告知一次：条例第三十条要求一次性告知需要补正的事项");
  }
  if (HasEvent(current.events, EventType::kExtended) ||
      HasEvent(current.events, EventType::kConsultationStarted) ||
      HasEvent(current.events, EventType::kFeeNoticeSent)) {
    return Error::FailedPrecondition("已延期、征求意见或发出收费通知的申请不能再要求补正");
  }
  GONGKAI_TRY(Require(e.correction_due.has_value(), "请填写补正期限"));
  GONGKAI_TRY(Require(*e.correction_due > e.date, "补正期限（" + e.correction_due->ToString() +
                                                      "）必须晚于告知日期（" + e.date.ToString() +
                                                      "）"));
  return Require(!e.note.empty(), "请写明需要补正的事项（条例第三十条：一次性告知）");
}

// The reply deadline as it stands before `e`; needed by the checks that must happen in time.
core::Result<core::Date> CurrentDue(const RequestCase& current, const WorkingCalendar& calendar,
                                    const ClockPolicy& policy) {
  GONGKAI_ASSIGN_OR_RETURN(const ReplyClock clock, ComputeReplyClock(current, calendar, policy));
  if (!clock.reply_due.has_value()) {
    return Error::FailedPrecondition("答复期限暂停计算中，无法确定答复期限");
  }
  return *clock.reply_due;
}

core::Status CheckExtension(const RequestCase& current, const CaseEvent& e,
                            const WorkingCalendar& calendar, const ClockPolicy& policy) {
  if (HasEvent(current.events, EventType::kExtended)) {
    return Error::FailedPrecondition("本申请已延期一次，不能再次延期（条例第三十三条）");
  }
  const bool old_text = current.events.front().date < Regulation2019InForce();
  const int max_days = old_text ? kReplyWorkingDays2007 : kMaxExtensionWorkingDays;
  GONGKAI_TRY(
      Require(e.working_days.has_value() && *e.working_days >= 1 && *e.working_days <= max_days,
              "延长的期限必须为 1 至 " + std::to_string(max_days) + " 个工作日"));
  GONGKAI_TRY(Require(!e.approver.empty(), "延期须经政府信息公开工作机构负责人同意：请填写批准人"));
  GONGKAI_TRY(Require(!e.note.empty(), "请填写延期理由"));
  GONGKAI_ASSIGN_OR_RETURN(const core::Date due, CurrentDue(current, calendar, policy));
  if (e.date > due) {
    return Error::FailedPrecondition("答复期限已于 " + due.ToString() +
                                     " 届满，不能再延期：延期须在期限届满前决定并告知申请人");
  }
  return core::Ok();
}

core::Status CheckFeeNotice(const RequestCase& current, const CaseEvent& e,
                            const WorkingCalendar& calendar, const ClockPolicy& policy) {
  if (HasEvent(current.events, EventType::kFeeNoticeSent)) {
    return Error::FailedPrecondition("本申请已发出过收费通知，同一申请只能收费一次");
  }
  GONGKAI_TRY(Require(e.amount_yuan.has_value() && *e.amount_yuan > 0, "收费金额必须大于 0 元"));
  GONGKAI_TRY(Require(e.fee_method == "per_piece" || e.fee_method == "per_page",
                      "计收方式必须是按件计收（per_piece）或按量计收（per_page）"));
  GONGKAI_ASSIGN_OR_RETURN(const core::Date due, CurrentDue(current, calendar, policy));
  if (e.date > due) {
    return Error::FailedPrecondition("收费通知应在答复期限（" + due.ToString() + "）内发出");
  }
  return core::Ok();
}

core::Status CheckLapsedCorrection(const RequestCase& current, CaseState state,
                                   const CaseEvent& e) {
  GONGKAI_TRY(RequireState(state, {CaseState::kAwaitingCorrection}, e.type));
  const CaseEvent* notice = LastOf(current.events, EventType::kCorrectionRequested);
  if (notice == nullptr || !notice->correction_due.has_value() ||
      e.date <= *notice->correction_due) {
    const std::string due = notice && notice->correction_due ? notice->correction_due->ToString()
                                                             : std::string("（未填写）");
    return Error::FailedPrecondition("补正期限至 " + due + " 届满，届满前不能按逾期不补正结案");
  }
  return core::Ok();
}

core::Status CheckUnpaidFee(const RequestCase& current, CaseState state, const CaseEvent& e,
                            const WorkingCalendar& calendar) {
  GONGKAI_TRY(RequireState(state, {CaseState::kAwaitingFee}, e.type));
  const CaseEvent* notice = LastOf(current.events, EventType::kFeeNoticeSent);
  if (notice == nullptr) {
    return Error::FailedPrecondition("没有收费通知，不能按逾期未缴费结案");
  }
  // The notice's receipt day is not recorded; its sending day gives the earliest possible end
  // of the 20-working-day payment period.
  GONGKAI_ASSIGN_OR_RETURN(const core::Date due, FeePaymentDue(calendar, notice->date));
  if (e.date <= due) {
    return Error::FailedPrecondition("缴费期限至 " + due.ToString() +
                                     " 届满，届满前不能按逾期未缴费结案");
  }
  return core::Ok();
}

core::Status CheckReply(const RequestCase& current, CaseState state, const CaseEvent& e,
                        const WorkingCalendar& calendar) {
  if (!e.outcome.has_value() || !IsCaseOutcome(*e.outcome)) {
    GONGKAI_TRY(RequireState(state,
                             {CaseState::kRegistered, CaseState::kAwaitingCorrection,
                              CaseState::kInConsultation, CaseState::kAwaitingFee},
                             e.type));
    return Error::InvalidArgument(
        "答复结果必须是年度报告表中的一项办理结果（予以公开、部分公开、不予公开1–8、"
        "无法提供1–3、不予处理1–5、其他处理1–3）");
  }
  switch (*e.outcome) {
    case RequestRow::kOther1:
      return CheckLapsedCorrection(current, state, e);
    case RequestRow::kOther2:
      return CheckUnpaidFee(current, state, e, calendar);
    case RequestRow::kOther3:
      GONGKAI_TRY(RequireState(state,
                               {CaseState::kRegistered, CaseState::kAwaitingCorrection,
                                CaseState::kInConsultation, CaseState::kAwaitingFee},
                               e.type));
      return Require(!e.note.empty(), "按“其他处理”结案（如申请人撤回申请）必须写明原因");
    default:
      break;
  }
  GONGKAI_TRY(RequireState(state, {CaseState::kRegistered}, e.type));
  if (*e.outcome == RequestRow::kUnavailable3 &&
      !HasEvent(current.events, EventType::kCorrectionReceived)) {
    return Error::FailedPrecondition("“补正后申请内容仍不明确”只适用于已经补正的申请");
  }
  const bool provides =
      *e.outcome == RequestRow::kGranted || *e.outcome == RequestRow::kPartlyGranted;
  return Require(!provides || !e.provision_form.empty(),
                 "予以公开或部分公开的答复必须写明提供方式（条例第四十条）");
}

core::Status CheckStep(const RequestCase& current, CaseState state, const CaseEvent& e,
                       const WorkingCalendar& calendar, const ClockPolicy& policy) {
  switch (e.type) {
    case EventType::kReceived:
      return Error::FailedPrecondition("申请已有收到记录，不能重复记录收到申请");
    case EventType::kRegistered:
      return RequireState(state, {CaseState::kReceived}, e.type);
    case EventType::kCorrectionRequested:
      GONGKAI_TRY(RequireState(state, {CaseState::kRegistered}, e.type));
      return CheckCorrectionRequest(current, e);
    case EventType::kCorrectionReceived:
      return RequireState(state, {CaseState::kAwaitingCorrection}, e.type);
    case EventType::kConsultationStarted:
      GONGKAI_TRY(RequireState(state, {CaseState::kRegistered}, e.type));
      return Require(!e.consultation_party.empty(), "请填写征求意见的第三方或机关");
    case EventType::kConsultationEnded:
      return RequireState(state, {CaseState::kInConsultation}, e.type);
    case EventType::kExtended:
      GONGKAI_TRY(RequireState(state, {CaseState::kRegistered}, e.type));
      return CheckExtension(current, e, calendar, policy);
    case EventType::kFeeNoticeSent:
      GONGKAI_TRY(RequireState(state, {CaseState::kRegistered}, e.type));
      return CheckFeeNotice(current, e, calendar, policy);
    case EventType::kFeePaid:
      return RequireState(state, {CaseState::kAwaitingFee}, e.type);
    case EventType::kFeeWaived:
      GONGKAI_TRY(RequireState(state, {CaseState::kAwaitingFee}, e.type));
      return Require(!e.note.empty(), "免收信息处理费必须写明理由");
    case EventType::kReplied:
      return CheckReply(current, state, e, calendar);
    case EventType::kArchived:
      return RequireState(state, {CaseState::kReplied}, e.type);
    case EventType::kNote:
      return Require(!e.note.empty(), "备注内容不能为空");
  }
  return Error::InvalidArgument("未知的办理记录类型");
}

}  // namespace

bool IsCaseOutcome(RequestRow row) {
  return row != RequestRow::kOtherSingle && RowInfo(row).is_outcome;
}

CaseState DeriveState(std::span<const CaseEvent> events) {
  CaseState state = CaseState::kReceived;
  for (const CaseEvent& event : events) {
    switch (event.type) {
      case EventType::kReceived:
        state = CaseState::kReceived;
        break;
      case EventType::kRegistered:
      case EventType::kCorrectionReceived:
      case EventType::kConsultationEnded:
      case EventType::kFeePaid:
      case EventType::kFeeWaived:
        state = CaseState::kRegistered;
        break;
      case EventType::kCorrectionRequested:
        state = CaseState::kAwaitingCorrection;
        break;
      case EventType::kConsultationStarted:
        state = CaseState::kInConsultation;
        break;
      case EventType::kFeeNoticeSent:
        state = CaseState::kAwaitingFee;
        break;
      case EventType::kReplied:
        state = CaseState::kReplied;
        break;
      case EventType::kArchived:
        state = CaseState::kArchived;
        break;
      case EventType::kExtended:
      case EventType::kNote:
        break;
    }
  }
  return state;
}

RequestCase WithDerivedFields(RequestCase request, const WorkingCalendar& calendar,
                              const ClockPolicy& policy) {
  request.state = DeriveState(request.events);
  const CaseEvent* received = request.events.empty() ? nullptr : &request.events.front();
  request.received_on = received && received->type == EventType::kReceived
                            ? std::optional<core::Date>(received->date)
                            : std::nullopt;
  const CaseEvent* replied = LastOf(request.events, EventType::kReplied);
  request.closed_on = replied ? std::optional<core::Date>(replied->date) : std::nullopt;
  request.outcome = replied ? replied->outcome : std::nullopt;
  request.due_on = std::nullopt;
  request.due_provisional = false;
  if (IsOpenCase(request) && request.received_on.has_value()) {
    // A deadline that cannot be computed (an irregular history) leaves due_on empty;
    // CaseWarnings explains why. One counted through a year without schedule is kept, marked
    // provisional.
    const core::Result<ReplyClock> clock = ComputeReplyClock(request, calendar, policy);
    if (clock.has_value()) {
      request.due_on = clock->reply_due;
      request.due_provisional = clock->reply_due_provisional();
    }
  }
  return request;
}

core::Result<RequestCase> ApplyEvent(const RequestCase& current, const CaseEvent& event,
                                     const WorkingCalendar& calendar, const ClockPolicy& policy) {
  const CaseState state = DeriveState(current.events);
  if (current.events.empty() && event.type != EventType::kReceived) {
    return Error::FailedPrecondition("申请还没有收到申请的记录，不能办理" +
                                     Quoted(EventTypeLabel(event.type)));
  }
  if (!current.events.empty() && state == CaseState::kArchived) {
    return Error::FailedPrecondition("申请已归档，不能再办理" + Quoted(EventTypeLabel(event.type)));
  }
  GONGKAI_TRY(CheckCommon(current, event));
  if (!current.events.empty()) {
    GONGKAI_TRY(CheckStep(current, state, event, calendar, policy));
  }
  RequestCase updated = current;
  CaseEvent appended = event;
  appended.sequence = static_cast<std::int64_t>(current.events.size()) + 1;
  updated.events.push_back(std::move(appended));
  return WithDerivedFields(std::move(updated), calendar, policy);
}

}  // namespace gongkai::domain
