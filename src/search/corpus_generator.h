// A deterministic relevance set for Chinese catalogue search: realistic government documents
// (通知, 办法, 实施方案, 政策解读, 行政处罚决定书, 办事指南, 公告, 工作动态, annual reports) of ten
// departments in eight cities, and judged queries of every kind people type. Judgements come
// from what the generator knows each document is about (its topic, city, agency, 文号), never
// from any engine's output.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "search/search_document.h"

namespace gongkai::search {

struct JudgedQuery {
  std::string id;
  std::string q;
  std::string kind;  // short, topic, colloquial, typo, alias, abbreviation, docno, agency, …
  std::vector<std::string> relevant;  // index_no of every relevant document
};

struct CorpusOptions {
  size_t documents = 3200;
  uint64_t seed = 20261207;
};

struct RelevanceSet {
  std::vector<SearchDocument> documents;
  std::vector<JudgedQuery> queries;
};

// The same options give the same set on every platform (own PRNG, no std distributions).
RelevanceSet GenerateRelevanceSet(const CorpusOptions& options);

}  // namespace gongkai::search
