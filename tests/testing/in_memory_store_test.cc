#include "testing/in_memory_store.h"

#include <gtest/gtest.h>

#include "domain/report_counting.h"

namespace gongkai::fakes {
namespace {

using domain::EventType;
using domain::RequestCase;
using domain::RequestRow;

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

class InMemoryStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    clock_.SetDate(D("2025-03-03"));
    ASSERT_TRUE(store_.PutAgency({"city", "某市人民政府", std::nullopt}, actor_).has_value());
    ASSERT_TRUE(store_.PutAgency({"city-edu", "某市教育局", "city"}, actor_).has_value());
  }

  RequestCase Draft(const char* received, int kind = 0) {
    RequestCase draft;
    draft.agency_id = "city-edu";
    draft.applicant.kind = kind;
    draft.applicant.name = "张三";
    draft.received_on = D(received);
    domain::CaseEvent event;
    event.type = EventType::kReceived;
    event.date = D(received);
    draft.events.push_back(event);
    return draft;
  }

  // Appends a reply event to a stored case and stores it.
  core::Result<RequestCase> Close(const RequestCase& current, const char* date, RequestRow row) {
    RequestCase updated = current;
    domain::CaseEvent event;
    event.type = EventType::kReplied;
    event.date = D(date);
    event.outcome = row;
    updated.events.push_back(event);
    updated.state = domain::CaseState::kReplied;
    updated.closed_on = D(date);
    updated.outcome = row;
    return store_.UpdateCase(updated, current.version, actor_);
  }

  core::FakeClock clock_;
  InMemoryStore store_{clock_};
  domain::Actor actor_{"clerk"};
};

