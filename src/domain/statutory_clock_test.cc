#include "domain/statutory_clock.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"

namespace gongkai::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

WorkingCalendar Builtin() {
  auto calendar = LoadEffectiveCalendar(BuiltinCalendarJson(), {});
  EXPECT_TRUE(calendar.has_value()) << calendar.error().message;
  return *calendar;
}

// Builds a case event by event.
class CaseBuilder {
 public:
  explicit CaseBuilder(const char* received) { Add(EventType::kReceived, received); }
  CaseBuilder& Add(EventType type, const char* date) {
    CaseEvent event;
    event.sequence = static_cast<std::int64_t>(case_.events.size()) + 1;
    event.type = type;
    event.date = D(date);
    event.actor = "tester";
    case_.events.push_back(event);
    return *this;
  }
  CaseBuilder& Extend(const char* date, int working_days) {
    Add(EventType::kExtended, date);
    case_.events.back().working_days = working_days;
    case_.events.back().approver = "负责人";
    return *this;
  }
  const RequestCase& Build() const { return case_; }

 private:
  RequestCase case_;
};

ReplyClock Clock(const CaseBuilder& builder, const ClockPolicy& policy = {}) {
  auto clock = ComputeReplyClock(builder.Build(), Builtin(), policy);
  EXPECT_TRUE(clock.has_value()) << clock.error().message;
  return clock.has_value() ? *clock : ReplyClock{};
}

core::Error ClockError(const CaseBuilder& builder) {
  auto clock = ComputeReplyClock(builder.Build(), Builtin());
  EXPECT_FALSE(clock.has_value());
  return clock.has_value() ? core::Error{} : clock.error();
}

std::string Due(const ReplyClock& clock) {
  return clock.reply_due.has_value() ? clock.reply_due->ToString() : "stopped";
}

// working-days.md §3 checked examples.
TEST(StatutoryClockTest, SpecExamples) {
  const ReplyClock jan = Clock(CaseBuilder("2025-01-24"));
  EXPECT_EQ(Due(jan), "2025-02-27");
  EXPECT_EQ(jan.correction_notice_due, D("2025-02-10"));
  EXPECT_EQ(Due(Clock(CaseBuilder("2025-01-25"))), "2025-02-27");
  EXPECT_EQ(Due(Clock(CaseBuilder("2025-09-26"))), "2025-10-30");
  const ReplyClock extended = Clock(CaseBuilder("2025-09-26").Extend("2025-10-20", 20));
  EXPECT_EQ(extended.original_due, D("2025-10-30"));
  EXPECT_EQ(Due(extended), "2025-11-27");
  EXPECT_EQ(extended.extension_working_days, 20);
  EXPECT_EQ(Due(Clock(CaseBuilder("2025-12-31"))), "2026-01-29");
  EXPECT_EQ(Due(Clock(CaseBuilder("2026-02-13"))), "2026-03-19");
}

TEST(StatutoryClockTest, ExplainsEveryDay) {
  const ReplyClock clock = Clock(CaseBuilder("2025-01-24"));
  // 01-25 (Sat) … 02-27: 34 days.
  ASSERT_EQ(clock.days.size(), 34u);
  EXPECT_EQ(clock.days[0].info.date, D("2025-01-25"));
  EXPECT_FALSE(clock.days[0].counted());
  EXPECT_EQ(clock.days[0].reason, "周末");
  EXPECT_EQ(clock.days[1].info.date, D("2025-01-26"));
  EXPECT_EQ(clock.days[1].ordinal, 1);
  EXPECT_EQ(clock.days[1].reason, "调休上班日（春节）");
  EXPECT_EQ(clock.days[1].Describe(), "第1个工作日（调休上班日（春节））");
  EXPECT_EQ(clock.days[2].ordinal, 2);  // Mon 01-27
  EXPECT_EQ(clock.days[3].reason, "法定节假日（春节）");
  EXPECT_EQ(clock.days[3].Describe(), "不计算：法定节假日（春节）");
  EXPECT_EQ(clock.days.back().ordinal, 20);
  EXPECT_EQ(clock.days.back().info.date, D("2025-02-27"));
  int counted = 0;
  for (const ClockDay& day : clock.days) {
    counted += day.counted() ? 1 : 0;
  }
  EXPECT_EQ(counted, 20);
}

