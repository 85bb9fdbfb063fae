// The engines the relevance evaluation and the benchmark compare: gongkai's own index, and the
// two a government site typically ships, SQLite FTS5 with the trigram tokenizer and a LIKE scan.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "search/relevance_eval.h"
#include "search/search_document.h"

namespace gongkai::search {

// gongkai: MemoryIndex + Searcher over `documents`. kUnavailable without ICU data.
core::Result<std::unique_ptr<RankingEngine>> MakeGongkaiEngine(
    std::vector<SearchDocument> documents);

// SQLite FTS5 (tokenize='trigram') in `database` (":memory:" or a file path, replaced), ranked by
// bm25() with the same field weights as gongkai; the query's space-separated words are ANDed,
// each as a quoted string. kUnavailable when SQLite lacks FTS5 or the file cannot be written.
core::Result<std::unique_ptr<RankingEngine>> MakeFts5TrigramEngine(
    const std::vector<SearchDocument>& documents, const std::string& database = ":memory:");

// A LIKE '%word%' scan over all text, every word required, title hits first, newest first.
core::Result<std::unique_ptr<RankingEngine>> MakeLikeScanEngine(
    const std::vector<SearchDocument>& documents);

}  // namespace gongkai::search
