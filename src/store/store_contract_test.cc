// The storage contract: what every domain::Store backend must do, run against SQLite always and
// against PostgreSQL when GONGKAI_TEST_PG_DSN is set. The suite continues in
// store_contract_{audit,report,concurrency}_test.cc.
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/store_contract_fixture.h"
#include "store/store_factory.h"

namespace gongkai::store::testing {
namespace {

using domain::RequestCase;
using ::testing::HasSubstr;
using ErrorCode = core::ErrorCode;

const int kNewestVersion = SqliteMigrations().back().version;

TEST(EmbeddedMigrationsTest, BothBackendsHaveTheSameVersionsWithoutGaps) {
  ASSERT_EQ(SqliteMigrations().size(), PostgresMigrations().size());
  for (std::size_t i = 0; i < SqliteMigrations().size(); ++i) {
    EXPECT_EQ(SqliteMigrations()[i].version, static_cast<int>(i + 1));
    EXPECT_EQ(PostgresMigrations()[i].version, static_cast<int>(i + 1));
    EXPECT_EQ(SqliteMigrations()[i].description, PostgresMigrations()[i].description);
    EXPECT_THAT(SqliteMigrations()[i].sql,
                ::testing::AnyOf(HasSubstr("CREATE"), HasSubstr("ALTER TABLE")));
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContractTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendParamName);

TEST_P(StoreContractTest, MigratesAnEmptyDatabaseAndReopensIt) {
  EXPECT_EQ(store_->schema_version(), kNewestVersion);
  AddAgency("cq-scjg");
  Reopen();
  EXPECT_EQ(store_->schema_version(), kNewestVersion);
  auto agency = store().agencies().GetAgency("cq-scjg");
  GK_ASSERT_OK(agency);
  EXPECT_EQ(agency->name, "机构cq-scjg");
  auto versions = db_->Raw("SELECT version FROM schema_migrations ORDER BY version");
  GK_ASSERT_OK(versions);
  EXPECT_EQ(versions->size(), static_cast<std::size_t>(kNewestVersion));
}

TEST_P(StoreContractTest, MigratesAnOlderDatabaseKeepingItsData) {
  store_.reset();
  auto fresh = TestDatabase::Create(GetParam());
  GK_ASSERT_OK(fresh);
  {
    auto old_store = (*fresh)->Open(clock_, 1);
    GK_ASSERT_OK(old_store);
    EXPECT_EQ((*old_store)->schema_version(), 1);
    GK_ASSERT_OK((*old_store)->agencies().PutAgency({"old", "旧机构", std::nullopt}, actor_));
    // The case row as the version-1 schema holds it (this code's CreateCase writes the newest
    // columns, which the old schema does not have).
    GK_ASSERT_OK((*fresh)->RawScript(
        "INSERT INTO cases (agency_id, applicant_kind, applicant_name, applicant_id_document, "
        "applicant_contact, information_requested, preferred_form, channel, submitted_on, "
        "version, state, received_on, due_on) VALUES ('old', 0, '张三', '', '', '旧申请', '', "
        "'online', '2023-05-06', 1, 'received', '2023-05-06', '2023-06-05');"
        "INSERT INTO case_events (case_id, sequence, type, date, actor, note, approver, "
        "consultation_party, fee_method, provision_form) VALUES ((SELECT id FROM cases WHERE "
        "agency_id = 'old'), 1, 'received', '2023-05-06', 'old', '', '', '', '', '');"));
  }
  auto upgraded = (*fresh)->Open(clock_);
  GK_ASSERT_OK(upgraded);
  EXPECT_EQ((*upgraded)->schema_version(), kNewestVersion);
  auto listed = (*upgraded)->cases().ListCases({});
  GK_ASSERT_OK(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().received_on, D("2023-05-06"));
  EXPECT_EQ(listed->front().due_on, D("2023-06-05"));
  EXPECT_FALSE(listed->front().due_provisional);  // migration 4's default
  GK_ASSERT_OK((*upgraded)->audit_log().VerifyAuditLog());
}

TEST_P(StoreContractTest, RefusesADatabaseFromANewerVersion) {
  GK_ASSERT_OK(db_->Raw(
      "INSERT INTO schema_migrations (version, description, applied_at_micros) VALUES (99, "
      "'future', 0)"));
  store_.reset();
  auto opened = db_->Open(clock_);
  GK_EXPECT_ERROR(opened, ErrorCode::kFailedPrecondition);
  EXPECT_THAT(opened.error().message, HasSubstr("99"));
}

TEST_P(StoreContractTest, OpenStoreDispatchesOnTheUrl) {
  auto opened = OpenStore(db_->url(), clock_);
  GK_ASSERT_OK(opened);
  GK_ASSERT_OK((*opened)->agencies().PutAgency({"via-url", "经由地址", std::nullopt}, actor_));
  GK_ASSERT_OK(store().agencies().GetAgency("via-url"));
}

TEST_P(StoreContractTest, AgenciesFormATreeWithoutCycles) {
  AddAgency("city");
  AddAgency("bureau", "city");
  AddAgency("district", "bureau");
  AddAgency("other");
  auto subtree = store().agencies().Subtree("city");
  GK_ASSERT_OK(subtree);
  EXPECT_THAT(*subtree, ::testing::ElementsAre("city", "bureau", "district"));
  auto leaf = store().agencies().Subtree("district");
  GK_ASSERT_OK(leaf);
  EXPECT_THAT(*leaf, ::testing::ElementsAre("district"));

  GK_EXPECT_ERROR(store().agencies().PutAgency({"city", "市", "district"}, actor_),
                  ErrorCode::kFailedPrecondition);
  GK_EXPECT_ERROR(store().agencies().PutAgency({"city", "市", "city"}, actor_),
                  ErrorCode::kFailedPrecondition);
  GK_EXPECT_ERROR(store().agencies().PutAgency({"x", "某", "missing"}, actor_),
                  ErrorCode::kNotFound);
  GK_EXPECT_ERROR(store().agencies().PutAgency({"Bad Id", "某", std::nullopt}, actor_),
                  ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().agencies().PutAgency({"noname", "", std::nullopt}, actor_),
                  ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().agencies().GetAgency("nobody"), ErrorCode::kNotFound);
  GK_EXPECT_ERROR(store().agencies().GetAgency(""), ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().agencies().Subtree("nobody"), ErrorCode::kNotFound);

  GK_ASSERT_OK(store().agencies().PutAgency({"district", "区分局", "city"}, actor_));
  auto moved = store().agencies().GetAgency("district");
  GK_ASSERT_OK(moved);
  EXPECT_EQ(moved->name, "区分局");
  EXPECT_EQ(moved->parent_id, "city");
  auto all = store().agencies().ListAgencies();
  GK_ASSERT_OK(all);
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ(all->front().id, "bureau");
}

TEST_P(StoreContractTest, CreatesReadsAndUpdatesACase) {
  AddAgency("cq-scjg");
  RequestCase draft = Draft("cq-scjg", D("2024-02-26"));
  draft.due_on = D("2024-03-25");
  auto created = store().cases().CreateCase(draft, actor_);
  GK_ASSERT_OK(created);
  EXPECT_GT(created->id, 0);
  EXPECT_EQ(created->version, 1);
  EXPECT_EQ(created->events.at(0).sequence, 1);
  EXPECT_TRUE(created->tracking_number.empty());

  auto read = store().cases().GetCase(created->id);
  GK_ASSERT_OK(read);
  EXPECT_EQ(read->applicant.name, "张三");
  EXPECT_EQ(read->channel, domain::Channel::kOnline);
  EXPECT_EQ(read->due_on, D("2024-03-25"));
  ASSERT_EQ(read->events.size(), 1u);
  EXPECT_EQ(read->events[0].type, domain::EventType::kReceived);

  RequestCase next = *read;
  next.tracking_number = "cq-scjg-2024-00001";
  next.state = domain::CaseState::kReplied;
  next.closed_on = D("2024-03-04");
  next.outcome = domain::RequestRow::kWithheld5;
  domain::CaseEvent reply;
  reply.type = domain::EventType::kReplied;
  reply.date = D("2024-03-04");
  reply.actor = "bob";
  reply.outcome = domain::RequestRow::kWithheld5;
  reply.provision_form = "纸质";
  next.events.push_back(reply);
  auto updated = store().cases().UpdateCase(next, 1, {"bob"});
  GK_ASSERT_OK(updated);
  EXPECT_EQ(updated->version, 2);

  auto by_tracking = store().cases().GetCaseByTracking("cq-scjg-2024-00001");
  GK_ASSERT_OK(by_tracking);
  EXPECT_EQ(by_tracking->id, created->id);
  EXPECT_EQ(by_tracking->outcome, domain::RequestRow::kWithheld5);
  EXPECT_EQ(by_tracking->state, domain::CaseState::kReplied);
  ASSERT_EQ(by_tracking->events.size(), 2u);
  EXPECT_EQ(by_tracking->events[1].outcome, domain::RequestRow::kWithheld5);
  EXPECT_EQ(by_tracking->events[1].provision_form, "纸质");
  EXPECT_EQ(by_tracking->events[1].sequence, 2);
}

TEST_P(StoreContractTest, UpdateRefusesStaleVersionsAndRewrittenHistory) {
  AddAgency("a");
  auto created = store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_);
  GK_ASSERT_OK(created);
  RequestCase first = *created;
  first.events.push_back(Note("一", D("2024-01-11")));
  GK_ASSERT_OK(store().cases().UpdateCase(first, 1, actor_));
  const std::int64_t audit_before = AuditHead();

  RequestCase stale = *created;
  stale.events.push_back(Note("二", D("2024-01-12")));
  GK_EXPECT_ERROR(store().cases().UpdateCase(stale, 1, actor_), ErrorCode::kConflict);

  auto current = store().cases().GetCase(created->id);
  GK_ASSERT_OK(current);
  RequestCase same = *current;
  GK_EXPECT_ERROR(store().cases().UpdateCase(same, 2, actor_), ErrorCode::kInvalidArgument);
  RequestCase rewritten = *current;
  rewritten.events[0].note = "篡改";
  rewritten.events.push_back(Note("三", D("2024-01-13")));
  GK_EXPECT_ERROR(store().cases().UpdateCase(rewritten, 2, actor_), ErrorCode::kInvalidArgument);
  RequestCase unknown = *current;
  unknown.id = 999999;
  unknown.events.push_back(Note("四", D("2024-01-13")));
  GK_EXPECT_ERROR(store().cases().UpdateCase(unknown, 2, actor_), ErrorCode::kNotFound);
  RequestCase renumbered = *current;
  renumbered.tracking_number = "a-2024-99999";
  renumbered.events.push_back(Note("六", D("2024-01-13")));
  RequestCase numbered = *current;
  numbered.tracking_number = "a-2024-00001";
  numbered.events.push_back(Note("六", D("2024-01-13")));
  auto with_number = store().cases().UpdateCase(numbered, 2, actor_);
  GK_ASSERT_OK(with_number);
  GK_EXPECT_ERROR(store().cases().UpdateCase(renumbered, 2, actor_), ErrorCode::kConflict);
  renumbered.events.insert(renumbered.events.end() - 1, numbered.events.back());
  GK_EXPECT_ERROR(store().cases().UpdateCase(renumbered, 3, actor_), ErrorCode::kInvalidArgument);
  current = store().cases().GetCase(created->id);
  GK_ASSERT_OK(current);
  const std::int64_t audit_after_numbering = AuditHead();
  RequestCase moved = *current;
  moved.agency_id = "nowhere";
  moved.events.push_back(Note("五", D("2024-01-13")));
  GK_EXPECT_ERROR(store().cases().UpdateCase(moved, 3, actor_), ErrorCode::kNotFound);

  auto after = store().cases().GetCase(created->id);
  GK_ASSERT_OK(after);
  EXPECT_EQ(after->version, 3);
  EXPECT_EQ(after->events.size(), 3u);
  EXPECT_EQ(after->tracking_number, "a-2024-00001");
  EXPECT_EQ(AuditHead(), audit_before + 1);
  EXPECT_EQ(AuditHead(), audit_after_numbering);
}

TEST_P(StoreContractTest, BadInputIsRefusedWithoutWritingAnything) {
  AddAgency("a");
  const std::int64_t audit_before = AuditHead();
  GK_EXPECT_ERROR(store().cases().CreateCase(Draft("missing", D("2024-01-10")), actor_),
                  ErrorCode::kNotFound);
  RequestCase bad_kind = Draft("a", D("2024-01-10"));
  bad_kind.applicant.kind = 9;
  GK_EXPECT_ERROR(store().cases().CreateCase(bad_kind, actor_), ErrorCode::kInvalidArgument);
  RequestCase bad_text = Draft("a", D("2024-01-10"));
  bad_text.applicant.name = "\xff\xfe";
  GK_EXPECT_ERROR(store().cases().CreateCase(bad_text, actor_), ErrorCode::kInvalidArgument);
  RequestCase bad_date = Draft("a", D("2024-01-10"));
  bad_date.received_on = core::Date::FromDayNumber(10'000'000);
  GK_EXPECT_ERROR(store().cases().CreateCase(bad_date, actor_), ErrorCode::kInvalidArgument);
  RequestCase bad_outcome = Draft("a", D("2024-01-10"));
  bad_outcome.outcome = domain::RequestRow::kNewlyReceived;
  GK_EXPECT_ERROR(store().cases().CreateCase(bad_outcome, actor_), ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().cases().CreateCase(Draft("a", D("2024-01-10")), {""}),
                  ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().cases().GetCase(0), ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().cases().GetCase(-5), ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().cases().GetCase(12345), ErrorCode::kNotFound);
  GK_EXPECT_ERROR(store().cases().GetCaseByTracking(""), ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().cases().GetCaseByTracking("nope"), ErrorCode::kNotFound);

  RequestCase tracked = Draft("a", D("2024-01-10"));
  tracked.tracking_number = "a-2024-00001";
  GK_ASSERT_OK(store().cases().CreateCase(tracked, actor_));
  GK_EXPECT_ERROR(store().cases().CreateCase(tracked, actor_), ErrorCode::kConflict);
  EXPECT_EQ(CountRows("cases"), 1);
  EXPECT_EQ(CountRows("case_events"), 1);
  EXPECT_EQ(AuditHead(), audit_before + 1);
}

TEST_P(StoreContractTest, AFailureInsideTheTransactionRollsEverythingBack) {
  AddAgency("a");
  // Without the audit head the audit append fails after the case rows were written.
  GK_ASSERT_OK(db_->Raw("DELETE FROM audit_head"));
  GK_EXPECT_ERROR(store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_),
                  ErrorCode::kFailedPrecondition);
  EXPECT_EQ(CountRows("cases"), 0);
  EXPECT_EQ(CountRows("case_events"), 0);
}

TEST_P(StoreContractTest, TrackingSequencesCountPerAgencyAndYear) {
  AddAgency("a");
  AddAgency("b");
  for (std::int64_t expected = 1; expected <= 3; ++expected) {
    auto next = store().cases().NextTrackingSequence("a", 2024);
    GK_ASSERT_OK(next);
    EXPECT_EQ(*next, expected);
  }
  EXPECT_EQ(*store().cases().NextTrackingSequence("a", 2025), 1);
  EXPECT_EQ(*store().cases().NextTrackingSequence("b", 2024), 1);
  GK_EXPECT_ERROR(store().cases().NextTrackingSequence("zz", 2024), ErrorCode::kNotFound);
  GK_EXPECT_ERROR(store().cases().NextTrackingSequence("a", 1800), ErrorCode::kInvalidArgument);
  GK_EXPECT_ERROR(store().cases().NextTrackingSequence("A!", 2024), ErrorCode::kInvalidArgument);
}

TEST_P(StoreContractTest, ListsCasesByFilter) {
  AddAgency("a");
  AddAgency("b");
  for (int day = 1; day <= 9; ++day) {
    const std::string date = "2024-01-0" + std::to_string(day);
    GK_ASSERT_OK(
        store().cases().CreateCase(Draft(day % 3 == 0 ? "b" : "a", D(date.c_str())), actor_));
  }
  auto all = store().cases().ListCases({});
  GK_ASSERT_OK(all);
  EXPECT_EQ(all->size(), 9u);
  EXPECT_EQ(all->front().events.size(), 1u);
  domain::CaseFilter by_agency;
  by_agency.agency_id = "b";
  EXPECT_EQ(store().cases().ListCases(by_agency)->size(), 3u);
  domain::CaseFilter by_dates;
  by_dates.received_from = D("2024-01-03");
  by_dates.received_to = D("2024-01-05");
  EXPECT_EQ(store().cases().ListCases(by_dates)->size(), 3u);
  domain::CaseFilter page;
  page.limit = 4;
  page.offset = 8;
  auto last = store().cases().ListCases(page);
  GK_ASSERT_OK(last);
  ASSERT_EQ(last->size(), 1u);
  EXPECT_EQ(last->front().received_on, D("2024-01-09"));
  domain::CaseFilter by_state;
  by_state.state = domain::CaseState::kReplied;
  EXPECT_TRUE(store().cases().ListCases(by_state)->empty());
  domain::CaseFilter bad;
  bad.limit = 0;
  GK_EXPECT_ERROR(store().cases().ListCases(bad), ErrorCode::kInvalidArgument);
}

TEST_P(StoreContractTest, StoresReviewsWithVersions) {
  AddAgency("a");
  auto request = store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_);
  GK_ASSERT_OK(request);
  domain::ReviewCase draft;
  draft.agency_id = "a";
  draft.request_case_id = request->id;
  draft.kind = domain::ReviewKind::kReconsideration;
  draft.reference = "渝府复〔2024〕1号";
  draft.filed_on = D("2024-02-01");
  auto created = store().reviews().CreateReview(draft, actor_);
  GK_ASSERT_OK(created);
  EXPECT_EQ(created->version, 1);
  domain::ReviewCase decided = *created;
  decided.result = domain::ReviewResult::kCorrected;
  GK_EXPECT_ERROR(store().reviews().UpdateReview(decided, 1, actor_), ErrorCode::kInvalidArgument);
  decided.decided_on = D("2024-03-01");
  GK_ASSERT_OK(store().reviews().UpdateReview(decided, 1, actor_));
  GK_EXPECT_ERROR(store().reviews().UpdateReview(decided, 1, actor_), ErrorCode::kConflict);
  auto read = store().reviews().GetReview(created->id);
  GK_ASSERT_OK(read);
  EXPECT_EQ(read->version, 2);
  EXPECT_EQ(read->result, domain::ReviewResult::kCorrected);
  EXPECT_EQ(read->decided_on, D("2024-03-01"));
  EXPECT_EQ(read->request_case_id, request->id);
  const std::vector<std::string> agencies = {"a"};
  EXPECT_EQ(store().reviews().ListReviews(agencies)->size(), 1u);
  const std::vector<std::string> none = {"b"};
  EXPECT_TRUE(store().reviews().ListReviews(none)->empty());
  domain::ReviewCase orphan = draft;
  orphan.request_case_id = 424242;
  GK_EXPECT_ERROR(store().reviews().CreateReview(orphan, actor_), ErrorCode::kNotFound);
  GK_EXPECT_ERROR(store().reviews().GetReview(77), ErrorCode::kNotFound);
  GK_EXPECT_ERROR(store().reviews().GetReview(0), ErrorCode::kInvalidArgument);
}

