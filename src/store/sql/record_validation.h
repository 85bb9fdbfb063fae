// Checks the store applies to every record before writing it, so bad input is refused with a
// clear Chinese message (kInvalidArgument) instead of reaching the database half-checked.
#pragma once

#include <string_view>

#include "core/date.h"
#include "core/result.h"
#include "domain/agency.h"
#include "domain/annual_inputs.h"
#include "domain/request_case.h"
#include "domain/review_case.h"
#include "domain/store.h"

namespace gongkai::store {

// [a-z0-9-]{1,32}.
core::Status ValidateAgencyId(std::string_view id);
// Valid UTF-8 without NUL bytes, at most 1 MiB; `field` names the field in the message.
core::Status ValidateText(std::string_view text, std::string_view field);
// Years of records: 1900..2999 (the range core::Date accepts).
core::Status ValidateYear(int year);
core::Status ValidateDate(const core::Date& date, std::string_view field);
// A non-empty, valid actor name.
core::Status ValidateActor(const domain::Actor& actor);

core::Status ValidateAgency(const domain::Agency& agency);
// Fields, dates, applicant kind, the derived outcome (must be an outcome row) and every event.
core::Status ValidateCase(const domain::RequestCase& request_case);
core::Status ValidateReview(const domain::ReviewCase& review);
core::Status ValidateProactiveFigures(const domain::ProactiveFigures& figures);
core::Status ValidateReportText(const domain::ReportText& text);

}  // namespace gongkai::store
