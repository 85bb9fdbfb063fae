// GroupCommit against a scripted connection: which statements a batch issues, how one failing
// mutation is undone alone, and what callers learn when the shared transaction fails.
#include "store/sql/group_commit.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace gongkai::store {
namespace {

using ::testing::ElementsAre;

// Logs every statement; Begin waits while the gate is closed, and chosen statements fail.
class ScriptedConnection final : public SqlConnection {
 public:
  Dialect dialect() const override { return Dialect::kSqlite; }

  core::Result<SqlRows> Query(std::string_view sql, std::span<const SqlValue>) override {
    std::lock_guard<std::mutex> lock(mutex_);
    log_.emplace_back(sql);
    auto failure = failures_.find(std::string(sql));
    if (failure != failures_.end() && --failure->second == 0) {
      failures_.erase(failure);
      return core::Error::Internal("injected failure of " + std::string(sql));
    }
    return SqlRows{};
  }
  core::Status ExecuteScript(std::string_view sql) override {
    GONGKAI_TRY(Query(sql, {}));
    return core::Ok();
  }
  core::Status Begin(TransactionKind) override {
    std::unique_lock<std::mutex> lock(mutex_);
    ++begins_entered_;
    begin_entered_.notify_all();
    gate_changed_.wait(lock, [&] { return gate_open_; });
    lock.unlock();
    return ExecuteScript("BEGIN");
  }
  core::Status Commit() override { return ExecuteScript("COMMIT"); }
  void Rollback() override { (void)ExecuteScript("ROLLBACK"); }

  void SetGate(bool open) {
    std::lock_guard<std::mutex> lock(mutex_);
    gate_open_ = open;
    gate_changed_.notify_all();
  }
  // Waits until some caller has reached Begin (and is held there while the gate is closed).
  void WaitForBegin() {
    std::unique_lock<std::mutex> lock(mutex_);
    begin_entered_.wait(lock, [&] { return begins_entered_ > 0; });
  }
  // The `occurrence`-th run of `sql` from now fails (1: the next one).
  void Fail(const std::string& sql, int occurrence = 1) {
    std::lock_guard<std::mutex> lock(mutex_);
    failures_[sql] = occurrence;
  }
  std::vector<std::string> TakeLog() {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::exchange(log_, {});
  }

 private:
  std::mutex mutex_;
  std::condition_variable gate_changed_;
  std::condition_variable begin_entered_;
  bool gate_open_ = true;
  int begins_entered_ = 0;
  std::map<std::string, int> failures_;  // statement -> runs until it fails
  std::vector<std::string> log_;
};

class GroupCommitTest : public ::testing::Test {
 protected:
  // A mutation issuing the statement `name`, failing with kConflict when `fails`.
  GroupCommit::Mutation Step(const std::string& name, bool fails = false) {
    return [this, name, fails]() -> core::Status {
      GONGKAI_TRY(connection_.Query(name, {}));
      if (fails) {
        return core::Error::Conflict(name + " conflicts");
      }
      return core::Ok();
    };
  }

  // Runs `mutations` on threads that queue in the given order behind a first mutation, "lead",
  // which is held in BEGIN until all of them wait; so they form one batch (or several, when
  // `max_batch_size` is smaller). Returns their results in order; the lead's log is dropped.
  std::vector<core::Status> RunQueued(const std::vector<GroupCommit::Mutation>& mutations) {
    connection_.SetGate(false);
    const GroupCommit::Mutation lead = Step("lead");
    std::thread leader([&] { EXPECT_TRUE(commit_.Run(lead).has_value()); });
    // Held in BEGIN, the lead has taken its batch of one: the others queue behind it.
    connection_.WaitForBegin();
    std::vector<core::Status> results(mutations.size(), core::Ok());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < mutations.size(); ++i) {
      threads.emplace_back([&, i] { results[i] = commit_.Run(mutations[i]); });
      WaitForWaiting(static_cast<std::int64_t>(i) + 2);
    }
    connection_.SetGate(true);
    leader.join();
    for (std::thread& thread : threads) {
      thread.join();
    }
    std::vector<std::string> log = connection_.TakeLog();
    EXPECT_THAT(std::vector<std::string>(log.begin(), log.begin() + 5),
                ElementsAre("BEGIN", "SAVEPOINT gk_mutation", "lead",
                            "RELEASE SAVEPOINT gk_mutation", "COMMIT"));
    log_ = std::vector<std::string>(log.begin() + 5, log.end());
    return results;
  }

  void WaitForWaiting(std::int64_t count) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (commit_.stats().waiting < count) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "callers never queued";
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }

  ScriptedConnection connection_;
  std::mutex connection_mutex_;
  GroupCommitOptions options_;
  GroupCommit commit_{connection_, connection_mutex_, options_};
  std::vector<std::string> log_;  // what RunQueued's batches issued after the lead's
};

constexpr const char* kSave = "SAVEPOINT gk_mutation";
constexpr const char* kRelease = "RELEASE SAVEPOINT gk_mutation";
constexpr const char* kRollbackTo = "ROLLBACK TO SAVEPOINT gk_mutation";

TEST_F(GroupCommitTest, ALoneMutationCommitsAtOnceInsideASavepoint) {
  ASSERT_TRUE(commit_.Run(Step("m")).has_value());
  EXPECT_THAT(connection_.TakeLog(), ElementsAre("BEGIN", kSave, "m", kRelease, "COMMIT"));
  const GroupCommitStats stats = commit_.stats();
  EXPECT_EQ(stats.transactions, 1);
  EXPECT_EQ(stats.mutations, 1);
  EXPECT_EQ(stats.waiting, 0);
}

