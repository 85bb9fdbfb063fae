// CaseService: the use cases of a disclosure request (依申请公开) — receive, register, 补正,
// consultation, extension, fee, reply, closing and archiving — over the storage port. Each command
// loads the case, validates the step with the lifecycle rules (case_lifecycle.h), appends one
// event and stores the case with the version it read, so a concurrent change surfaces as
// kConflict instead of being overwritten. The web UI and the CLI `case` commands call this.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/date.h"
#include "core/result.h"
#include "domain/calendar_source.h"
#include "domain/finding.h"
#include "domain/report_taxonomy.h"
#include "domain/request_case.h"
#include "domain/statutory_clock.h"
#include "domain/store.h"
#include "domain/working_calendar.h"

namespace gongkai::domain {

// What the organ records when an application arrives (Regulation Art. 29, 31).
struct ApplicationDraft {
  std::string agency_id;              // receiving organ; must exist
  Applicant applicant;                // name required; kind 0..5
  std::string information_requested;  // required: name, 文号 or description of the information
  std::string preferred_form;         // requested form and route of provision (may be empty)
  Channel channel = Channel::kOnline;
  // 收到申请之日 as fixed by Art. 31 for the channel (e.g. the confirmation day for online
  // applications). Default: today.
  std::optional<core::Date> received_on;
  // When the applicant sent it. Default: received_on. Must not be after received_on.
  std::optional<core::Date> submitted_on;
  std::string note;  // optional remark stored on the kReceived event
};

// Who performs a command, on which legal day, and (optionally) which version of the case the user
// was looking at.
struct CommandContext {
  Actor actor;  // required (non-empty name)
  // The legally relevant day of the step (e.g. the day the 补正告知 was sent). Default: today.
  // Must not be in the future, nor before the previous event or the day of receipt.
  std::optional<core::Date> date;
  // When set, the command fails with kConflict unless the stored case still has this version:
  // the form the user submitted was based on a case that has changed since.
  std::optional<std::int64_t> expected_version;
};

// A 收费通知 (fees.md §7).
struct FeeNotice {
  std::int64_t amount_yuan = 0;  // > 0
  std::string method;            // "per_piece" (按件计收) or "per_page" (按量计收)
  std::string basis;             // basis/standard/computation shown to the applicant (optional)
};

// The decision that concludes a case (Art. 36–39).
struct ReplyDecision {
  RequestRow outcome = RequestRow::kGranted;  // one of the 21 outcome rows of the 2021 table
  std::string provision_form;  // form of provision (Art. 40); required for 予以公开/部分公开
  std::string note;            // reasons / remarks; required for 其他处理.3
};

// Thread-safety: the service holds only references and is as thread-safe as the store; two
// concurrent commands on one case never both succeed (the loser gets kConflict).
class CaseService {
 public:
  // `store`, `calendar` and `clock` are borrowed and must outlive the service. `policy` holds the
  // local-practice settings of the statutory clock (e.g. whether a fee notice pauses it).
  CaseService(Store& store, const WorkingCalendar& calendar, const core::Clock& clock,
              const ClockPolicy& policy = {});
  // As above, but each command uses the calendar `calendars` has in effect at that moment, so a
  // schedule imported while the service runs applies to the next step. `calendars` is borrowed.
  CaseService(Store& store, const CalendarSource& calendars, const core::Clock& clock,
              const ClockPolicy& policy = {});

  // Records a new application (state kReceived, one kReceived event dated received_on).
  // kInvalidArgument for missing/bad fields or dates (future, submitted after received);
  // kNotFound for an unknown agency.
  core::Result<RequestCase> ReceiveApplication(const ApplicationDraft& draft, const Actor& actor);

  // Registers the case and assigns the tracking number "<agency_id>-<year>-<5-digit sequence>",
  // where year is the year of 收到申请之日 (the report year) and the sequence comes from
  // CaseRepository::NextTrackingSequence. A failed update can leave a gap in the sequence.
  // kFailedPrecondition unless the case is kReceived.
  core::Result<RequestCase> Register(std::int64_t case_id, const CommandContext& context);

  // 补正告知 (Art. 30): once per case, in full; `items` lists what must be corrected (required);
  // `correction_due` is the deadline given to the applicant (after the notice day). A notice
  // later than 7 working days after receipt is recorded but flagged by Warnings().
  core::Result<RequestCase> RequestCorrection(std::int64_t case_id, core::Date correction_due,
                                              const std::string& items,
                                              const CommandContext& context);
  // The corrected application arrived: the 20-working-day period restarts from this day.
  core::Result<RequestCase> ReceiveCorrection(std::int64_t case_id, const CommandContext& context);

