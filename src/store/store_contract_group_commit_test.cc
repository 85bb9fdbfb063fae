// Store contract, continued: concurrent mutations of one store share transactions (group commit)
// without losing an update, mixing up results, or letting one failure spoil the others' work.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/store_contract_fixture.h"

namespace gongkai::store::testing {
namespace {

using ErrorCode = core::ErrorCode;

constexpr int kThreads = 16;
constexpr int kTransitionsPerThread = 50;
constexpr int kTotalTransitions = kThreads * kTransitionsPerThread;

std::string NoteText(int thread, int index) {
  return "t" + std::to_string(thread) + "#" + std::to_string(index);
}

domain::RequestCase WithNote(domain::RequestCase request_case, const std::string& text) {
  request_case.events.push_back(StoreContractTest::Note(text, D("2024-02-01")));
  return request_case;
}

template <typename T>
core::Status StatusOf(const core::Result<T>& result) {
  if (!result.has_value()) {
    return result.error();
  }
  return core::Ok();
}

// What a successful UpdateCase must return for `submitted` based on version `base`; "" if right.
std::string CheckUpdated(const domain::RequestCase& returned, const domain::RequestCase& submitted,
                         std::int64_t base) {
  if (returned.id != submitted.id || returned.version != base + 1 ||
      returned.events.size() != submitted.events.size() ||
      returned.events.back().note != submitted.events.back().note) {
    return "case " + std::to_string(submitted.id) + ": wrong result for \"" +
           submitted.events.back().note + "\" (version " + std::to_string(returned.version) + ")";
  }
  return "";
}

class GroupCommitContractTest : public StoreContractTest {
 protected:
  // entity -> number of audit entries with `action`.
  std::map<std::string, int> AuditCounts(const std::string& action) {
    std::map<std::string, int> counts;
    auto entries = store().audit_log().ListAuditEntries(0, 10'000);
    EXPECT_TRUE(entries.has_value());
    for (const domain::AuditEntry& entry : entries.value_or(std::vector<domain::AuditEntry>{})) {
      if (entry.action == action) {
        ++counts[entry.entity];
      }
    }
    return counts;
  }

  // Takes the database write lock on a separate connection, as another process would, so the
  // store's next batch waits for it while more callers queue.
  void HoldWriteLock() {
    GK_ASSERT_OK(
        db_->RawScript(GetParam() == Backend::kSqlite
                           ? "BEGIN IMMEDIATE"
                           : "BEGIN; SELECT sequence FROM audit_head WHERE id = 1 FOR UPDATE"));
  }
  void ReleaseWriteLock() { GK_ASSERT_OK(db_->RawScript("COMMIT")); }

  // Waits until `predicate` holds on the store's commit statistics.
  void WaitForStats(const std::function<bool(const GroupCommitStats&)>& predicate) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!predicate(store_->commit_stats())) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the store never got there";
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }

