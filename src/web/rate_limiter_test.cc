#include "web/rate_limiter.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

constexpr std::int64_t kMinute = 60LL * 1'000'000;

TEST(RateLimiterTest, ABurstThenTheHourlyRatePerAddress) {
  core::FakeClock clock(1'000 * kMinute);
  RateLimiter limiter(clock, {.applications_per_address = {3, 6}});
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(limiter.Allow(LimitKind::kApplication, "198.51.100.1"));
  }
  EXPECT_FALSE(limiter.Allow(LimitKind::kApplication, "198.51.100.1"));
  EXPECT_TRUE(limiter.Allow(LimitKind::kApplication, "198.51.100.2"));  // another address
  clock.Advance(10 * kMinute);                                          // 6 an hour: one token back
  EXPECT_TRUE(limiter.Allow(LimitKind::kApplication, "198.51.100.1"));
  EXPECT_FALSE(limiter.Allow(LimitKind::kApplication, "198.51.100.1"));
}

TEST(RateLimiterTest, AThousandApplicationsFromOneAddressAreMostlyRefused) {
  core::FakeClock clock(1'000 * kMinute);
  RateLimiter limiter(clock);
  int allowed = 0;
  for (int i = 0; i < 1000; ++i) {
    allowed += limiter.Allow(LimitKind::kApplication, "203.0.113.9") ? 1 : 0;
  }
  EXPECT_EQ(allowed, 10);  // the default burst
}

TEST(RateLimiterTest, TheOverallApplicationLimitStopsAFloodFromManyAddresses) {
  core::FakeClock clock(1'000 * kMinute);
  RateLimiter limiter(clock, {.applications_overall = {50, 600}});
  int allowed = 0;
  for (int i = 0; i < 200; ++i) {
    allowed += limiter.Allow(LimitKind::kApplication, "10.0." + std::to_string(i)) ? 1 : 0;
  }
  EXPECT_EQ(allowed, 50);
}

TEST(RateLimiterTest, FailedLookupsBlockFurtherLookupsOfThatAddress) {
  core::FakeClock clock(1'000 * kMinute);
  RateLimiter limiter(clock);
  for (int i = 0; i < 10; ++i) {
    EXPECT_TRUE(GuardLookup(limiter, "192.0.2.1").has_value());
    RecordFailedLookup(limiter, "192.0.2.1");
  }
  const core::Status refused = GuardLookup(limiter, "192.0.2.1");
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kResourceExhausted);
  EXPECT_TRUE(GuardLookup(limiter, "192.0.2.2").has_value());
  clock.Advance(2 * kMinute);  // 60 an hour: two failures forgiven
  EXPECT_TRUE(GuardLookup(limiter, "192.0.2.1").has_value());
}

}  // namespace
}  // namespace gongkai::web
