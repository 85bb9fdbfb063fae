// The demo data set: a realistic disclosure workload for a municipal bureau with three district
// branches (fictional 滨江市市场监督管理局), generated through the real use cases
// (domain::CaseService, domain::ReviewRegister) so that every case obeys every rule. Volumes and
// outcome mix follow the published reports in the seeds: mostly natural persons, mostly 予以公开,
// 无法提供.1 and 部分公开, a few of every other outcome; 补正, consultations, extensions, fees,
// reviews and lawsuits; cases received in late December closed in January. Deterministic for a
// seed and "today".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/store.h"
#include "domain/working_calendar.h"

namespace gongkai::report {

struct DemoOptions {
  std::vector<int> years = {2024, 2025};  // years of receipt, ascending; none after today
  std::uint32_t seed = 20240101;          // same seed and today, same data
  int requests_per_year = 400;            // over the four agencies (±10% per agency)
};

struct DemoYearSummary {
  int year = 0;
  int received = 0;  // applications received in the year
  int open = 0;      // of those, still open today
  int reviews = 0;   // reviews and lawsuits filed in the year
};

struct DemoSummary {
  std::string root_agency_id;           // the bureau ("bj-scjg")
  std::vector<std::string> agency_ids;  // the bureau first, then its branches
  std::vector<DemoYearSummary> years;
};

// The bureau's id in the demo data set.
inline constexpr std::string_view kDemoRootAgencyId = "bj-scjg";

// Generates the data set into `store`: the agencies, every year's cases, reviews, section 二
// figures and report texts. Steps dated after clock.Today() are left undone (the current year is
// partial). kConflict when the demo agencies already exist; kInvalidArgument for an empty or
// unsorted year list, a year after today, a year before the first schedule in `calendar`, or
// requests_per_year outside 10..100000 (a later year without schedule gets provisional
// deadlines, as real cases do); the use cases' errors
// otherwise (a bug in the generator). Not atomic: on error, what was stored stays.
// All references are borrowed for the call.
core::Result<DemoSummary> GenerateDemoData(domain::Store& store,
                                           const domain::WorkingCalendar& calendar,
                                           const core::Clock& clock, const DemoOptions& options);

}  // namespace gongkai::report
