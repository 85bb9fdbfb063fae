#include "domain/case_service.h"

#include <functional>

#include <gtest/gtest.h>

#include "domain/annual_report.h"
#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"
#include "domain/case_lifecycle.h"
#include "domain/report_checks.h"
#include "domain/report_counting.h"
#include "testing/in_memory_store.h"

namespace gongkai::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

class CaseServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    clock_.SetDate(D("2025-12-31"));
    ASSERT_TRUE(
        store_.PutAgency({"city-edu", "某市教育局", std::nullopt}, Actor{"admin"}).has_value());
  }

  CommandContext At(const char* date) const { return CommandContext{actor_, D(date), {}}; }

  ApplicationDraft Draft(const char* received) const {
    ApplicationDraft draft;
    draft.agency_id = "city-edu";
    draft.applicant = {0, "张三", "110101199001011234", "13800000000"};
    draft.information_requested = "2024年本市义务教育阶段学校招生计划";
    draft.preferred_form = "电子邮件";
    draft.channel = Channel::kOnline;
    draft.received_on = D(received);
    return draft;
  }

  RequestCase Receive(const char* date) {
    auto created = service_.ReceiveApplication(Draft(date), actor_);
    EXPECT_TRUE(created.has_value()) << created.error().message;
    return created.value_or(RequestCase{});
  }

  // A received and registered case, its id.
  std::int64_t Registered(const char* date) {
    const RequestCase created = Receive(date);
    auto registered = service_.Register(created.id, At(date));
    EXPECT_TRUE(registered.has_value()) << registered.error().message;
    return created.id;
  }

  // Runs a command that must succeed and returns the case it stored.
  RequestCase Ok(core::Result<RequestCase> result) {
    EXPECT_TRUE(result.has_value()) << result.error().message;
    return result.value_or(RequestCase{});
  }

  std::size_t AuditSize() { return store_.ListAuditEntries(1, 1'000'000)->size(); }

  // Runs a command that must be refused with `code`, and checks that nothing was written.
  void ExpectRefused(std::int64_t case_id, core::ErrorCode code,
                     const std::function<core::Result<RequestCase>()>& command, const char* what) {
    SCOPED_TRACE(what);
    const RequestCase before = *store_.GetCase(case_id);
    const std::size_t audit_before = AuditSize();
    const core::Result<RequestCase> result = command();
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, code) << result.error().message;
    EXPECT_FALSE(result.error().message.empty());
    const RequestCase after = *store_.GetCase(case_id);
    EXPECT_EQ(after.version, before.version);
    EXPECT_EQ(after.events, before.events);
    EXPECT_EQ(after.tracking_number, before.tracking_number);
    EXPECT_EQ(AuditSize(), audit_before);
  }

  static ReplyDecision Decision(RequestRow outcome, std::string note = "") {
    const bool provides = outcome == RequestRow::kGranted || outcome == RequestRow::kPartlyGranted;
    return ReplyDecision{outcome, provides ? "电子邮件" : "", std::move(note)};
  }

  core::FakeClock clock_;
  fakes::InMemoryStore store_{clock_};
  WorkingCalendar calendar_ = LoadEffectiveCalendar(BuiltinCalendarJson(), {}).value();
  CaseService service_{store_, calendar_, clock_};
  Actor actor_{"李明"};
};

// ---- Every path of the workflow (regulation.md §7) ----

