// Reading and writing the relevance set files: a catalogue as JSON lines (one item per line,
// keys index_no, title, doc_no, agency, written_on, published_on, category, genre, keywords,
// summary, validity, body, url; only title or body required), and judged queries as a JSON
// array of {"id", "q", "kind", "relevant": [index_no, …]}.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "search/corpus_generator.h"
#include "search/search_document.h"

namespace gongkai::search {

// All or nothing: kInvalidArgument naming the first bad line (not JSON, not an object, a key
// of the wrong type, neither title nor body, an unknown validity). Blank lines are skipped.
// A missing index_no becomes "行<line number>".
core::Result<std::vector<SearchDocument>> ParseCorpusJsonl(std::string_view text);

// One JSON object per document and line, keys as above (empty fields left out).
std::string CorpusToJsonl(const std::vector<SearchDocument>& documents);

// kInvalidArgument when `text` is not a JSON array of objects with a string "q" and an array
// "relevant" of strings ("id" and "kind" are optional; kind defaults to "other").
core::Result<std::vector<JudgedQuery>> ParseJudgedQueries(std::string_view text);

// The queries as a JSON array, one query per line.
std::string JudgedQueriesToJson(const std::vector<JudgedQuery>& queries);

}  // namespace gongkai::search
