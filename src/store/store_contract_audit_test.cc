// Store contract, continued: the hash-chained audit log and its tamper detection.
#include <array>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/audit_chain.h"
#include "store/store_contract_fixture.h"

namespace gongkai::store::testing {
namespace {

using domain::ComputeAuditHash;
using ::testing::HasSubstr;
using ErrorCode = core::ErrorCode;

// Ten entries: two agencies, a case with four updates, a calendar year, figures, a review.
class AuditedStoreTest : public StoreContractTest {
 protected:
  void SetUp() override {
    StoreContractTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) {
      return;
    }
    clock_.Set(1'700'000'000'000'000);
    AddAgency("a");
    clock_.Advance(1000);
    AddAgency("b", "a");
    auto created = store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_);
    ASSERT_TRUE(created.has_value());
    domain::RequestCase current = *created;
    for (int i = 0; i < 4; ++i) {
      clock_.Advance(1000);
      current.events.push_back(Note("第" + std::to_string(i) + "次", D("2024-01-11")));
      auto updated = store().cases().UpdateCase(current, current.version, {"bob"});
      ASSERT_TRUE(updated.has_value()) << updated.error().message;
      current = *updated;
    }
    GK_ASSERT_OK(store().calendars().PutCalendarYear(2027, R"({"year":2027})", actor_));
    GK_ASSERT_OK(store().annual_inputs().PutReportText({"a", 2024, "一", "五", "六"}, actor_));
    domain::ReviewCase review;
    review.agency_id = "b";
    review.filed_on = D("2024-02-02");
    GK_ASSERT_OK(store().reviews().CreateReview(review, actor_));
    ASSERT_EQ(AuditHead(), 10);
  }

  std::string VerifyError() {
    auto status = store().audit_log().VerifyAuditLog();
    EXPECT_FALSE(status.has_value()) << "tampering went unnoticed";
    if (status.has_value()) {
      return "";
    }
    EXPECT_EQ(status.error().code, ErrorCode::kFailedPrecondition);
    return status.error().message;
  }

