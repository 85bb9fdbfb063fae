#include "web/login_throttle.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

constexpr std::int64_t kSecond = 1'000'000;

TEST(LoginThrottleTest, LocksAnAccountAfterRepeatedFailuresAndDoublesTheLock) {
  core::FakeClock clock(1'000 * kSecond);
  LoginThrottle throttle(clock);
  for (int i = 0; i < 4; ++i) {
    EXPECT_FALSE(throttle.RecordFailure("clerk", "10.0.0.1"));
  }
  EXPECT_FALSE(throttle.LockedFor("clerk", "10.0.0.1").has_value());
  EXPECT_TRUE(throttle.RecordFailure("clerk", "10.0.0.2"));  // the fifth, from anywhere
  EXPECT_EQ(throttle.LockedFor("clerk", "10.0.0.9"), 60);
  EXPECT_FALSE(throttle.LockedFor("other", "10.0.0.9").has_value());
  clock.Advance(59 * kSecond + 1);
  EXPECT_EQ(throttle.LockedFor("clerk", ""), 1);
  clock.Advance(kSecond);
  EXPECT_FALSE(throttle.LockedFor("clerk", "").has_value());
  for (int i = 0; i < 5; ++i) {
    throttle.RecordFailure("clerk", "10.0.0.1");
  }
  EXPECT_EQ(throttle.LockedFor("clerk", ""), 120);  // the second lock doubles
}

TEST(LoginThrottleTest, LocksAnAddressTryingManyAccountsAndForgetsOldFailures) {
  core::FakeClock clock(1'000 * kSecond);
  LoginThrottle throttle(clock, {.account_failures = 5, .address_failures = 20});
  for (int i = 0; i < 19; ++i) {
    EXPECT_FALSE(throttle.RecordFailure("user" + std::to_string(i), "203.0.113.7"));
  }
  EXPECT_TRUE(throttle.RecordFailure("user19", "203.0.113.7"));
  EXPECT_TRUE(throttle.LockedFor("anyone", "203.0.113.7").has_value());
  EXPECT_FALSE(throttle.LockedFor("anyone", "203.0.113.8").has_value());

  // Failures older than the window do not add up.
  for (int i = 0; i < 4; ++i) {
    throttle.RecordFailure("slow", "198.51.100.1");
    clock.Advance(16 * 60 * kSecond);
  }
  throttle.RecordFailure("slow", "198.51.100.1");
  EXPECT_FALSE(throttle.LockedFor("slow", "").has_value());
  // A success forgets the account's failures.
  for (int i = 0; i < 4; ++i) {
    throttle.RecordFailure("clerk", "198.51.100.2");
  }
  throttle.RecordSuccess("clerk");
  EXPECT_FALSE(throttle.RecordFailure("clerk", "198.51.100.2"));
}

TEST(LoginThrottleTest, HashSlotsAreBounded) {
  core::FakeClock clock;
  LoginThrottle throttle(clock, {.hash_slots = 2});
  auto first = throttle.TryHashSlot();
  auto second = throttle.TryHashSlot();
  ASSERT_TRUE(first.has_value());
  ASSERT_TRUE(second.has_value());
  EXPECT_FALSE(throttle.TryHashSlot().has_value());
  first.reset();
  EXPECT_TRUE(throttle.TryHashSlot().has_value());  // released again at once
}

TEST(LoginThrottleTest, MemoryStaysBoundedUnderASprayOfAccounts) {
  core::FakeClock clock(1'000 * kSecond);
  LoginThrottle throttle(clock);
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 12'000; ++i) {
      throttle.RecordFailure("spray" + std::to_string(round) + "-" + std::to_string(i), "a");
    }
    clock.Advance(60 * 60 * kSecond);
  }
  // Nothing to assert on the size directly; locked keys survive and idle ones go. The address
  // that sprayed is still counted.
  EXPECT_FALSE(throttle.LockedFor("spray0-1", "b").has_value());
}

}  // namespace
}  // namespace gongkai::web
