#include "domain/case_lifecycle.h"

#include <gtest/gtest.h>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"

namespace gongkai::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

CaseEvent Event(EventType type, const char* date) {
  CaseEvent event;
  event.type = type;
  event.date = D(date);
  event.actor = "clerk";
  return event;
}

CaseEvent Reply(const char* date, RequestRow outcome, std::string note = "") {
  CaseEvent event = Event(EventType::kReplied, date);
  event.outcome = outcome;
  event.note = std::move(note);
  if (outcome == RequestRow::kGranted || outcome == RequestRow::kPartlyGranted) {
    event.provision_form = "电子邮件";
  }
  return event;
}

CaseEvent Correction(const char* date, const char* due) {
  CaseEvent event = Event(EventType::kCorrectionRequested, date);
  event.correction_due = D(due);
  event.note = "请写明所需信息的文号";
  return event;
}

CaseEvent Extension(const char* date, int days) {
  CaseEvent event = Event(EventType::kExtended, date);
  event.working_days = days;
  event.approver = "公开办主任";
  event.note = "需调取档案";
  return event;
}

CaseEvent FeeNotice(const char* date) {
  CaseEvent event = Event(EventType::kFeeNoticeSent, date);
  event.amount_yuan = 2000;
  event.fee_method = "per_piece";
  return event;
}

class CaseLifecycleTest : public ::testing::Test {
 protected:
  // Applies `events` to an empty case, each of which must be accepted.
  RequestCase Build(std::initializer_list<CaseEvent> events) {
    RequestCase request;
    request.agency_id = "city-edu";
    for (const CaseEvent& event : events) {
      auto next = ApplyEvent(request, event, calendar_);
      EXPECT_TRUE(next.has_value()) << EventTypeCode(event.type) << ": " << next.error().message;
      if (next.has_value()) {
        request = *next;
      }
    }
    return request;
  }

  RequestCase Registered(const char* date) {
    return Build({Event(EventType::kReceived, date), Event(EventType::kRegistered, date)});
  }

  core::ErrorCode Refused(const RequestCase& request, const CaseEvent& event) {
    auto result = ApplyEvent(request, event, calendar_);
    EXPECT_FALSE(result.has_value()) << EventTypeCode(event.type) << " was accepted";
    if (result.has_value()) {
      return core::ErrorCode::kInternal;
    }
    EXPECT_FALSE(result.error().message.empty());
    return result.error().code;
  }

  WorkingCalendar calendar_ = LoadEffectiveCalendar(BuiltinCalendarJson(), {}).value();
};

TEST_F(CaseLifecycleTest, OutcomesAreTheTwentyOneRowsOfThe2021Table) {
  int outcomes = 0;
  for (int i = 0; i < kRequestRowCount; ++i) {
    outcomes += IsCaseOutcome(static_cast<RequestRow>(i)) ? 1 : 0;
  }
  EXPECT_EQ(outcomes, 21);
  EXPECT_FALSE(IsCaseOutcome(RequestRow::kOtherSingle));
  EXPECT_FALSE(IsCaseOutcome(RequestRow::kTotal));
  EXPECT_TRUE(IsCaseOutcome(RequestRow::kPartlyGranted));
}

TEST_F(CaseLifecycleTest, ReceiptFixesTheReceiptDateAndTheDueDate) {
  // working-days.md §3: received Fri 2025-01-24 → due 2025-02-27 across the Spring Festival.
  const RequestCase request = Build({Event(EventType::kReceived, "2025-01-24")});
  EXPECT_EQ(request.state, CaseState::kReceived);
  EXPECT_EQ(request.received_on, D("2025-01-24"));
  EXPECT_EQ(request.due_on, D("2025-02-27"));
  EXPECT_EQ(request.events[0].sequence, 1);
  EXPECT_FALSE(request.closed_on.has_value());
}

TEST_F(CaseLifecycleTest, ExtensionAddsItsWorkingDaysOnce) {
  RequestCase request = Registered("2025-09-26");
  EXPECT_EQ(request.due_on, D("2025-10-30"));
  request = *ApplyEvent(request, Extension("2025-10-30", 20), calendar_);
  EXPECT_EQ(request.due_on, D("2025-11-27"));
  EXPECT_EQ(request.state, CaseState::kRegistered);
  EXPECT_EQ(Refused(request, Extension("2025-11-01", 1)), core::ErrorCode::kFailedPrecondition);
}

