// The statutory clock: every working-day deadline of the Regulation computed from a case's event
// history (Art. 26, 30–34; fees.md §7) with a day-by-day explanation of what was counted and why.
// Pure and stateless: the caller passes the WorkingCalendar in effect (calendar_codec.h) and the
// case; nothing here reads "today". This API is used by the case lifecycle, the CLI and the web
// pages, so it is kept small: the free *Due functions for single periods, CountPeriod for a
// plain explained count, and ComputeReplyClock for the whole Art. 33 reply deadline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/request_case.h"
#include "domain/working_calendar.h"

namespace gongkai::domain {

// Statutory lengths in working days.
inline constexpr int kReplyWorkingDays = 20;                 // Art. 33 ¶2
inline constexpr int kMaxExtensionWorkingDays = 20;          // Art. 33 ¶2
inline constexpr int kCorrectionNoticeWorkingDays = 7;       // Art. 30
inline constexpr int kConsultationWorkingDays = 15;          // Art. 32, 34
inline constexpr int kFeePaymentWorkingDays = 20;            // 办法 as restated (fees.md §7)
inline constexpr int kProactivePublicationWorkingDays = 20;  // Art. 26
// Requests received before this day fall under the 2007 Regulation: 15 + ≤ 15 working days.
inline constexpr int kRegulation2019Year = 2019, kRegulation2019Month = 5, kRegulation2019Day = 15;
inline constexpr int kReplyWorkingDays2007 = 15;

// Local-practice settings of the clock. Defaults are the recommended ones.
struct ClockPolicy {
  // Stop the reply clock from the day after the 收费通知 is sent through the day the fee is paid
  // or waived. Not confirmed by the retrieved 办法 text (fees.md §7): a local-practice setting.
  // Default: true.
  bool pause_for_fee = true;
};

// 收到申请之日 under Art. 31: in person → `submitted_on`; signed post → the signing day; every
// other channel (unsigned post, online, fax, e-mail, other) → the day of the confirmation with
// the applicant. kInvalidArgument when the signing/confirmation day is required but missing, or
// earlier than `submitted_on`.
core::Result<core::Date> ReceiptDate(Channel channel, core::Date submitted_on,
                                     std::optional<core::Date> signed_or_confirmed_on);

// Single periods, each the n-th working day after the triggering day (which is not counted).
// Errors: those of WorkingCalendar::AddWorkingDays. A date past the loaded schedules is
// provisional: check calendar.MissingYears(start, due), or use CountPeriod.
// 补正告知 due: 7 WD after 收到申请之日 (Art. 30).
core::Result<core::Date> CorrectionNoticeDue(const WorkingCalendar& calendar,
                                             core::Date received_on);
// Consultation answer due: 15 WD after the letter reached the third party / organ (Art. 32, 34).
core::Result<core::Date> ConsultationAnswerDue(const WorkingCalendar& calendar,
                                               core::Date letter_received_on);
// Fee payment due: 20 WD counted from the day after the 收费通知 was received.
core::Result<core::Date> FeePaymentDue(const WorkingCalendar& calendar,
                                       core::Date notice_received_on);
// Proactive publication due: 20 WD after the information was formed or changed (Art. 26).
core::Result<core::Date> ProactivePublicationDue(const WorkingCalendar& calendar,
                                                 core::Date formed_or_changed_on);

// How one calendar day was treated by a count.
enum class DayStatus {
  kCounted,            // a working day that counts
  kNotWorking,         // weekend or holiday
  kConsultationPause,  // working day inside a consultation (Art. 33 ¶3): 征求意见期间不计算
  kFeePause,           // working day while awaiting the fee (ClockPolicy): 待缴费期间不计算
};

struct ClockDay {
  DayInfo info;  // date, kind and holiday name
  DayStatus status = DayStatus::kCounted;
  std::optional<int> ordinal;  // 1-based position among the counted days
  // Why: "工作日", "调休上班日（春节）", "周末", "法定节假日（春节）", "征求意见期间不计算",
  // "待缴费期间不计算".
  std::string reason;