TEST(StatutoryClockTest, CorrectionRestartsTheClock) {
  CaseBuilder builder("2025-01-24");
  builder.Add(EventType::kCorrectionRequested, "2025-02-06");
  const ReplyClock waiting = Clock(builder);
  EXPECT_EQ(waiting.stopped, ClockStop::kAwaitingCorrection);
  EXPECT_FALSE(waiting.reply_due.has_value());
  EXPECT_EQ(waiting.correction_notice_due, D("2025-02-10"));

  builder.Add(EventType::kCorrectionReceived, "2025-02-12");
  const ReplyClock restarted = Clock(builder);
  EXPECT_EQ(restarted.clock_start, D("2025-02-12"));
  EXPECT_EQ(restarted.received_on, D("2025-01-24"));
  EXPECT_EQ(Due(restarted), "2025-03-12");
  EXPECT_EQ(restarted.days.front().info.date, D("2025-02-13"));
  EXPECT_EQ(restarted.days.front().ordinal, 1);
}

TEST(StatutoryClockTest, ConsultationDaysAreNotCounted) {
  CaseBuilder builder("2025-03-03");
  builder.Add(EventType::kConsultationStarted, "2025-03-10");
  const ReplyClock open = Clock(builder);
  EXPECT_EQ(open.stopped, ClockStop::kConsultation);
  EXPECT_FALSE(open.reply_due.has_value());
  EXPECT_EQ(open.consultation_answer_due, D("2025-03-31"));
  EXPECT_EQ(open.days.back().info.date, D("2025-03-10"));  // counted up to the letter

  builder.Add(EventType::kConsultationEnded, "2025-03-20");
  const ReplyClock ended = Clock(builder);
  // Base due 03-31; 8 working days 03-11..03-20 excluded; 清明 04-04 skipped.
  EXPECT_EQ(Due(ended), "2025-04-11");
  EXPECT_EQ(ended.paused_working_days, 8);
  const auto paused = std::count_if(ended.days.begin(), ended.days.end(), [](const ClockDay& d) {
    return d.status == DayStatus::kConsultationPause;
  });
  EXPECT_EQ(paused, 8);
  for (const ClockDay& day : ended.days) {
    if (day.status == DayStatus::kConsultationPause) {
      EXPECT_EQ(day.reason, "征求意见期间不计算");
    }
  }
}

TEST(StatutoryClockTest, FeePausePolicy) {
  CaseBuilder builder("2025-03-03");
  builder.Add(EventType::kFeeNoticeSent, "2025-03-05");
  const ReplyClock awaiting = Clock(builder);
  EXPECT_EQ(awaiting.stopped, ClockStop::kAwaitingFee);
  EXPECT_EQ(awaiting.fee_payment_due, D("2025-04-02"));

  builder.Add(EventType::kFeePaid, "2025-03-12");
  const ReplyClock paid = Clock(builder);
  EXPECT_EQ(Due(paid), "2025-04-08");
  EXPECT_EQ(paid.paused_working_days, 5);
  EXPECT_EQ(paid.days[2].reason, "待缴费期间不计算");  // 03-06

  ClockPolicy no_pause;
  no_pause.pause_for_fee = false;
  EXPECT_EQ(Due(Clock(builder, no_pause)), "2025-03-31");
  EXPECT_EQ(Clock(CaseBuilder("2025-03-03").Add(EventType::kFeeNoticeSent, "2025-03-05"), no_pause)
                .stopped,
            std::nullopt);
}

TEST(StatutoryClockTest, FeeWaiverEndsThePause) {
  CaseBuilder builder("2025-03-03");
  builder.Add(EventType::kFeeNoticeSent, "2025-03-05").Add(EventType::kFeeWaived, "2025-03-12");
  EXPECT_EQ(Due(Clock(builder)), "2025-04-08");
}

