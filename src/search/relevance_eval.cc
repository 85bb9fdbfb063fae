#include "search/relevance_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_set>

namespace gongkai::search {
namespace {

constexpr size_t kDepth = 50;

void AddInto(Metrics& sum, const Metrics& one) {
  sum.precision_at_10 += one.precision_at_10;
  sum.recall_at_50 += one.recall_at_50;
  sum.reciprocal_rank += one.reciprocal_rank;
  sum.ndcg_at_10 += one.ndcg_at_10;
  sum.queries += one.queries;
  sum.without_results += one.without_results;
}

Metrics Averaged(Metrics sum) {
  if (sum.queries == 0) {
    return sum;
  }
  const auto count = static_cast<double>(sum.queries);
  sum.precision_at_10 /= count;
  sum.recall_at_50 /= count;
  sum.reciprocal_rank /= count;
  sum.ndcg_at_10 /= count;
  return sum;
}

std::string Row(const std::string& engine, const Metrics& metrics) {
  char line[160];
  std::snprintf(line, sizeof line, "  %-14s %6.3f %9.3f %6.3f %8.3f %6zu %6zu\n", engine.c_str(),
                metrics.precision_at_10, metrics.recall_at_50, metrics.reciprocal_rank,
                metrics.ndcg_at_10, metrics.queries, metrics.without_results);
  return line;
}

}  // namespace

Metrics ScoreRanking(const std::vector<std::string>& ranking,
                     const std::vector<std::string>& relevant) {
  const std::unordered_set<std::string> wanted(relevant.begin(), relevant.end());
  Metrics metrics;
  metrics.queries = 1;
  metrics.without_results = ranking.empty() ? 1 : 0;
  size_t found_10 = 0;
  size_t found_50 = 0;
  double dcg = 0;
  for (size_t i = 0; i < ranking.size() && i < kDepth; ++i) {
    if (wanted.count(ranking[i]) == 0) {
      continue;
    }
    found_50 += 1;
    if (metrics.reciprocal_rank == 0) {
      metrics.reciprocal_rank = 1.0 / static_cast<double>(i + 1);
    }
    if (i < 10) {
      found_10 += 1;
      dcg += 1 / std::log2(static_cast<double>(i) + 2);
    }
  }
  double ideal = 0;
  for (size_t i = 0; i < std::min<size_t>(10, wanted.size()); ++i) {
    ideal += 1 / std::log2(static_cast<double>(i) + 2);
  }
  metrics.precision_at_10 = static_cast<double>(found_10) / 10;
  metrics.recall_at_50 =
      wanted.empty() ? 0 : static_cast<double>(found_50) / std::min(wanted.size(), kDepth);
  metrics.ndcg_at_10 = ideal > 0 ? dcg / ideal : 0;
  return metrics;
}

core::Result<std::vector<EngineReport>> Evaluate(const std::vector<JudgedQuery>& queries,
                                                 const std::vector<RankingEngine*>& engines) {
  std::vector<EngineReport> reports;
  for (RankingEngine* engine : engines) {
    EngineReport report;
    report.engine = std::string(engine->name());
    for (const JudgedQuery& query : queries) {
      GONGKAI_ASSIGN_OR_RETURN(const std::vector<std::string> ranking,
                               engine->Rank(query.q, kDepth));
      const Metrics one = ScoreRanking(ranking, query.relevant);
      AddInto(report.overall, one);
      AddInto(report.by_kind[query.kind], one);
      if (ranking.empty()) {
        report.empty_query_ids.push_back(query.id);
      }
    }
    report.overall = Averaged(report.overall);
    for (auto& [kind, metrics] : report.by_kind) {
      metrics = Averaged(metrics);
    }
    reports.push_back(std::move(report));
  }
  return reports;
}

std::string FormatEvaluation(const std::vector<EngineReport>& reports) {
  const std::string header = "  引擎            P@10  recall@50    MRR  nDCG@10   查询  无结果\n";
  std::string out;
  if (reports.empty()) {
    return out;
  }
  for (const auto& [kind, ignored] : reports.front().by_kind) {
    out += "查询类型 " + kind + "\n" + header;
    for (const EngineReport& report : reports) {
      out += Row(report.engine, report.by_kind.at(kind));
    }
  }
  out += "全部查询\n" + header;
  for (const EngineReport& report : reports) {
    out += Row(report.engine, report.overall);
  }
  return out;
}

}  // namespace gongkai::search
