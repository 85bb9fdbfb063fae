#include "audit/label_normalizer.h"

#include <gtest/gtest.h>

#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

struct OrdinalCase {
  const char* text;
  OrdinalKind kind;
  int value;
  const char* core;
};

class NormalizeLabelTest : public ::testing::TestWithParam<OrdinalCase> {};

TEST_P(NormalizeLabelTest, ParsesNumberingAndCore) {
  const OrdinalCase& c = GetParam();
  const NormalizedLabel label = NormalizeLabel(c.text);
  EXPECT_EQ(label.ordinal.kind, c.kind) << c.text;
  EXPECT_EQ(label.ordinal.value, c.value) << c.text;
  EXPECT_EQ(EncodeUtf8(label.core), c.core) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Quirks, NormalizeLabelTest,
    ::testing::Values(
        OrdinalCase{"（三）不予公开", OrdinalKind::kChineseParen, 3, "不予公开"},
        OrdinalCase{"(三)不予公开", OrdinalKind::kChineseParen, 3, "不予公开"},
        OrdinalCase{"三、本年度办理结果", OrdinalKind::kChineseComma, 3, "本年度办理结果"},
        OrdinalCase{" 三 、本 年 度办 理 结果", OrdinalKind::kChineseComma, 3, "本年度办理结果"},
        OrdinalCase{"1.属于国家秘密", OrdinalKind::kArabic, 1, "属于国家秘密"},
        OrdinalCase{"1．属于国家秘密", OrdinalKind::kArabic, 1, "属于国家秘密"},
        OrdinalCase{"1、属于国家秘密", OrdinalKind::kArabic, 1, "属于国家秘密"},
        OrdinalCase{"１.属于国家秘密", OrdinalKind::kArabic, 1, "属于国家秘密"},
        OrdinalCase{"(1)属于国家秘密", OrdinalKind::kArabic, 1, "属于国家秘密"},
        OrdinalCase{"3.危及“三安全一稳定”", OrdinalKind::kArabic, 3, "危及三安全一稳定"},
        OrdinalCase{"3.危及\"三安全一稳定\"", OrdinalKind::kArabic, 3, "危及三安全一稳定"},
        OrdinalCase{"（七）总计", OrdinalKind::kChineseParen, 7, "总计"},
        OrdinalCase{"十二、其他", OrdinalKind::kChineseComma, 12, "其他"},
        OrdinalCase{"商业\n\n企业", OrdinalKind::kNone, 0, "商业企业"},
        OrdinalCase{"（二）部分公开（区分处理的，只计这一情 形，不\n计其他情形）",
                    OrdinalKind::kChineseParen, 2, "部分公开区分处理的只计这一情形不计其他情形"},
        OrdinalCase{"2024年", OrdinalKind::kNone, 0, "2024年"},
        OrdinalCase{"12.5", OrdinalKind::kNone, 0, "125"},
        OrdinalCase{"一是加强管理", OrdinalKind::kNone, 0, "一是加强管理"}));

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const std::u32string& piece : SplitAtOrdinals(FoldCompact(DecodeUtf8(text)))) {
    out.push_back(EncodeUtf8(piece));
  }
  return out;
}

TEST(SplitAtOrdinalsTest, SplitsLabelsRunTogether) {
  EXPECT_EQ(Split("三、本年度办理结果（一）予以公开"),
            (std::vector<std::string>{"三、本年度办理结果", "(一)予以公开"}));
  EXPECT_EQ(Split("（四）无法提供 1.本机关不掌握相关政府信息"),
            (std::vector<std::string>{"(四)无法提供", "1.本机关不掌握相关政府信息"}));
  EXPECT_EQ(Split("本 2.其他法律行政法规禁止公开"),
            (std::vector<std::string>{"本", "2.其他法律行政法规禁止公开"}));
}

TEST(SplitAtOrdinalsTest, KeepsNumberingThatIsPartOfTheText) {
  EXPECT_EQ(Split("第二十条第（一）项").size(), 1u);
  EXPECT_EQ(Split("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").size(), 1u);
  EXPECT_EQ(Split("3.危及“三安全一稳定”").size(), 1u);
  EXPECT_EQ(Split("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理").size(), 1u);
  EXPECT_EQ(Split("第一项加第二项之和，等于第三项加第四项之和").size(), 1u);
}

TEST(ChineseNumeralTest, ReadsUpToNinetyNine) {
  EXPECT_EQ(ChineseNumeralValue(U"三"), 3);
  EXPECT_EQ(ChineseNumeralValue(U"十"), 10);
  EXPECT_EQ(ChineseNumeralValue(U"十二"), 12);
  EXPECT_EQ(ChineseNumeralValue(U"二十"), 20);
  EXPECT_EQ(ChineseNumeralValue(U"九十九"), 99);
  EXPECT_EQ(ChineseNumeralValue(U"三三"), 0);
  EXPECT_EQ(ChineseNumeralValue(U""), 0);
}

}  // namespace
TEST(FoldCompactUtf8Test, EqualsDecodingThenFolding) {
  for (const std::string_view text :
       {"", "（三）不予公开", "  1．属于 国家秘密\u3000", "\u201c三需要\u201d\u2014\u2014第十",
        "ＡＢｃ１２", "行政\xFF许可", "截断\xE4\xB8", "\xF0\x9F\x98\x80 \xED\xA0\x80 \xC0\xAF"}) {
    std::u32string fused = U"前";
    AppendFoldCompactUtf8(text, fused);
    EXPECT_EQ(fused, U"前" + FoldCompact(DecodeUtf8(text))) << text;
  }
}

// The one-pass folds of the layout tokenizer rely on this: white space is found before folding.
TEST(FoldCompactUtf8Test, NoCharacterFoldsToWhiteSpace) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (!IsSpaceChar(c)) {
      ASSERT_FALSE(IsSpaceChar(FoldChar(c))) << static_cast<unsigned>(c);
    }
  }
}

}  // namespace gongkai::audit
