// Reading and writing the relevance set files: a catalogue as JSON lines (one item per line,
// keys index_no, title, doc_no, agency, written_on, published_on, category, genre, keywords,
// summary, validity, body, url; only title or body required), and judged queries as a JSON
// array of {"id", "q", "kind", "relevant": [index_no, …]}.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/catalogue_item.h"
#include "search/corpus_generator.h"
#include "search/search_document.h"

namespace gongkai::search {

// What the search engine indexes of a catalogue record, with its validity as of `today`.
SearchDocument ToSearchDocument(const domain::CatalogueItem& item, core::Date today);

enum class CorpusFormat { kJsonLines, kCsv };

// Reads a catalogue file with domain::ParseCatalogueJsonl / ParseCatalogueCsv (the import rules
// of issue 11), all or nothing: kInvalidArgument naming the first bad row and how many there
// are. A record without 索引号 gets "行<row>" so that hits can name it.
core::Result<std::vector<SearchDocument>> ParseCorpus(std::string_view text, CorpusFormat format,
                                                      core::Date today);

// One JSON object per document and line, keys as above (empty fields left out).
std::string CorpusToJsonl(const std::vector<SearchDocument>& documents);

// kInvalidArgument when `text` is not a JSON array of objects with a string "q" and an array
// "relevant" of strings ("id" and "kind" are optional; kind defaults to "other").
core::Result<std::vector<JudgedQuery>> ParseJudgedQueries(std::string_view text);

// The queries as a JSON array, one query per line.
std::string JudgedQueriesToJson(const std::vector<JudgedQuery>& queries);

}  // namespace gongkai::search
