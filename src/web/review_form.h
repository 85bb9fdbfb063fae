// The review/litigation register forms (行政复议、行政诉讼登记 and their decisions) as plain
// functions from flat fields to domain values with field-level Chinese errors.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/review_case.h"
#include "domain/review_register.h"
#include "web/field_error.h"

namespace gongkai::web {

struct ParsedReview {
  std::optional<domain::ReviewCase> draft;  // set when `errors` is empty
  // The tracking number of the request case it concerns, if given (resolved by the caller).
  std::string request_number;
  std::vector<FieldError> errors;
};

// Fields: agency_id, kind (review kind code), reference (案号), filed_on (YYYY-MM-DD),
// request_number (optional), note (optional). The draft is pending. Pure.
ParsedReview ParseNewReview(const FieldMap& fields, std::span<const domain::Agency> agencies);

struct ParsedDecision {
  std::optional<domain::ReviewDecision> decision;
  std::optional<std::int64_t> expected_version;
  std::vector<FieldError> errors;
};

// Fields: result (upheld / corrected / other), decided_on (YYYY-MM-DD), note, version. Pure.
ParsedDecision ParseReviewDecision(const FieldMap& fields);

}  // namespace gongkai::web
