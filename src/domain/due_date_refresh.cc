#include "domain/due_date_refresh.h"

#include <cstdint>
#include <vector>

#include "domain/case_lifecycle.h"

namespace gongkai::domain {
namespace {

// Cases read per store call; far below the stores' limit of 10,000.
constexpr std::int64_t kPage = 1000;

}  // namespace

core::Result<DueDateRefresh> RefreshDueDates(CaseRepository& cases, const WorkingCalendar& calendar,
                                             const ClockPolicy& policy, const Actor& actor,
                                             const std::string& reason) {
  DueDateRefresh refresh;
  CaseFilter filter;
  filter.limit = kPage;
  for (filter.offset = 0;; filter.offset += kPage) {
    GONGKAI_ASSIGN_OR_RETURN(const std::vector<RequestCase> page, cases.ListCases(filter));
    for (const RequestCase& stored : page) {
      if (!IsOpenCase(stored)) {
        continue;
      }
      ++refresh.open_cases;
      const RequestCase derived = WithDerivedFields(stored, calendar, policy);
      refresh.provisional += derived.due_provisional ? 1 : 0;
      if (derived.due_on == stored.due_on && derived.due_provisional == stored.due_provisional) {
        continue;
      }
      const core::Result<RequestCase> written = cases.UpdateDueDate(
          {stored.id, stored.version, derived.due_on, derived.due_provisional, reason}, actor);
      if (written.has_value()) {
        ++refresh.changed;
      } else if (written.error().code == core::ErrorCode::kConflict) {
        ++refresh.skipped;
      } else {
        return written.error();
      }
    }
    if (static_cast<std::int64_t>(page.size()) < kPage) {
      return refresh;
    }
  }
}

}  // namespace gongkai::domain
