// Measures ranking engines on judged queries: P@10, recall@50, MRR and nDCG@10 per query,
// averaged overall and per kind of query, and the queries each engine left without results.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "search/corpus_generator.h"
#include "search/search_document.h"

namespace gongkai::search {

// Anything that ranks a fixed corpus for a query string.
class RankingEngine {
 public:
  virtual ~RankingEngine() = default;
  virtual std::string_view name() const = 0;
  // The index_no of at most `limit` documents, best first. Errors are the engine's own.
  virtual core::Result<std::vector<std::string>> Rank(const std::string& query, size_t limit) = 0;
};

struct Metrics {
  double precision_at_10 = 0;
  // |relevant ∩ top 50| / min(|relevant|, 50): capped so that a query with more than 50
  // relevant documents can still reach 1.
  double recall_at_50 = 0;
  double reciprocal_rank = 0;
  double ndcg_at_10 = 0;  // binary gains
  size_t queries = 0;
  size_t without_results = 0;
};

// The metrics of one ranking against one judgement.
Metrics ScoreRanking(const std::vector<std::string>& ranking,
                     const std::vector<std::string>& relevant);

struct EngineReport {
  std::string engine;
  Metrics overall;
  std::map<std::string, Metrics> by_kind;
  std::vector<std::string> empty_query_ids;
};

// Runs every query on every engine (top 50). Errors: the first engine error.
core::Result<std::vector<EngineReport>> Evaluate(const std::vector<JudgedQuery>& queries,
                                                 const std::vector<RankingEngine*>& engines);

// The report as a Chinese text table: one block per kind and one overall, a row per engine.
std::string FormatEvaluation(const std::vector<EngineReport>& reports);

}  // namespace gongkai::search