TEST_P(StoreContractTest, StoresAnnualInputsAndCalendars) {
  AddAgency("a");
  domain::ProactiveFigures figures{"a", 2024, 1, 0, 12, 3, 1, 40, 1500, 320, 7, 12.3456};
  GK_ASSERT_OK(store().annual_inputs().PutProactiveFigures(figures, actor_));
  figures.penalty_decisions = 321;
  GK_ASSERT_OK(store().annual_inputs().PutProactiveFigures(figures, actor_));
  auto read = store().annual_inputs().GetProactiveFigures("a", 2024);
  GK_ASSERT_OK(read);
  EXPECT_EQ(read->penalty_decisions, 321);
  EXPECT_EQ(read->normative_in_force, 40);
  EXPECT_DOUBLE_EQ(read->fees_wan_yuan, 12.3456);
  GK_EXPECT_ERROR(store().annual_inputs().GetProactiveFigures("a", 2023), ErrorCode::kNotFound);
  figures.rules_issued = -1;
  GK_EXPECT_ERROR(store().annual_inputs().PutProactiveFigures(figures, actor_),
                  ErrorCode::kInvalidArgument);
  figures.agency_id = "zz";
  figures.rules_issued = 1;
  GK_EXPECT_ERROR(store().annual_inputs().PutProactiveFigures(figures, actor_),
                  ErrorCode::kNotFound);

  GK_ASSERT_OK(store().annual_inputs().PutReportText({"a", 2024, "总体", "问题", "其他"}, actor_));
  auto text = store().annual_inputs().GetReportText("a", 2024);
  GK_ASSERT_OK(text);
  EXPECT_EQ(text->problems, "问题");
  GK_EXPECT_ERROR(store().annual_inputs().GetReportText("a", 2020), ErrorCode::kNotFound);

  GK_ASSERT_OK(store().calendars().PutCalendarYear(2027, R"({"year":2027,"holidays":[]})", actor_));
  GK_ASSERT_OK(store().calendars().PutCalendarYear(2026, R"({"year":2026})", actor_));
  GK_ASSERT_OK(store().calendars().PutCalendarYear(2027, R"({"year":2027,"v":2})", actor_));
  GK_EXPECT_ERROR(store().calendars().PutCalendarYear(2028, "{not json", actor_),
                  ErrorCode::kInvalidArgument);
  auto years = store().calendars().ListCalendarYears();
  GK_ASSERT_OK(years);
  ASSERT_EQ(years->size(), 2u);
  EXPECT_EQ(years->at(0).first, 2026);
  EXPECT_EQ(years->at(1).second, R"({"year":2027,"v":2})");
}

