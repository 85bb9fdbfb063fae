#include "web/annual_input_form.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

FieldMap AllFigures() {
  return {{"rules_issued", "1"},           {"rules_abolished", "0"},
          {"rules_in_force", "12"},        {"normative_issued", "3"},
          {"normative_abolished", "2"},    {"normative_in_force", "40"},
          {"licensing_decisions", "1200"}, {"penalty_decisions", "35"},
          {"coercion_decisions", "4"},     {"fees_wan_yuan", "38.949"}};
}

TEST(AnnualInputFormTest, FieldsCarryTheTemplateLabelsInOrder) {
  const std::vector<ProactiveField> fields = ProactiveFields();
  ASSERT_EQ(fields.size(), 10U);
  EXPECT_EQ(fields[0].key, "rules_issued");
  EXPECT_EQ(fields[0].block, "第二十条第（一）项");
  EXPECT_EQ(fields[0].row, "规章");
  EXPECT_EQ(fields[0].column, "本年制发件数");
  EXPECT_EQ(fields[5].row, "行政规范性文件");
  EXPECT_EQ(fields[5].column, "现行有效件数");
  EXPECT_EQ(fields[8].row, "行政强制");
  EXPECT_EQ(fields[9].column, "本年收费金额（单位：万元）");
  EXPECT_TRUE(fields[9].amount);
  EXPECT_EQ(AnnualInputLabel("penalty_decisions"), "行政处罚 · 本年处理决定数量");
  EXPECT_EQ(AnnualInputLabel("problems"), "五、存在的主要问题及改进情况");
}

TEST(AnnualInputFormTest, ParsesFiguresAndTexts) {
  FieldMap fields = AllFigures();
  fields["overview"] = "  第一段\r\n第二段\r\n";
  fields["other_matters"] = "本年度未收取信息处理费。";
  const ParsedAnnualInputs parsed = ParseAnnualInputs(fields, "city", 2024, FiguresRequired::kNo);
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front().message;
  ASSERT_TRUE(parsed.figures.has_value());
  EXPECT_EQ(parsed.figures->agency_id, "city");
  EXPECT_EQ(parsed.figures->year, 2024);
  EXPECT_EQ(parsed.figures->rules_in_force, 12);
  EXPECT_EQ(parsed.figures->normative_abolished, 2);
  EXPECT_EQ(parsed.figures->licensing_decisions, 1200);
  EXPECT_DOUBLE_EQ(parsed.figures->fees_wan_yuan, 38.949);
  EXPECT_EQ(parsed.text.overview, "第一段\n第二段");
  EXPECT_EQ(parsed.text.problems, "");
  EXPECT_EQ(parsed.text.other_matters, "本年度未收取信息处理费。");
}

TEST(AnnualInputFormTest, AcceptsFullWidthDigits) {
  FieldMap fields = AllFigures();
  fields["rules_issued"] = "\xEF\xBC\x91\xEF\xBC\x92";                           // １２
  fields["fees_wan_yuan"] = "\xE3\x80\x80\xEF\xBC\x90\xEF\xBC\x8E\xEF\xBC\x95";  // 　０．５
  const ParsedAnnualInputs parsed = ParseAnnualInputs(fields, "city", 2024, FiguresRequired::kNo);
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front().message;
  EXPECT_EQ(parsed.figures->rules_issued, 12);
  EXPECT_DOUBLE_EQ(parsed.figures->fees_wan_yuan, 0.5);
}

TEST(AnnualInputFormTest, NamesEachBadField) {
  FieldMap fields = AllFigures();
  fields["rules_issued"] = "-1";
  fields["rules_abolished"] = "2.5";
  fields["penalty_decisions"] = "";
  fields["coercion_decisions"] = "99999999999999999999";
  fields["fees_wan_yuan"] = "1.23456";
  fields["problems"] = std::string("bad \x01 byte");
  const ParsedAnnualInputs parsed = ParseAnnualInputs(fields, "city", 2024, FiguresRequired::kNo);
  EXPECT_FALSE(parsed.figures.has_value());
  EXPECT_EQ(MessageFor(parsed.errors, "rules_issued"), "不能为负数");
  EXPECT_EQ(MessageFor(parsed.errors, "rules_abolished"), "应为整数（件数），例如 0、12");
  EXPECT_EQ(MessageFor(parsed.errors, "penalty_decisions"), "请填写本项，没有的填 0");
  EXPECT_EQ(MessageFor(parsed.errors, "coercion_decisions"), "数值过大");
  EXPECT_EQ(MessageFor(parsed.errors, "fees_wan_yuan"), "收费金额以万元为单位，最多保留四位小数");
  EXPECT_EQ(MessageFor(parsed.errors, "problems"), "含有无法识别的字符，请重新输入");
  EXPECT_FALSE(MessageFor(parsed.errors, "rules_in_force").has_value());
  EXPECT_EQ(parsed.errors.size(), 6U);
}

