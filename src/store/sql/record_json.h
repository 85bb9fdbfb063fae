// Canonical JSON (sorted keys, no spaces, UTF-8) of records and changes: the `details` of audit
// entries. Canonical so that the hash of an entry is reproducible from its stored text.
#pragma once

#include <cstdint>
#include <string>

#include "domain/agency.h"
#include "domain/annual_inputs.h"
#include "domain/request_case.h"
#include "domain/review_case.h"

namespace gongkai::store {

std::string AgencyJson(const domain::Agency& agency, const domain::Agency* before);
// The whole case as created (applicant, request, derived fields, events).
std::string CaseCreatedJson(const domain::RequestCase& created);
// The new events, the new version and every top-level field whose value changed.
std::string CaseUpdatedJson(const domain::RequestCase& before, const domain::RequestCase& after);
// The due date before and after a recomputation without a new event, and why.
std::string DueDateChangedJson(const domain::RequestCase& before, const domain::RequestCase& after,
                               const std::string& reason);
std::string ReviewJson(const domain::ReviewCase& review);
std::string ProactiveFiguresJson(const domain::ProactiveFigures& figures);
std::string ReportTextJson(const domain::ReportText& text);
// REQUIRES: `json` is valid JSON (checked by IsValidJson); it is embedded re-serialised.
std::string CalendarYearJson(int year, const std::string& json);
std::string TrackingSequenceJson(const std::string& agency_id, int year, std::int64_t value);

// True when `text` parses as JSON.
bool IsValidJson(const std::string& text);

}  // namespace gongkai::store
