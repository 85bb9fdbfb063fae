// Turns a parsed query into weighted index terms. The query is read in up to four variants: as
// typed, and with each matching alias replaced by the official wording. Each term records which
// variants it belongs to, so that a document can be judged on how fully it answers the best
// variant (the strict reading) while every document matching any term still ranks (the loose
// reading fills the list up).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "search/alias_table.h"
#include "search/query_parser.h"
#include "search/tokenizer.h"

namespace gongkai::search {

inline constexpr size_t kMaxQueryVariants = 4;
inline constexpr size_t kMaxQueryParts = 4;

struct QueryTerm {
  std::string term;
  float weight = 1;
  uint8_t variants = 0;  // bit v set: the term belongs to variant v
  uint8_t parts = 0;     // bit p set: the term comes from the p-th space-separated part as typed
  // Counts towards how fully a document answers a variant (bigrams, words, 文号); single
  // characters only do when the query has nothing else.
  bool counts_for_coverage = true;
  // For a single character: the query bigrams it is part of. A character adds nothing when one
  // of them is in the index (the bigram says more), so the searcher skips it then; characters
  // matter where bigrams fail (an abbreviation such as 特设, a typo, a one-character word).
  std::vector<std::string> covered_by;
};

struct QueryPlan {
  std::vector<QueryTerm> terms;
  size_t variant_count = 1;
  // Space-separated parts of the query as typed (at most kMaxQueryParts; 杭州 电梯维保 has two).
  // With two or more, a document answering one part only ranks below those answering all.
  size_t part_count = 1;
  std::vector<std::u32string> phrases;
  // The query without spaces when it is long enough (4+ code points) to be part of a title: a
  // title containing it is what a person who typed a title wants first.
  std::u32string whole;
  // Text to highlight in snippets: the query's words and the official wording of its aliases.
  std::vector<std::u32string> highlights;
};

// Weighted terms of `query`, with the aliases of `aliases` that it contains. Not thread-safe
// through `tokenizer` (see Tokenizer).
QueryPlan PlanQuery(const ParsedQuery& query, Tokenizer& tokenizer, std::span<const Alias> aliases);

}  // namespace gongkai::search
