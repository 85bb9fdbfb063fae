#include "cli/calendar_in_effect.h"

#include <ostream>
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

core::Result<domain::WorkingCalendar> CalendarInEffect(CliEnvironment& env, domain::Store* store) {
  std::vector<std::pair<int, std::string>> stored;
  if (store != nullptr) {
    GONGKAI_ASSIGN_OR_RETURN(stored, store->calendars().ListCalendarYears());
  }
  GONGKAI_ASSIGN_OR_RETURN(domain::WorkingCalendar calendar,
                           domain::LoadEffectiveCalendar(domain::BuiltinCalendarJson(), stored));
  if (env.clock != nullptr && env.err != nullptr) {
    if (const auto missing = domain::MissingScheduleAlert(calendar, env.clock->Today())) {
      *env.err << "警告：" << domain::MissingScheduleAlertText(*missing) << "\n";
    }
  }
  return calendar;
}

}  // namespace gongkai::cli
