// What the calendar and deadline commands share: opening the store named on the command line and
// building the working-day calendar in effect (the built-in schedules plus the years an
// administrator stored in the database, stored years winning).
#pragma once

#include <memory>
#include <string>

#include "cli/cli_environment.h"
#include "core/result.h"
#include "domain/store.h"
#include "domain/working_calendar.h"

namespace gongkai::cli {

// Opens the store at `db_url` with env.open_store. kUnavailable (Chinese message) when this
// binary has no store wired in yet; otherwise the store's own errors.
core::Result<std::unique_ptr<domain::Store>> OpenCommandStore(CliEnvironment& env,
                                                              const std::string& db_url);

// The calendar in effect: built-in years merged with the years stored in `store`; the built-in
// years alone when `store` is null. From 1 November (and whenever the current year is missing)
// writes a warning to env.err naming the year whose schedule must be imported and how. Errors
// of domain::LoadEffectiveCalendar and of the store.
core::Result<domain::WorkingCalendar> CalendarInEffect(CliEnvironment& env, domain::Store* store);

}  // namespace gongkai::cli
