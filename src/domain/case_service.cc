#include "domain/case_service.h"

#include <string>
#include <utility>

#include "domain/case_lifecycle.h"
#include "domain/case_warnings.h"

namespace gongkai::domain {
namespace {

using core::Error;

constexpr int kTrackingSequenceDigits = 5;

// "<agency_id>-<year>-<sequence>", the sequence zero-padded to 5 digits (more when it outgrows
// them, so numbers stay unique).
std::string FormatTrackingNumber(const std::string& agency_id, int year, std::int64_t sequence) {
  std::string digits = std::to_string(sequence);
  if (digits.size() < kTrackingSequenceDigits) {
    digits.insert(0, kTrackingSequenceDigits - digits.size(), '0');
  }
  return agency_id + "-" + std::to_string(year) + "-" + digits;
}

core::Status CheckExpectedVersion(const RequestCase& current, const CommandContext& context) {
  if (context.expected_version.has_value() && *context.expected_version != current.version) {
    const std::string name = current.tracking_number.empty()
                                 ? "（编号 " + std::to_string(current.id) + "）"
                                 : current.tracking_number;
    return Error::Conflict("申请 " + name + " 已被他人修改（您看到的是第 " +
                           std::to_string(*context.expected_version) + " 版，当前为第 " +
                           std::to_string(current.version) + " 版），请刷新后重试");
  }
  return core::Ok();
}

core::Status CheckActor(const Actor& actor) {
  if (actor.name.empty()) {
    return Error::InvalidArgument("缺少经办人");
  }
  return core::Ok();
}

core::Status CheckDraft(const ApplicationDraft& draft) {
  if (draft.agency_id.empty()) {
    return Error::InvalidArgument("请选择受理申请的机关");
  }
  if (draft.applicant.name.empty()) {
    return Error::InvalidArgument("请填写申请人姓名或名称（条例第二十九条）");
  }
  if (draft.applicant.kind < 0 || draft.applicant.kind >= kTotalColumn) {
    return Error::InvalidArgument("申请人类型无效：" + std::to_string(draft.applicant.kind));
  }
  if (draft.information_requested.empty()) {
    return Error::InvalidArgument(
        "请填写所需政府信息的名称、文号或者便于查询的其他特征性描述（条例第二十九条）");
  }
  return core::Ok();
}

// 收到申请之日 of the draft, checked against Art. 31 for its channel and against today.
core::Result<core::Date> DraftReceiptDate(const ApplicationDraft& draft, core::Date today) {
  const core::Date received = draft.received_on.value_or(today);
  if (received > today) {
    return Error::InvalidArgument("收到申请之日（" + received.ToString() + "）不能晚于今天（" +
                                  today.ToString() + "）");
  }
  const core::Date submitted = draft.submitted_on.value_or(received);
  const bool in_person = draft.channel == Channel::kInPerson;
  GONGKAI_ASSIGN_OR_RETURN(
      const core::Date receipt,
      ReceiptDate(draft.channel, submitted,
                  in_person ? std::nullopt : std::optional<core::Date>(received)));
  if (receipt != received) {
    return Error::InvalidArgument("当面提交的申请，收到申请之日就是提交之日（条例第三十一条）：" +
                                  submitted.ToString() + " 与 " + received.ToString() + " 不一致");
  }
  return received;
}

}  // namespace

CaseService::CaseService(Store& store, const WorkingCalendar& calendar, const core::Clock& clock,
                         const ClockPolicy& policy)
    : store_(store),
      fixed_calendar_(FixedCalendarSource::Borrowing(calendar)),
      calendars_(*fixed_calendar_),
      clock_(clock),
      policy_(policy) {}

CaseService::CaseService(Store& store, const CalendarSource& calendars, const core::Clock& clock,
                         const ClockPolicy& policy)
    : store_(store), calendars_(calendars), clock_(clock), policy_(policy) {}

core::Result<CaseEvent> CaseService::NewEvent(EventType type, const CommandContext& context) const {
  GONGKAI_TRY(CheckActor(context.actor));
  const core::Date today = clock_.Today();
  const core::Date date = context.date.value_or(today);
  if (date > today) {
    return Error::InvalidArgument("办理日期（" + date.ToString() + "）不能晚于今天（" +
                                  today.ToString() + "）");
  }
  CaseEvent event;
  event.type = type;
  event.date = date;
  event.actor = context.actor.name;
  return event;
}

core::Result<RequestCase> CaseService::Append(std::int64_t case_id, const CaseEvent& event,
                                              const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(const RequestCase current, store_.cases().GetCase(case_id));
  GONGKAI_TRY(CheckExpectedVersion(current, context));
  GONGKAI_ASSIGN_OR_RETURN(const RequestCase updated,
                           ApplyEvent(current, event, *calendars_.Current(), policy_));
  // The version read above: if someone else appended meanwhile the store answers kConflict, and
  // the user decides again on the fresh case rather than this service retrying blindly.
  return store_.cases().UpdateCase(updated, current.version, context.actor);
}

core::Result<RequestCase> CaseService::ReceiveApplication(const ApplicationDraft& draft,
                                                          const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  GONGKAI_TRY(CheckDraft(draft));
  GONGKAI_ASSIGN_OR_RETURN(const core::Date received, DraftReceiptDate(draft, clock_.Today()));
  GONGKAI_TRY(store_.agencies().GetAgency(draft.agency_id));
  RequestCase request;
  request.agency_id = draft.agency_id;
  request.applicant = draft.applicant;
  request.information_requested = draft.information_requested;
  request.preferred_form = draft.preferred_form;
  request.channel = draft.channel;
  request.submitted_on = draft.submitted_on.value_or(received);
  CaseEvent event;
  event.type = EventType::kReceived;
  event.date = received;
  event.actor = actor.name;
  event.note = draft.note;
  GONGKAI_ASSIGN_OR_RETURN(const RequestCase created,
                           ApplyEvent(request, event, *calendars_.Current(), policy_));
  return store_.cases().CreateCase(created, actor);
}

core::Result<RequestCase> CaseService::Register(std::int64_t case_id,
                                                const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(const CaseEvent event, NewEvent(EventType::kRegistered, context));
  GONGKAI_ASSIGN_OR_RETURN(const RequestCase current, store_.cases().GetCase(case_id));
  GONGKAI_TRY(CheckExpectedVersion(current, context));
  // Validated before a number is drawn, so a refused registration leaves no gap in the sequence.
  GONGKAI_ASSIGN_OR_RETURN(RequestCase updated,
                           ApplyEvent(current, event, *calendars_.Current(), policy_));
  // The number carries the report year: the year of 收到申请之日, not of registration.
  const int year = updated.received_on.value_or(event.date).year();
  GONGKAI_ASSIGN_OR_RETURN(const std::int64_t sequence,
                           store_.cases().NextTrackingSequence(current.agency_id, year));
  updated.tracking_number = FormatTrackingNumber(current.agency_id, year, sequence);
  return store_.cases().UpdateCase(updated, current.version, context.actor);
}

core::Result<RequestCase> CaseService::RequestCorrection(std::int64_t case_id,
                                                         core::Date correction_due,
                                                         const std::string& items,
                                                         const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kCorrectionRequested, context));
  event.correction_due = correction_due;
  event.note = items;
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::ReceiveCorrection(std::int64_t case_id,
                                                         const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(const CaseEvent event,
                           NewEvent(EventType::kCorrectionReceived, context));
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::StartConsultation(std::int64_t case_id,
                                                         const std::string& party,
                                                         const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kConsultationStarted, context));
  event.consultation_party = party;
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::EndConsultation(std::int64_t case_id,
                                                       const std::string& note,
                                                       const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kConsultationEnded, context));
  event.note = note;
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::Extend(std::int64_t case_id, const std::string& approver,
                                              const std::string& reason, int working_days,
                                              const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kExtended, context));
  event.approver = approver;
  event.note = reason;
  event.working_days = working_days;
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::SendFeeNotice(std::int64_t case_id, const FeeNotice& notice,
                                                     const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kFeeNoticeSent, context));
  event.amount_yuan = notice.amount_yuan;
  event.fee_method = notice.method;
  event.note = notice.basis;
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::RecordFeePayment(std::int64_t case_id,
                                                        const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(const CaseEvent event, NewEvent(EventType::kFeePaid, context));
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::WaiveFee(std::int64_t case_id, const std::string& reason,
                                                const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kFeeWaived, context));
  event.note = reason;
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::Reply(std::int64_t case_id, const ReplyDecision& decision,
                                             const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kReplied, context));
  event.outcome = decision.outcome;
  event.provision_form = decision.provision_form;
  event.note = decision.note;
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::Close(std::int64_t case_id, RequestRow outcome,
                                             std::string note, const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kReplied, context));
  event.outcome = outcome;
  event.note = std::move(note);
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::CloseForLapsedCorrection(std::int64_t case_id,
                                                                const CommandContext& context) {
  return Close(case_id, RequestRow::kOther1, "申请人无正当理由逾期不补正，视为放弃申请", context);
}

