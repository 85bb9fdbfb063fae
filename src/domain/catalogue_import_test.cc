#include "domain/catalogue_import.h"

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

TEST(CatalogueImportTest, ReadsJsonLines) {
  const CatalogueImport result = ParseCatalogueJsonl(
      "{\"index_no\":\"000014349/2019-00001\",\"title\":\"某办法\",\"doc_no\":\"国办发[2019]19号\","
      "\"published_on\":\"2019-05-01\",\"validity\":\"已废止\",\"keywords\":\"电梯 安全\"}\n"
      "\n"
      "{\"body\":\"只有正文的旧数据\",\"index_no\":\"旧编号-1\"}\n");
  ASSERT_TRUE(result.errors.empty());
  ASSERT_EQ(result.items.size(), 2U);
  const CatalogueItem& first = result.items[0];
  EXPECT_EQ(first.doc_no, "国办发〔2019〕19号");
  EXPECT_EQ(first.doc_class, DocClass::kNormative);
  EXPECT_EQ(ValidityOn(first, *core::Date::Parse("2020-01-01")), CatalogueValidity::kAbolished);
  EXPECT_EQ(first.keywords, (std::vector<std::string>{"电梯", "安全"}));
  EXPECT_EQ(result.items[1].index_no_legacy, "旧编号-1");
}

TEST(CatalogueImportTest, ReportsEveryBadRow) {
  const CatalogueImport result = ParseCatalogueJsonl(
      "{\"title\":\"甲\",\"index_no\":\"A/2020-1\"}\n"
      "not json\n"
      "{\"summary\":\"无标题\"}\n"
      "{\"title\":\"乙\",\"published_on\":\"2020-13-01\"}\n"
      "{\"title\":\"丙\",\"validity\":\"也许\"}\n"
      "{\"title\":\"丁\",\"index_no\":\"A/2020-1\"}\n"
      "{\"title\":5}\n");
  ASSERT_EQ(result.errors.size(), 6U);
  EXPECT_EQ(result.errors[0].row, 2U);
  EXPECT_NE(result.errors[4].message.find("索引号重复"), std::string::npos);
  EXPECT_EQ(result.errors[5].row, 7U);
}

TEST(CatalogueImportTest, ReadsCsvWithQuotesAndBom) {
  const CatalogueImport result = ParseCatalogueCsv(
      "\xEF\xBB\xBFtitle,doc_no,body\r\n"
      "\"关于电梯安全的通知\",\"甬市监发（2021）3号\",\"第一段,含逗号\n第二段 \"\"引号\"\"\"\r\n"
      "\r\n"
      "第二条,,\n");
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().message;
  ASSERT_EQ(result.items.size(), 2U);
  EXPECT_EQ(result.items[0].doc_no, "甬市监发〔2021〕3号");
  EXPECT_EQ(result.items[0].body, "第一段,含逗号\n第二段 \"引号\"");
}

TEST(CatalogueImportTest, RejectsCsvWithoutTitleOrBodyColumn) {
  EXPECT_EQ(ParseCatalogueCsv("index_no,summary\n1,2\n").errors.size(), 1U);
  EXPECT_EQ(ParseCatalogueCsv("title\n甲,乙\n").errors.size(), 1U);
}

}  // namespace
}  // namespace gongkai::domain
