#include "search/search_document.h"

namespace gongkai::search {

std::optional<Validity> ParseValidity(std::string_view text) {
  if (text == "现行有效" || text == "有效") {
    return Validity::kInForce;
  }
  if (text == "已修订" || text == "已修改") {
    return Validity::kRevised;
  }
  if (text == "已废止") {
    return Validity::kAbolished;
  }
  if (text == "已失效") {
    return Validity::kExpired;
  }
  return std::nullopt;
}

std::string_view ValidityLabel(Validity validity) {
  switch (validity) {
    case Validity::kInForce:
      return "现行有效";
    case Validity::kRevised:
      return "已修订";
    case Validity::kAbolished:
      return "已废止";
    case Validity::kExpired:
      return "已失效";
    case Validity::kUnknown:
      break;
  }
  return "";
}

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
