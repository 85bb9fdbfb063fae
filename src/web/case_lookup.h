// Finding a case from the number an applicant holds: the receipt code given at filing
// (receipt_code.h) or, once registered, the official tracking number.
#pragma once

#include <string_view>

#include "core/result.h"
#include "domain/request_case.h"
#include "domain/store.h"

namespace gongkai::web {

// The case whose receipt code or tracking number is `number` (surrounding blanks ignored,
// receipt codes case-insensitive). kInvalidArgument for an empty number; kNotFound, with a
// Chinese message that does not reveal whether the case id exists, otherwise; store errors as
// they come.
core::Result<domain::RequestCase> FindCaseByNumber(domain::CaseRepository& cases,
                                                   std::string_view number);

}  // namespace gongkai::web