  std::vector<domain::AuditEntry> Entries() {
    auto entries = store().audit_log().ListAuditEntries(0, 100);
    EXPECT_TRUE(entries.has_value());
    return entries.value_or(std::vector<domain::AuditEntry>{});
  }
};

INSTANTIATE_TEST_SUITE_P(Backends, AuditedStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendParamName);

TEST_P(AuditedStoreTest, RecordsWhoWhenWhatAndChainsTheHashes) {
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
  const std::vector<domain::AuditEntry> entries = Entries();
  ASSERT_EQ(entries.size(), 10u);
  EXPECT_EQ(entries[0].sequence, 1);
  EXPECT_EQ(entries[0].prev_hash, "");
  EXPECT_EQ(entries[0].at_micros, 1'700'000'000'000'000);
  EXPECT_EQ(entries[0].actor, "alice");
  EXPECT_EQ(entries[0].entity, "agency:a");
  EXPECT_EQ(entries[0].action, "agency.create");
  EXPECT_EQ(entries[0].details, R"({"id":"a","name":"机构a","parent_id":null})");
  EXPECT_EQ(entries[2].action, "case.create");
  EXPECT_EQ(entries[3].actor, "bob");
  EXPECT_EQ(entries[3].entity, "case:1");
  EXPECT_EQ(entries[3].action, "case.event.note");
  EXPECT_THAT(entries[3].details, HasSubstr(R"("new_events":[{"actor":"bob")"));
  EXPECT_THAT(entries[3].details, HasSubstr(R"("version":2)"));
  EXPECT_EQ(entries[3].at_micros, 1'700'000'000'002'000);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(entries[i].hash, ComputeAuditHash(entries[i]));
    EXPECT_EQ(entries[i].hash.size(), 64u);
    if (i > 0) {
      EXPECT_EQ(entries[i].prev_hash, entries[i - 1].hash);
    }
  }
  auto page = store().audit_log().ListAuditEntries(4, 3);
  GK_ASSERT_OK(page);
  ASSERT_EQ(page->size(), 3u);
  EXPECT_EQ(page->front().sequence, 4);
  GK_EXPECT_ERROR(store().audit_log().ListAuditEntries(0, 0), ErrorCode::kInvalidArgument);
}

TEST_P(AuditedStoreTest, TheHashFollowsTheDocumentedFormula) {
  domain::AuditEntry entry;
  entry.sequence = 1;
  entry.at_micros = 2;
  entry.actor = "a";
  entry.entity = "e";
  entry.action = "x";
  entry.details = "{}";
  // printf '1:1,1:2,1:a,1:e,1:x,2:{},' | sha256sum  (prev_hash "" then netstrings)
  EXPECT_EQ(ComputeAuditHash(entry),
            "01f8027b4bf0f6529314d1a56be96cab19accf8e2f9e1456826e6207c9a07396");
}

TEST_P(AuditedStoreTest, ANewlineInsideAFieldIsNotAFieldBoundary) {
  // Under a "\n"-joined formula these two entries hashed alike, so one could be passed off as
  // the other. The store writes both; the chain must tell them apart and still verify.
  clock_.Set(1'800'000'000'000'000);
  GK_ASSERT_OK(store().calendars().PutCalendarYear(2030, "{}", {"x\ncalendar:2030"}));
  const std::vector<domain::AuditEntry> entries = Entries();
  ASSERT_EQ(entries.size(), 11u);
  const domain::AuditEntry& written = entries.back();
  EXPECT_EQ(written.actor, "x\ncalendar:2030");
  EXPECT_EQ(written.hash, ComputeAuditHash(written));
  domain::AuditEntry shifted = written;
  shifted.actor = "x";
  shifted.entity = "calendar:2030\n" + written.entity;
  EXPECT_NE(ComputeAuditHash(shifted), written.hash);
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
}

TEST_P(AuditedStoreTest, NamesAnAlteredEntry) {
  GK_ASSERT_OK(db_->Raw("UPDATE audit_log SET details = '{\"forged\":true}' WHERE sequence = 5"));
  const std::string message = VerifyError();
  EXPECT_THAT(message, HasSubstr("第 5 条"));
  EXPECT_THAT(message, HasSubstr("改动"));
}

TEST_P(AuditedStoreTest, NamesAnAlteredActorEvenWhenItsHashWasRecomputed) {
  std::vector<domain::AuditEntry> entries = Entries();
  domain::AuditEntry forged = entries[6];
  forged.actor = "mallory";
  forged.hash = ComputeAuditHash(forged);
  const std::array<SqlValue, 2> params = {forged.actor, forged.hash};
  GK_ASSERT_OK(db_->Raw("UPDATE audit_log SET actor = $1, hash = $2 WHERE sequence = 7", params));
  const std::string message = VerifyError();
  EXPECT_THAT(message, HasSubstr("第 8 条"));
  EXPECT_THAT(message, HasSubstr("第 7 条被改动"));
}

TEST_P(AuditedStoreTest, NamesADeletedEntry) {
  GK_ASSERT_OK(db_->Raw("DELETE FROM audit_log WHERE sequence = 4"));
  const std::string message = VerifyError();
  EXPECT_THAT(message, HasSubstr("第 4 条"));
  EXPECT_THAT(message, HasSubstr("删除"));
}

TEST_P(AuditedStoreTest, NamesADeletedTail) {
  GK_ASSERT_OK(db_->Raw("DELETE FROM audit_log WHERE sequence >= 9"));
  const std::string message = VerifyError();
  EXPECT_THAT(message, HasSubstr("第 9 条"));
  EXPECT_THAT(message, HasSubstr("删除"));
}

TEST_P(AuditedStoreTest, NamesAnEntryAppendedBehindTheStoresBack) {
  // A well-formed, correctly chained entry: only the head reveals it.
  std::vector<domain::AuditEntry> entries = Entries();
  domain::AuditEntry extra;
  extra.sequence = 11;
  extra.at_micros = entries.back().at_micros + 1;
  extra.actor = "mallory";
  extra.entity = "case:1";
  extra.action = "case.event.note";
  extra.details = "{}";
  extra.prev_hash = entries.back().hash;
  extra.hash = ComputeAuditHash(extra);
  const std::array<SqlValue, 8> params = {extra.sequence,  extra.at_micros, extra.actor,
                                          extra.entity,    extra.action,    extra.details,
                                          extra.prev_hash, extra.hash};
  GK_ASSERT_OK(db_->Raw(
      "INSERT INTO audit_log (sequence, at_micros, actor, entity, action, details, prev_hash, "
      "hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      params));
  const std::string message = VerifyError();
  EXPECT_THAT(message, HasSubstr("第 11 条"));
  EXPECT_THAT(message, HasSubstr("插入"));
}

TEST_P(AuditedStoreTest, NamesAnEntryInsertedInTheMiddle) {
  // Shift entries 6.. up by one and slip a forged entry in at 6.
  GK_ASSERT_OK(db_->Raw("UPDATE audit_log SET sequence = -sequence - 1 WHERE sequence >= 6"));
  GK_ASSERT_OK(db_->Raw("UPDATE audit_log SET sequence = -sequence WHERE sequence < 0"));
  std::vector<domain::AuditEntry> entries = Entries();
  domain::AuditEntry forged = entries[4];
  forged.sequence = 6;
  forged.actor = "mallory";
  forged.prev_hash = entries[4].hash;
  forged.hash = ComputeAuditHash(forged);
  const std::array<SqlValue, 8> params = {forged.sequence,  forged.at_micros, forged.actor,
                                          forged.entity,    forged.action,    forged.details,
                                          forged.prev_hash, forged.hash};
  GK_ASSERT_OK(db_->Raw(
      "INSERT INTO audit_log (sequence, at_micros, actor, entity, action, details, prev_hash, "
      "hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      params));
  const std::string message = VerifyError();
  EXPECT_THAT(message, HasSubstr("第 6 条"));
  EXPECT_THAT(message, HasSubstr("插入"));
}

TEST_P(AuditedStoreTest, KeepsVerifyingAfterReopening) {
  Reopen();
  GK_ASSERT_OK(store().agencies().PutAgency({"c", "机构c", "b"}, actor_));
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
  EXPECT_EQ(Entries().size(), 11u);
}

}  // namespace
}  // namespace gongkai::store::testing
