#include "inspect/url_policy.h"

#include <gtest/gtest.h>

namespace gongkai::inspect {
namespace {

Url U(std::string_view text) {
  return UrlPolicy::Canonical(*ParseUrl(text));
}

TEST(UrlPolicyTest, RemovesSessionIds) {
  EXPECT_EQ(U("http://h/a.jsp;jsessionid=ABC?x=1").ToString(), "http://h/a.jsp?x=1");
  EXPECT_EQ(U("http://h/a?PHPSESSID=1&page=2&sid=9").ToString(), "http://h/a?page=2");
}

TEST(UrlPolicyTest, BoundsCalendarPagesPerPath) {
  TrapLimits limits;
  limits.max_calendar_pages = 3;
  UrlPolicy policy(limits);
  int followed = 0;
  for (int month = 1; month <= 12; ++month) {
    const Url url = U("http://h/cal?month=2024-" + std::to_string(month));
    followed += policy.Admit(url, 1) == UrlAdmission::kFollow ? 1 : 0;
  }
  EXPECT_EQ(followed, 3);
  EXPECT_EQ(policy.Admit(U("http://h/cal?date=20240101"), 1), UrlAdmission::kTrapCalendar);
  EXPECT_EQ(policy.Admit(U("http://h/other?month=2024-01"), 1), UrlAdmission::kFollow);
}

TEST(UrlPolicyTest, RecognisesVariantsAndEndlessPaths) {
  UrlPolicy policy({});
  EXPECT_EQ(policy.Admit(U("http://h/a.html?print=1"), 1), UrlAdmission::kVariant);
  EXPECT_EQ(policy.Admit(U("http://h/wza/index.html"), 1), UrlAdmission::kVariant);
  EXPECT_EQ(policy.Admit(U("http://h/a/b/a/b/a/x.html"), 1), UrlAdmission::kTrapRepeatedPath);
  EXPECT_EQ(policy.Admit(U("http://h/" + std::string(600, 'x')), 1), UrlAdmission::kTooLong);
  EXPECT_EQ(policy.Admit(U("http://h/deep"), 31), UrlAdmission::kTooDeep);
  EXPECT_EQ(policy.Admit(U("http://h/a/b/c.html"), 1), UrlAdmission::kFollow);
}

TEST(UrlPolicyTest, BoundsQueryVariantsPerPath) {
  TrapLimits limits;
  limits.max_query_variants = 10;
  UrlPolicy policy(limits);
  int followed = 0;
  for (int page = 0; page < 50; ++page) {
    followed +=
        policy.Admit(U("http://h/search?q=" + std::to_string(page)), 1) == UrlAdmission::kFollow
            ? 1
            : 0;
  }
  EXPECT_EQ(followed, 10);
}

}  // namespace
}  // namespace gongkai::inspect
