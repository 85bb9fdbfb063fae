// Moving a cursor forwards through a sorted posting list, for scoring only some documents.
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>

#include "search/index_reader.h"

namespace gongkai::search::internal {

// The first position at or after `from` whose document is >= `doc`, or docs.size(): galloping
// from `from`, then a binary search in the last step, so a run of increasing `doc`s costs
// O(log gap) each. REQUIRES: `docs` ascending, from <= docs.size().
inline size_t Seek(std::span<const DocNumber> docs, size_t from, DocNumber doc) {
  size_t step = 1;
  size_t high = from;
  while (high < docs.size() && docs[high] < doc) {
    from = high;
    high += step;
    step *= 2;
  }
  high = std::min(high, docs.size());
  return static_cast<size_t>(std::lower_bound(docs.begin() + static_cast<std::ptrdiff_t>(from),
                                              docs.begin() + static_cast<std::ptrdiff_t>(high),
                                              doc) -
                             docs.begin());
}

}  // namespace gongkai::search::internal
