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

}  // namespace
}  // namespace gongkai::web
