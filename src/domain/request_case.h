// RequestCase: one application for disclosure (依申请公开) and everything that happened to it.
// A case is its event history; its state, deadlines and report outcome are derived from the events
// by the lifecycle rules (case_lifecycle.h), so that every change is an appended, audited event.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/report_taxonomy.h"

namespace gongkai::domain {

// How the application reached the organ; decides 收到申请之日 (Regulation Art. 31).
enum class Channel {
  kInPerson,      // 当面提交: the day of submission
  kPostSigned,    // 邮寄（需签收）: the day the organ signs for it
  kPostUnsigned,  // 平信等无需签收: the day the organ confirms with the applicant
  kOnline,        // 互联网渠道: the day both sides confirm
  kFax,           // 传真: the day both sides confirm
  kEmail,         // 电子邮件: the day both sides confirm
  kOther,         // 其他: the day both sides confirm
};

// Stable codes ("in_person", "post_signed", "post_unsigned", "online", "fax", "email", "other")
// and Chinese labels ("当面提交", …).
std::string_view ChannelCode(Channel channel);
std::string_view ChannelLabel(Channel channel);
std::optional<Channel> ChannelFromCode(std::string_view code);

struct Applicant {
  int kind = 0;             // applicant column 0..5 (自然人 … 其他), see ApplicantKindCode
  std::string name;         // person or organisation name
  std::string id_document;  // 身份证明 (e.g. ID card number, credit code); Art. 29
  std::string contact;      // phone / e-mail / address
};

enum class CaseState {
  kReceived,            // recorded, not yet registered
  kRegistered,          // registered with a tracking number; the reply clock runs
  kAwaitingCorrection,  // 补正 notice sent; clock stopped until the correction arrives
  kInConsultation,      // third-party / other-organ consultation; clock paused
  kAwaitingFee,         // 收费通知 sent; clock paused (configurable local practice)
  kReplied,             // concluded with exactly one statutory outcome
  kArchived,            // replied and archived (归档)
};
std::string_view CaseStateCode(CaseState state);   // "received", "registered", …
std::string_view CaseStateLabel(CaseState state);  // "已接收", "已登记", …
std::optional<CaseState> CaseStateFromCode(std::string_view code);
// True unless the state is replied or archived: the reply clock matters only for open cases.
bool IsOpenState(CaseState state);

enum class EventType {
  kReceived,             // application recorded: date = 收到申请之日
  kRegistered,           // tracking number assigned
  kCorrectionRequested,  // 补正告知: date sent, correction_due = deadline given to the applicant
  kCorrectionReceived,   // corrected application received: the 20-day clock restarts
  kConsultationStarted,  // 征求第三方/其他机关意见: clock paused from the next day
  kConsultationEnded,    // answer received or 15-WD limit reached
  kExtended,             // 延期: approver + reason + working_days (≤ 20), only once
  kFeeNoticeSent,        // 收费通知: amount_yuan + fee_method + fee trace
  kFeePaid,
  kFeeWaived,  // waiver with mandatory reason
  kReplied,    // 答复: outcome row (one of the outcome rows) + form of provision
  kArchived,   // 归档
  kNote,       // free note, no state change
};
std::string_view EventTypeCode(EventType type);   // "received", "correction_requested", …
std::string_view EventTypeLabel(EventType type);  // "收到申请", "告知补正", …
std::optional<EventType> EventTypeFromCode(std::string_view code);

struct CaseEvent {
  std::int64_t sequence = 0;  // 1-based position in the case history (assigned on append)
  EventType type = EventType::kNote;
  core::Date date;    // the legally relevant day of the event
  std::string actor;  // who recorded it (user name)
  std::string note;   // free text (reason, remarks)
  // Type-specific fields; unused ones stay empty.
  std::optional<RequestRow> outcome;         // kReplied (and lapsed corrections / fees)
  std::optional<core::Date> correction_due;  // kCorrectionRequested
  std::optional<int> working_days;           // kExtended
  std::string approver;                      // kExtended
  std::string consultation_party;            // kConsultationStarted
  std::optional<std::int64_t> amount_yuan;   // kFeeNoticeSent
  std::string fee_method;                    // kFeeNoticeSent: "per_piece" | "per_page"
  std::string provision_form;                // kReplied: 纸质 / 电子邮件 / 当场查阅 …

  friend bool operator==(const CaseEvent&, const CaseEvent&) = default;
};

struct RequestCase {
  std::int64_t id = 0;          // assigned by the store
  std::string tracking_number;  // unique, assigned at registration, e.g. "cq-scjg-2025-00017"
  std::string agency_id;
  Applicant applicant;
  std::string information_requested;  // name, 文号 or description of the information (Art. 29)
  std::string preferred_form;         // requested form and route of provision
  Channel channel = Channel::kOnline;
  core::Date submitted_on;        // when the applicant sent it
  std::vector<CaseEvent> events;  // full history, in order
  std::int64_t version = 0;       // optimistic-concurrency version (number of events)

  // Derived by the lifecycle (case_lifecycle.h); kept here for listing and queries.
  CaseState state = CaseState::kReceived;
  std::optional<core::Date> received_on;  // 收到申请之日
  std::optional<core::Date> closed_on;    // date of the reply / closing event
  std::optional<RequestRow> outcome;      // the report row the case is counted in
  std::optional<core::Date> due_on;       // current statutory reply deadline, when running
  // due_on was counted through a year without holiday schedule (weekends only): 暂定.
  bool due_provisional = false;
};

// True unless the case is replied or archived.
inline bool IsOpenCase(const RequestCase& request_case) {
  return IsOpenState(request_case.state);
}

}  // namespace gongkai::domain
