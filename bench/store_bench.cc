// Storage benchmarks: durable case transitions per second on SQLite and PostgreSQL beside the
// disk's raw fsync rate, from one writer and from many concurrent writers (group commit), and
// CountForReport over 1,000,000 generated cases on SQLite.
//   build/bench/store_bench                       (PostgreSQL: set GONGKAI_TEST_PG_DSN)
// Files go to a fresh folder under $GONGKAI_BENCH_DIR (default: the current directory), so the
// fsync loop and the databases share one disk.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <random>
#include <thread>

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench/random_case.h"
#include "core/system_clock.h"
#include "domain/report_taxonomy.h"
#include "store/postgres/pg_connection.h"
#include "store/sql/group_commit.h"
#include "store/sql/sql_store.h"
#include "store/sqlite/sqlite_connection.h"

namespace gongkai::store {
namespace {

constexpr int kCasesInRotation = 500;
constexpr int kCasesPerClient = 8;
constexpr double kConcurrentRunSeconds = 5.0;
constexpr double kFsyncProbeSeconds = 2.0;
constexpr int kMillion = 1'000'000;

using Clock = std::chrono::steady_clock;

std::filesystem::path BenchDir() {
  const char* base = std::getenv("GONGKAI_BENCH_DIR");
  std::filesystem::path dir = std::filesystem::path(base != nullptr ? base : ".") /
                              ("gongkai_store_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

void ReportPeakMemory(benchmark::State& state) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

domain::RequestCase MakeCase(std::mt19937& random, const std::string& agency_id) {
  return bench::RandomCase(random, agency_id);
}

// `c` plus one note event: what one transition submits.
domain::RequestCase WithNote(domain::RequestCase c) {
  domain::CaseEvent note;
  note.type = domain::EventType::kNote;
  note.date = *c.received_on;
  note.actor = "bench";
  note.note = "催办";
  c.events.push_back(note);
  return c;
}

// Appends one note event per iteration to cases in rotation: one durable, audited transaction.
void RunTransitions(benchmark::State& state, SqlStore& store) {
  const domain::Actor actor{"bench"};
  if (!store.agencies().PutAgency({"bench", "基准测试机构", std::nullopt}, actor).has_value()) {
    state.SkipWithError("cannot create the agency");
    return;
  }
  std::mt19937 random(7);
  std::vector<domain::RequestCase> cases;
  for (int i = 0; i < kCasesInRotation; ++i) {
    auto created = store.cases().CreateCase(MakeCase(random, "bench"), actor);
    if (!created.has_value()) {
      state.SkipWithError(created.error().message.c_str());
      return;
    }
    cases.push_back(*created);
  }
  std::size_t next = 0;
  for (auto _ : state) {
    domain::RequestCase& c = cases[next++ % cases.size()];
    auto updated = store.cases().UpdateCase(WithNote(c), c.version, actor);
    if (!updated.has_value()) {
      state.SkipWithError(updated.error().message.c_str());
      return;
    }
    c = std::move(*updated);
  }
  state.counters["transitions_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  ReportPeakMemory(state);
}

// The disk's raw durable-write rate in `dir`: `write` of 512 bytes + `fdatasync` repeated for
// `seconds`. nullopt when the file cannot be written.
std::optional<double> MeasureFsyncRate(const std::filesystem::path& dir, double seconds) {
  const std::string path = (dir / "fsync_probe.bin").string();
  const int fd = open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0600);
  if (fd < 0) {
    return std::nullopt;
  }
  const std::string block(512, 'x');
  const auto start = Clock::now();
  std::int64_t syncs = 0;
  double elapsed = 0;
  bool ok = true;
  while (ok && elapsed < seconds) {
    ok = write(fd, block.data(), block.size()) == static_cast<ssize_t>(block.size()) &&
         fdatasync(fd) == 0;
    ++syncs;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  close(fd);
  std::filesystem::remove(path);
  return ok ? std::optional<double>(static_cast<double>(syncs) / elapsed) : std::nullopt;
}

// kCasesPerClient cases per client in one bulk transaction, read back with their ids.
core::Result<std::vector<domain::RequestCase>> LoadClientCases(SqlStore& store, int clients) {
  GONGKAI_TRY(store.agencies().PutAgency({"bench", "基准测试机构", std::nullopt}, {"bench"}));
  const int count = clients * kCasesPerClient;
  std::mt19937 random(7);
  std::vector<domain::RequestCase> drafts;
  drafts.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    drafts.push_back(MakeCase(random, "bench"));
  }
  GONGKAI_TRY(store.ForTestingCases().ForTestingBulkInsert(drafts));
  domain::CaseFilter filter;
  filter.limit = count;
  return store.cases().ListCases(filter);
}

struct ClientTally {
  std::int64_t transitions = 0;
  std::vector<double> latencies_ms;
  std::string error;
};

// One client thread: durable transitions on its own cases in rotation until `deadline`.
void RunClient(SqlStore& store, std::vector<domain::RequestCase> cases, Clock::time_point deadline,
               ClientTally& tally) {
  const domain::Actor actor{"bench"};
  for (std::size_t next = 0; Clock::now() < deadline; ++next) {
    domain::RequestCase& c = cases[next % cases.size()];
    const auto start = Clock::now();
    auto updated = store.cases().UpdateCase(WithNote(c), c.version, actor);
    if (!updated.has_value()) {
      tally.error = updated.error().message;
      return;
    }
    tally.latencies_ms.push_back(
        std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    ++tally.transitions;
    c = std::move(*updated);
  }
}

double Percentile(std::vector<double>& values, double fraction) {
  if (values.empty()) {
    return 0;
  }
  const auto index = std::min(
      values.size() - 1, static_cast<std::size_t>(fraction * static_cast<double>(values.size())));
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index),
                   values.end());
  return values[index];
}

// Reports transitions/s from state.range(0) concurrent clients beside the fsync rate measured
// just before in the same folder, their ratio, the mean batch per commit and call latencies.
void RunConcurrentTransitions(benchmark::State& state, SqlStore& store,
                              const std::filesystem::path& dir) {
  const int clients = static_cast<int>(state.range(0));
  auto cases = LoadClientCases(store, clients);
  if (!cases.has_value()) {
    state.SkipWithError(cases.error().message.c_str());
    return;
  }
  const std::optional<double> fsync_rate = MeasureFsyncRate(dir, kFsyncProbeSeconds);
  if (!fsync_rate.has_value()) {
    state.SkipWithError("cannot measure the fsync rate");
    return;
  }
  const GroupCommitStats before = store.commit_stats();
  std::vector<ClientTally> tallies(static_cast<std::size_t>(clients));
  double seconds = 0;
  for (auto _ : state) {
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(kConcurrentRunSeconds));
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < tallies.size(); ++i) {
      const auto first = cases->begin() + static_cast<std::ptrdiff_t>(i * kCasesPerClient);
      threads.emplace_back(RunClient, std::ref(store),
                           std::vector<domain::RequestCase>(first, first + kCasesPerClient),
                           deadline, std::ref(tallies[i]));
    }
    for (std::thread& thread : threads) {
      thread.join();
    }
    seconds = std::chrono::duration<double>(Clock::now() - start).count();
  }
  std::int64_t transitions = 0;
  std::vector<double> latencies;
  for (const ClientTally& tally : tallies) {
    if (!tally.error.empty()) {
      state.SkipWithError(tally.error.c_str());
      return;
    }
    transitions += tally.transitions;
    latencies.insert(latencies.end(), tally.latencies_ms.begin(), tally.latencies_ms.end());
  }
  const GroupCommitStats after = store.commit_stats();
  const double rate = static_cast<double>(transitions) / seconds;
  state.counters["transitions_per_s"] = rate;
  state.counters["fsync_per_s"] = *fsync_rate;
  state.counters["x_fsync"] = rate / *fsync_rate;
  state.counters["per_commit"] =
      static_cast<double>(after.mutations - before.mutations) /
      static_cast<double>(std::max<std::int64_t>(1, after.transactions - before.transactions));
  state.counters["p50_ms"] = Percentile(latencies, 0.5);
  state.counters["p99_ms"] = Percentile(latencies, 0.99);
  ReportPeakMemory(state);
}

void BM_RawFsync(benchmark::State& state) {
  const std::filesystem::path dir = BenchDir();
  const std::string path = (dir / "fsync.bin").string();
  const int fd = open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0600);
  if (fd < 0) {
    state.SkipWithError("cannot create the fsync file");
    return;
  }
  const std::string block(512, 'x');
  for (auto _ : state) {
    if (write(fd, block.data(), block.size()) != static_cast<ssize_t>(block.size()) ||
        fdatasync(fd) != 0) {
      state.SkipWithError("write or fdatasync failed");
      break;
    }
  }
  close(fd);
  std::filesystem::remove_all(dir);
  state.counters["fsyncs_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RawFsync)->UseRealTime()->MinTime(3.0)->Unit(benchmark::kMicrosecond);

using StoreRun = std::function<void(SqlStore& store, const std::filesystem::path& dir)>;

// Runs `run` on a fresh SQLite store in a fresh folder `dir` (removed afterwards), or marks
// `state` as skipped.
void WithSqliteStore(benchmark::State& state, const SqlStoreOptions& options, const StoreRun& run) {
  const std::filesystem::path dir = BenchDir();
  core::SystemClock clock;
  {
    auto connection = sqlite::SqliteConnection::Open((dir / "bench.db").string(), {});
    auto store = connection.has_value()
                     ? SqlStore::Open(std::move(*connection), clock, SqliteMigrations(), options)
                     : core::Result<std::unique_ptr<SqlStore>>(connection.error());
    if (!store.has_value()) {
      state.SkipWithError(store.error().message.c_str());
    } else {
      run(**store, dir);
    }
  }
  std::filesystem::remove_all(dir);
}

// Runs `run` on a store in a fresh schema of the GONGKAI_TEST_PG_DSN database (dropped
// afterwards); `dir` is a fresh local folder for the fsync probe. Skips without a DSN.
void WithPostgresStore(benchmark::State& state, const SqlStoreOptions& options,
                       const StoreRun& run) {
  const char* dsn = std::getenv("GONGKAI_TEST_PG_DSN");
  if (dsn == nullptr || *dsn == '\0') {
    state.SkipWithError("GONGKAI_TEST_PG_DSN is not set");
    return;
  }
  const std::string schema = "gk_bench_" + std::to_string(getpid());
  auto admin = postgres::PgConnection::Open(dsn);
  if (!admin.has_value() || !(*admin)->ExecuteScript("CREATE SCHEMA " + schema).has_value()) {
    state.SkipWithError("cannot create the benchmark schema");
    return;
  }
  const std::filesystem::path dir = BenchDir();
  core::SystemClock clock;
  {
    const std::string url = std::string(dsn) +
                            (std::string(dsn).find('?') == std::string::npos ? "?" : "&") +
                            "options=-csearch_path%3D" + schema;
    auto connection = postgres::PgConnection::Open(url);
    auto store = connection.has_value()
                     ? SqlStore::Open(std::move(*connection), clock, PostgresMigrations(), options)
                     : core::Result<std::unique_ptr<SqlStore>>(connection.error());
    if (!store.has_value()) {
      state.SkipWithError(store.error().message.c_str());
    } else {
      run(**store, dir);
    }
  }
  (void)(*admin)->ExecuteScript("DROP SCHEMA " + schema + " CASCADE");
  std::filesystem::remove_all(dir);
}

void BM_SqliteCaseTransition(benchmark::State& state) {
  WithSqliteStore(state, {}, [&](SqlStore& store, const std::filesystem::path&) {
    RunTransitions(state, store);
  });
}
BENCHMARK(BM_SqliteCaseTransition)->UseRealTime()->MinTime(3.0)->Unit(benchmark::kMicrosecond);

void BM_PostgresCaseTransition(benchmark::State& state) {
  WithPostgresStore(state, {}, [&](SqlStore& store, const std::filesystem::path&) {
    RunTransitions(state, store);
  });
}
BENCHMARK(BM_PostgresCaseTransition)->UseRealTime()->MinTime(3.0)->Unit(benchmark::kMicrosecond);

// Concurrent writers: range(0) client threads share one store (as the web server's threads do),
// each appending notes to its own kCasesPerClient cases in rotation for kConcurrentRunSeconds;
// one iteration is the whole run. range(1) is GroupCommitOptions::max_batch_size (1 = off).
void BM_SqliteConcurrentTransitions(benchmark::State& state) {
  SqlStoreOptions options;
  options.group_commit.max_batch_size = static_cast<std::size_t>(state.range(1));
  WithSqliteStore(state, options, [&](SqlStore& store, const std::filesystem::path& dir) {
    RunConcurrentTransitions(state, store, dir);
  });
}

void BM_PostgresConcurrentTransitions(benchmark::State& state) {
  SqlStoreOptions options;
  options.group_commit.max_batch_size = static_cast<std::size_t>(state.range(1));
  WithPostgresStore(state, options, [&](SqlStore& store, const std::filesystem::path& dir) {
    RunConcurrentTransitions(state, store, dir);
  });
}

void ConcurrentArgs(benchmark::internal::Benchmark* benchmark) {
  benchmark->ArgNames({"clients", "max_batch"});
  for (const int clients : {1, 8, 32, 64}) {
    benchmark->Args({clients, 256});
  }
  benchmark->Args({32, 1});  // group commit off: one transaction per mutation
  benchmark->Iterations(1)->UseRealTime()->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
}
BENCHMARK(BM_SqliteConcurrentTransitions)->Apply(ConcurrentArgs);
BENCHMARK(BM_PostgresConcurrentTransitions)->Apply(ConcurrentArgs);

// Loads a million cases over 20 agencies (in chunks of 50,000 per transaction), then times
// CountForReport for one year over all of them.
void BM_SqliteCountForReportMillion(benchmark::State& state) {
  const std::filesystem::path dir = BenchDir();
  core::SystemClock clock;
  {
    auto connection = sqlite::SqliteConnection::Open((dir / "million.db").string(), {});
    auto opened = connection.has_value()
                      ? SqlStore::Open(std::move(*connection), clock, SqliteMigrations())
                      : core::Result<std::unique_ptr<SqlStore>>(connection.error());
    if (!opened.has_value()) {
      state.SkipWithError(opened.error().message.c_str());
      std::filesystem::remove_all(dir);
      return;
    }
    SqlStore& store = **opened;
    std::vector<std::string> agencies;
    for (int i = 0; i < 20; ++i) {
      agencies.push_back("agency-" + std::to_string(i));
      (void)store.agencies().PutAgency({agencies.back(), "机构", std::nullopt}, {"bench"});
    }
    std::mt19937 random(11);
    const auto load_start = std::chrono::steady_clock::now();
    for (int loaded = 0; loaded < kMillion; loaded += 50'000) {
      std::vector<domain::RequestCase> chunk;
      chunk.reserve(50'000);
      for (int i = 0; i < 50'000; ++i) {
        chunk.push_back(MakeCase(random, agencies[random() % agencies.size()]));
      }
      if (!store.ForTestingCases().ForTestingBulkInsert(chunk).has_value()) {
        state.SkipWithError("bulk insert failed");
        break;
      }
    }
    const double load_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
    std::int64_t counted = 0;
    for (auto _ : state) {
      auto counts = store.cases().CountForReport(agencies, 2023);
      if (!counts.has_value()) {
        state.SkipWithError(counts.error().message.c_str());
        break;
      }
      counted = counts->cells[0][0];
      benchmark::DoNotOptimize(counts);
    }
    state.counters["load_s"] = load_seconds;
    state.counters["newly_received_natural_persons"] = static_cast<double>(counted);
    ReportPeakMemory(state);
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SqliteCountForReportMillion)
    ->UseRealTime()
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace gongkai::store

BENCHMARK_MAIN();