TEST_P(StoreContractTest, CalendarYearsAreWrittenAllOrNothing) {
  GK_EXPECT_ERROR(
      store().calendars().PutCalendarYears({{2027, R"({"2027":{}})"}, {2028, "{not json"}}, actor_),
      ErrorCode::kInvalidArgument);
  GK_ASSERT_OK(store().calendars().ListCalendarYears());
  EXPECT_TRUE(store().calendars().ListCalendarYears()->empty());
  GK_ASSERT_OK(store().calendars().PutCalendarYears(
      {{2027, R"({"2027":{}})"}, {2028, R"({"2028":{}})"}}, actor_));
  EXPECT_EQ(store().calendars().ListCalendarYears()->size(), 2u);
}

// Issue 7: a due date recomputed after a calendar import, without a new event.
TEST_P(StoreContractTest, UpdatesADueDateWithItsOwnAuditEntry) {
  AddAgency("a");
  RequestCase draft = Draft("a", D("2026-12-10"));
  draft.due_on = D("2027-01-07");
  draft.due_provisional = true;
  auto created = store().cases().CreateCase(draft, actor_);
  GK_ASSERT_OK(created);
  EXPECT_TRUE(store().cases().GetCase(created->id)->due_provisional);
  const std::size_t audit_before = store().audit_log().ListAuditEntries(1, 10'000)->size();

  domain::DueDateChange change{created->id, created->version, D("2027-01-08"), false, "导入2027年"};
  auto updated = store().cases().UpdateDueDate(change, {"admin"});
  GK_ASSERT_OK(updated);
  const RequestCase read = *store().cases().GetCase(created->id);
  EXPECT_EQ(read.due_on, D("2027-01-08"));
  EXPECT_FALSE(read.due_provisional);
  EXPECT_EQ(read.version, created->version);
  EXPECT_EQ(read.events, created->events);
  const auto entries = *store().audit_log().ListAuditEntries(1, 10'000);
  ASSERT_EQ(entries.size(), audit_before + 1);
  EXPECT_EQ(entries.back().action, "case.due_recomputed");
  EXPECT_NE(entries.back().details.find("2027-01-07"), std::string::npos);
  EXPECT_NE(entries.back().details.find("导入2027年"), std::string::npos);
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());

  change.expected_version = created->version + 1;
  GK_EXPECT_ERROR(store().cases().UpdateDueDate(change, {"admin"}), ErrorCode::kConflict);
  change.expected_version = created->version;
  change.reason.clear();
  GK_EXPECT_ERROR(store().cases().UpdateDueDate(change, {"admin"}), ErrorCode::kInvalidArgument);
  change.case_id = 99999;
  change.reason = "x";
  GK_EXPECT_ERROR(store().cases().UpdateDueDate(change, {"admin"}), ErrorCode::kNotFound);
}

TEST_P(StoreContractTest, CorruptRowsAreReportedNotTrusted) {
  AddAgency("a");
  auto created = store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_);
  GK_ASSERT_OK(created);
  GK_ASSERT_OK(db_->Raw("UPDATE cases SET state = 'bogus'"));
  auto read = store().cases().GetCase(created->id);
  GK_EXPECT_ERROR(read, ErrorCode::kInternal);
  EXPECT_THAT(read.error().message, HasSubstr("bogus"));
  if (GetParam() == Backend::kSqlite) {
    // PostgreSQL's DATE type cannot hold an impossible date; SQLite's CHECK can be bypassed.
    GK_ASSERT_OK(
        db_->RawScript("PRAGMA ignore_check_constraints = ON; UPDATE cases SET state = "
                       "'received', received_on = '2023-02-30'"));
    auto impossible = store().cases().GetCase(created->id);
    GK_EXPECT_ERROR(impossible, ErrorCode::kInternal);
    EXPECT_THAT(impossible.error().message, HasSubstr("2023-02-30"));
  }
}