TEST_F(CaseServiceTest, OnTheSpotAnswerThenArchive) {
  ApplicationDraft draft = Draft("2025-03-03");
  draft.channel = Channel::kInPerson;
  const RequestCase received = *service_.ReceiveApplication(draft, actor_);
  EXPECT_EQ(received.state, CaseState::kReceived);
  EXPECT_EQ(received.version, 1);
  EXPECT_EQ(received.due_on, D("2025-03-31"));
  const RequestCase registered = Ok(service_.Register(received.id, At("2025-03-03")));
  EXPECT_EQ(registered.tracking_number, "city-edu-2025-00001");
  EXPECT_EQ(registered.state, CaseState::kRegistered);
  const RequestCase replied = Ok(service_.Reply(
      received.id, {RequestRow::kGranted, "当场查阅", "当场答复"}, At("2025-03-03")));
  EXPECT_EQ(replied.state, CaseState::kReplied);
  EXPECT_EQ(replied.outcome, RequestRow::kGranted);
  EXPECT_EQ(replied.closed_on, D("2025-03-03"));
  const RequestCase archived = Ok(service_.Archive(received.id, At("2025-03-04")));
  EXPECT_EQ(archived.state, CaseState::kArchived);
  EXPECT_EQ(archived.version, 4);
  EXPECT_EQ(archived.events.back().sequence, 4);
  EXPECT_EQ(archived.events.back().actor, "李明");
  EXPECT_EQ(store_.GetCaseByTracking("city-edu-2025-00001")->events.size(), 4U);
}

TEST_F(CaseServiceTest, CorrectionRestartsTheClockThenReply) {
  const std::int64_t id = Registered("2025-03-03");
  RequestCase request =
      Ok(service_.RequestCorrection(id, D("2025-03-20"), "请写明所需信息的文号", At("2025-03-05")));
  EXPECT_EQ(request.state, CaseState::kAwaitingCorrection);
  EXPECT_FALSE(request.due_on.has_value());
  request = Ok(service_.ReceiveCorrection(id, At("2025-03-10")));
  EXPECT_EQ(request.due_on, D("2025-04-08"));
  request = Ok(service_.Reply(id, Decision(RequestRow::kGranted), At("2025-03-20")));
  EXPECT_EQ(request.outcome, RequestRow::kGranted);
  EXPECT_EQ(Ok(service_.Archive(id, At("2025-03-21"))).state, CaseState::kArchived);
}

TEST_F(CaseServiceTest, CorrectedButStillUnclear) {
  const std::int64_t id = Registered("2025-03-03");
  Ok(service_.RequestCorrection(id, D("2025-03-20"), "请写明信息名称", At("2025-03-05")));
  Ok(service_.ReceiveCorrection(id, At("2025-03-10")));
  EXPECT_EQ(Ok(service_.Reply(id, Decision(RequestRow::kUnavailable3), At("2025-03-11"))).outcome,
            RequestRow::kUnavailable3);
}

TEST_F(CaseServiceTest, LapsedCorrectionClosesAsOther1) {
  const std::int64_t id = Registered("2025-03-03");
  Ok(service_.RequestCorrection(id, D("2025-03-20"), "请写明信息名称", At("2025-03-05")));
  ExpectRefused(
      id, core::ErrorCode::kFailedPrecondition,
      [&] { return service_.CloseForLapsedCorrection(id, At("2025-03-20")); },
      "before the correction deadline");
  const RequestCase closed = Ok(service_.CloseForLapsedCorrection(id, At("2025-03-21")));
  EXPECT_EQ(closed.outcome, RequestRow::kOther1);
  EXPECT_EQ(closed.state, CaseState::kReplied);
}

TEST_F(CaseServiceTest, PetitionsAndExcessiveRequestsAreNotHandled) {
  const std::int64_t petition = Registered("2025-03-03");
  EXPECT_EQ(Ok(service_.Reply(petition, Decision(RequestRow::kNotHandled1, "属于信访事项"),
                              At("2025-03-04")))
                .outcome,
            RequestRow::kNotHandled1);
  const std::int64_t excessive = Registered("2025-03-03");
  Ok(service_.AddNote(excessive, "已要求申请人说明理由（条例第三十五条）", At("2025-03-04")));
  EXPECT_EQ(
      Ok(service_.Reply(excessive, Decision(RequestRow::kNotHandled4), At("2025-03-14"))).outcome,
      RequestRow::kNotHandled4);
}

