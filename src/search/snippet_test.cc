#include "search/snippet.h"

#include <gtest/gtest.h>

namespace gongkai::search {
namespace {

TEST(SnippetTest, MarksQueryWordsAndEscapesHtml) {
  EXPECT_EQ(MakeSnippet("<b>电梯</b>维保", {U"电梯"}), "&lt;b&gt;<em>电梯</em>&lt;/b&gt;维保");
}

TEST(SnippetTest, ChoosesTheWindowWithTheMostMatches) {
  const std::string text = std::string(30, 'x') + "电梯安全" + std::string(30, 'y');
  const std::string snippet = MakeSnippet(text, {U"电梯"}, SnippetOptions{.length = 10});
  EXPECT_NE(snippet.find("<em>电梯</em>"), std::string::npos);
  EXPECT_EQ(snippet.rfind("…", 0), 0U);
}

TEST(SnippetTest, MatchesTheNormalisedForm) {
  EXPECT_EQ(MakeSnippet("国办发〔2019〕19号", {U"国办发"}, SnippetOptions{.length = 20}),
            "<em>国办发</em>〔2019〕19号");
}

TEST(SnippetTest, EmptyTextGivesEmptySnippet) {
  EXPECT_EQ(MakeSnippet("", {U"电梯"}), "");
}

}  // namespace
}  // namespace gongkai::search
