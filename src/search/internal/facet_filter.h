// The facet filters of a search request (agency, category, genre, year, validity) resolved
// against one index, checked per document in the searcher's inner loop.
#pragma once

#include <cstdint>
#include <optional>

#include "search/index_reader.h"
#include "search/searcher.h"

namespace gongkai::search::internal {

struct FacetFilter {
  std::optional<uint16_t> agency;
  std::optional<uint16_t> category;
  std::optional<uint16_t> genre;
  std::optional<int> year;
  std::optional<Validity> validity;
  bool matches_nothing = false;  // a facet value no document has
  bool active = false;           // any filter set

  bool Passes(const DocStats& stats) const {
    return (!agency || stats.agency == *agency) && (!category || stats.category == *category) &&
           (!genre || stats.genre == *genre) && (!year || stats.year == *year) &&
           (!validity || stats.validity == *validity);
  }
};

// Resolves the request's filters to the index's facet ids; a value no document has sets
// matches_nothing.
FacetFilter MakeFacetFilter(const IndexReader& index, const SearchRequest& request);

}  // namespace gongkai::search::internal