TEST(StoreFactoryTest, RefusesAFileThatIsNotSqlite) {
  const auto path = std::filesystem::temp_directory_path() / "gongkai_not_sqlite.db";
  std::ofstream(path) << "这不是数据库，只是一段文字。This is definitely not an SQLite file.\n";
  core::FakeClock clock;
  auto opened = OpenStore(path.string(), clock);
  std::filesystem::remove(path);
  GK_EXPECT_ERROR(opened, ErrorCode::kInvalidArgument);
  EXPECT_THAT(opened.error().message, HasSubstr("不是 SQLite 数据库"));
}

TEST(StoreFactoryTest, ReportsAnUnreachablePostgresServer) {
  core::FakeClock clock;
  auto opened = OpenStore("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2", clock);
  GK_EXPECT_ERROR(opened, ErrorCode::kUnavailable);
  EXPECT_THAT(opened.error().message, HasSubstr("无法连接 PostgreSQL"));
  auto malformed = OpenStore("postgresql://[broken", clock);
  GK_EXPECT_ERROR(malformed, ErrorCode::kUnavailable);
}

TEST(StoreFactoryTest, ReportsAnUnwritableSqlitePath) {
  core::FakeClock clock;
  auto opened = OpenStore("/nonexistent-folder/gongkai.db", clock);
  GK_EXPECT_ERROR(opened, ErrorCode::kUnavailable);
  GK_EXPECT_ERROR(OpenStore("", clock), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace gongkai::store::testing
