#include "search/internal/term_dictionary.h"

#include <string>

#include <gtest/gtest.h>

namespace gongkai::search::internal {
namespace {

TEST(TermDictionaryTest, GivesDenseIdsToShortAndLongTerms) {
  TermDictionary dictionary;
  EXPECT_EQ(dictionary.FindOrInsert("电梯"), std::make_pair(0U, true));
  EXPECT_EQ(dictionary.FindOrInsert("#国办发(2019)19号"), std::make_pair(1U, true));
  EXPECT_EQ(dictionary.FindOrInsert("电梯"), std::make_pair(0U, false));
  EXPECT_EQ(dictionary.Find("#国办发(2019)19号"), 1U);
  EXPECT_EQ(dictionary.Find("电"), std::nullopt);
  EXPECT_EQ(dictionary.size(), 2U);
}

TEST(TermDictionaryTest, KeepsEveryTermThroughGrowth) {
  TermDictionary dictionary;
  for (uint32_t i = 0; i < 20000; ++i) {
    const std::string term = std::to_string(i);
    ASSERT_EQ(dictionary.FindOrInsert(term).first, i);
  }
  for (uint32_t i = 0; i < 20000; ++i) {
    ASSERT_EQ(dictionary.Find(std::to_string(i)), i);
  }
  // A prefix of a packed term is a different term (the length is part of the key).
  EXPECT_EQ(dictionary.Find("1000"), 1000U);
  EXPECT_EQ(dictionary.Find(std::string("1\0", 2)), std::nullopt);
}

}  // namespace
}  // namespace gongkai::search::internal
