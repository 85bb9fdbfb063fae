#include "audit/row_label_matcher.h"

#include <gtest/gtest.h>

#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

using domain::RequestRow;
using Kind = RequestLabelMatch::Kind;

RequestLabelMatch Match(const RowLabelMatcher& matcher, std::string_view text,
                        RequestMatchContext context = {}) {
  return matcher.MatchRequest(NormalizeLabel(text), context);
}

// Every canonical label of both templates is recognised as its own row, in or out of order.
TEST(RowLabelMatcherTest, EveryCanonicalLabelMatchesItsRow) {
  const RowLabelMatcher matcher;
  for (int i = 0; i < domain::kRequestRowCount; ++i) {
    const auto row = static_cast<RequestRow>(i);
    const RequestLabelMatch match = Match(matcher, domain::RowInfo(row).label);
    EXPECT_EQ(match.kind, Kind::kRow) << domain::RowInfo(row).label;
    EXPECT_EQ(match.row, row) << domain::RowInfo(row).label;
  }
}

TEST(RowLabelMatcherTest, CanonicalCoreIsTheNormalizedCanonicalLabel) {
  const RowLabelMatcher matcher;
  for (int i = 0; i < domain::kRequestRowCount; ++i) {
    const auto row = static_cast<RequestRow>(i);
    EXPECT_EQ(matcher.CanonicalCore(row), NormalizeLabel(domain::RowInfo(row).label).core)
        << domain::RowInfo(row).label;
  }
}

struct VariantCase {
  const char* printed;
  RequestRow row;
};

class RowLabelVariantTest : public ::testing::TestWithParam<VariantCase> {};

TEST_P(RowLabelVariantTest, PrintedVariantMatches) {
  const RowLabelMatcher matcher;
  const RequestLabelMatch match = Match(matcher, GetParam().printed);
  EXPECT_EQ(match.kind, Kind::kRow) << GetParam().printed;
  EXPECT_EQ(match.row, GetParam().row) << GetParam().printed;
}

INSTANTIATE_TEST_SUITE_P(
    Quirks, RowLabelVariantTest,
    ::testing::Values(
        VariantCase{"2.其他法律行政止公开", RequestRow::kWithheld2},
        VariantCase{"4.无正当理由大量反复 申请", RequestRow::kNotHandled4},
        VariantCase{"5.要求行政机关确认或重 新出具", RequestRow::kNotHandled5},
        VariantCase{"5.要求行政机关确认或重新出", RequestRow::kNotHandled5},
        VariantCase{"（二）部分公开（区分处理的，只计这一情", RequestRow::kPartlyGranted},
        VariantCase{"(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
                    RequestRow::kPartlyGranted},
        VariantCase{"1、申请人无正当理由逾期不补", RequestRow::kOther1},
        VariantCase{"2.申请人逾期未按照收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    RequestRow::kOther2},
        VariantCase{"3、其他", RequestRow::kOther3},
        VariantCase{"3.危及\"三安全一稳定\"", RequestRow::kWithheld3},
        VariantCase{"1．本机关不掌握相关政府信息", RequestRow::kUnavailable1},
        VariantCase{"本年新收政府信息公开申请数量", RequestRow::kNewlyReceived},
        VariantCase{"四、结转下年度继续办理", RequestRow::kCarriedToNextYear},
        VariantCase{"（六）其他处理", RequestRow::kOtherSingle},
        VariantCase{"(七)总计", RequestRow::kTotal},
        VariantCase{"3.属于国家秘密", RequestRow::kWithheld1}));

TEST(RowLabelMatcherTest, GroupsAreRecognisedEvenWhenCut) {
  const RowLabelMatcher matcher;
  EXPECT_EQ(Match(matcher, "三、本年度办理结果").group, RequestGroup::kOutcomes);
  EXPECT_EQ(Match(matcher, "本年度办理结果").kind, Kind::kGroup);
  EXPECT_EQ(Match(matcher, "（三）不").group, RequestGroup::kWithheld);
  EXPECT_EQ(Match(matcher, "（四）无").group, RequestGroup::kUnavailable);
  EXPECT_EQ(Match(matcher, "(五)不予处理").group, RequestGroup::kNotHandled);
  EXPECT_EQ(Match(matcher, "（六）其").group, RequestGroup::kOther);
  EXPECT_EQ(Match(matcher, "（六）其").kind, Kind::kGroup);
}

TEST(RowLabelMatcherTest, ContinuationsAndHeadersDoNotMatch) {
  const RowLabelMatcher matcher;
  for (const char* text :
       {"计其他情形）", "形，不计其他情形）", "已获取信息", "具已获取信息",
        "正、行政机关不再处理其政府信", "息公开申请", "其政府信息公开申请", "申请人情况",
        "法人或其他组织", "自然人", "商业企业", "其他", "总计", "予公开",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"}) {
    EXPECT_EQ(Match(matcher, text).kind, Kind::kNone) << text;
  }
}

TEST(RowLabelMatcherTest, ShortLabelsMatchOnlyAsTheRowExpectedNext) {
  const RowLabelMatcher matcher;
  RequestMatchContext after_other3;
  after_other3.last_row = RequestRow::kOther3;
  EXPECT_EQ(Match(matcher, "总计", after_other3).row, RequestRow::kTotal);
  RequestMatchContext after_other2;
  after_other2.last_row = RequestRow::kOther2;
  EXPECT_EQ(Match(matcher, "其他", after_other2).row, RequestRow::kOther3);
  EXPECT_EQ(Match(matcher, "总计").kind, Kind::kNone);
}

TEST(RowLabelMatcherTest, ProactiveRowsAndBlocks) {
  const RowLabelMatcher matcher;
  EXPECT_EQ(matcher.MatchProactive(NormalizeLabel("规范性文件")),
            ProactiveLabel::kNormativeDocuments);
  EXPECT_EQ(matcher.MatchProactive(NormalizeLabel("行政规范性文件")),
            ProactiveLabel::kNormativeDocuments);
  EXPECT_EQ(matcher.MatchProactive(NormalizeLabel("行政事业性收费")), ProactiveLabel::kFees);
  EXPECT_EQ(matcher.MatchProactive(NormalizeLabel("其他对外管理服务事项")),
            ProactiveLabel::kOtherServices);
  EXPECT_FALSE(matcher.MatchProactive(NormalizeLabel("本年处理决定数量")).has_value());
  EXPECT_FALSE(matcher.MatchProactive(NormalizeLabel("信息内容")).has_value());
  EXPECT_EQ(RowLabelMatcher::MatchArticleBlock(NormalizeLabel("第二十条第（一）项").core), 1);
  EXPECT_EQ(RowLabelMatcher::MatchArticleBlock(NormalizeLabel("第二十条 第（八）项").core), 8);
  EXPECT_EQ(RowLabelMatcher::MatchArticleBlock(NormalizeLabel("第二十条第(九)项").core), 9);
  EXPECT_FALSE(RowLabelMatcher::MatchArticleBlock(NormalizeLabel("规章").core).has_value());
}

TEST(RowLabelMatcherTest, SimilarityRequiresAFitFromTheStart) {
  EXPECT_EQ(RowLabelMatcher::Similarity(U"属于国家秘密", U"属于国家秘密"), 1);
  EXPECT_EQ(
      RowLabelMatcher::Similarity(U"计其他情形", U"部分公开区分处理的只计这一情形不计其他情形"), 0);
  EXPECT_GT(RowLabelMatcher::Similarity(U"其他法律行政止公开", U"其他法律行政法规禁止公开"), 0.8);
}

}  // namespace
}  // namespace gongkai::audit