  // 征求意见 of a third party (Art. 32) or another organ (Art. 34); `party` is required.
  core::Result<RequestCase> StartConsultation(std::int64_t case_id, const std::string& party,
                                              const CommandContext& context);
  // The answer arrived or the 15-working-day limit passed; `note` (optional) records the answer.
  core::Result<RequestCase> EndConsultation(std::int64_t case_id, const std::string& note,
                                            const CommandContext& context);

  // 延期 (Art. 33 ¶2): once, 1..20 working days, approved by `approver` (the head of the
  // 政府信息公开工作机构) for `reason`, on or before the current due date.
  core::Result<RequestCase> Extend(std::int64_t case_id, const std::string& approver,
                                   const std::string& reason, int working_days,
                                   const CommandContext& context);

  // 收费通知 (信息处理费, fees.md §7): once per case, within the reply period.
  core::Result<RequestCase> SendFeeNotice(std::int64_t case_id, const FeeNotice& notice,
                                          const CommandContext& context);
  core::Result<RequestCase> RecordFeePayment(std::int64_t case_id, const CommandContext& context);
  // Waives the noticed fee; `reason` is required.
  core::Result<RequestCase> WaiveFee(std::int64_t case_id, const std::string& reason,
                                     const CommandContext& context);

  // 答复: concludes the case with one outcome row. 其他处理.1/.2/.3 are reached through the
  // dedicated commands below (Reply accepts them too, under the same rules).
  core::Result<RequestCase> Reply(std::int64_t case_id, const ReplyDecision& decision,
                                  const CommandContext& context);
  // 其他处理.1: the applicant did not correct by the deadline (Art. 30); only after correction_due.
  core::Result<RequestCase> CloseForLapsedCorrection(std::int64_t case_id,
                                                     const CommandContext& context);
  // 其他处理.2: the fee was not paid within 20 working days of the notice.
  core::Result<RequestCase> CloseForUnpaidFee(std::int64_t case_id, const CommandContext& context);
  // 其他处理.3: the applicant withdrew; `reason` is required.
  core::Result<RequestCase> Withdraw(std::int64_t case_id, const std::string& reason,
                                     const CommandContext& context);

  // 归档 (Art. 45): only after the reply; afterwards the case accepts no further event.
  core::Result<RequestCase> Archive(std::int64_t case_id, const CommandContext& context);
  // A free note (no state change); `text` is required. Not allowed on an archived case.
  core::Result<RequestCase> AddNote(std::int64_t case_id, const std::string& text,
                                    const CommandContext& context);

  // The local-practice settings of the clock this service applies.
  const ClockPolicy& policy() const { return policy_; }

  // The stored case. kNotFound for an unknown id.
  core::Result<RequestCase> Get(std::int64_t case_id);

  // Things a clerk must look at as of today: an overdue open case, a reply made after the due
  // date, a 补正 notice later than 7 working days, a deadline that is provisional (calendar year
  // not loaded) or cannot be computed. Severity warning or info; never an error. kNotFound for an
  // unknown id.
  core::Result<std::vector<Finding>> Warnings(std::int64_t case_id);

  // Every command fails without writing anything: kNotFound (unknown case), kInvalidArgument (bad
  // data), kFailedPrecondition (a step the workflow does not allow now), kConflict (the case
  // changed since it was read, or since `expected_version`), or the store's own errors.

 private:
  // Loads the case, checks context.expected_version, applies `event` and stores the result with
  // the version read.
  core::Result<RequestCase> Append(std::int64_t case_id, const CaseEvent& event,
                                   const CommandContext& context);
  // An event of `type` dated context.date (default today) by context.actor, after checking both.
  core::Result<CaseEvent> NewEvent(EventType type, const CommandContext& context) const;
  core::Result<RequestCase> Close(std::int64_t case_id, RequestRow outcome, std::string note,
                                  const CommandContext& context);

  Store& store_;
  // Set only by the first constructor: the borrowed calendar wrapped as a source.
  std::optional<FixedCalendarSource> fixed_calendar_;
  const CalendarSource& calendars_;
  const core::Clock& clock_;
  ClockPolicy policy_;
};

}  // namespace gongkai::domain
