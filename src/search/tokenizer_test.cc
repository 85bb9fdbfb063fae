#include "search/tokenizer.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "search/text_normalizer.h"

namespace gongkai::search {
namespace {

std::vector<std::string> Terms(std::string_view text) {
  auto tokenizer = Tokenizer::Create();
  EXPECT_TRUE(tokenizer.has_value());
  std::vector<std::string> terms;
  tokenizer->ForEachTerm(NormalizeText(DecodeUtf8(text)), DictionaryWords::kYes,
                         [&](std::string_view term) { terms.emplace_back(term); });
  return terms;
}

bool Has(const std::vector<std::string>& terms, std::string_view term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

TEST(TokenizerTest, GivesCharactersAndBigrams) {
  const auto terms = Terms("特种设备");
  EXPECT_TRUE(Has(terms, "特"));
  EXPECT_TRUE(Has(terms, "设"));
  EXPECT_TRUE(Has(terms, "特种"));
  EXPECT_TRUE(Has(terms, "种设"));
  EXPECT_TRUE(Has(terms, "设备"));
  EXPECT_FALSE(Has(terms, "特设"));
}

TEST(TokenizerTest, GivesDictionaryWordsOfThreeOrMoreCharacters) {
  EXPECT_TRUE(Has(Terms("市场监督管理局"), "管理局"));
}

TEST(TokenizerTest, GivesLatinWordsAndNumbers) {
  const auto terms = Terms("拨打ＡＢＣ热线12315");
  EXPECT_TRUE(Has(terms, "abc"));
  EXPECT_TRUE(Has(terms, "12315"));
}

TEST(TokenizerTest, GivesDocNumbersWithEachIssuerReading) {
  const auto terms = Terms("根据国办发【2019】19号文件");
  EXPECT_TRUE(Has(terms, "#国办发(2019)19号"));
  EXPECT_TRUE(Has(terms, "#办发(2019)19号"));
  EXPECT_FALSE(Has(terms, "#发(2019)19号"));
}

TEST(TokenizerTest, FindDocNumbersIgnoresLookalikes) {
  EXPECT_TRUE(FindDocNumbers(U"国办发(19)19号").empty());
  EXPECT_TRUE(FindDocNumbers(U"发(2019)19号").empty());
  EXPECT_TRUE(FindDocNumbers(U"国办发(2019)号").empty());
  EXPECT_TRUE(FindDocNumbers(U"(").empty());
}

}  // namespace
}  // namespace gongkai::search
