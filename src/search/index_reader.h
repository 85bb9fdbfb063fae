// The read side of a search index, the narrow interface the query engine (searcher.h) runs on:
// posting lists by term, per-document statistics and facets, and the stored fields snippets and
// phrase checks read. MemoryIndex implements it; a SQLite or PostgreSQL table of postings can too.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "search/search_document.h"

namespace gongkai::search {

// Dense document number inside one index (0 … DocumentCount()-1), in insertion order.
using DocNumber = uint32_t;

// The documents containing one term, ascending, with the term's weighted frequency in each
// (title and 文号 occurrences count more than body ones; see IndexBuilder).
struct PostingList {
  std::span<const DocNumber> docs;
  std::span<const uint8_t> frequencies;  // same length as docs
  uint8_t max_frequency = 0;
};

// The facets a query can filter on, interned per index.
enum class Facet { kAgency, kCategory, kGenre };

struct DocStats {
  float length = 0;  // weighted number of terms
  uint16_t agency = 0;
  uint16_t category = 0;
  uint16_t genre = 0;
  int16_t year = 0;  // 0: unknown
  std::optional<Validity> validity;
};

class IndexReader {
 public:
  virtual ~IndexReader() = default;
  virtual DocNumber DocumentCount() const = 0;
  // Mean of DocStats::length over all documents (BM25's avgdl); 1 for an empty index.
  virtual double AverageLength() const = 0;
  // The postings of `term`; empty when no document has it. Valid while the index lives.
  virtual PostingList Postings(std::string_view term) const = 0;
  // REQUIRES: doc < DocumentCount().
  virtual const DocStats& Stats(DocNumber doc) const = 0;
  // Every document's stats, indexed by DocNumber (the searcher's inner loop reads it directly
  // rather than through a virtual call per posting). Valid until the next change of the index.
  virtual std::span<const DocStats> AllStats() const = 0;
  // REQUIRES: doc < DocumentCount(). The stored fields, valid while the index lives.
  virtual const SearchDocument& Document(DocNumber doc) const = 0;
  // The interned id of a facet value, or nullopt when no document has it.
  virtual std::optional<uint16_t> FacetId(Facet facet, std::string_view value) const = 0;
};

}  // namespace gongkai::search