TEST_F(CaseServiceTest, ThirdPartyAndCoOrganConsultations) {
  const std::int64_t third_party = Registered("2025-03-03");
  RequestCase request =
      Ok(service_.StartConsultation(third_party, "某科技有限公司", At("2025-03-04")));
  EXPECT_EQ(request.state, CaseState::kInConsultation);
  request =
      Ok(service_.EndConsultation(third_party, "第三方不同意公开，理由合理", At("2025-03-20")));
  EXPECT_EQ(request.state, CaseState::kRegistered);
  EXPECT_GT(*request.due_on, D("2025-03-31"));
  EXPECT_EQ(
      Ok(service_.Reply(third_party, Decision(RequestRow::kWithheld4), At("2025-03-21"))).outcome,
      RequestRow::kWithheld4);

  const std::int64_t co_organ = Registered("2025-03-03");
  Ok(service_.StartConsultation(co_organ, "某市财政局", At("2025-03-04")));
  Ok(service_.EndConsultation(co_organ, "", At("2025-03-26")));
  EXPECT_EQ(Ok(service_.Reply(co_organ, Decision(RequestRow::kGranted), At("2025-03-27"))).outcome,
            RequestRow::kGranted);
}

TEST_F(CaseServiceTest, FeePaidWaivedOrUnpaid) {
  const FeeNotice notice{2000, "per_piece", "本月第11–30件，每件100元"};
  const std::int64_t paid = Registered("2025-03-03");
  EXPECT_EQ(Ok(service_.SendFeeNotice(paid, notice, At("2025-03-04"))).state,
            CaseState::kAwaitingFee);
  EXPECT_EQ(Ok(service_.RecordFeePayment(paid, At("2025-03-10"))).state, CaseState::kRegistered);
  Ok(service_.Reply(paid, Decision(RequestRow::kGranted), At("2025-03-11")));

  const std::int64_t waived = Registered("2025-03-03");
  Ok(service_.SendFeeNotice(waived, notice, At("2025-03-04")));
  Ok(service_.WaiveFee(waived, "申请人系低保对象", At("2025-03-05")));
  Ok(service_.Reply(waived, Decision(RequestRow::kPartlyGranted), At("2025-03-06")));

  const std::int64_t unpaid = Registered("2025-03-03");
  Ok(service_.SendFeeNotice(unpaid, notice, At("2025-03-04")));
  ExpectRefused(
      unpaid, core::ErrorCode::kFailedPrecondition,
      [&] { return service_.CloseForUnpaidFee(unpaid, At("2025-04-01")); },
      "within the payment period");
  EXPECT_EQ(Ok(service_.CloseForUnpaidFee(unpaid, At("2025-04-02"))).outcome, RequestRow::kOther2);
}

TEST_F(CaseServiceTest, ExtensionThenPartialDisclosure) {
  const std::int64_t id = Registered("2025-09-26");
  const RequestCase extended =
      Ok(service_.Extend(id, "公开办主任王五", "涉及档案调取", 20, At("2025-10-30")));
  EXPECT_EQ(extended.due_on, D("2025-11-27"));
  EXPECT_EQ(extended.events.back().approver, "公开办主任王五");
  EXPECT_EQ(Ok(service_.Reply(id, Decision(RequestRow::kPartlyGranted), At("2025-11-20"))).outcome,
            RequestRow::kPartlyGranted);
}

TEST_F(CaseServiceTest, WithdrawalNeedsAReason) {
  const std::int64_t id = Registered("2025-03-03");
  ExpectRefused(
      id, core::ErrorCode::kInvalidArgument,
      [&] { return service_.Withdraw(id, "", At("2025-03-04")); }, "no reason");
  const RequestCase withdrawn = Ok(service_.Withdraw(id, "申请人书面撤回", At("2025-03-04")));
  EXPECT_EQ(withdrawn.outcome, RequestRow::kOther3);
  EXPECT_EQ(withdrawn.events.back().note, "申请人撤回申请：申请人书面撤回");
}

