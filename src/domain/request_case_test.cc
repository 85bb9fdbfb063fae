#include "domain/request_case.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

TEST(RequestCaseTest, ChannelCodesRoundTrip) {
  std::set<std::string> codes;
  for (int i = 0; i <= static_cast<int>(Channel::kOther); ++i) {
    const auto channel = static_cast<Channel>(i);
    EXPECT_EQ(ChannelFromCode(ChannelCode(channel)), channel);
    EXPECT_FALSE(ChannelLabel(channel).empty());
    codes.insert(std::string(ChannelCode(channel)));
  }
  EXPECT_EQ(codes.size(), 7U);
  EXPECT_EQ(ChannelCode(Channel::kPostSigned), "post_signed");
  EXPECT_EQ(ChannelLabel(Channel::kInPerson), "当面提交");
  EXPECT_FALSE(ChannelFromCode("pigeon").has_value());
}

TEST(RequestCaseTest, StateCodesRoundTrip) {
  std::set<std::string> codes;
  for (int i = 0; i <= static_cast<int>(CaseState::kArchived); ++i) {
    const auto state = static_cast<CaseState>(i);
    EXPECT_EQ(CaseStateFromCode(CaseStateCode(state)), state);
    EXPECT_FALSE(CaseStateLabel(state).empty());
    codes.insert(std::string(CaseStateCode(state)));
  }
  EXPECT_EQ(codes.size(), 7U);
  EXPECT_EQ(CaseStateCode(CaseState::kAwaitingCorrection), "awaiting_correction");
  EXPECT_EQ(CaseStateLabel(CaseState::kReplied), "已答复");
  EXPECT_FALSE(CaseStateFromCode("").has_value());
}

TEST(RequestCaseTest, EventTypeCodesRoundTrip) {
  std::set<std::string> codes;
  for (int i = 0; i <= static_cast<int>(EventType::kNote); ++i) {
    const auto type = static_cast<EventType>(i);
    EXPECT_EQ(EventTypeFromCode(EventTypeCode(type)), type);
    EXPECT_FALSE(EventTypeLabel(type).empty());
    codes.insert(std::string(EventTypeCode(type)));
  }
  EXPECT_EQ(codes.size(), 13U);
  EXPECT_EQ(EventTypeCode(EventType::kFeeNoticeSent), "fee_notice_sent");
  EXPECT_FALSE(EventTypeFromCode("Replied").has_value());
}

}  // namespace
}  // namespace gongkai::domain
