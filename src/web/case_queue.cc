#include "web/case_queue.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>

#include "core/check.h"

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

constexpr domain::CaseState kStates[] = {
    domain::CaseState::kReceived,           domain::CaseState::kRegistered,
    domain::CaseState::kAwaitingCorrection, domain::CaseState::kInConsultation,
    domain::CaseState::kAwaitingFee,        domain::CaseState::kReplied,
    domain::CaseState::kArchived,
};

// Cases read from the store per call; far below the stores' limit of 10,000.
constexpr std::int64_t kStorePage = 1000;

core::Status AppendAllCases(domain::CaseRepository& cases, domain::CaseFilter filter,
                            std::vector<domain::RequestCase>& out) {
  filter.limit = kStorePage;
  for (filter.offset = 0;; filter.offset += kStorePage) {
    GONGKAI_ASSIGN_OR_RETURN(std::vector<domain::RequestCase> page, cases.ListCases(filter));
    const bool last = static_cast<std::int64_t>(page.size()) < kStorePage;
    std::move(page.begin(), page.end(), std::back_inserter(out));
    if (last) {
      return core::Ok();
    }
  }
}

}  // namespace

std::span<const domain::CaseState> AllCaseStates() {
  return kStates;
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
  // Beyond the loaded schedules the count is provisional (weekends only), like the due date.
  const auto left = calendar.CountWorkingDays(today, *c.due_on);
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
                                                     std::span<const domain::CaseState> states) {
  std::vector<domain::RequestCase> cases;
  if (states.empty()) {
    GONGKAI_TRY(AppendAllCases(store.cases(), {}, cases));
  }
  for (const domain::CaseState state : states) {
    domain::CaseFilter filter;
    filter.state = state;
    GONGKAI_TRY(AppendAllCases(store.cases(), filter, cases));
  }
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

QueuePage PageOfQueue(std::vector<QueueEntry> queue, int page, int page_size) {
  GONGKAI_CHECK(page >= 1 && page_size >= 1);  // the handler validates the page number
  QueuePage result;
  result.total = queue.size();
  const auto size = static_cast<std::size_t>(page_size);
  result.page_count = std::max(1, static_cast<int>((queue.size() + size - 1) / size));
  result.page = std::min(page, result.page_count);
  const std::size_t first = static_cast<std::size_t>(result.page - 1) * size;
  const std::size_t last = std::min(queue.size(), first + size);
  result.entries.assign(std::make_move_iterator(queue.begin() + static_cast<std::ptrdiff_t>(first)),
                        std::make_move_iterator(queue.begin() + static_cast<std::ptrdiff_t>(last)));
  return result;
}

}  // namespace gongkai::web
