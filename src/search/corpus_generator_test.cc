#include "search/corpus_generator.h"

#include <set>

#include <gtest/gtest.h>

namespace gongkai::search {
namespace {

TEST(CorpusGeneratorTest, IsDeterministic) {
  const RelevanceSet first = GenerateRelevanceSet(CorpusOptions{.documents = 500});
  const RelevanceSet second = GenerateRelevanceSet(CorpusOptions{.documents = 500});
  ASSERT_EQ(first.documents.size(), second.documents.size());
  for (size_t i = 0; i < first.documents.size(); ++i) {
    EXPECT_EQ(first.documents[i].body, second.documents[i].body);
  }
  ASSERT_EQ(first.queries.size(), second.queries.size());
}

TEST(CorpusGeneratorTest, DefaultSetHasEnoughDocumentsAndQueriesOfEveryKind) {
  const RelevanceSet set = GenerateRelevanceSet(CorpusOptions{});
  EXPECT_GE(set.documents.size(), 3000U);
  EXPECT_GE(set.queries.size(), 120U);
  std::set<std::string> ids;
  for (const SearchDocument& document : set.documents) {
    EXPECT_TRUE(ids.insert(document.index_no).second) << "duplicate " << document.index_no;
  }
  std::set<std::string> kinds;
  for (const JudgedQuery& query : set.queries) {
    kinds.insert(query.kind);
    EXPECT_FALSE(query.relevant.empty()) << query.q;
    for (const std::string& id : query.relevant) {
      EXPECT_EQ(ids.count(id), 1U) << query.q;
    }
  }
  for (const char* kind : {"short", "topic", "colloquial", "typo", "alias", "abbreviation", "docno",
                           "agency", "compound", "title", "phrase"}) {
    EXPECT_EQ(kinds.count(kind), 1U) << kind;
  }
}

}  // namespace
}  // namespace gongkai::search