  void PrintStats(const char* what, const GroupCommitStats& before) {
    const GroupCommitStats after = store_->commit_stats();
    std::printf("[ %s ] %s: %lld mutations in %lld transactions (largest %lld)\n",
                BackendName(GetParam()).c_str(), what,
                static_cast<long long>(after.mutations - before.mutations),
                static_cast<long long>(after.transactions - before.transactions),
                static_cast<long long>(after.largest_batch));
  }
};

INSTANTIATE_TEST_SUITE_P(Backends, GroupCommitContractTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendParamName);

TEST_P(GroupCommitContractTest, SixteenWritersOnTheirOwnCasesLoseNothing) {
  AddAgency("a");
  std::vector<domain::RequestCase> cases;
  for (int t = 0; t < kThreads; ++t) {
    auto created = store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_);
    GK_ASSERT_OK(created);
    cases.push_back(*created);
  }
  const std::int64_t audit_before = AuditHead();
  const GroupCommitStats stats_before = store_->commit_stats();
  std::vector<std::string> problems(kThreads);
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      domain::RequestCase current = cases[static_cast<std::size_t>(t)];
      for (int i = 0; i < kTransitionsPerThread && problems[t].empty(); ++i) {
        const domain::RequestCase next = WithNote(current, NoteText(t, i));
        auto updated = store().cases().UpdateCase(next, current.version, {"w" + std::to_string(t)});
        problems[t] = updated.has_value() ? CheckUpdated(*updated, next, current.version)
                                          : updated.error().message;
        current = updated.value_or(current);
      }
    });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }
  PrintStats("16 writers, own cases", stats_before);
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(problems[t], "") << "writer " << t;
    auto stored = store().cases().GetCase(cases[t].id);
    GK_ASSERT_OK(stored);
    EXPECT_EQ(stored->version, 1 + kTransitionsPerThread);
    ASSERT_EQ(stored->events.size(), 1u + kTransitionsPerThread);
    for (int i = 0; i < kTransitionsPerThread; ++i) {
      EXPECT_EQ(stored->events[i + 1].note, NoteText(t, i));
    }
  }
  EXPECT_EQ(AuditHead(), audit_before + kTotalTransitions);
  const std::map<std::string, int> notes = AuditCounts("case.event.note");
  EXPECT_EQ(notes.size(), static_cast<std::size_t>(kThreads));
  for (const auto& [entity, count] : notes) {
    EXPECT_EQ(count, kTransitionsPerThread) << entity;
  }
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
}

TEST_P(GroupCommitContractTest, SixteenWritersOnOneCaseRetryConflictsAndLoseNothing) {
  AddAgency("a");
  auto created = store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_);
  GK_ASSERT_OK(created);
  const std::int64_t audit_before = AuditHead();
  const GroupCommitStats stats_before = store_->commit_stats();
  std::vector<std::string> problems(kThreads);
  std::atomic<std::int64_t> conflicts{0};
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int done = 0; done < kTransitionsPerThread && problems[t].empty();) {
        auto current = store().cases().GetCase(created->id);
        if (!current.has_value()) {
          problems[t] = current.error().message;
          break;
        }
        const domain::RequestCase next = WithNote(*current, NoteText(t, done));
        auto updated =
            store().cases().UpdateCase(next, current->version, {"w" + std::to_string(t)});
        if (updated.has_value()) {
          problems[t] = CheckUpdated(*updated, next, current->version);
          ++done;
        } else if (updated.error().code == ErrorCode::kConflict) {
          ++conflicts;
        } else {
          problems[t] = updated.error().message;
        }
      }
    });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }
  PrintStats("16 writers, one case", stats_before);
  std::printf("[ %s ] %lld conflicts retried\n", BackendName(GetParam()).c_str(),
              static_cast<long long>(conflicts.load()));
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(problems[t], "") << "writer " << t;
  }
  auto stored = store().cases().GetCase(created->id);
  GK_ASSERT_OK(stored);
  EXPECT_EQ(stored->version, 1 + kTotalTransitions);
  ASSERT_EQ(stored->events.size(), 1u + kTotalTransitions);
  // Each writer's notes appear once each, in the order it wrote them.
  std::vector<int> next_index(kThreads, 0);
  for (std::size_t e = 1; e < stored->events.size(); ++e) {
    const std::string& note = stored->events[e].note;
    const int t = std::stoi(note.substr(1, note.find('#') - 1));
    ASSERT_EQ(note, NoteText(t, next_index[t]++));
  }
  EXPECT_EQ(AuditHead(), audit_before + kTotalTransitions);
  EXPECT_EQ(AuditCounts("case.event.note")["case:" + std::to_string(created->id)],
            kTotalTransitions);
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
}