TEST_F(CaseServiceTest, EveryDecisionRowCanConcludeARegisteredCase) {
  int concluded = 0;
  for (int i = 0; i < kRequestRowCount; ++i) {
    const auto row = static_cast<RequestRow>(i);
    if (!IsCaseOutcome(row) || row == RequestRow::kOther1 || row == RequestRow::kOther2 ||
        row == RequestRow::kUnavailable3) {
      continue;  // these need a 补正 or fee history, tested above
    }
    SCOPED_TRACE(RowInfo(row).key);
    const std::int64_t id = Registered("2025-03-03");
    EXPECT_EQ(Ok(service_.Reply(id, Decision(row, "理由"), At("2025-03-10"))).outcome, row);
    ++concluded;
  }
  EXPECT_EQ(concluded, 18);
}

// ---- Refused steps write nothing ----

TEST_F(CaseServiceTest, IllegalStepsOnARegisteredCaseAreRefused) {
  const std::int64_t id = Registered("2025-03-03");  // reply due 2025-03-31
  using Code = core::ErrorCode;
  const FeeNotice notice{100, "per_page", ""};
  ExpectRefused(
      id, Code::kFailedPrecondition, [&] { return service_.Register(id, At("2025-03-04")); },
      "second registration");
  ExpectRefused(
      id, Code::kFailedPrecondition,
      [&] { return service_.ReceiveCorrection(id, At("2025-03-04")); },
      "correction without notice");
  ExpectRefused(
      id, Code::kFailedPrecondition,
      [&] { return service_.EndConsultation(id, "", At("2025-03-04")); },
      "consultation end without start");
  ExpectRefused(
      id, Code::kFailedPrecondition,
      [&] { return service_.RecordFeePayment(id, At("2025-03-04")); }, "payment without notice");
  ExpectRefused(
      id, Code::kFailedPrecondition,
      [&] { return service_.WaiveFee(id, "低保", At("2025-03-04")); }, "waiver without notice");
  ExpectRefused(
      id, Code::kFailedPrecondition,
      [&] { return service_.CloseForLapsedCorrection(id, At("2025-04-30")); },
      "lapsed correction without notice");
  ExpectRefused(
      id, Code::kFailedPrecondition,
      [&] { return service_.CloseForUnpaidFee(id, At("2025-04-30")); },
      "unpaid fee without notice");
  ExpectRefused(
      id, Code::kFailedPrecondition, [&] { return service_.Archive(id, At("2025-03-04")); },
      "archive before reply");
  ExpectRefused(
      id, Code::kInvalidArgument,
      [&] { return service_.Extend(id, "主任", "复杂", 21, At("2025-03-04")); },
      "extension over 20 working days");
  ExpectRefused(
      id, Code::kFailedPrecondition,
      [&] { return service_.Extend(id, "主任", "复杂", 10, At("2025-04-01")); },
      "extension after the due date");
  ExpectRefused(
      id, Code::kFailedPrecondition,
      [&] { return service_.SendFeeNotice(id, notice, At("2025-04-15")); },
      "fee notice after the due date");
  ExpectRefused(
      id, Code::kInvalidArgument,
      [&] { return service_.Reply(id, Decision(RequestRow::kOtherSingle), At("2025-03-04")); },
      "2019 single other row");
  ExpectRefused(
      id, Code::kInvalidArgument,
      [&] { return service_.Reply(id, Decision(RequestRow::kGranted), At("2025-03-01")); },
      "reply dated before receipt");
  ExpectRefused(
      id, Code::kInvalidArgument,
      [&] { return service_.Reply(id, Decision(RequestRow::kGranted), At("2026-01-05")); },
      "reply dated in the future");
  ExpectRefused(
      id, Code::kInvalidArgument,
      [&] { return service_.RequestCorrection(id, D("2025-03-20"), "", At("2025-03-04")); },
      "correction without items");
  ExpectRefused(
      id, Code::kInvalidArgument,
      [&] { return service_.StartConsultation(id, "", At("2025-03-04")); },
      "consultation without party");
  ExpectRefused(
      id, Code::kInvalidArgument, [&] { return service_.AddNote(id, "", At("2025-03-04")); },
      "empty note");
  ExpectRefused(
      id, Code::kInvalidArgument,
      [&] {
        return service_.AddNote(id, "x", CommandContext{Actor{""}, D("2025-03-04"), {}});
      },
      "no actor");
  EXPECT_EQ(service_.Reply(999, Decision(RequestRow::kGranted), At("2025-03-04")).error().code,
            Code::kNotFound);
}

