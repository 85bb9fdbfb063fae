#include "web/case_queue.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace gongkai::web {
namespace {

// Sort key: group (0 running clock, 1 stopped clock, 2 closed), then date, then id.
std::tuple<int, std::int64_t, std::int64_t> SortKey(const QueueEntry& entry) {
  const domain::RequestCase& c = entry.request_case;
  if (IsOpenCase(c) && c.due_on.has_value()) {
    return {0, c.due_on->day_number(), c.id};
  }
  if (IsOpenCase(c)) {
    return {1, c.received_on.has_value() ? c.received_on->day_number() : 0, c.id};
  }
  return {2, c.closed_on.has_value() ? -c.closed_on->day_number() : 0, c.id};
}

}  // namespace

bool IsOpenCase(const domain::RequestCase& request_case) {
  return request_case.state != domain::CaseState::kReplied &&
         request_case.state != domain::CaseState::kArchived;
}

QueueEntry ClassifyCase(domain::RequestCase request_case, core::Date today,
                        const domain::WorkingCalendar& calendar) {
  QueueEntry entry;
  entry.request_case = std::move(request_case);
  const domain::RequestCase& c = entry.request_case;
  if (!IsOpenCase(c) || !c.due_on.has_value()) {
    return entry;
  }
  if (*c.due_on < today) {
    entry.urgency = Urgency::kOverdue;
    return entry;
  }
  const auto left = calendar.CountWorkingDays(today, *c.due_on);
  // Without a calendar for the period, count calendar days: a rougher but safe warning.
  const std::int64_t days_left =
      left.has_value() ? *left : c.due_on->day_number() - today.day_number();
  if (left.has_value()) {
    entry.working_days_left = *left;
  }
  if (days_left <= kNearDueWorkingDays) {
    entry.urgency = Urgency::kNearDue;
  }
  return entry;
}

core::Result<std::vector<QueueEntry>> BuildCaseQueue(domain::Store& store,
                                                     const domain::WorkingCalendar& calendar,
                                                     core::Date today,
                                                     const domain::CaseFilter& filter) {
  GONGKAI_ASSIGN_OR_RETURN(std::vector<domain::RequestCase> cases, store.cases().ListCases(filter));
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::Agency> agencies,
                           store.agencies().ListAgencies());
  std::map<std::string, std::string> names;
  for (const domain::Agency& agency : agencies) {
    names[agency.id] = agency.name;
  }
  std::vector<QueueEntry> queue;
  queue.reserve(cases.size());
  for (domain::RequestCase& request_case : cases) {
    QueueEntry entry = ClassifyCase(std::move(request_case), today, calendar);
    const auto name = names.find(entry.request_case.agency_id);
    entry.agency_name = name != names.end() ? name->second : entry.request_case.agency_id;
    queue.push_back(std::move(entry));
  }
  std::sort(queue.begin(), queue.end(),
            [](const QueueEntry& a, const QueueEntry& b) { return SortKey(a) < SortKey(b); });
  return queue;
}

}  // namespace gongkai::web
