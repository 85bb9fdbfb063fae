#include "inspect/page_checks.h"

#include <gtest/gtest.h>

namespace gongkai::inspect {
namespace {

std::vector<std::string> Rules(const std::vector<Problem>& problems) {
  std::vector<std::string> rules;
  for (const Problem& problem : problems) {
    rules.push_back(problem.rule + ":" + problem.target);
  }
  return rules;
}

class PageChecksTest : public ::testing::Test {
 protected:
  WordingList wording_ = *WordingList::Builtin();
  TraditionalDetector traditional_ = *TraditionalDetector::Create();
};

TEST_F(PageChecksTest, FindsMisusedWordsAndWrongNames) {
  PageScan scan;
  scan.lang = "zh-CN";
  scan.text = "要再接再励。国务院办公室印发。";
  EXPECT_EQ(
      Rules(CheckWording("p", scan, wording_, traditional_)),
      (std::vector<std::string>{"wording-misused:再接再励", "wording-official-name:国务院办公室"}));
}

TEST_F(PageChecksTest, TraditionalCharactersOnlyOnSimplifiedPages) {
  PageScan scan;
  scan.lang = "zh-CN";
  scan.text = "政府資訊，著作权，乾隆年间";
  EXPECT_EQ(Rules(CheckWording("p", scan, wording_, traditional_)),
            (std::vector<std::string>{"wording-traditional:資", "wording-traditional:訊"}));
  scan.lang = "zh-Hant-TW";
  EXPECT_TRUE(CheckWording("p", scan, wording_, traditional_).empty());
}

TEST_F(PageChecksTest, CleanTextHasNoHits) {
  PageScan scan;
  scan.lang = "zh-CN";
  scan.text =
      "为进一步做好政府信息公开工作，根据《中华人民共和国政府信息公开条例》，现将有关事项通知如下"
      "。";
  EXPECT_TRUE(CheckWording("p", scan, wording_, traditional_).empty());
}

TEST_F(PageChecksTest, CatalogueItemsNeedTheirMetadata) {
  PageScan item;
  item.text = "索引号：123/2024-1\n发布机构：\n成文日期：2024-01-02\n";
  EXPECT_EQ(Rules(CheckCatalogueItem("http://h/x.html", item)),
            std::vector<std::string>{"catalogue-metadata:发布机构"});
  PageScan bare;
  bare.text = "正文";
  EXPECT_EQ(CheckCatalogueItem("http://h/gkml/2024/a.html", bare).size(), 3U);
  EXPECT_TRUE(CheckCatalogueItem("http://h/gkml/index.html", bare).empty());
  EXPECT_TRUE(CheckCatalogueItem("http://h/news/a.html", bare).empty());
}

TEST_F(PageChecksTest, AccessibilityBasics) {
  PageScan scan;
  scan.images_without_alt = {"/a.png"};
  scan.unlabeled_fields = {"q"};
  EXPECT_EQ(Rules(CheckAccessibility("p", scan)),
            (std::vector<std::string>{"a11y-img-alt:/a.png", "a11y-lang:<html>",
                                      "a11y-title:<title>", "a11y-field-label:q"}));
}

TEST(WordingListTest, RejectsMalformedLines) {
  EXPECT_FALSE(WordingList::Parse("# c\nonly\ttwo\n").has_value());
  EXPECT_EQ(WordingList::Parse("# c\na\tb\ttypo\tsrc\n")->entries().size(), 1U);
}

}  // namespace
}  // namespace gongkai::inspect