// 补正, consultation and extension across the 2025 国庆节、中秋节 block, counted by hand:
// restart 09-08; 09-09..12 (1-4), 09-15 (5), 09-16..19 consultation, 09-22..26 (6-10), Sun 09-28
// (11), 09-29/30 (12-13), 10-01..08 holiday, 10-09/10 (14-15), Sat 10-11 (16), 10-13..16 (17-20)
// → original due 10-16; extension 10 → 10-17 (21), 10-20..24 (22-26), 10-27..30 (27-30).
TEST(StatutoryClockTest, CorrectionConsultationAndExtensionCombined) {
  CaseBuilder builder("2025-09-01");
  builder.Add(EventType::kCorrectionRequested, "2025-09-03")
      .Add(EventType::kCorrectionReceived, "2025-09-08")
      .Add(EventType::kConsultationStarted, "2025-09-15")
      .Add(EventType::kConsultationEnded, "2025-09-19")
      .Extend("2025-10-09", 10);
  const ReplyClock clock = Clock(builder);
  EXPECT_EQ(clock.correction_notice_due, D("2025-09-10"));
  EXPECT_EQ(clock.consultation_answer_due, D("2025-10-11"));
  EXPECT_EQ(clock.original_due, D("2025-10-16"));
  EXPECT_EQ(Due(clock), "2025-10-30");
  EXPECT_EQ(clock.paused_working_days, 4);
  EXPECT_TRUE(clock.warnings.empty());
}

// 2020: the Spring Festival extension (Sat 02-01 not a working day) with a consultation.
// Received 01-20 (Mon): 01-21..23 (1-3), consultation sent 01-23 → 01-24..02-02 holiday anyway,
// answer 02-05: 02-03..05 paused (3), then 02-06/07 (4-5), 02-10..14 (6-10), 02-17..21 (11-15),
// 02-24..28 (16-20).
TEST(StatutoryClockTest, SpringFestival2020WithConsultation) {
  CaseBuilder builder("2020-01-20");
  builder.Add(EventType::kConsultationStarted, "2020-01-23")
      .Add(EventType::kConsultationEnded, "2020-02-05");
  const ReplyClock clock = Clock(builder);
  EXPECT_EQ(clock.correction_notice_due, D("2020-02-06"));
  EXPECT_EQ(Due(clock), "2020-02-28");
  EXPECT_EQ(clock.paused_working_days, 3);
}

// 2024: 除夕 02-09 counts; the due date of a 7-WD 补正 notice is a make-up Sunday.
TEST(StatutoryClockTest, NewYearsEve2024IsAWorkingDay) {
  const ReplyClock clock = Clock(CaseBuilder("2024-02-02"));
  EXPECT_EQ(clock.correction_notice_due, D("2024-02-18"));
  EXPECT_EQ(Due(clock), "2024-03-06");
  EXPECT_EQ(Due(Clock(CaseBuilder("2024-02-08"))), "2024-03-13");
}

TEST(StatutoryClockTest, RepliesAreComparedWithTheDueDate) {
  CaseBuilder on_time("2025-01-24");
  on_time.Add(EventType::kReplied, "2025-02-27");
  EXPECT_EQ(Clock(on_time).overdue_working_days, std::nullopt);
  EXPECT_EQ(Clock(on_time).replied_on, D("2025-02-27"));
  CaseBuilder late("2025-01-24");
  late.Add(EventType::kReplied, "2025-03-04");  // 02-28, 03-03, 03-04
  EXPECT_EQ(Clock(late).overdue_working_days, 3);
  // A reply closes a consultation that was never recorded as ended.
  CaseBuilder closes("2025-03-03");
  closes.Add(EventType::kConsultationStarted, "2025-03-10").Add(EventType::kReplied, "2025-03-20");
  const ReplyClock closed = Clock(closes);
  EXPECT_EQ(Due(closed), "2025-04-11");
  EXPECT_EQ(closed.stopped, std::nullopt);
}

