// Storage benchmarks: durable case transitions per second on SQLite and PostgreSQL beside the
// disk's raw fsync rate, and CountForReport over 1,000,000 generated cases on SQLite.
//   build/bench/store_bench                       (PostgreSQL: set GONGKAI_TEST_PG_DSN)
// Files go to a fresh folder under $GONGKAI_BENCH_DIR (default: the current directory), so the
// fsync loop and the databases share one disk.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "core/system_clock.h"
#include "domain/report_taxonomy.h"
#include "store/postgres/pg_connection.h"
#include "store/sql/sql_store.h"
#include "store/sqlite/sqlite_connection.h"

namespace gongkai::store {
namespace {

constexpr int kCasesInRotation = 500;
constexpr int kMillion = 1'000'000;

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
  static const std::vector<domain::RequestRow> kOutcomes = [] {
    std::vector<domain::RequestRow> rows;
    for (int i = 0; i < domain::kRequestRowCount; ++i) {
      if (domain::RowInfo(static_cast<domain::RequestRow>(i)).is_outcome) {
        rows.push_back(static_cast<domain::RequestRow>(i));
      }
    }
    return rows;
  }();
  const core::Date received = core::Date::FromDayNumber(
      core::Date::FromYmd(2019, 1, 1)->day_number() + static_cast<std::int64_t>(random() % 2190));
  domain::RequestCase c;
  c.agency_id = agency_id;
  c.applicant = {static_cast<int>(random() % 6), "张三", "110101199001011234", "13800000000"};
  c.information_requested = "某年度财政预算执行情况";
  c.submitted_on = received;
  c.received_on = received;
  domain::CaseEvent event;
  event.type = domain::EventType::kReceived;
  event.date = received;
  event.actor = "bench";
  c.events.push_back(event);
  if (random() % 10 < 8) {
    c.closed_on = received.AddDays(static_cast<std::int64_t>(random() % 60));
    c.outcome = kOutcomes[random() % kOutcomes.size()];
    c.state = domain::CaseState::kReplied;
  }
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
    domain::CaseEvent note;
    note.type = domain::EventType::kNote;
    note.date = *c.received_on;
    note.actor = "bench";
    note.note = "催办";
    c.events.push_back(note);
    auto updated = store.cases().UpdateCase(c, c.version, actor);
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

void BM_SqliteCaseTransition(benchmark::State& state) {
  const std::filesystem::path dir = BenchDir();
  core::SystemClock clock;
  {
    auto connection = sqlite::SqliteConnection::Open((dir / "bench.db").string(), {});
    auto store = connection.has_value()
                     ? SqlStore::Open(std::move(*connection), clock, SqliteMigrations())
                     : core::Result<std::unique_ptr<SqlStore>>(connection.error());
    if (!store.has_value()) {
      state.SkipWithError(store.error().message.c_str());
    } else {
      RunTransitions(state, **store);
    }
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SqliteCaseTransition)->UseRealTime()->MinTime(3.0)->Unit(benchmark::kMicrosecond);

void BM_PostgresCaseTransition(benchmark::State& state) {
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
  core::SystemClock clock;
  {
    const std::string url = std::string(dsn) +
                            (std::string(dsn).find('?') == std::string::npos ? "?" : "&") +
                            "options=-csearch_path%3D" + schema;
    auto connection = postgres::PgConnection::Open(url);
    auto store = connection.has_value()
                     ? SqlStore::Open(std::move(*connection), clock, PostgresMigrations())
                     : core::Result<std::unique_ptr<SqlStore>>(connection.error());
    if (!store.has_value()) {
      state.SkipWithError(store.error().message.c_str());
    } else {
      RunTransitions(state, **store);
    }
  }
  (void)(*admin)->ExecuteScript("DROP SCHEMA " + schema + " CASCADE");
}
BENCHMARK(BM_PostgresCaseTransition)->UseRealTime()->MinTime(3.0)->Unit(benchmark::kMicrosecond);

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