TEST_F(GroupCommitTest, QueuedMutationsShareOneCommitAndAFailureUndoesOnlyItself) {
  const std::vector<core::Status> results =
      RunQueued({Step("a"), Step("b", /*fails=*/true), Step("c")});
  ASSERT_EQ(results.size(), 3u);
  EXPECT_TRUE(results[0].has_value());
  ASSERT_FALSE(results[1].has_value());
  EXPECT_EQ(results[1].error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(results[1].error().message, "b conflicts");
  EXPECT_TRUE(results[2].has_value());
  EXPECT_THAT(log_, ElementsAre("BEGIN", kSave, "a", kRelease, kSave, "b", kRollbackTo, kRelease,
                                kSave, "c", kRelease, "COMMIT"));
  EXPECT_EQ(commit_.stats().transactions, 2);
  EXPECT_EQ(commit_.stats().largest_batch, 3);
}

TEST_F(GroupCommitTest, AFailedCommitFailsEveryMutationItHeld) {
  connection_.Fail("COMMIT", 2);  // the lead's commit succeeds
  const std::vector<core::Status> results = RunQueued({Step("a"), Step("b", /*fails=*/true)});
  ASSERT_FALSE(results[0].has_value());
  EXPECT_EQ(results[0].error().message, "injected failure of COMMIT");
  ASSERT_FALSE(results[1].has_value());
  EXPECT_EQ(results[1].error().message, "b conflicts");
  EXPECT_THAT(log_, ElementsAre("BEGIN", kSave, "a", kRelease, kSave, "b", kRollbackTo, kRelease,
                                "COMMIT", "ROLLBACK"));
  // The next commit is unaffected.
  EXPECT_TRUE(commit_.Run(Step("c")).has_value());
}

TEST_F(GroupCommitTest, ABatchWhereEverythingFailedIsRolledBackNotCommitted) {
  const core::Status result = commit_.Run(Step("a", /*fails=*/true));
  ASSERT_FALSE(result.has_value());
  EXPECT_THAT(connection_.TakeLog(),
              ElementsAre("BEGIN", kSave, "a", kRollbackTo, kRelease, "ROLLBACK"));
}

TEST_F(GroupCommitTest, ALostTransactionFailsTheRunningMutationAndRerunsTheOthers) {
  // "b" fails and the savepoint cannot be rolled back: the transaction is gone, with "a" in it.
  connection_.Fail(kRollbackTo);
  const std::vector<core::Status> results =
      RunQueued({Step("a"), Step("b", /*fails=*/true), Step("c")});
  EXPECT_TRUE(results[0].has_value());
  ASSERT_FALSE(results[1].has_value());
  EXPECT_EQ(results[1].error().message, "b conflicts");
  EXPECT_TRUE(results[2].has_value());
  EXPECT_THAT(log_, ElementsAre("BEGIN", kSave, "a", kRelease, kSave, "b", kRollbackTo, "ROLLBACK",
                                "BEGIN", kSave, "a", kRelease, kSave, "c", kRelease, "COMMIT"));
}

TEST_F(GroupCommitTest, AnExceptionFromAMutationIsItsOwnError) {
  const GroupCommit::Mutation throws = [this]() -> core::Status {
    (void)connection_.Query("t", {});
    throw std::runtime_error("library failure");
  };
  const std::vector<core::Status> results = RunQueued({Step("a"), throws, Step("c")});
  EXPECT_TRUE(results[0].has_value());
  ASSERT_FALSE(results[1].has_value());
  EXPECT_EQ(results[1].error().code, core::ErrorCode::kInternal);
  EXPECT_TRUE(results[2].has_value());
  EXPECT_THAT(log_, ElementsAre("BEGIN", kSave, "a", kRelease, kSave, "t", kRollbackTo, kRelease,
                                kSave, "c", kRelease, "COMMIT"));
}

TEST_F(GroupCommitTest, AFailedBeginFailsTheBatch) {
  connection_.Fail("BEGIN");
  const core::Status result = commit_.Run(Step("a"));
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().message, "injected failure of BEGIN");
  EXPECT_THAT(connection_.TakeLog(), ElementsAre("BEGIN"));
}

TEST_F(GroupCommitTest, BatchesAreBounded) {
  GroupCommit bounded(connection_, connection_mutex_, GroupCommitOptions{.max_batch_size = 2});
  connection_.SetGate(false);
  std::vector<std::thread> threads;
  std::vector<GroupCommit::Mutation> mutations;
  mutations.reserve(5);
  for (int i = 0; i < 5; ++i) {
    mutations.push_back(Step("m" + std::to_string(i)));
  }
  for (std::size_t i = 0; i < mutations.size(); ++i) {
    threads.emplace_back([&, i] { EXPECT_TRUE(bounded.Run(mutations[i]).has_value()); });
    if (i == 0) {
      connection_.WaitForBegin();
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (bounded.stats().waiting < static_cast<std::int64_t>(i) + 1) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  connection_.SetGate(true);
  for (std::thread& thread : threads) {
    thread.join();
  }
  // m0 leads alone (it took its batch before the others queued), then 2 + 2.
  const GroupCommitStats stats = bounded.stats();
  EXPECT_EQ(stats.transactions, 3);
  EXPECT_EQ(stats.mutations, 5);
  EXPECT_EQ(stats.largest_batch, 2);
}

}  // namespace
}  // namespace gongkai::store