TEST(StatutoryClockTest, Regulation2007Periods) {
  const ReplyClock clock = Clock(CaseBuilder("2019-05-06"));
  EXPECT_EQ(clock.reply_working_days, 15);
  EXPECT_EQ(Due(clock), "2019-05-27");
  EXPECT_EQ(clock.correction_notice_due, std::nullopt);
  EXPECT_EQ(ClockError(CaseBuilder("2019-05-06").Extend("2019-05-20", 16)).code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(Clock(CaseBuilder("2019-05-15")).reply_working_days, 20);
}

TEST(StatutoryClockTest, RejectsInvalidHistories) {
  EXPECT_EQ(ClockError(CaseBuilder("2025-09-26").Extend("2025-10-20", 21)).code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(ClockError(CaseBuilder("2025-09-26").Extend("2025-10-20", 0)).code,
            core::ErrorCode::kInvalidArgument);
  const core::Error twice =
      ClockError(CaseBuilder("2025-09-26").Extend("2025-10-20", 5).Extend("2025-10-21", 5));
  EXPECT_EQ(twice.code, core::ErrorCode::kFailedPrecondition);
  EXPECT_NE(twice.message.find("延期"), std::string::npos);
  const core::Error early =
      ClockError(CaseBuilder("2025-09-26").Add(EventType::kConsultationStarted, "2025-09-20"));
  EXPECT_EQ(early.code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(early.message.find("2025-09-20"), std::string::npos);
  EXPECT_EQ(ClockError(CaseBuilder("2025-09-26").Add(EventType::kFeePaid, "2025-09-29")).code,
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(
      ClockError(CaseBuilder("2025-09-26").Add(EventType::kCorrectionReceived, "2025-09-29")).code,
      core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ClockError(CaseBuilder("2025-09-26").Add(EventType::kReceived, "2025-09-29")).code,
            core::ErrorCode::kFailedPrecondition);
  CaseBuilder backwards("2025-09-26");
  backwards.Add(EventType::kConsultationStarted, "2025-10-10")
      .Add(EventType::kConsultationEnded, "2025-10-09");
  EXPECT_EQ(ClockError(backwards).code, core::ErrorCode::kInvalidArgument);
  RequestCase empty;
  auto none = ComputeReplyClock(empty, Builtin());
  ASSERT_FALSE(none.has_value());
  EXPECT_EQ(none.error().code, core::ErrorCode::kFailedPrecondition);
}

TEST(StatutoryClockTest, LateExtensionIsWarnedAbout) {
  const ReplyClock clock = Clock(CaseBuilder("2025-09-26").Extend("2025-10-31", 5));
  EXPECT_EQ(Due(clock), "2025-11-06");
  ASSERT_EQ(clock.warnings.size(), 1u);
  EXPECT_NE(clock.warnings[0].find("2025-10-30"), std::string::npos);
}

TEST(StatutoryClockTest, BeyondTheCalendarIsProvisionalAndSaysSo) {
  // Issue 7: received in December, the 20 working days run into 2027, which has no schedule.
  const ReplyClock clock = Clock(CaseBuilder("2026-12-10"));
  EXPECT_EQ(Due(clock), "2027-01-07");
  EXPECT_TRUE(clock.reply_due_provisional());
  EXPECT_EQ(clock.provisional_years, std::vector<int>{2027});
  EXPECT_FALSE(clock.stopped.has_value());
  // The 补正 notice period (7 WD, 2026-12-21) stays within 2026: exact.
  ASSERT_TRUE(clock.correction_notice_due.has_value());
  EXPECT_FALSE(clock.IsProvisional(*clock.correction_notice_due));
  // The day-by-day explanation names each provisional day and why.
  const auto first_2027 =
      std::find_if(clock.days.begin(), clock.days.end(),
                   [](const ClockDay& day) { return day.info.date == D("2027-01-01"); });
  ASSERT_NE(first_2027, clock.days.end());
  EXPECT_TRUE(first_2027->info.provisional);
  EXPECT_EQ(first_2027->Describe(), "第16个工作日（暂定：2027年节假日安排未载入）");
  const bool noted = std::any_of(clock.notes.begin(), clock.notes.end(), [](const std::string& n) {
    return n.find("2027年的节假日安排尚未载入") != std::string::npos;
  });
  EXPECT_TRUE(noted);
  EXPECT_TRUE(std::any_of(clock.notes.begin(), clock.notes.end(), [](const std::string& n) {
    return n == "答复期限：2027-01-07（星期四）（暂定）";
  }));
  // A period wholly inside the loaded years is not provisional.
  EXPECT_FALSE(Clock(CaseBuilder("2025-01-24")).reply_due_provisional());
  EXPECT_EQ(*ProactivePublicationDue(Builtin(), D("2026-12-20")), D("2027-01-15"));
}

TEST(StatutoryClockTest, ProvisionalSideDeadlinesAreMarkedOneByOne) {
  // A consultation letter sent 2026-12-28: its 15 WD answer period runs into 2027; the reply
  // clock is stopped meanwhile, so only the consultation date is provisional.
  CaseBuilder builder("2026-12-01");
  builder.Add(EventType::kConsultationStarted, "2026-12-28");
  const ReplyClock clock = Clock(builder);
  ASSERT_TRUE(clock.consultation_answer_due.has_value());
  EXPECT_TRUE(clock.IsProvisional(*clock.consultation_answer_due));
  ASSERT_TRUE(clock.correction_notice_due.has_value());
  EXPECT_FALSE(clock.IsProvisional(*clock.correction_notice_due));
  auto period = CountPeriod(Builtin(), D("2026-12-25"), 5);
  ASSERT_TRUE(period.has_value());
  EXPECT_TRUE(period->provisional());
  EXPECT_FALSE(CountPeriod(Builtin(), D("2026-12-01"), 5)->provisional());
}

TEST(StatutoryClockTest, SinglePeriods) {
  const WorkingCalendar calendar = Builtin();
  EXPECT_EQ(*CorrectionNoticeDue(calendar, D("2025-01-24")), D("2025-02-10"));
  EXPECT_EQ(*ConsultationAnswerDue(calendar, D("2025-03-10")), D("2025-03-31"));
  EXPECT_EQ(*FeePaymentDue(calendar, D("2025-03-05")), D("2025-04-02"));
  EXPECT_EQ(*ProactivePublicationDue(calendar, D("2025-09-26")), D("2025-10-30"));
}

TEST(StatutoryClockTest, CountPeriodListsTheDays) {
  auto period = CountPeriod(Builtin(), D("2026-02-13"), 20);
  ASSERT_TRUE(period.has_value());
  EXPECT_EQ(period->due, D("2026-03-19"));
  EXPECT_EQ(period->days.front().info.date, D("2026-02-14"));
  EXPECT_EQ(period->days.front().reason, "调休上班日（春节）");
  EXPECT_EQ(period->days.front().ordinal, 1);
  EXPECT_EQ(period->days[1].reason, "法定节假日（春节）");
  auto zero = CountPeriod(Builtin(), D("2026-02-13"), 0);
  ASSERT_TRUE(zero.has_value());
  EXPECT_EQ(zero->due, D("2026-02-13"));
  EXPECT_TRUE(zero->days.empty());
  EXPECT_FALSE(CountPeriod(Builtin(), D("2026-02-13"), -1).has_value());
}

TEST(StatutoryClockTest, ReceiptDatePerChannel) {
  EXPECT_EQ(*ReceiptDate(Channel::kInPerson, D("2025-03-03"), std::nullopt), D("2025-03-03"));
  EXPECT_EQ(*ReceiptDate(Channel::kPostSigned, D("2025-03-03"), D("2025-03-05")), D("2025-03-05"));
  EXPECT_EQ(*ReceiptDate(Channel::kOnline, D("2025-03-01"), D("2025-03-03")), D("2025-03-03"));
  EXPECT_EQ(*ReceiptDate(Channel::kPostUnsigned, D("2025-03-01"), D("2025-03-04")),
            D("2025-03-04"));
  auto missing = ReceiptDate(Channel::kPostSigned, D("2025-03-03"), std::nullopt);
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(missing.error().message.find("签收"), std::string::npos);
  EXPECT_FALSE(ReceiptDate(Channel::kFax, D("2025-03-03"), std::nullopt).has_value());
  EXPECT_FALSE(ReceiptDate(Channel::kEmail, D("2025-03-03"), D("2025-03-02")).has_value());
}

}  // namespace
}  // namespace gongkai::domain
