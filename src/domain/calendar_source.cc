#include "domain/calendar_source.h"

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"

namespace gongkai::domain {

FixedCalendarSource FixedCalendarSource::Borrowing(const WorkingCalendar& calendar) {
  // A non-owning pointer: the aliasing constructor with an empty owner.
  return FixedCalendarSource(
      std::shared_ptr<const WorkingCalendar>(std::shared_ptr<const WorkingCalendar>(), &calendar));
}

core::Result<std::unique_ptr<StoredCalendarSource>> StoredCalendarSource::Create(
    CalendarRepository& repository, const core::Clock& clock, std::int64_t recheck_micros) {
  std::unique_ptr<StoredCalendarSource> source(
      new StoredCalendarSource(repository, clock, recheck_micros));
  std::lock_guard lock(source->refresh_mutex_);
  GONGKAI_TRY(source->ReloadLocked());
  return source;
}

core::Result<bool> StoredCalendarSource::ReloadLocked() const {
  GONGKAI_ASSIGN_OR_RETURN(StoredYears stored, repository_.ListCalendarYears());
  checked_at_ = clock_.NowMicros();
  if (current_ != nullptr && stored == stored_) {
    return false;
  }
  GONGKAI_ASSIGN_OR_RETURN(WorkingCalendar calendar,
                           LoadEffectiveCalendar(BuiltinCalendarJson(), stored));
  auto next = std::make_shared<const WorkingCalendar>(std::move(calendar));
  stored_ = std::move(stored);
  std::lock_guard lock(current_mutex_);
  current_ = std::move(next);
  return true;
}

core::Result<bool> StoredCalendarSource::Refresh() {
  std::lock_guard lock(refresh_mutex_);
  return ReloadLocked();
}

std::shared_ptr<const WorkingCalendar> StoredCalendarSource::Current() const {
  // Only one thread rechecks; the others take the calendar in effect without waiting.
  std::unique_lock refresh(refresh_mutex_, std::try_to_lock);
  if (refresh.owns_lock() && clock_.NowMicros() - checked_at_ >= recheck_micros_) {
    // A failed recheck keeps the calendar in effect (see the contract); the next call retries
    // after the interval.
    if (!ReloadLocked().has_value()) {
      checked_at_ = clock_.NowMicros();
    }
  }
  std::lock_guard lock(current_mutex_);
  return current_;
}

}  // namespace gongkai::domain
