#include "web/session_store.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

TEST(SessionStoreTest, CreatesFindsAndRemovesSessions) {
  core::FakeClock clock(1'000'000);
  SessionStore store(clock);
  const auto session = store.Create("clerk");
  ASSERT_TRUE(session.has_value());
  EXPECT_EQ(session->token.size(), 64U);
  EXPECT_EQ(session->csrf_token.size(), 64U);
  EXPECT_NE(session->token, session->csrf_token);
  const auto found = store.Find(session->token);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->user, "clerk");
  store.Remove(session->token);
  EXPECT_FALSE(store.Find(session->token).has_value());
}

TEST(SessionStoreTest, SessionsExpire) {
  core::FakeClock clock(0);
  SessionStore store(clock, /*lifetime_micros=*/1000);
  const auto session = store.Create("clerk");
  ASSERT_TRUE(session.has_value());
  clock.Advance(999);
  EXPECT_TRUE(store.Find(session->token).has_value());
  clock.Advance(1);
  EXPECT_FALSE(store.Find(session->token).has_value());
}

TEST(SessionStoreTest, TokensAreDistinct) {
  core::FakeClock clock(0);
  SessionStore store(clock);
  EXPECT_NE(store.Create("a")->token, store.Create("a")->token);
  EXPECT_FALSE(store.Find("not-a-token").has_value());
}

}  // namespace
}  // namespace gongkai::web