TEST_F(CaseServiceTest, IllegalStepsOutsideTheRegisteredState) {
  using Code = core::ErrorCode;
  const std::int64_t unregistered = Receive("2025-03-03").id;
  ExpectRefused(
      unregistered, Code::kFailedPrecondition,
      [&] {
        return service_.Reply(unregistered, Decision(RequestRow::kGranted), At("2025-03-04"));
      },
      "reply before registration");

  const std::int64_t corrected = Registered("2025-03-03");
  Ok(service_.RequestCorrection(corrected, D("2025-03-20"), "请写明文号", At("2025-03-05")));
  Ok(service_.ReceiveCorrection(corrected, At("2025-03-10")));
  ExpectRefused(
      corrected, Code::kFailedPrecondition,
      [&] {
        return service_.RequestCorrection(corrected, D("2025-03-25"), "再补正", At("2025-03-11"));
      },
      "second correction");

  const std::int64_t extended = Registered("2025-03-03");
  Ok(service_.Extend(extended, "主任", "复杂", 5, At("2025-03-10")));
  ExpectRefused(
      extended, Code::kFailedPrecondition,
      [&] { return service_.Extend(extended, "主任", "仍复杂", 5, At("2025-03-11")); },
      "second extension");

  const std::int64_t consulting = Registered("2025-03-03");
  Ok(service_.StartConsultation(consulting, "某公司", At("2025-03-04")));
  ExpectRefused(
      consulting, Code::kFailedPrecondition,
      [&] {
        return service_.Reply(consulting, Decision(RequestRow::kWithheld4), At("2025-03-05"));
      },
      "reply during consultation");

  const std::int64_t paid = Registered("2025-03-03");
  Ok(service_.SendFeeNotice(paid, {100, "per_page", ""}, At("2025-03-04")));
  Ok(service_.RecordFeePayment(paid, At("2025-03-05")));
  ExpectRefused(
      paid, Code::kFailedPrecondition,
      [&] {
        return service_.SendFeeNotice(paid, {100, "per_page", ""}, At("2025-03-06"));
      },
      "second fee notice");

  const std::int64_t archived = Registered("2025-03-03");
  Ok(service_.Reply(archived, Decision(RequestRow::kNotHandled2), At("2025-03-04")));
  ExpectRefused(
      archived, Code::kFailedPrecondition,
      [&] { return service_.Reply(archived, Decision(RequestRow::kGranted), At("2025-03-05")); },
      "second reply");
  Ok(service_.Archive(archived, At("2025-03-05")));
  ExpectRefused(
      archived, Code::kFailedPrecondition,
      [&] { return service_.AddNote(archived, "补记", At("2025-03-06")); }, "note after archiving");
  ExpectRefused(
      archived, Code::kFailedPrecondition,
      [&] { return service_.Withdraw(archived, "撤回", At("2025-03-06")); },
      "withdrawal after archiving");
}

