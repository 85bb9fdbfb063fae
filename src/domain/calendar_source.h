// CalendarSource: the working-day calendar in effect, which an administrator may change while
// servers run (a new year's holiday schedule imported in the console or with the CLI). Long-lived
// services ask it for the current calendar on each use instead of keeping one copy for life.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/store.h"
#include "domain/working_calendar.h"

namespace gongkai::domain {

class CalendarSource {
 public:
  virtual ~CalendarSource() = default;
  // The calendar in effect now; never null. The snapshot stays valid while held. Thread-safe.
  virtual std::shared_ptr<const WorkingCalendar> Current() const = 0;
};

// A calendar that never changes: CLI commands and tests.
class FixedCalendarSource final : public CalendarSource {
 public:
  explicit FixedCalendarSource(std::shared_ptr<const WorkingCalendar> calendar)
      : calendar_(std::move(calendar)) {}
  // Borrows `calendar`, which must outlive the source.
  static FixedCalendarSource Borrowing(const WorkingCalendar& calendar);
  std::shared_ptr<const WorkingCalendar> Current() const override { return calendar_; }

 private:
  std::shared_ptr<const WorkingCalendar> calendar_;
};

// The built-in schedules merged with the years stored in the database, reloaded when the stored
// years change. The database is asked at most once per `recheck_micros` (measured with the
// injected clock), so a schedule imported by another process (the CLI, another server on the
// same PostgreSQL database) is in effect within that time; Refresh() reloads at once.
class StoredCalendarSource final : public CalendarSource {
 public:
  static constexpr std::int64_t kDefaultRecheckMicros = 2'000'000;

  // Loads the calendar in effect. Borrows `repository` and `clock` (both thread-safe), which
  // must outlive the source. Errors of the repository and of LoadEffectiveCalendar.
  static core::Result<std::unique_ptr<StoredCalendarSource>> Create(
      CalendarRepository& repository, const core::Clock& clock,
      std::int64_t recheck_micros = kDefaultRecheckMicros);

  // The calendar in effect, rechecked against the database when the interval has passed. A
  // failed recheck (database unreachable, an invalid stored year) keeps the calendar in effect:
  // deadlines are never computed from nothing. Thread-safe; one thread rechecks at a time and
  // the others are not made to wait for it.
  std::shared_ptr<const WorkingCalendar> Current() const override;

  // Reloads from the database now. Returns true when the stored years changed. Errors as
  // Create; the calendar in effect is then kept. Thread-safe.
  core::Result<bool> Refresh();

 private:
  using StoredYears = std::vector<std::pair<int, std::string>>;
  StoredCalendarSource(CalendarRepository& repository, const core::Clock& clock,
                       std::int64_t recheck_micros)
      : repository_(repository), clock_(clock), recheck_micros_(recheck_micros) {}
  // REQUIRES: refresh_mutex_ held. Const because Current() rechecks: the members it changes are
  // the cache, not the source's observable state.
  core::Result<bool> ReloadLocked() const;

  CalendarRepository& repository_;
  const core::Clock& clock_;
  const std::int64_t recheck_micros_;
  mutable std::mutex refresh_mutex_;  // serialises reloads; guards stored_ and checked_at_
  mutable StoredYears stored_;
  mutable std::int64_t checked_at_ = 0;
  mutable std::mutex current_mutex_;  // guards current_ (a pointer swap)
  mutable std::shared_ptr<const WorkingCalendar> current_;
};

}  // namespace gongkai::domain
