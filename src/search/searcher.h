// The query engine: BM25 over weighted index terms (title and 文号 hits count more), scaled by
// how fully a document answers the best reading of the query (a strict AND-like order that the
// loose OR fills up, so no query that shares a character with the corpus is left without
// results), by validity (现行有效 before revised and abolished versions) and by exact phrases.
// Top-k pruning in the MaxScore manner keeps common characters and bigrams from being scored
// for every document that has them.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "search/alias_table.h"
#include "search/index_reader.h"
#include "search/query_plan.h"
#include "search/tokenizer.h"

namespace gongkai::search {

struct SearchRequest {
  std::string query;
  size_t limit = 10;  // hits returned, best first
  // Filters; a value no document has matches nothing.
  std::optional<std::string> agency = std::nullopt;
  std::optional<std::string> category = std::nullopt;
  std::optional<std::string> genre = std::nullopt;
  std::optional<int> year = std::nullopt;  // of published_on
  std::optional<Validity> validity = std::nullopt;
};

struct SearchHit {
  DocNumber doc = 0;
  double score = 0;
};

struct SearchResult {
  // Documents matched by the query's selective terms (those scored in full); a lower bound of
  // all documents sharing any term with it.
  size_t total = 0;
  std::vector<SearchHit> hits;
  QueryPlan plan;  // for snippets (highlights) and diagnostics
};

struct SearchOptions {
  double k1 = 1.2;  // BM25 term-frequency saturation
  double b = 0.75;  // BM25 length normalisation
  // The share of a document's score kept when it answers none of the query's words fully:
  // score × (floor + (1 - floor) × coverage²).
  double coverage_floor = 0.2;
  // Score multipliers by validity (all ≤ 1, which the pruning bound relies on).
  double revised_factor = 0.8;
  double abolished_factor = 0.7;  // 已废止 and 已失效
  double unknown_factor = 0.97;
  double phrase_factor = 2.0;  // for documents containing every quoted phrase
  double title_factor = 1.5;   // for documents whose title contains the whole query
};

class Searcher {
 public:
  // kUnavailable when ICU's word break data is missing. `aliases` must outlive the Searcher
  // (BuiltinAliases() does).
  static core::Result<Searcher> Create(std::span<const Alias> aliases = BuiltinAliases(),
                                       const SearchOptions& options = {});
  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;
  ~Searcher();

  // Ranks the documents of `index` for `request`. Errors: kInvalidArgument when limit is 0 or
  // over 10,000, or the query is longer than 1,024 bytes. Not thread-safe (scratch space and the
  // tokenizer are reused); use one Searcher per thread.
  core::Result<SearchResult> Search(const IndexReader& index, const SearchRequest& request);

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::search