  bool counted() const { return status == DayStatus::kCounted; }
  // One explanation line without the date, e.g. "第1个工作日（调休上班日（春节））" or
  // "不计算：周末".
  std::string Describe() const;
};

// A plain count of `working_days` after `start` with every day from start + 1 to the due date.
struct CountedPeriod {
  core::Date start;
  int working_days = 0;
  core::Date due;
  std::vector<ClockDay> days;
  // Years without schedule the count went through (WorkingCalendar::MissingYears): when not
  // empty, `due` is provisional (暂定) and must be shown so.
  std::vector<int> provisional_years;

  bool provisional() const { return !provisional_years.empty(); }
};

// Counts `working_days` after `start` (0 gives `start` and no days). kInvalidArgument for
// working_days < 0. Provisional beyond the loaded schedules (see CountedPeriod).
core::Result<CountedPeriod> CountPeriod(const WorkingCalendar& calendar, core::Date start,
                                        int working_days);

// Why the reply clock is not running.
enum class ClockStop {
  kAwaitingCorrection,  // 补正告知 sent, corrected application not yet received
  kConsultation,        // consultation still open
  kAwaitingFee,         // fee notice sent, not yet paid (only with ClockPolicy::pause_for_fee)
};

// The Art. 33 reply deadline of one case and how it was reached.
struct ReplyClock {
  core::Date received_on;  // 收到申请之日 (date of the kReceived event)
  core::Date clock_start;  // received_on, or the receipt of the corrected application
  int reply_working_days = kReplyWorkingDays;  // 20 (15 for the 2007 Regulation)
  int extension_working_days = 0;
  int paused_working_days = 0;  // working days excluded for consultation / fee, up to the due
  std::optional<core::Date> correction_notice_due;    // 7 WD after receipt (2019 text only)
  std::optional<core::Date> original_due;             // before the extension
  std::optional<core::Date> reply_due;                // nullopt while the clock is stopped
  std::optional<ClockStop> stopped;                   // set when reply_due is unknown
  std::optional<core::Date> consultation_answer_due;  // of the latest consultation
  std::optional<core::Date> fee_payment_due;          // of the latest fee notice
  std::optional<core::Date> replied_on;
  std::optional<int> overdue_working_days;  // when replied after reply_due
  std::vector<ClockDay> days;               // clock_start + 1 .. reply_due (or the stop)
  std::vector<std::string> notes;           // the computation steps, in Chinese
  std::vector<std::string> warnings;        // irregularities that do not stop the computation
  // Years without schedule that any date above was counted through, ascending, and the dates
  // (due dates and side deadlines) computed through them: each is provisional (暂定), counted
  // with weekends only, and changes when the year's notice is imported.
  std::vector<int> provisional_years;
  std::vector<core::Date> provisional_dates;

  // True when `date`, one of the dates above, was computed through a year without schedule.
  bool IsProvisional(core::Date date) const;
  // True when reply_due is set and provisional.
  bool reply_due_provisional() const { return reply_due.has_value() && IsProvisional(*reply_due); }
};

// Computes the reply clock from `request_case.events` (in order):
// kReceived fixes 收到申请之日; kCorrectionRequested/kCorrectionReceived restart the 20 WD from
// the corrected application's receipt (Art. 30); kConsultationStarted..kConsultationEnded pause it
// from the day after the letter was sent through the day the answer came (Art. 33 ¶3);
// kFeeNoticeSent..kFeePaid/kFeeWaived pause it likewise when policy.pause_for_fee; kExtended adds
// its working_days after the original due date; kReplied closes open pauses and is compared with
// the due date. Other event types are ignored.
// Dates counted through years without schedule are provisional (provisional_years, notes).
// Errors: kFailedPrecondition when there is no kReceived event, for a second kReceived, second
// 补正告知 or second extension, or an end event without its start (e.g. kFeePaid without a
// notice); kInvalidArgument when an event is dated before receipt or
// before its start event, or an extension is missing, < 1 or > 20 working days (> 15 under 2007).
core::Result<ReplyClock> ComputeReplyClock(const RequestCase& request_case,
                                           const WorkingCalendar& calendar,
                                           const ClockPolicy& policy = {});

}  // namespace gongkai::domain
