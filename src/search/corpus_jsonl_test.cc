#include "search/corpus_jsonl.h"

#include <gtest/gtest.h>

namespace gongkai::search {
namespace {

core::Date Today() {
  return *core::Date::Parse("2026-01-01");
}

TEST(CorpusJsonlTest, RoundTripsTheGeneratedCorpus) {
  const RelevanceSet set = GenerateRelevanceSet(CorpusOptions{.documents = 200});
  auto parsed = ParseCorpus(CorpusToJsonl(set.documents), CorpusFormat::kJsonLines, Today());
  ASSERT_TRUE(parsed.has_value());
  ASSERT_EQ(parsed->size(), set.documents.size());
  EXPECT_EQ((*parsed)[7].title, set.documents[7].title);
  EXPECT_EQ((*parsed)[7].validity, set.documents[7].validity);
  auto queries = ParseJudgedQueries(JudgedQueriesToJson(set.queries));
  ASSERT_TRUE(queries.has_value());
  ASSERT_EQ(queries->size(), set.queries.size());
  EXPECT_EQ(queries->front().relevant, set.queries.front().relevant);
}

TEST(CorpusJsonlTest, RejectsBadRowsNamingTheLine) {
  auto parsed = ParseCorpus("{\"title\":\"甲\"}\n\n{\"summary\":\"无标题无正文\"}\n",
                            CorpusFormat::kJsonLines, Today());
  ASSERT_FALSE(parsed.has_value());
  EXPECT_NE(parsed.error().message.find("第 3 行"), std::string::npos);
  EXPECT_FALSE(ParseCorpus("{not json}\n", CorpusFormat::kJsonLines, Today()).has_value());
  EXPECT_FALSE(ParseCorpus("title\n甲,乙\n", CorpusFormat::kCsv, Today()).has_value());
}

TEST(CorpusJsonlTest, NamesRowsWithoutIndexNumber) {
  auto parsed = ParseCorpus("title,body\n,正文\n", CorpusFormat::kCsv, Today());
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->front().index_no, "行1");
}

TEST(CorpusJsonlTest, RejectsMalformedQueries) {
  EXPECT_FALSE(ParseJudgedQueries("{}").has_value());
  EXPECT_FALSE(ParseJudgedQueries("[{\"q\":1,\"relevant\":[]}]").has_value());
  EXPECT_FALSE(ParseJudgedQueries("[{\"q\":\"电梯\",\"relevant\":[1]}]").has_value());
}

}  // namespace
}  // namespace gongkai::search
