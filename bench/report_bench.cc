// Annual-report benchmarks over 1,000,000 cases on SQLite (docs/PERFORMANCE.md "Report
// generation"): BuildAnnualReport for a 全系统 report of 20 agencies (section 三 of the year and
// of the year before for the cross-year checks, section 四 from the register, section 二, every
// check), the same for one agency, the explain listing of one cell, and the renderers.
//   build/bench/report_bench          (files under $GONGKAI_BENCH_DIR, default: current folder)
// The million cases are loaded once through the store's bulk path and shared by the benchmarks.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>

#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench/random_case.h"
#include "core/system_clock.h"
#include "report/cell_explanation.h"
#include "report/report_builder.h"
#include "report/report_html.h"
#include "report/report_xlsx.h"
#include "store/sql/sql_store.h"
#include "store/sqlite/sqlite_connection.h"

namespace gongkai::report {
namespace {

constexpr int kMillion = 1'000'000;
constexpr int kChunk = 50'000;
constexpr int kAgencies = 20;  // the bureau and 19 agencies below it
constexpr int kReviews = 300;
constexpr int kYear = 2023;

struct MillionCases {
  std::filesystem::path dir;
  core::SystemClock clock;
  std::unique_ptr<store::SqlStore> store;
  double load_seconds = 0;
  std::string error;  // set when loading failed
  bool attempted = false;
};

domain::RequestCase MakeCase(std::mt19937& random, const std::string& agency_id, int serial) {
  domain::RequestCase c = bench::RandomCase(random, agency_id);
  c.tracking_number =
      agency_id + "-" + std::to_string(c.received_on->year()) + "-" + std::to_string(serial);
  return c;
}

core::Status LoadInputs(store::SqlStore& store, std::mt19937& random) {
  const domain::Actor actor{"bench"};
  for (int i = 0; i < kAgencies; ++i) {
    const std::string id = i == 0 ? "bureau" : "branch-" + std::to_string(i);
    GONGKAI_TRY(
        store.agencies().PutAgency({id, "机构" + std::to_string(i),
                                    i == 0 ? std::nullopt : std::optional<std::string>("bureau")},
                                   actor));
    for (int year : {kYear - 1, kYear}) {
      domain::ProactiveFigures figures;
      figures.agency_id = id;
      figures.year = year;
      figures.licensing_decisions = static_cast<std::int64_t>(random() % 50000);
      figures.fees_wan_yuan = static_cast<double>(random() % 100000) / 10000.0;
      GONGKAI_TRY(store.annual_inputs().PutProactiveFigures(figures, actor));
    }
  }
  for (int i = 0; i < kReviews; ++i) {
    domain::ReviewCase review;
    review.agency_id = i % kAgencies == 0 ? "bureau" : "branch-" + std::to_string(i % kAgencies);
    review.kind = static_cast<domain::ReviewKind>(i % 3);
    review.reference = "复〔" + std::to_string(i) + "〕";
    review.filed_on = *core::Date::FromYmd(2021 + i % 3, 1 + i % 12, 1 + i % 28);
    if (i % 4 != 0) {
      review.result = static_cast<domain::ReviewResult>(1 + i % 3);
      review.decided_on = review.filed_on.AddDays(60);
    }
    GONGKAI_TRY(store.reviews().CreateReview(review, actor));
  }
  return core::Ok();
}

// Opens a fresh database and loads the inputs and the million cases into `m`.
void Load(MillionCases& m) {
  const char* base = std::getenv("GONGKAI_BENCH_DIR");
  m.dir = std::filesystem::path(base != nullptr ? base : ".") /
          ("gongkai_report_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(m.dir);
  auto connection = store::sqlite::SqliteConnection::Open((m.dir / "million.db").string(), {});
  auto opened =
      connection.has_value()
          ? store::SqlStore::Open(std::move(*connection), m.clock, store::SqliteMigrations())
          : core::Result<std::unique_ptr<store::SqlStore>>(connection.error());
  if (!opened.has_value()) {
    m.error = opened.error().message;
    return;
  }
  m.store = std::move(*opened);
  std::mt19937 random(17);
  const auto start = std::chrono::steady_clock::now();
  if (const core::Status inputs = LoadInputs(*m.store, random); !inputs.has_value()) {
    m.error = inputs.error().message;
    return;
  }
  for (int loaded = 0; loaded < kMillion; loaded += kChunk) {
    std::vector<domain::RequestCase> chunk;
    chunk.reserve(kChunk);
    for (int i = 0; i < kChunk; ++i) {
      const int agency = static_cast<int>(random() % kAgencies);
      chunk.push_back(MakeCase(random, agency == 0 ? "bureau" : "branch-" + std::to_string(agency),
                               loaded + i));
    }
    if (const core::Status status = m.store->ForTestingCases().ForTestingBulkInsert(chunk);
        !status.has_value()) {
      m.error = status.error().message;
      return;
    }
  }
  m.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The data set of this process: created on first use (the store borrows the clock inside it,
// so it never moves).
MillionCases& Slot() {
  static MillionCases data;
  return data;
}

MillionCases& Data() {
  MillionCases& data = Slot();
  if (!data.attempted) {
    data.attempted = true;
    Load(data);
  }
  return data;
}

void PeakMemory(benchmark::State& state) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

bool Ready(benchmark::State& state) {
  if (!Data().error.empty()) {
    state.SkipWithError(Data().error.c_str());
    return false;
  }
  return true;
}

void BuildReport(benchmark::State& state, const std::string& agency, Scope scope) {
  if (!Ready(state)) {
    return;
  }
  std::int64_t received = 0;
  for (auto _ : state) {
    auto report = BuildAnnualReport(*Data().store, agency, kYear, scope);
    if (!report.has_value()) {
      state.SkipWithError(report.error().message.c_str());
      return;
    }
    received = report->row(domain::RequestRow::kNewlyReceived)[domain::kTotalColumn].value_or(0);
    benchmark::DoNotOptimize(report);
  }
  state.counters["newly_received"] = static_cast<double>(received);
  state.counters["load_s"] = Data().load_seconds;
  PeakMemory(state);
}

void BM_BuildSystemReportMillion(benchmark::State& state) {
  BuildReport(state, "bureau", Scope::kAgencyAndBelow);
}
BENCHMARK(BM_BuildSystemReportMillion)->UseRealTime()->Iterations(5)->Unit(benchmark::kMillisecond);

void BM_BuildAgencyReportMillion(benchmark::State& state) {
  BuildReport(state, "branch-7", Scope::kAgencyOnly);
}
BENCHMARK(BM_BuildAgencyReportMillion)->UseRealTime()->Iterations(5)->Unit(benchmark::kMillisecond);

// The store's share of the 全系统 report: one CountForReport over the 20 agencies (the report
// runs it for the year and for the year before).
void BM_CountForReportMillion(benchmark::State& state) {
  if (!Ready(state)) {
    return;
  }
  std::vector<std::string> agencies{"bureau"};
  for (int i = 1; i < kAgencies; ++i) {
    agencies.push_back("branch-" + std::to_string(i));
  }
  for (auto _ : state) {
    auto counts = Data().store->cases().CountForReport(agencies, kYear);
    if (!counts.has_value()) {
      state.SkipWithError(counts.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(counts);
  }
}
BENCHMARK(BM_CountForReportMillion)->UseRealTime()->Iterations(5)->Unit(benchmark::kMillisecond);

void BM_ExplainCellMillion(benchmark::State& state) {
  if (!Ready(state)) {
    return;
  }
  std::size_t listed = 0;
  for (auto _ : state) {
    auto explanation =
        Explain(*Data().store, "bureau", kYear, Scope::kAgencyAndBelow, "三.不予公开.5.自然人");
    if (!explanation.has_value()) {
      state.SkipWithError(explanation.error().message.c_str());
      return;
    }
    listed = explanation->cases.size();
  }
  state.counters["cases_listed"] = static_cast<double>(listed);
}
BENCHMARK(BM_ExplainCellMillion)->UseRealTime()->Iterations(5)->Unit(benchmark::kMillisecond);

void BM_RenderHtmlAndXlsx(benchmark::State& state) {
  if (!Ready(state)) {
    return;
  }
  auto report = BuildAnnualReport(*Data().store, "bureau", kYear, Scope::kAgencyAndBelow);
  if (!report.has_value()) {
    state.SkipWithError(report.error().message.c_str());
    return;
  }
  const std::string xlsx = (Data().dir / "report.xlsx").string();
  for (auto _ : state) {
    benchmark::DoNotOptimize(RenderHtml(*report, {}));
    if (!WriteXlsx(*report, xlsx).has_value()) {
      state.SkipWithError("WriteXlsx failed");
      return;
    }
  }
}
BENCHMARK(BM_RenderHtmlAndXlsx)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace gongkai::report

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  // The million-case database is large: remove it if a benchmark created it.
  auto& data = gongkai::report::Slot();
  if (data.attempted) {
    data.store.reset();
    std::filesystem::remove_all(data.dir);
  }
  return 0;
}