TEST_F(CaseServiceTest, BadApplicationsAreRefusedWithoutWriting) {
  const std::size_t audit_before = AuditSize();
  auto refused = [&](const ApplicationDraft& draft, core::ErrorCode code) {
    auto result = service_.ReceiveApplication(draft, actor_);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, code) << result.error().message;
  };
  ApplicationDraft draft = Draft("2025-03-03");
  draft.agency_id = "nowhere";
  refused(draft, core::ErrorCode::kNotFound);
  draft = Draft("2025-03-03");
  draft.applicant.name.clear();
  refused(draft, core::ErrorCode::kInvalidArgument);
  draft = Draft("2025-03-03");
  draft.applicant.kind = 6;
  refused(draft, core::ErrorCode::kInvalidArgument);
  draft = Draft("2025-03-03");
  draft.information_requested.clear();
  refused(draft, core::ErrorCode::kInvalidArgument);
  refused(Draft("2026-01-01"), core::ErrorCode::kInvalidArgument);
  draft = Draft("2025-03-03");
  draft.submitted_on = D("2025-03-04");
  refused(draft, core::ErrorCode::kInvalidArgument);
  draft = Draft("2025-03-03");
  draft.channel = Channel::kInPerson;
  draft.submitted_on = D("2025-03-01");
  refused(draft, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(AuditSize(), audit_before);

  draft = Draft("2025-03-05");
  draft.channel = Channel::kPostSigned;
  draft.submitted_on = D("2025-03-01");
  const RequestCase posted = *service_.ReceiveApplication(draft, actor_);
  EXPECT_EQ(posted.received_on, D("2025-03-05"));
  EXPECT_EQ(posted.submitted_on, D("2025-03-01"));
}

// ---- Concurrency ----

TEST_F(CaseServiceTest, StaleExpectedVersionIsAConflict) {
  const std::int64_t id = Registered("2025-03-03");
  Ok(service_.AddNote(id, "申请人来电", At("2025-03-04")));
  CommandContext stale = At("2025-03-05");
  stale.expected_version = 2;  // the user's form was loaded before the note
  ExpectRefused(
      id, core::ErrorCode::kConflict,
      [&] { return service_.Reply(id, Decision(RequestRow::kGranted), stale); }, "stale form");
  stale.expected_version = 3;
  EXPECT_TRUE(service_.Reply(id, Decision(RequestRow::kGranted), stale).has_value());
}

TEST_F(CaseServiceTest, ConcurrentChangeBetweenReadAndWriteIsAConflictNotARetry) {
  const std::int64_t id = Registered("2025-03-03");
  CaseService other(store_, calendar_, clock_);
  store_.BeforeNextUpdateForTesting(
      [&] { ASSERT_TRUE(other.AddNote(id, "另一位经办人的备注", At("2025-03-04")).has_value()); });
  const std::size_t audit_before = AuditSize();
  auto result = service_.Reply(id, Decision(RequestRow::kGranted), At("2025-03-04"));
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, core::ErrorCode::kConflict);
  const RequestCase stored = *store_.GetCase(id);
  EXPECT_EQ(stored.events.back().type, EventType::kNote);
  EXPECT_EQ(stored.state, CaseState::kRegistered);
  EXPECT_EQ(AuditSize(), audit_before + 1);  // only the other writer's note
}

// ---- Audit log ----

TEST_F(CaseServiceTest, OneAuditEntryPerChangeAndTheChainVerifies) {
  const std::int64_t id = Registered("2025-03-03");
  Ok(service_.Reply(id, Decision(RequestRow::kGranted), At("2025-03-04")));
  Ok(service_.Archive(id, At("2025-03-05")));
  const std::vector<AuditEntry> entries = *store_.ListAuditEntries(1, 100);
  ASSERT_EQ(entries.size(), 5U);  // agency, receipt, registration, reply, archiving
  EXPECT_EQ(entries[1].action, "case.create");
  EXPECT_EQ(entries[2].action, "case.event.registered");
  EXPECT_EQ(entries[3].action, "case.event.replied");
  EXPECT_EQ(entries[4].action, "case.event.archived");
  EXPECT_EQ(entries[4].actor, "李明");
  EXPECT_NE(entries[2].details.find("city-edu-2025-00001"), std::string::npos);
  EXPECT_TRUE(store_.VerifyAuditLog().has_value());

  store_.MutableAuditEntriesForTesting()[3].details =
      R"({"outcome":"不予公开.1"})";  // someone rewrites the reply
  const core::Status verified = store_.VerifyAuditLog();
  ASSERT_FALSE(verified.has_value());
  EXPECT_EQ(verified.error().code, core::ErrorCode::kFailedPrecondition);
  EXPECT_NE(verified.error().message.find("第 4 条"), std::string::npos)
      << verified.error().message;
}

