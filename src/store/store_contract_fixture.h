// The fixture of the store contract suite (StoreContractTest): every test runs against SQLite
// always and against PostgreSQL when GONGKAI_TEST_PG_DSN is set, each on a fresh database.
#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "domain/store.h"
#include "store/sql/sql_store.h"
#include "store/store_test_backend.h"

namespace gongkai::store::testing {

#define GK_ASSERT_OK(expr)                                                              \
  do {                                                                                  \
    const auto& gk_status_ = (expr);                                                    \
    ASSERT_TRUE(gk_status_.has_value()) << #expr << ": " << gk_status_.error().message; \
  } while (false)

#define GK_EXPECT_ERROR(expr, error_code)                                         \
  do {                                                                            \
    const auto& gk_status_ = (expr);                                              \
    ASSERT_FALSE(gk_status_.has_value()) << #expr << " succeeded";                \
    EXPECT_EQ(gk_status_.error().code, error_code) << gk_status_.error().message; \
  } while (false)

inline core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

// Test names "…/SQLite" and "…/PostgreSQL".
inline std::string BackendParamName(const ::testing::TestParamInfo<Backend>& param_info) {
  return BackendName(param_info.param);
}

class StoreContractTest : public ::testing::TestWithParam<Backend> {
 public:
  // A just-received case of a natural person.
  static domain::RequestCase Draft(const std::string& agency_id, core::Date received_on);
  static domain::CaseEvent Note(const std::string& text, core::Date date);

 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgres && !PostgresTestDsn().has_value()) {
      GTEST_SKIP() << "GONGKAI_TEST_PG_DSN is not set";
    }
    auto database = TestDatabase::Create(GetParam());
    ASSERT_TRUE(database.has_value()) << database.error().message;
    db_ = std::move(*database);
    clock_.SetDate(D("2024-03-01"));
    Reopen();
  }

  void TearDown() override {
    store_.reset();
    db_.reset();
  }

  void Reopen() {
    store_.reset();
    auto opened = db_->Open(clock_);
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    store_ = std::move(*opened);
  }

  domain::Store& store() { return *store_; }

  void AddAgency(const std::string& id, std::optional<std::string> parent = std::nullopt) {
    GK_ASSERT_OK(store().agencies().PutAgency({id, "机构" + id, std::move(parent)}, actor_));
  }

  std::int64_t AuditHead() {
    auto rows = db_->Raw("SELECT sequence FROM audit_head WHERE id = 1");
    EXPECT_TRUE(rows.has_value());
    return rows.has_value() && !rows->empty() ? std::get<std::int64_t>(rows->front().front()) : -1;
  }

  std::int64_t CountRows(const std::string& table) {
    auto rows = db_->Raw("SELECT COUNT(*) FROM " + table);
    EXPECT_TRUE(rows.has_value()) << (rows.has_value() ? "" : rows.error().message);
    return rows.has_value() ? std::get<std::int64_t>(rows->front().front()) : -1;
  }

  core::FakeClock clock_;
  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<SqlStore> store_;
  domain::Actor actor_{"alice"};
};

inline domain::RequestCase StoreContractTest::Draft(const std::string& agency_id,
                                                    core::Date received_on) {
  domain::RequestCase draft;
  draft.agency_id = agency_id;
  draft.applicant = {0, "张三", "110101199001011234", "13800000000"};
  draft.information_requested = "2023年度财政预算";
  draft.preferred_form = "电子邮件";
  draft.channel = domain::Channel::kOnline;
  draft.submitted_on = received_on;
  draft.received_on = received_on;
  draft.state = domain::CaseState::kReceived;
  domain::CaseEvent received;
  received.type = domain::EventType::kReceived;
  received.date = received_on;
  received.actor = "alice";
  draft.events.push_back(received);
  return draft;
}

inline domain::CaseEvent StoreContractTest::Note(const std::string& text, core::Date date) {
  domain::CaseEvent note;
  note.type = domain::EventType::kNote;
  note.date = date;
  note.actor = "bob";
  note.note = text;
  return note;
}

}  // namespace gongkai::store::testing
