#include "web/case_queue.h"

#include <gtest/gtest.h>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"

namespace gongkai::web {
namespace {

domain::RequestCase OpenCase(const char* due) {
  domain::RequestCase request_case;
  request_case.state = domain::CaseState::kRegistered;
  request_case.due_on = *core::Date::Parse(due);
  return request_case;
}

class CaseQueueTest : public ::testing::Test {
 protected:
  domain::WorkingCalendar calendar_ =
      *domain::LoadEffectiveCalendar(domain::BuiltinCalendarJson(), {});
  core::Date today_ = *core::Date::Parse("2025-03-03");  // Monday
};

TEST_F(CaseQueueTest, OverdueNearDueAndFine) {
  EXPECT_EQ(ClassifyCase(OpenCase("2025-02-28"), today_, calendar_).urgency, Urgency::kOverdue);
  const QueueEntry near = ClassifyCase(OpenCase("2025-03-06"), today_, calendar_);
  EXPECT_EQ(near.urgency, Urgency::kNearDue);
  EXPECT_EQ(near.working_days_left, 3);
  const QueueEntry fine = ClassifyCase(OpenCase("2025-03-17"), today_, calendar_);
  EXPECT_EQ(fine.urgency, Urgency::kNone);
  EXPECT_EQ(fine.working_days_left, 10);
}

TEST_F(CaseQueueTest, ClosedCasesAreNeverOverdue) {
  domain::RequestCase replied = OpenCase("2025-02-01");
  replied.state = domain::CaseState::kReplied;
  EXPECT_EQ(ClassifyCase(replied, today_, calendar_).urgency, Urgency::kNone);
  EXPECT_FALSE(IsOpenCase(replied));
}

std::vector<QueueEntry> Entries(int count) {
  std::vector<QueueEntry> entries(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    entries[static_cast<std::size_t>(i)].request_case.id = i + 1;
  }
  return entries;
}

TEST(CaseQueuePageTest, SlicesPagesOfFifty) {
  const QueuePage second = PageOfQueue(Entries(120), 2);
  EXPECT_EQ(second.total, 120U);
  EXPECT_EQ(second.page, 2);
  EXPECT_EQ(second.page_count, 3);
  ASSERT_EQ(second.entries.size(), 50U);
  EXPECT_EQ(second.entries.front().request_case.id, 51);
  const QueuePage last = PageOfQueue(Entries(120), 3);
  ASSERT_EQ(last.entries.size(), 20U);
  EXPECT_EQ(last.entries.back().request_case.id, 120);
}

TEST(CaseQueuePageTest, PastTheEndGivesTheLastPageAndEmptyHasOnePage) {
  const QueuePage past = PageOfQueue(Entries(51), 9);
  EXPECT_EQ(past.page, 2);
  ASSERT_EQ(past.entries.size(), 1U);
  const QueuePage empty = PageOfQueue({}, 1);
  EXPECT_EQ(empty.page_count, 1);
  EXPECT_TRUE(empty.entries.empty());
  EXPECT_EQ(PageOfQueue(Entries(50), 1).page_count, 1);
}

TEST(CaseQueuePageTest, OpenStatesAreAllButRepliedAndArchived) {
  int open = 0;
  for (const domain::CaseState state : AllCaseStates()) {
    open += IsOpenState(state) ? 1 : 0;
  }
  EXPECT_EQ(AllCaseStates().size(), 7U);
  EXPECT_EQ(open, 5);
}

}  // namespace
}  // namespace gongkai::web