TEST_F(CaseLifecycleTest, ExtensionRules) {
  const RequestCase request = Registered("2025-09-26");
  EXPECT_EQ(Refused(request, Extension("2025-10-09", 21)), core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(Refused(request, Extension("2025-10-09", 0)), core::ErrorCode::kInvalidArgument);
  CaseEvent no_approver = Extension("2025-10-09", 5);
  no_approver.approver.clear();
  EXPECT_EQ(Refused(request, no_approver), core::ErrorCode::kInvalidArgument);
  CaseEvent no_reason = Extension("2025-10-09", 5);
  no_reason.note.clear();
  EXPECT_EQ(Refused(request, no_reason), core::ErrorCode::kInvalidArgument);
  // The original due date was 2025-10-30: the next day is too late to extend.
  EXPECT_EQ(Refused(request, Extension("2025-10-31", 5)), core::ErrorCode::kFailedPrecondition);
  const RequestCase unregistered = Build({Event(EventType::kReceived, "2025-09-26")});
  EXPECT_EQ(Refused(unregistered, Extension("2025-10-09", 5)),
            core::ErrorCode::kFailedPrecondition);
}

TEST_F(CaseLifecycleTest, RequestsUnderThe2007RegulationExtendByAtMostFifteenDays) {
  const RequestCase request = Registered("2019-03-01");
  EXPECT_EQ(Refused(request, Extension("2019-03-05", 16)), core::ErrorCode::kInvalidArgument);
  EXPECT_TRUE(ApplyEvent(request, Extension("2019-03-05", 15), calendar_).has_value());
}

TEST_F(CaseLifecycleTest, HistoryStartsWithReceiptAndDatesNeverGoBack) {
  const RequestCase empty;
  EXPECT_EQ(Refused(empty, Event(EventType::kRegistered, "2025-03-03")),
            core::ErrorCode::kFailedPrecondition);
  const RequestCase request = Registered("2025-03-03");
  EXPECT_EQ(Refused(request, Event(EventType::kReceived, "2025-03-04")),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(request, Reply("2025-03-02", RequestRow::kWithheld1)),
            core::ErrorCode::kInvalidArgument);
  const RequestCase later = *ApplyEvent(request, Correction("2025-03-05", "2025-03-20"), calendar_);
  EXPECT_EQ(Refused(later, Event(EventType::kCorrectionReceived, "2025-03-04")),
            core::ErrorCode::kInvalidArgument);
  CaseEvent anonymous = Event(EventType::kNote, "2025-03-05");
  anonymous.note = "x";
  anonymous.actor.clear();
  EXPECT_EQ(Refused(later, anonymous), core::ErrorCode::kInvalidArgument);
}

TEST_F(CaseLifecycleTest, NoReplyBeforeRegistration) {
  const RequestCase request = Build({Event(EventType::kReceived, "2025-03-03")});
  EXPECT_EQ(Refused(request, Reply("2025-03-04", RequestRow::kGranted)),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(request, Reply("2025-03-04", RequestRow::kOther3, "撤回")),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(request, Correction("2025-03-04", "2025-03-20")),
            core::ErrorCode::kFailedPrecondition);
}

TEST_F(CaseLifecycleTest, CorrectionStopsAndRestartsTheClock) {
  RequestCase request = Registered("2025-03-03");
  request = *ApplyEvent(request, Correction("2025-03-05", "2025-03-20"), calendar_);
  EXPECT_EQ(request.state, CaseState::kAwaitingCorrection);
  EXPECT_FALSE(request.due_on.has_value());
  request = *ApplyEvent(request, Event(EventType::kCorrectionReceived, "2025-03-10"), calendar_);
  EXPECT_EQ(request.state, CaseState::kRegistered);
  // 20 working days counted again from the corrected application (Mon 2025-03-10).
  EXPECT_EQ(request.due_on, D("2025-04-08"));
  EXPECT_EQ(Refused(request, Correction("2025-03-11", "2025-03-25")),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(
      ApplyEvent(request, Reply("2025-03-12", RequestRow::kUnavailable3), calendar_).has_value());
}

TEST_F(CaseLifecycleTest, CorrectionNoticeRules) {
  const RequestCase request = Registered("2025-03-03");
  EXPECT_EQ(Refused(request, Correction("2025-03-05", "2025-03-05")),
            core::ErrorCode::kInvalidArgument);
  CaseEvent no_items = Correction("2025-03-05", "2025-03-20");
  no_items.note.clear();
  EXPECT_EQ(Refused(request, no_items), core::ErrorCode::kInvalidArgument);
  CaseEvent no_due = Correction("2025-03-05", "2025-03-20");
  no_due.correction_due.reset();
  EXPECT_EQ(Refused(request, no_due), core::ErrorCode::kInvalidArgument);
  // Later than 7 working days is recorded (CaseWarnings flags it).
  EXPECT_TRUE(ApplyEvent(request, Correction("2025-03-20", "2025-04-03"), calendar_).has_value());
  const RequestCase extended = *ApplyEvent(request, Extension("2025-03-05", 5), calendar_);
  EXPECT_EQ(Refused(extended, Correction("2025-03-06", "2025-03-20")),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(request, Event(EventType::kCorrectionReceived, "2025-03-05")),
            core::ErrorCode::kFailedPrecondition);
}

TEST_F(CaseLifecycleTest, LapsedCorrectionClosesOnlyAfterTheDeadline) {
  const RequestCase request =
      Build({Event(EventType::kReceived, "2025-03-03"), Event(EventType::kRegistered, "2025-03-03"),
             Correction("2025-03-05", "2025-03-20")});
  EXPECT_EQ(Refused(request, Reply("2025-03-20", RequestRow::kOther1)),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(request, Reply("2025-03-21", RequestRow::kGranted)),
            core::ErrorCode::kFailedPrecondition);
  auto closed = ApplyEvent(request, Reply("2025-03-21", RequestRow::kOther1), calendar_);
  ASSERT_TRUE(closed.has_value());
  EXPECT_EQ(closed->state, CaseState::kReplied);
  EXPECT_EQ(closed->outcome, RequestRow::kOther1);
  EXPECT_EQ(closed->closed_on, D("2025-03-21"));
  EXPECT_FALSE(closed->due_on.has_value());
  EXPECT_EQ(Refused(Registered("2025-03-03"), Reply("2025-04-30", RequestRow::kOther1)),
            core::ErrorCode::kFailedPrecondition);
}

TEST_F(CaseLifecycleTest, FeeRules) {
  const RequestCase request = Registered("2025-03-03");
  EXPECT_EQ(Refused(request, Event(EventType::kFeePaid, "2025-03-04")),
            core::ErrorCode::kFailedPrecondition);
  CaseEvent free_notice = FeeNotice("2025-03-04");
  free_notice.amount_yuan = 0;
  EXPECT_EQ(Refused(request, free_notice), core::ErrorCode::kInvalidArgument);
  CaseEvent bad_method = FeeNotice("2025-03-04");
  bad_method.fee_method = "per_hour";
  EXPECT_EQ(Refused(request, bad_method), core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(Refused(request, FeeNotice("2025-04-15")), core::ErrorCode::kFailedPrecondition);

  const RequestCase noticed = *ApplyEvent(request, FeeNotice("2025-03-04"), calendar_);
  EXPECT_EQ(noticed.state, CaseState::kAwaitingFee);
  EXPECT_EQ(Refused(noticed, Reply("2025-03-05", RequestRow::kGranted)),
            core::ErrorCode::kFailedPrecondition);
  CaseEvent waiver = Event(EventType::kFeeWaived, "2025-03-05");
  EXPECT_EQ(Refused(noticed, waiver), core::ErrorCode::kInvalidArgument);
  // 20 working days after Tue 2025-03-04 end on 2025-04-01.
  EXPECT_EQ(Refused(noticed, Reply("2025-04-01", RequestRow::kOther2)),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(ApplyEvent(noticed, Reply("2025-04-02", RequestRow::kOther2), calendar_).has_value());

  const RequestCase paid =
      *ApplyEvent(noticed, Event(EventType::kFeePaid, "2025-03-10"), calendar_);
  EXPECT_EQ(paid.state, CaseState::kRegistered);
  EXPECT_EQ(Refused(paid, FeeNotice("2025-03-11")), core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(paid, Reply("2025-04-30", RequestRow::kOther2)),
            core::ErrorCode::kFailedPrecondition);
}

TEST_F(CaseLifecycleTest, ConsultationPausesAndMustBeEndedBeforeTheReply) {
  const RequestCase request = Registered("2025-03-03");
  EXPECT_EQ(Refused(request, Event(EventType::kConsultationEnded, "2025-03-04")),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(request, Event(EventType::kConsultationStarted, "2025-03-04")),
            core::ErrorCode::kInvalidArgument);
  CaseEvent start = Event(EventType::kConsultationStarted, "2025-03-04");
  start.consultation_party = "某科技有限公司";
  const RequestCase consulting = *ApplyEvent(request, start, calendar_);
  EXPECT_EQ(consulting.state, CaseState::kInConsultation);
  EXPECT_EQ(Refused(consulting, Reply("2025-03-10", RequestRow::kWithheld4)),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(consulting, start), core::ErrorCode::kFailedPrecondition);
  const RequestCase ended =
      *ApplyEvent(consulting, Event(EventType::kConsultationEnded, "2025-03-10"), calendar_);
  EXPECT_EQ(ended.state, CaseState::kRegistered);
  ASSERT_TRUE(ended.due_on.has_value());
  EXPECT_GT(*ended.due_on, *request.due_on);  // the consultation days are not counted
}

TEST_F(CaseLifecycleTest, ReplyOutcomeRules) {
  const RequestCase request = Registered("2025-03-03");
  EXPECT_EQ(Refused(request, Reply("2025-03-04", RequestRow::kOtherSingle)),
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(Refused(request, Reply("2025-03-04", RequestRow::kTotal)),
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(Refused(request, Event(EventType::kReplied, "2025-03-04")),
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(Refused(request, Reply("2025-03-04", RequestRow::kUnavailable3)),
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(request, Reply("2025-03-04", RequestRow::kOther3)),
            core::ErrorCode::kInvalidArgument);
  CaseEvent no_form = Reply("2025-03-04", RequestRow::kGranted);
  no_form.provision_form.clear();
  EXPECT_EQ(Refused(request, no_form), core::ErrorCode::kInvalidArgument);
  const RequestCase replied =
      *ApplyEvent(request, Reply("2025-03-04", RequestRow::kPartlyGranted), calendar_);
  EXPECT_EQ(replied.state, CaseState::kReplied);
  EXPECT_EQ(Refused(replied, Reply("2025-03-05", RequestRow::kGranted)),
            core::ErrorCode::kFailedPrecondition);
}

TEST_F(CaseLifecycleTest, ArchiveOnlyAfterReplyAndNothingAfterArchive) {
  const RequestCase request = Registered("2025-03-03");
  EXPECT_EQ(Refused(request, Event(EventType::kArchived, "2025-03-04")),
            core::ErrorCode::kFailedPrecondition);
  RequestCase archived =
      *ApplyEvent(request, Reply("2025-03-04", RequestRow::kNotHandled1), calendar_);
  archived = *ApplyEvent(archived, Event(EventType::kArchived, "2025-03-05"), calendar_);
  EXPECT_EQ(archived.state, CaseState::kArchived);
  EXPECT_EQ(archived.outcome, RequestRow::kNotHandled1);
  CaseEvent note = Event(EventType::kNote, "2025-03-06");
  note.note = "补充说明";
  EXPECT_EQ(Refused(archived, note), core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Refused(archived, Event(EventType::kArchived, "2025-03-06")),
            core::ErrorCode::kFailedPrecondition);
}

TEST_F(CaseLifecycleTest, NotesKeepTheStateAndFieldsMustBelongToTheEventType) {
  const RequestCase request = Registered("2025-03-03");
  CaseEvent note = Event(EventType::kNote, "2025-03-04");
  EXPECT_EQ(Refused(request, note), core::ErrorCode::kInvalidArgument);
  note.note = "申请人来电询问进度";
  const RequestCase noted = *ApplyEvent(request, note, calendar_);
  EXPECT_EQ(noted.state, CaseState::kRegistered);
  EXPECT_EQ(noted.events.size(), 3U);
  note.outcome = RequestRow::kGranted;
  EXPECT_EQ(Refused(request, note), core::ErrorCode::kInvalidArgument);
  CaseEvent registered = Event(EventType::kRegistered, "2025-03-03");
  registered.amount_yuan = 5;
  EXPECT_EQ(Refused(Build({Event(EventType::kReceived, "2025-03-03")}), registered),
            core::ErrorCode::kInvalidArgument);
}

TEST_F(CaseLifecycleTest, DeriveStateFollowsTheHistory) {
  EXPECT_EQ(DeriveState({}), CaseState::kReceived);
  const RequestCase request =
      Build({Event(EventType::kReceived, "2025-03-03"), Event(EventType::kRegistered, "2025-03-03"),
             FeeNotice("2025-03-04")});
  EXPECT_EQ(DeriveState(request.events), CaseState::kAwaitingFee);
  RequestCase stale = request;
  stale.state = CaseState::kArchived;
  stale.due_on.reset();
  const RequestCase derived = WithDerivedFields(stale, calendar_);
  EXPECT_EQ(derived.state, CaseState::kAwaitingFee);
  EXPECT_EQ(derived.received_on, D("2025-03-03"));
}

}  // namespace
}  // namespace gongkai::domain
