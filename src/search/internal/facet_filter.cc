#include "search/internal/facet_filter.h"

namespace gongkai::search::internal {

FacetFilter MakeFacetFilter(const IndexReader& index, const SearchRequest& request) {
  FacetFilter filter;
  filter.year = request.year;
  filter.validity = request.validity;
  const auto resolve = [&](Facet facet, const std::optional<std::string>& value,
                           std::optional<uint16_t>& id) {
    if (value) {
      id = index.FacetId(facet, *value);
      filter.matches_nothing = filter.matches_nothing || !id;
    }
  };
  resolve(Facet::kAgency, request.agency, filter.agency);
  resolve(Facet::kCategory, request.category, filter.category);
  resolve(Facet::kGenre, request.genre, filter.genre);
  filter.active =
      filter.agency || filter.category || filter.genre || filter.year || filter.validity;
  return filter;
}

}  // namespace gongkai::search::internal