TEST(AnnualInputFormTest, FeeMustBeAPlainAmount) {
  for (const char* bad : {"1e3", "1,000", "abc", ".5", "5.", "-0.1", "+3"}) {
    FieldMap fields = AllFigures();
    fields["fees_wan_yuan"] = bad;
    const ParsedAnnualInputs parsed = ParseAnnualInputs(fields, "city", 2024, FiguresRequired::kNo);
    EXPECT_TRUE(MessageFor(parsed.errors, "fees_wan_yuan").has_value()) << bad;
  }
}

TEST(AnnualInputFormTest, BlankFiguresAreSkippedUnlessRequired) {
  const ParsedAnnualInputs skipped = ParseAnnualInputs({}, "city", 2024, FiguresRequired::kNo);
  EXPECT_TRUE(skipped.errors.empty());
  EXPECT_FALSE(skipped.figures.has_value());
  const ParsedAnnualInputs required = ParseAnnualInputs({}, "city", 2024, FiguresRequired::kYes);
  EXPECT_EQ(required.errors.size(), 10U);
  FieldMap one = {{"fees_wan_yuan", "0"}};
  EXPECT_EQ(ParseAnnualInputs(one, "city", 2024, FiguresRequired::kNo).errors.size(), 9U);
}

TEST(AnnualInputFormTest, TextsHaveALengthLimit) {
  FieldMap fields = {{"overview", std::string(kMaxReportTextChars, 'a')}};
  EXPECT_TRUE(ParseAnnualInputs(fields, "city", 2024, FiguresRequired::kNo).errors.empty());
  fields["overview"] += "字";
  EXPECT_NE(
      MessageFor(ParseAnnualInputs(fields, "city", 2024, FiguresRequired::kNo).errors, "overview")
          .value_or("")
          .find("内容过长"),
      std::string::npos);
}

TEST(AnnualInputFormTest, ValuesRoundTripAndVersionsFollowThem) {
  const ParsedAnnualInputs parsed =
      ParseAnnualInputs(AllFigures(), "city", 2024, FiguresRequired::kNo);
  ASSERT_TRUE(parsed.figures.has_value());
  const FieldMap values = AnnualInputValues(parsed.figures, parsed.text);
  EXPECT_EQ(values.at("fees_wan_yuan"), "38.949");
  EXPECT_EQ(values.at("licensing_decisions"), "1200");
  const ParsedAnnualInputs again = ParseAnnualInputs(values, "city", 2024, FiguresRequired::kYes);
  EXPECT_EQ(FiguresVersion(again.figures), FiguresVersion(parsed.figures));
  // Nothing entered and blank input are the same version; any figure changes it.
  EXPECT_EQ(FiguresVersion(std::nullopt),
            FiguresVersion(ParseAnnualInputs({}, "c", 2024, FiguresRequired::kNo).figures));
  domain::ProactiveFigures changed = *parsed.figures;
  changed.coercion_decisions += 1;
  EXPECT_NE(FiguresVersion(changed), FiguresVersion(parsed.figures));
  EXPECT_EQ(TextVersion(std::nullopt), TextVersion(domain::ReportText{"c", 2024, "", "", ""}));
  EXPECT_NE(TextVersion(domain::ReportText{"c", 2024, "a", "", ""}),
            TextVersion(domain::ReportText{"c", 2024, "", "a", ""}));
  EXPECT_EQ(FormatFeeWanYuan(0), "0");
  EXPECT_EQ(FormatFeeWanYuan(12.5), "12.5");
  EXPECT_EQ(FormatFeeWanYuan(0.0001), "0.0001");
}

}  // namespace
}  // namespace gongkai::web
