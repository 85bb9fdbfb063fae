#include "web/case_step_form.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

const domain::Actor kClerk{"clerk"};

TEST(CaseStepFormTest, ParsesAnExtension) {
  const ParsedStep parsed = ParseCaseStep({{"step", "extend"},
                                           {"version", "4"},
                                           {"date", "2025-03-10"},
                                           {"approver", "王主任"},
                                           {"reason", "需要调取档案"},
                                           {"working_days", "15"}},
                                          kClerk);
  ASSERT_TRUE(parsed.step.has_value());
  EXPECT_EQ(parsed.step->kind, CaseStepKind::kExtend);
  EXPECT_EQ(parsed.step->context.expected_version, 4);
  EXPECT_EQ(parsed.step->context.date, core::Date::Parse("2025-03-10").value());
  EXPECT_EQ(parsed.step->context.actor.name, "clerk");
  EXPECT_EQ(parsed.step->working_days, 15);
  EXPECT_EQ(parsed.step->approver, "王主任");
}

TEST(CaseStepFormTest, ReplyNeedsOneOfTheOutcomeRows) {
  EXPECT_TRUE(
      ParseCaseStep({{"step", "reply"}, {"version", "1"}, {"outcome", "不予公开.5"}}, kClerk)
          .step.has_value());
  for (const char* outcome : {"", "新收", "总计", "其他处理", "不予公开.9"}) {
    const ParsedStep parsed =
        ParseCaseStep({{"step", "reply"}, {"version", "1"}, {"outcome", outcome}}, kClerk);
    EXPECT_TRUE(MessageFor(parsed.errors, "outcome").has_value()) << outcome;
  }
}

TEST(CaseStepFormTest, ReportsEveryBadField) {
  const ParsedStep parsed = ParseCaseStep(
      {{"step", "request_correction"}, {"date", "2025-02-30"}, {"items", ""}}, kClerk);
  EXPECT_FALSE(parsed.step.has_value());
  EXPECT_TRUE(MessageFor(parsed.errors, "version").has_value());
  EXPECT_TRUE(MessageFor(parsed.errors, "date").has_value());
  EXPECT_TRUE(MessageFor(parsed.errors, "correction_due").has_value());
  EXPECT_EQ(MessageFor(parsed.errors, "items"), "请一次性列明需要补正的事项");
}

TEST(CaseStepFormTest, UnknownStepAndBadFee) {
  EXPECT_TRUE(MessageFor(ParseCaseStep({{"step", "delete"}}, kClerk).errors, "step").has_value());
  const ParsedStep fee = ParseCaseStep(
      {{"step", "fee_notice"}, {"version", "2"}, {"amount_yuan", "-5"}, {"fee_method", "x"}},
      kClerk);
  EXPECT_TRUE(MessageFor(fee.errors, "amount_yuan").has_value());
  EXPECT_TRUE(MessageFor(fee.errors, "fee_method").has_value());
}

TEST(CaseStepFormTest, EveryStepHasACodeAndLabel) {
  for (const CaseStepInfo& info : CaseSteps()) {
    EXPECT_EQ(&StepInfo(info.kind), &info);
    EXPECT_FALSE(info.label.empty());
  }
}

}  // namespace
}  // namespace gongkai::web