TEST_F(InMemoryStoreTest, AgenciesValidateIdsParentsAndCycles) {
  EXPECT_EQ(store_.PutAgency({"Bad Id", "x", std::nullopt}, actor_).error().code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(store_.PutAgency({"x", "", std::nullopt}, actor_).error().code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(store_.PutAgency({"x", "某局", "nowhere"}, actor_).error().code,
            core::ErrorCode::kNotFound);
  EXPECT_EQ(store_.PutAgency({"city", "某市人民政府", "city-edu"}, actor_).error().code,
            core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(store_.PutAgency({"city", "某市人民政府", "city"}, actor_).error().code,
            core::ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(store_.PutAgency({"city-edu-a", "某区教育局", "city-edu"}, actor_).has_value());
  EXPECT_EQ(*store_.Subtree("city"), (std::vector<std::string>{"city", "city-edu", "city-edu-a"}));
  EXPECT_EQ(store_.Subtree("none").error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(store_.GetAgency("city-edu")->name, "某市教育局");
  EXPECT_EQ(store_.ListAgencies()->size(), 3U);
}

TEST_F(InMemoryStoreTest, CreateAssignsIdsSequencesAndVersion) {
  auto created = store_.CreateCase(Draft("2025-03-01"), actor_);
  ASSERT_TRUE(created.has_value());
  EXPECT_EQ(created->id, 1);
  EXPECT_EQ(created->version, 1);
  EXPECT_EQ(created->events[0].sequence, 1);
  EXPECT_EQ(store_.CreateCase(Draft("2025-03-01"), actor_)->id, 2);
  RequestCase unknown_agency = Draft("2025-03-01");
  unknown_agency.agency_id = "nowhere";
  EXPECT_EQ(store_.CreateCase(unknown_agency, actor_).error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(store_.CreateCase(Draft("2025-03-01", 6), actor_).error().code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(store_.GetCase(99).error().code, core::ErrorCode::kNotFound);
}

TEST_F(InMemoryStoreTest, UpdateMustAppendToHistoryWithTheCurrentVersion) {
  const RequestCase created = *store_.CreateCase(Draft("2025-03-01"), actor_);
  RequestCase rewritten = created;
  rewritten.events[0].date = D("2025-02-01");
  domain::CaseEvent note;
  note.type = EventType::kNote;
  note.note = "x";
  rewritten.events.push_back(note);
  EXPECT_EQ(store_.UpdateCase(rewritten, 1, actor_).error().code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(store_.UpdateCase(created, 1, actor_).error().code, core::ErrorCode::kInvalidArgument);

  auto closed = Close(created, "2025-03-02", RequestRow::kGranted);
  ASSERT_TRUE(closed.has_value());
  EXPECT_EQ(closed->version, 2);
  EXPECT_EQ(closed->events[1].sequence, 2);
  // A second writer that read version 1 loses.
  EXPECT_EQ(Close(created, "2025-03-02", RequestRow::kWithheld1).error().code,
            core::ErrorCode::kConflict);
  EXPECT_EQ(store_.GetCase(created.id)->outcome, RequestRow::kGranted);
}

TEST_F(InMemoryStoreTest, TrackingNumbersAreUniqueAndSequencesPerAgencyAndYear) {
  EXPECT_EQ(*store_.NextTrackingSequence("city-edu", 2025), 1);
  EXPECT_EQ(*store_.NextTrackingSequence("city-edu", 2025), 2);
  EXPECT_EQ(*store_.NextTrackingSequence("city-edu", 2026), 1);
  EXPECT_EQ(*store_.NextTrackingSequence("city", 2025), 1);
  EXPECT_EQ(store_.NextTrackingSequence("nowhere", 2025).error().code, core::ErrorCode::kNotFound);

  RequestCase first = *store_.CreateCase(Draft("2025-03-01"), actor_);
  RequestCase second = *store_.CreateCase(Draft("2025-03-01"), actor_);
  domain::CaseEvent registered;
  registered.type = EventType::kRegistered;
  registered.date = D("2025-03-01");
  for (RequestCase* request : {&first, &second}) {
    request->tracking_number = "city-edu-2025-00001";
    request->events.push_back(registered);
  }
  ASSERT_TRUE(store_.UpdateCase(first, 1, actor_).has_value());
  EXPECT_EQ(store_.UpdateCase(second, 1, actor_).error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(store_.GetCaseByTracking("city-edu-2025-00001")->id, first.id);
  EXPECT_EQ(store_.GetCaseByTracking("").error().code, core::ErrorCode::kNotFound);
}

TEST_F(InMemoryStoreTest, ListsCasesByFilterAndPage) {
  ASSERT_TRUE(store_.CreateCase(Draft("2025-01-10"), actor_).has_value());
  const RequestCase second = *store_.CreateCase(Draft("2025-02-10"), actor_);
  ASSERT_TRUE(Close(second, "2025-02-11", RequestRow::kGranted).has_value());
  RequestCase other_agency = Draft("2025-02-10");
  other_agency.agency_id = "city";
  ASSERT_TRUE(store_.CreateCase(other_agency, actor_).has_value());

  domain::CaseFilter filter;
  EXPECT_EQ(store_.ListCases(filter)->size(), 3U);
  filter.agency_id = "city-edu";
  EXPECT_EQ(store_.ListCases(filter)->size(), 2U);
  filter.received_from = D("2025-02-01");
  ASSERT_EQ(store_.ListCases(filter)->size(), 1U);
  EXPECT_EQ(store_.ListCases(filter)->front().id, second.id);
  filter = domain::CaseFilter{};
  filter.state = domain::CaseState::kReplied;
  EXPECT_EQ(store_.ListCases(filter)->size(), 1U);
  filter = domain::CaseFilter{};
  filter.limit = 1;
  filter.offset = 1;
  ASSERT_EQ(store_.ListCases(filter)->size(), 1U);
  EXPECT_EQ(store_.ListCases(filter)->front().id, second.id);
  filter.limit = 0;
  EXPECT_EQ(store_.ListCases(filter).error().code, core::ErrorCode::kInvalidArgument);
  filter.limit = 10'001;
  EXPECT_EQ(store_.ListCases(filter).error().code, core::ErrorCode::kInvalidArgument);
}

TEST_F(InMemoryStoreTest, MutationsNeedAnActorAndKeepTheTrackingNumber) {
  EXPECT_EQ(store_.CreateCase(Draft("2025-01-10"), domain::Actor{""}).error().code,
            core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(store_.GetCase(0).error().code, core::ErrorCode::kInvalidArgument);
  RequestCase request = *store_.CreateCase(Draft("2025-01-10"), actor_);
  domain::CaseEvent registered;
  registered.type = EventType::kRegistered;
  registered.date = D("2025-01-10");
  request.tracking_number = "city-edu-2025-00009";
  request.events.push_back(registered);
  request = *store_.UpdateCase(request, 1, actor_);
  domain::CaseEvent note;
  note.type = EventType::kNote;
  note.note = "x";
  RequestCase without_number = request;
  without_number.tracking_number.clear();
  without_number.events.push_back(note);
  EXPECT_EQ(store_.UpdateCase(without_number, 2, actor_)->tracking_number, "city-edu-2025-00009");
  RequestCase renumbered = *store_.GetCase(request.id);
  renumbered.tracking_number = "city-edu-2025-00010";
  renumbered.events.push_back(note);
  EXPECT_EQ(store_.UpdateCase(renumbered, 3, actor_).error().code,
            core::ErrorCode::kInvalidArgument);
}

TEST_F(InMemoryStoreTest, CountForReportMatchesCountFactsAndCellsListTheirCases) {
  const RequestCase a = *store_.CreateCase(Draft("2024-12-30", 0), actor_);
  const RequestCase b = *store_.CreateCase(Draft("2025-01-10", 1), actor_);
  const RequestCase c = *store_.CreateCase(Draft("2025-02-10", 1), actor_);
  ASSERT_TRUE(Close(a, "2025-01-05", RequestRow::kGranted).has_value());
  ASSERT_TRUE(Close(b, "2025-02-01", RequestRow::kOther3).has_value());
  const std::vector<std::string> agencies = {"city-edu"};

  auto counts = store_.CountForReport(agencies, 2025);
  ASSERT_TRUE(counts.has_value());
  auto cell = [&](RequestRow row, int kind) {
    return counts->cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(kind)];
  };
  EXPECT_EQ(cell(RequestRow::kNewlyReceived, 1), 2);
  EXPECT_EQ(cell(RequestRow::kCarriedFromLastYear, 0), 1);
  EXPECT_EQ(cell(RequestRow::kGranted, 0), 1);
  EXPECT_EQ(cell(RequestRow::kOther3, 1), 1);
  EXPECT_EQ(cell(RequestRow::kCarriedToNextYear, 1), 1);
  EXPECT_EQ(store_.CountForReport(std::vector<std::string>{"city"}, 2025)->cells,
            domain::RequestCounts{}.cells);

  auto behind = store_.CasesBehindCell(agencies, 2025, RequestRow::kTotal, std::nullopt);
  ASSERT_TRUE(behind.has_value());
  EXPECT_EQ(behind->size(), 2U);
  behind = store_.CasesBehindCell(agencies, 2025, RequestRow::kCarriedToNextYear, 1);
  ASSERT_EQ(behind->size(), 1U);
  EXPECT_EQ(behind->front().id, c.id);
  EXPECT_EQ(store_.CasesBehindCell(agencies, 2025, RequestRow::kGranted, 7).error().code,
            core::ErrorCode::kInvalidArgument);
}

TEST_F(InMemoryStoreTest, ReviewsAnnualInputsAndCalendarYears) {
  domain::ReviewCase review;
  review.agency_id = "city-edu";
  review.reference = "某复字〔2025〕1号";
  review.filed_on = D("2025-02-01");
  auto created = store_.CreateReview(review, actor_);
  ASSERT_TRUE(created.has_value());
  EXPECT_EQ(created->version, 1);
  review.request_case_id = 42;
  EXPECT_EQ(store_.CreateReview(review, actor_).error().code, core::ErrorCode::kNotFound);
  domain::ReviewCase decided = *created;
  decided.result = domain::ReviewResult::kUpheld;
  ASSERT_TRUE(store_.UpdateReview(decided, 1, actor_).has_value());
  EXPECT_EQ(store_.UpdateReview(decided, 1, actor_).error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(store_.ListReviews(std::vector<std::string>{"city-edu"})->size(), 1U);

  domain::ProactiveFigures figures;
  figures.agency_id = "city-edu";
  figures.year = 2025;
  figures.normative_issued = 3;
  ASSERT_TRUE(store_.PutProactiveFigures(figures, actor_).has_value());
  EXPECT_EQ(store_.GetProactiveFigures("city-edu", 2025)->normative_issued, 3);
  EXPECT_EQ(store_.GetProactiveFigures("city-edu", 2024).error().code, core::ErrorCode::kNotFound);
  figures.penalty_decisions = -1;
  EXPECT_EQ(store_.PutProactiveFigures(figures, actor_).error().code,
            core::ErrorCode::kInvalidArgument);

  EXPECT_EQ(store_.PutCalendarYear(2027, "{not json", actor_).error().code,
            core::ErrorCode::kInvalidArgument);
  ASSERT_TRUE(store_.PutCalendarYear(2027, R"({"off":[],"work":[]})", actor_).has_value());
  EXPECT_EQ(store_.ListCalendarYears()->size(), 1U);
}

TEST_F(InMemoryStoreTest, EveryChangeIsAuditedAndTheChainVerifies) {
  const RequestCase created = *store_.CreateCase(Draft("2025-03-01"), actor_);
  ASSERT_TRUE(Close(created, "2025-03-02", RequestRow::kGranted).has_value());
  auto entries = store_.ListAuditEntries(1, 100);
  ASSERT_TRUE(entries.has_value());
  // Two agencies, one case creation, one reply.
  ASSERT_EQ(entries->size(), 4U);
  EXPECT_EQ((*entries)[2].action, "case.create");
  EXPECT_EQ((*entries)[3].action, "case.event.replied");
  EXPECT_EQ((*entries)[3].entity, "case:1");
  EXPECT_NE((*entries)[3].details.find("\"outcome\":\"予以公开\""), std::string::npos);
  EXPECT_EQ((*entries)[3].actor, "clerk");
  EXPECT_TRUE(store_.VerifyAuditLog().has_value());
  EXPECT_EQ(store_.ListAuditEntries(3, 1)->front().sequence, 3);
}

TEST_F(InMemoryStoreTest, TamperingIsDetected) {
  ASSERT_TRUE(store_.CreateCase(Draft("2025-03-01"), actor_).has_value());
  ASSERT_TRUE(store_.VerifyAuditLog().has_value());

  store_.MutableAuditEntriesForTesting()[1].actor = "someone-else";
  auto status = store_.VerifyAuditLog();
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, core::ErrorCode::kFailedPrecondition);
  EXPECT_NE(status.error().message.find("第 2 条"), std::string::npos) << status.error().message;
  store_.MutableAuditEntriesForTesting()[1].actor = "clerk";
  ASSERT_TRUE(store_.VerifyAuditLog().has_value());

  store_.MutableAuditEntriesForTesting().pop_back();
  status = store_.VerifyAuditLog();
  ASSERT_FALSE(status.has_value());
  EXPECT_NE(status.error().message.find("被删除"), std::string::npos) << status.error().message;
}

}  // namespace
}  // namespace gongkai::fakes
