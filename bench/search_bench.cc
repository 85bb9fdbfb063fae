// Search benchmark (docs/PERFORMANCE.md "Search"): indexing throughput, query latency p50/p99 on
// one core and index size per document for gongkai's index, beside SQLite FTS5 trigram in the
// same run, on the generated corpus (search/corpus_generator.h) and its judged queries.
//
//   search_bench [--documents N] [--repeat R] [--no-fts5] [--fts5-db PATH] [--slowest]
//
// Times are CPU time of the benchmark thread (CLOCK_THREAD_CPUTIME_ID), so that other work on a
// shared machine does not inflate them; wall time is printed beside the indexing figures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <time.h>

#include "search/corpus_generator.h"
#include "search/memory_index.h"
#include "search/ranking_engines.h"
#include "search/searcher.h"

namespace {

using gongkai::search::CorpusOptions;
using gongkai::search::GenerateRelevanceSet;

double ThreadSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Latency {
  double p50_ms = 0;
  double p99_ms = 0;
  double mean_ms = 0;
};

Latency Percentiles(std::vector<double> seconds) {
  std::sort(seconds.begin(), seconds.end());
  Latency latency;
  if (seconds.empty()) {
    return latency;
  }
  const auto at = [&](double q) {
    return seconds[std::min(seconds.size() - 1, static_cast<size_t>(q * seconds.size()))] * 1e3;
  };
  latency.p50_ms = at(0.50);
  latency.p99_ms = at(0.99);
  double sum = 0;
  for (const double s : seconds) {
    sum += s;
  }
  latency.mean_ms = sum / static_cast<double>(seconds.size()) * 1e3;
  return latency;
}

void PrintRow(const char* engine, double docs_per_s, double wall_s, double bytes_per_doc,
              const Latency& latency) {
  std::printf("%-14s %12.0f %9.1f %12.0f %9.3f %9.3f %9.3f\n", engine, docs_per_s, wall_s,
              bytes_per_doc, latency.p50_ms, latency.p99_ms, latency.mean_ms);
}

}  // namespace

int main(int argc, char** argv) {
  size_t documents = 100000;
  int repeat = 3;
  bool fts5 = true;
  bool slowest = false;
  std::string fts5_db = "/tmp/gongkai_search_bench_fts5.db";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--documents" && i + 1 < argc) {
      documents = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (arg == "--slowest") {
      slowest = true;
    } else if (arg == "--no-fts5") {
      fts5 = false;
    } else if (arg == "--fts5-db" && i + 1 < argc) {
      fts5_db = argv[++i];
    } else {
      std::fprintf(stderr, "usage: search_bench [--documents N] [--repeat R] [--no-fts5]\n");
      return 64;
    }
  }
  auto set = GenerateRelevanceSet(CorpusOptions{.documents = documents});
  std::printf("%zu documents, %zu queries x %d\n", set.documents.size(), set.queries.size(),
              repeat);
  std::printf("%-14s %12s %9s %12s %9s %9s %9s\n", "engine", "index doc/s", "wall s", "bytes/doc",
              "p50 ms", "p99 ms", "mean ms");

  auto index = gongkai::search::MemoryIndex::Create();
  auto searcher = gongkai::search::Searcher::Create();
  if (!index.has_value() || !searcher.has_value()) {
    std::fprintf(stderr, "ICU data missing\n");
    return 1;
  }
  const double cpu0 = ThreadSeconds();
  const double wall0 = WallSeconds();
  for (const auto& document : set.documents) {
    if (!index->Add(document).has_value()) {
      return 1;
    }
  }
  const double index_cpu = ThreadSeconds() - cpu0;
  const double index_wall = WallSeconds() - wall0;
  std::vector<double> times;
  for (int r = 0; r < repeat; ++r) {
    for (const auto& query : set.queries) {
      gongkai::search::SearchRequest request;
      request.query = query.q;
      request.limit = 10;
      const double start = ThreadSeconds();
      const auto result = searcher->Search(*index, request);
      times.push_back(ThreadSeconds() - start);
      if (!result.has_value()) {
        return 1;
      }
    }
  }
  if (slowest) {
    std::vector<std::pair<double, std::string>> by_query;
    for (size_t i = 0; i < set.queries.size(); ++i) {
      by_query.emplace_back(times[i], set.queries[i].q);
    }
    std::sort(by_query.rbegin(), by_query.rend());
    for (size_t i = 0; i < std::min<size_t>(8, by_query.size()); ++i) {
      std::printf("  slow: %.3f ms  %s\n", by_query[i].first * 1e3, by_query[i].second.c_str());
    }
  }
  PrintRow("gongkai", static_cast<double>(documents) / index_cpu, index_wall,
           static_cast<double>(index->PostingBytes()) / static_cast<double>(documents),
           Percentiles(times));

  if (fts5) {
    const double fcpu0 = ThreadSeconds();
    const double fwall0 = WallSeconds();
    auto engine = gongkai::search::MakeFts5TrigramEngine(set.documents, fts5_db);
    if (!engine.has_value()) {
      std::fprintf(stderr, "%s\n", engine.error().message.c_str());
      return 1;
    }
    const double fts_cpu = ThreadSeconds() - fcpu0;
    const double fts_wall = WallSeconds() - fwall0;
    std::vector<double> fts_times;
    for (int r = 0; r < repeat; ++r) {
      for (const auto& query : set.queries) {
        const double start = ThreadSeconds();
        const auto ranking = (*engine)->Rank(query.q, 10);
        fts_times.push_back(ThreadSeconds() - start);
        if (!ranking.has_value()) {
          return 1;
        }
      }
    }
    // The file holds the stored text as well as the trigram index (FTS5 keeps both).
    const double file_bytes = static_cast<double>(std::filesystem::file_size(fts5_db));
    PrintRow("fts5-trigram", static_cast<double>(documents) / fts_cpu, fts_wall,
             file_bytes / static_cast<double>(documents), Percentiles(fts_times));
    engine->reset();
    std::filesystem::remove(fts5_db);
  }
  return 0;
}