// ---- Tracking numbers, warnings, report ----

TEST_F(CaseServiceTest, TrackingNumbersCountPerAgencyAndReceiptYear) {
  const RequestCase december = Receive("2024-12-31");
  EXPECT_EQ(Ok(service_.Register(december.id, At("2025-01-02"))).tracking_number,
            "city-edu-2024-00001");
  const std::int64_t first = Registered("2025-01-02");
  const std::int64_t second = Registered("2025-01-03");
  EXPECT_EQ(store_.GetCase(first)->tracking_number, "city-edu-2025-00001");
  EXPECT_EQ(store_.GetCase(second)->tracking_number, "city-edu-2025-00002");
}

TEST_F(CaseServiceTest, WarningsFlagLateStepsWithoutRefusingThem) {
  const std::int64_t late_notice = Registered("2025-03-03");
  Ok(service_.RequestCorrection(late_notice, D("2025-04-03"), "请写明文号", At("2025-03-20")));
  auto findings = *service_.Warnings(late_notice);
  auto has = [](const std::vector<Finding>& list, const std::string& rule) {
    return std::any_of(list.begin(), list.end(), [&](const Finding& f) { return f.rule == rule; });
  };
  EXPECT_TRUE(has(findings, "case.correction_notice_late"));
  EXPECT_TRUE(has(findings, "case.correction_lapsed"));

  const std::int64_t late_reply = Registered("2025-03-03");
  Ok(service_.Reply(late_reply, Decision(RequestRow::kGranted), At("2025-04-10")));
  EXPECT_TRUE(has(*service_.Warnings(late_reply), "case.reply_overdue"));

  const std::int64_t open = Registered("2025-03-03");
  findings = *service_.Warnings(open);
  EXPECT_TRUE(has(findings, "case.open_overdue"));
  for (const Finding& finding : findings) {
    EXPECT_NE(finding.severity, Severity::kError);
    EXPECT_EQ(finding.where, store_.GetCase(open)->tracking_number);
  }
  EXPECT_TRUE(service_.Warnings(Registered("2025-12-30"))->empty());
}

TEST_F(CaseServiceTest, CasesHandledThroughTheServiceGiveABalancedReport) {
  const std::int64_t carried_in = Registered("2024-12-30");
  Ok(service_.Reply(carried_in, Decision(RequestRow::kGranted), At("2025-01-06")));
  Ok(service_.Withdraw(Registered("2025-02-03"), "撤回", At("2025-02-04")));
  Registered("2025-12-30");  // carried over to 2026
  const std::vector<std::string> agencies = {"city-edu"};
  AnnualReport report = AnnualReport::Empty(TemplateVersion::k2021, false);
  FillRequestTable(*store_.CountForReport(agencies, 2025), report);
  EXPECT_EQ(report.row(RequestRow::kNewlyReceived)[kTotalColumn], 2);
  EXPECT_EQ(report.row(RequestRow::kCarriedFromLastYear)[kTotalColumn], 1);
  EXPECT_EQ(report.row(RequestRow::kTotal)[kTotalColumn], 2);
  EXPECT_EQ(report.row(RequestRow::kCarriedToNextYear)[kTotalColumn], 1);
  for (const Finding& finding : CheckReport(report)) {
    EXPECT_NE(finding.severity, Severity::kError) << finding.rule << ": " << finding.message;
  }
}

}  // namespace
}  // namespace gongkai::domain