core::Result<RequestCase> CaseService::CloseForUnpaidFee(std::int64_t case_id,
                                                         const CommandContext& context) {
  return Close(case_id, RequestRow::kOther2, "申请人逾期未按收费通知要求缴纳费用，视为放弃申请",
               context);
}

core::Result<RequestCase> CaseService::Withdraw(std::int64_t case_id, const std::string& reason,
                                                const CommandContext& context) {
  if (reason.empty()) {
    return Error::InvalidArgument("撤回申请必须写明原因");
  }
  return Close(case_id, RequestRow::kOther3, "申请人撤回申请：" + reason, context);
}

core::Result<RequestCase> CaseService::Archive(std::int64_t case_id,
                                               const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(const CaseEvent event, NewEvent(EventType::kArchived, context));
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::AddNote(std::int64_t case_id, const std::string& text,
                                               const CommandContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(CaseEvent event, NewEvent(EventType::kNote, context));
  event.note = text;
  return Append(case_id, event, context);
}

core::Result<RequestCase> CaseService::Get(std::int64_t case_id) {
  return store_.cases().GetCase(case_id);
}

core::Result<std::vector<Finding>> CaseService::Warnings(std::int64_t case_id) {
  GONGKAI_ASSIGN_OR_RETURN(const RequestCase request, store_.cases().GetCase(case_id));
  return CaseWarnings(request, clock_.Today(), *calendars_.Current(), policy_);
}

}  // namespace gongkai::domain