// One batch holding successes and failures of every kind: a stale version, a duplicate tracking
// number (a failed SQL statement, after which PostgreSQL needs the savepoint to go on) and an
// unknown agency. Each caller gets its own result; only the successes are written and audited.
TEST_P(GroupCommitContractTest, AFailingMutationInsideABatchFailsAlone) {
  AddAgency("a");
  std::vector<domain::RequestCase> cases;
  for (int i = 0; i < 4; ++i) {
    domain::RequestCase draft = Draft("a", D("2024-01-10"));
    draft.tracking_number = i == 0 ? "a-2024-00001" : "";
    auto created = store().cases().CreateCase(draft, actor_);
    GK_ASSERT_OK(created);
    cases.push_back(*created);
  }
  const domain::RequestCase stale = cases[3];
  GK_ASSERT_OK(store().cases().UpdateCase(WithNote(stale, "先到"), 1, actor_));
  domain::RequestCase moved = WithNote(cases[2], "迁出");
  moved.agency_id = "nowhere";
  domain::RequestCase duplicate = Draft("a", D("2024-01-11"));
  duplicate.tracking_number = "a-2024-00001";
  const std::int64_t audit_before = AuditHead();
  const GroupCommitStats stats_before = store_->commit_stats();

  HoldWriteLock();
  core::Status lead_result = core::Ok();
  std::thread lead([&] {
    lead_result = StatusOf(store().cases().UpdateCase(WithNote(cases[0], "领头"), 1, actor_));
  });
  // The lead has taken its batch (of one) and waits for the lock; the rest queue behind it.
  WaitForStats(
      [&](const GroupCommitStats& s) { return s.transactions > stats_before.transactions; });
  std::vector<std::function<core::Status()>> jobs = {
      [&] { return StatusOf(store().cases().UpdateCase(WithNote(cases[1], "成功"), 1, actor_)); },
      [&] { return StatusOf(store().cases().UpdateCase(WithNote(stale, "过期"), 1, actor_)); },
      [&] { return StatusOf(store().cases().CreateCase(duplicate, actor_)); },
      [&] { return StatusOf(store().cases().NextTrackingSequence("a", 2024)); },
      [&] { return StatusOf(store().cases().UpdateCase(moved, 1, actor_)); },
      [&] { return StatusOf(store().cases().CreateCase(Draft("a", D("2024-01-12")), actor_)); },
  };
  std::vector<core::Status> results(jobs.size(), core::Ok());
  std::vector<std::thread> threads;
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    threads.emplace_back([&, j] { results[j] = jobs[j](); });
    WaitForStats(
        [&](const GroupCommitStats& s) { return s.waiting == static_cast<std::int64_t>(j) + 2; });
  }
  ReleaseWriteLock();
  lead.join();
  for (std::thread& thread : threads) {
    thread.join();
  }
  const GroupCommitStats stats_after = store_->commit_stats();
  EXPECT_EQ(stats_after.transactions, stats_before.transactions + 2);
  EXPECT_EQ(stats_after.largest_batch, static_cast<std::int64_t>(jobs.size()));
  GK_ASSERT_OK(lead_result);
  GK_ASSERT_OK(results[0]);
  GK_EXPECT_ERROR(results[1], ErrorCode::kConflict);
  GK_EXPECT_ERROR(results[2], ErrorCode::kConflict);
  GK_ASSERT_OK(results[3]);
  GK_EXPECT_ERROR(results[4], ErrorCode::kNotFound);
  GK_ASSERT_OK(results[5]);

  EXPECT_EQ(AuditHead(), audit_before + 4);  // lead, update, tracking number, create
  EXPECT_EQ(store().cases().GetCase(stale.id)->version, 2);
  EXPECT_EQ(store().cases().GetCase(cases[2].id)->agency_id, "a");
  EXPECT_EQ(store().cases().GetCase(cases[1].id)->version, 2);
  EXPECT_EQ(CountRows("cases"), 5);
  EXPECT_EQ(*store().cases().NextTrackingSequence("a", 2024), 2);
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
}

}  // namespace
}  // namespace gongkai::store::testing
