#include "domain/catalogue_item.h"

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

CatalogueItem Normative() {
  CatalogueItem item;
  item.index_no = "113300000000/2021-00001";
  item.title = "某市行政规范性文件管理办法";
  item.doc_class = DocClass::kNormative;
  item.effective_from = D("2021-03-01");
  item.effective_until = D("2026-02-28");
  return item;
}

TEST(CatalogueItemTest, ValidityFollowsDatesAndEvents) {
  CatalogueItem item = Normative();
  EXPECT_EQ(ValidityOn(item, D("2021-02-01")), CatalogueValidity::kNotYetInForce);
  EXPECT_EQ(ValidityOn(item, D("2022-01-01")), CatalogueValidity::kInForce);
  EXPECT_EQ(ValidityOn(item, D("2026-03-01")), CatalogueValidity::kExpired);
  item.validity_events.push_back(
      {CatalogueValidity::kAbolished, D("2023-06-30"), "某政发〔2023〕9号"});
  EXPECT_EQ(ValidityOn(item, D("2023-06-29")), CatalogueValidity::kInForce);
  EXPECT_EQ(ValidityOn(item, D("2023-06-30")), CatalogueValidity::kAbolished);
}

TEST(CatalogueItemTest, ItemsWithoutValidityHaveNone) {
  CatalogueItem item;
  item.doc_class = DocClass::kNonDocument;
  EXPECT_EQ(ValidityOn(item, D("2024-01-01")), std::nullopt);
}

TEST(CatalogueItemTest, ExpiryReminderSixMonthsBefore) {
  const CatalogueItem item = Normative();
  EXPECT_FALSE(ExpiryReminderDue(item, D("2025-08-01")));
  EXPECT_TRUE(ExpiryReminderDue(item, D("2025-09-01")));
  EXPECT_FALSE(ExpiryReminderDue(item, D("2026-03-01")));  // already expired
}

TEST(CatalogueItemTest, LinksInterpretationBothWaysOnce) {
  CatalogueItem policy = Normative();
  CatalogueItem interpretation;
  interpretation.index_no = "113300000000/2021-00002";
  interpretation.doc_class = DocClass::kInterpretation;
  ASSERT_TRUE(LinkInterpretation(policy, interpretation).has_value());
  ASSERT_TRUE(LinkInterpretation(policy, interpretation).has_value());
  EXPECT_EQ(policy.interpretations, std::vector<std::string>{interpretation.index_no});
  EXPECT_EQ(interpretation.interprets, std::vector<std::string>{policy.index_no});
  CatalogueItem not_an_interpretation = Normative();
  not_an_interpretation.index_no = "x";
  EXPECT_FALSE(LinkInterpretation(policy, not_an_interpretation).has_value());
}

TEST(CatalogueItemTest, FormatsAndParsesIndexNumbers) {
  const IndexNumberPattern pattern{"11441700007280420Y", 5, '/'};
  EXPECT_EQ(*FormatIndexNumber(pattern, 2021, 50), "11441700007280420Y/2021-00050");
  EXPECT_FALSE(FormatIndexNumber(pattern, 2021, 0).has_value());
  EXPECT_FALSE(FormatIndexNumber(IndexNumberPattern{}, 2021, 1).has_value());
  for (const char* text : {"000014349/2017-00110", "11370322004222241N/2021-5135380",
                           "01527918X-2020-153077", "sggzyjyzx/2024-00002"}) {
    EXPECT_TRUE(ParseIndexNumber(text).has_value()) << text;
  }
  const auto parsed = ParseIndexNumber("000014349/2017-00110");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->org_code, "000014349");
  EXPECT_EQ(parsed->year, 2017);
  EXPECT_EQ(parsed->serial, 110);
  for (const char* text : {"", "/2017-1", "000014349/17-1", "000014349/2017-", "abc 2017-1"}) {
    EXPECT_FALSE(ParseIndexNumber(text).has_value()) << text;
  }
}

TEST(CatalogueItemTest, NormalizesDocNoBrackets) {
  for (const char* text : {"国办发[2019]19号", "国办发【2019】19号", "国办发（2019）19号",
                           "国办发(2019)19号", " 国办发〔2019〕19号 ", "国办发［2019］19号"}) {
    EXPECT_EQ(NormalizeDocNo(text), "国办发〔2019〕19号") << text;
  }
  EXPECT_EQ(NormalizeDocNo("粤府令第93号"), "粤府令第93号");
  EXPECT_EQ(NormalizeDocNo("国办发[19]19号"), "国办发[19]19号");
}

TEST(CatalogueItemTest, ParsesValidityLabels) {
  EXPECT_EQ(ParseCatalogueValidity("有效"), CatalogueValidity::kInForce);
  EXPECT_EQ(ParseCatalogueValidity("已废止"), CatalogueValidity::kAbolished);
  EXPECT_EQ(ParseCatalogueValidity("宣布失效"), CatalogueValidity::kExpired);
  EXPECT_EQ(ParseCatalogueValidity("也许"), std::nullopt);
  EXPECT_EQ(CatalogueValidityLabel(CatalogueValidity::kInForce), "现行有效");
}

}  // namespace
}  // namespace gongkai::domain
