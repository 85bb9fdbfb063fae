#include "search/internal/posting_seek.h"

#include <vector>

#include <gtest/gtest.h>

namespace gongkai::search::internal {
namespace {

TEST(PostingSeekTest, FindsTheFirstPositionAtOrAfterEveryTarget) {
  std::vector<DocNumber> docs;
  for (DocNumber d = 0; d < 1000; d += 3) {
    docs.push_back(d);
  }
  size_t position = 0;
  for (DocNumber target = 0; target < 1010; target += 7) {
    position = Seek(docs, position, target);
    const auto expected = std::lower_bound(docs.begin(), docs.end(), target) - docs.begin();
    ASSERT_EQ(position, static_cast<size_t>(expected)) << target;
  }
  EXPECT_EQ(Seek(docs, docs.size(), 5), docs.size());
  EXPECT_EQ(Seek({}, 0, 5), 0U);
}

}  // namespace
}  // namespace gongkai::search::internal
