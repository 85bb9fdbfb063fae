// Store contract, continued: two processes writing the same case and drawing tracking numbers at
// the same time lose nothing and leave a verifiable audit chain.
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <numeric>
#include <set>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/store_contract_fixture.h"
#include "store/store_factory.h"

namespace gongkai::store::testing {
namespace {

constexpr int kUpdatesPerWriter = 25;
constexpr int kSequencesPerWriter = 20;

struct WriterReport {
  std::int64_t successes = 0;
  std::int64_t conflicts = 0;
  std::array<std::int64_t, kSequencesPerWriter> sequences{};
};

// Runs in the child: read-modify-write the case until kUpdatesPerWriter updates succeeded,
// retrying on kConflict, interleaved with drawing tracking numbers. Returns the exit code.
int RunWriter(const std::string& url, std::int64_t case_id, int writer, WriterReport& report) {
  core::FakeClock clock(1'700'000'000'000'000 + writer);
  auto store = OpenStore(url, clock);
  if (!store.has_value()) {
    std::fprintf(stderr, "writer %d: %s\n", writer, store.error().message.c_str());
    return 2;
  }
  int drawn = 0;
  while (report.successes < kUpdatesPerWriter) {
    auto current = (*store)->cases().GetCase(case_id);
    if (!current.has_value()) {
      std::fprintf(stderr, "writer %d: %s\n", writer, current.error().message.c_str());
      return 3;
    }
    domain::RequestCase next = *current;
    next.events.push_back(StoreContractTest::Note(
        "writer " + std::to_string(writer) + " #" + std::to_string(report.successes),
        D("2024-02-01")));
    auto updated =
        (*store)->cases().UpdateCase(next, current->version, {"w" + std::to_string(writer)});
    if (updated.has_value()) {
      ++report.successes;
    } else if (updated.error().code == core::ErrorCode::kConflict) {
      ++report.conflicts;
    } else {
      std::fprintf(stderr, "writer %d: %s\n", writer, updated.error().message.c_str());
      return 4;
    }
    if (drawn < kSequencesPerWriter) {
      auto sequence = (*store)->cases().NextTrackingSequence("a", 2024);
      if (!sequence.has_value()) {
        std::fprintf(stderr, "writer %d: %s\n", writer, sequence.error().message.c_str());
        return 5;
      }
      report.sequences[static_cast<std::size_t>(drawn++)] = *sequence;
    }
  }
  return drawn == kSequencesPerWriter ? 0 : 6;
}

TEST_P(StoreContractTest, TwoProcessesWritingOneCaseLoseNoUpdate) {
  AddAgency("a");
  auto created = store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_);
  GK_ASSERT_OK(created);
  const std::int64_t audit_before = AuditHead();

  std::vector<pid_t> children;
  std::vector<int> read_ends;
  for (int writer = 0; writer < 2; ++writer) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      // The child never touches the parent's connections and leaves without destructors.
      close(fds[0]);
      WriterReport report;
      const int code = RunWriter(db_->url(), created->id, writer, report);
      const ssize_t written = write(fds[1], &report, sizeof(report));
      _exit(written == static_cast<ssize_t>(sizeof(report)) ? code : 7);
    }
    close(fds[1]);
    children.push_back(pid);
    read_ends.push_back(fds[0]);
  }
  std::vector<WriterReport> reports(2);
  for (std::size_t i = 0; i < 2; ++i) {
    ASSERT_EQ(read(read_ends[i], &reports[i], sizeof(WriterReport)),
              static_cast<ssize_t>(sizeof(WriterReport)));
    close(read_ends[i]);
    int status = 0;
    ASSERT_EQ(waitpid(children[i], &status, 0), children[i]);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0) << "writer " << i << " failed";
  }

  const std::int64_t successes = reports[0].successes + reports[1].successes;
  auto final_case = store().cases().GetCase(created->id);
  GK_ASSERT_OK(final_case);
  EXPECT_EQ(static_cast<std::int64_t>(final_case->events.size()), 1 + successes);
  EXPECT_EQ(final_case->version, 1 + successes);
  std::set<std::int64_t> sequences;
  for (const WriterReport& report : reports) {
    sequences.insert(report.sequences.begin(), report.sequences.end());
  }
  EXPECT_EQ(sequences.size(), 2u * kSequencesPerWriter);
  EXPECT_EQ(*sequences.begin(), 1);
  EXPECT_EQ(*sequences.rbegin(), 2 * kSequencesPerWriter);
  EXPECT_EQ(AuditHead(), audit_before + successes + 2 * kSequencesPerWriter);
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
  std::printf("[ %s ] %lld updates, %lld + %lld conflicts retried\n",
              BackendName(GetParam()).c_str(), static_cast<long long>(successes),
              static_cast<long long>(reports[0].conflicts),
              static_cast<long long>(reports[1].conflicts));
}

TEST_P(StoreContractTest, CommittedWritesSurviveAKilledProcess) {
  AddAgency("a");
  store_.reset();
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    core::FakeClock clock;
    auto child_store = OpenStore(db_->url(), clock);
    int created = 0;
    for (int i = 0; child_store.has_value() && i < 10; ++i) {
      created +=
          (*child_store)->cases().CreateCase(Draft("a", D("2024-01-10")), {"child"}).has_value()
              ? 1
              : 0;
    }
    // Dies without closing anything, as a crash would.
    if (created == 10) {
      kill(getpid(), SIGKILL);
    }
    _exit(1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child failed before being killed";
  Reopen();
  auto cases = store().cases().ListCases({});
  GK_ASSERT_OK(cases);
  EXPECT_EQ(cases->size(), 10u);
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
}

TEST_P(StoreContractTest, OneStoreServesSeveralThreads) {
  AddAgency("a");
  constexpr int kThreads = 4;
  constexpr int kUpdates = 10;
  std::vector<std::int64_t> ids;
  for (int i = 0; i < kThreads; ++i) {
    auto created = store().cases().CreateCase(Draft("a", D("2024-01-10")), actor_);
    GK_ASSERT_OK(created);
    ids.push_back(created->id);
  }
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kUpdates; ++i) {
        auto current = store().cases().GetCase(ids[static_cast<std::size_t>(t)]);
        if (!current.has_value()) {
          ++failures;
          continue;
        }
        domain::RequestCase next = *current;
        next.events.push_back(Note("线程", D("2024-01-11")));
        if (!store().cases().UpdateCase(next, current->version, actor_).has_value()) {
          ++failures;
        }
      }
    });
  }
  for (std::thread& thread : threads) {
    thread.join();
  }
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(CountRows("case_events"), kThreads * (1 + kUpdates));
  GK_ASSERT_OK(store().audit_log().VerifyAuditLog());
}

}  // namespace
}  // namespace gongkai::store::testing
