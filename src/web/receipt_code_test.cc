#include "web/receipt_code.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

domain::RequestCase SampleCase() {
  domain::RequestCase request_case;
  request_case.id = 42;
  request_case.agency_id = "demo-city";
  request_case.applicant.name = "张三";
  request_case.applicant.id_document = "110101199001011234";
  request_case.applicant.contact = "13800000000";
  request_case.information_requested = "名称：2024年预算";
  request_case.submitted_on = *core::Date::Parse("2025-03-03");
  return request_case;
}

TEST(ReceiptCodeTest, StartsWithTheIdAndRoundTrips) {
  const std::string code = ReceiptCode(SampleCase());
  EXPECT_EQ(code.rfind("42-", 0), 0U);
  EXPECT_EQ(code.size(), 3U + 10U);
  EXPECT_EQ(CaseIdOfReceiptCode(code), 42);
}

TEST(ReceiptCodeTest, DependsOnTheApplicationContent) {
  domain::RequestCase other = SampleCase();
  other.applicant.name = "李四";
  EXPECT_NE(ReceiptCode(SampleCase()), ReceiptCode(other));
  EXPECT_EQ(ReceiptCode(SampleCase()), ReceiptCode(SampleCase()));
}

TEST(ReceiptCodeTest, RejectsMalformedCodes) {
  EXPECT_FALSE(CaseIdOfReceiptCode("").has_value());
  EXPECT_FALSE(CaseIdOfReceiptCode("42").has_value());
  EXPECT_FALSE(CaseIdOfReceiptCode("-ABCDEF0123").has_value());
  EXPECT_FALSE(CaseIdOfReceiptCode("42-ABCDEF012").has_value());
  EXPECT_FALSE(CaseIdOfReceiptCode("42-ABCDEFG123").has_value());
  EXPECT_FALSE(CaseIdOfReceiptCode("x2-ABCDEF0123").has_value());
  EXPECT_FALSE(CaseIdOfReceiptCode("0-ABCDEF0123").has_value());
  EXPECT_FALSE(CaseIdOfReceiptCode("cq-scjg-2025-00017").has_value());
}

}  // namespace
}  // namespace gongkai::web
