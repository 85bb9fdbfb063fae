// CalendarRepository over SQL: the working-day calendar of each year as the JSON text of its
// notice, so a new year is added by an administrator without a release.
#pragma once

#include "domain/store.h"
#include "store/sql/sql_context.h"

namespace gongkai::store {

// Thread-safe: reads are serialised by the context's mutex, mutations go through its group
// commit (RunWrite). Borrows `context`.
class SqlCalendarRepository final : public domain::CalendarRepository {
 public:
  explicit SqlCalendarRepository(SqlContext& context) : context_(context) {}

  // Creates or replaces the year. kInvalidArgument for a year outside 1900..2999 or text that
  // is not JSON. The content is stored as given; its meaning is checked by the calendar loader.
  core::Status PutCalendarYear(int year, const std::string& json,
                               const domain::Actor& actor) override;
  // All years in one transaction; the same checks for each, before anything is written.
  core::Status PutCalendarYears(const std::vector<std::pair<int, std::string>>& years,
                                const domain::Actor& actor) override;
  // Ordered by year.
  core::Result<std::vector<std::pair<int, std::string>>> ListCalendarYears() override;

 private:
  // Inserts or replaces one year with its audit entry, inside the caller's transaction.
  core::Status WriteYear(int year, const std::string& json, const domain::Actor& actor);

  SqlContext& context_;
};

}  // namespace gongkai::store
