#include "cli/calendar_in_effect.h"

#include <utility>
#include <vector>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"

namespace gongkai::cli {

core::Result<std::unique_ptr<domain::Store>> OpenCommandStore(CliEnvironment& env,
                                                              const std::string& db_url) {
  if (!env.open_store) {
    return core::Error::Unavailable("本程序尚未接入数据库，无法打开 " + db_url);
  }
  return env.open_store(db_url);
}

core::Result<domain::WorkingCalendar> CalendarInEffect(domain::Store* store) {
  std::vector<std::pair<int, std::string>> stored;
  if (store != nullptr) {
    GONGKAI_ASSIGN_OR_RETURN(stored, store->calendars().ListCalendarYears());
  }
  return domain::LoadEffectiveCalendar(domain::BuiltinCalendarJson(), stored);
}

}  // namespace gongkai::cli
