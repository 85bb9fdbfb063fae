#include "search/search_document.h"

namespace gongkai::search {

std::optional<int> PublishedYear(const SearchDocument& document) {
  const std::string& date = document.published_on;
  if (date.size() < 4) {
    return std::nullopt;
  }
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') {
      return std::nullopt;
    }
    year = year * 10 + (date[i] - '0');
  }
  return year;
}

}  // namespace gongkai::search
