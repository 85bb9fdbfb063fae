#include "search/relevance_eval.h"

#include <gtest/gtest.h>

#include "search/corpus_generator.h"
#include "search/ranking_engines.h"

namespace gongkai::search {
namespace {

TEST(RelevanceEvalTest, ScoresARanking) {
  const Metrics metrics = ScoreRanking({"x", "a", "y", "b"}, {"a", "b", "c"});
  EXPECT_DOUBLE_EQ(metrics.precision_at_10, 0.2);
  EXPECT_DOUBLE_EQ(metrics.recall_at_50, 2.0 / 3);
  EXPECT_DOUBLE_EQ(metrics.reciprocal_rank, 0.5);
  EXPECT_GT(metrics.ndcg_at_10, 0);
  EXPECT_LT(metrics.ndcg_at_10, 1);
  EXPECT_EQ(ScoreRanking({}, {"a"}).without_results, 1U);
  EXPECT_DOUBLE_EQ(ScoreRanking({"a"}, {"a"}).ndcg_at_10, 1.0);
}

// The relevance goal of issue 11 on the generated set: gongkai ahead of FTS5 trigram and a LIKE
// scan on every figure, overall and for every kind of query, and no query without results.
TEST(RelevanceEvalTest, GongkaiBeatsBothBaselinesOnEveryKind) {
  const RelevanceSet set = GenerateRelevanceSet(CorpusOptions{});
  auto gongkai = MakeGongkaiEngine(set.documents);
  auto fts5 = MakeFts5TrigramEngine(set.documents);
  auto like = MakeLikeScanEngine(set.documents);
  ASSERT_TRUE(gongkai.has_value() && fts5.has_value() && like.has_value());
  auto reports = Evaluate(set.queries, {gongkai->get(), fts5->get(), like->get()});
  ASSERT_TRUE(reports.has_value());
  const EngineReport& ours = (*reports)[0];
  EXPECT_TRUE(ours.empty_query_ids.empty());
  const auto at_least = [](const Metrics& a, const Metrics& b) {
    return a.precision_at_10 >= b.precision_at_10 && a.recall_at_50 >= b.recall_at_50 &&
           a.reciprocal_rank >= b.reciprocal_rank && a.ndcg_at_10 >= b.ndcg_at_10;
  };
  for (size_t other = 1; other < reports->size(); ++other) {
    const EngineReport& theirs = (*reports)[other];
    EXPECT_TRUE(at_least(ours.overall, theirs.overall)) << FormatEvaluation(*reports);
    for (const auto& [kind, metrics] : ours.by_kind) {
      EXPECT_TRUE(at_least(metrics, theirs.by_kind.at(kind)))
          << kind << " vs " << theirs.engine << "\n"
          << FormatEvaluation(*reports);
    }
  }
}

}  // namespace
}  // namespace gongkai::search
